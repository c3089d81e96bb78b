import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
	resolve: {
		// Examples import the package by name, as users do; tests run them against the sources.
		alias: [
			{ find: /^okr-kit\/score$/, replacement: src("score.ts") },
			{ find: /^okr-kit\/svg$/, replacement: src("svg.ts") },
			{ find: /^okr-kit$/, replacement: src("index.ts") },
		],
	},
	test: {
		include: ["tests/**/*.test.ts"],
		testTimeout: 60_000,
		// One fixed fast-check seed for every property test (FC_SEED to choose another).
		setupFiles: ["tests/support/fastCheckSeed.ts"],
		coverage: {
			provider: "v8",
			include: ["src/**/*.ts"],
			reporter: ["text-summary", "json-summary"],
			thresholds: { lines: 98, branches: 95, functions: 98, statements: 98 },
		},
	},
});
