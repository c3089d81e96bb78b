import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

/**
 * This checkout's `src/`, as an absolute glob. Vitest matches coverage patterns anywhere in a
 * file's absolute path, so a relative `src/**` would also take in `tests/` and `examples/` of a
 * checkout that lives under a folder named `src` (`~/src/okr-kit`). Glob characters in the path
 * are escaped.
 */
const ownSources = `${fileURLToPath(new URL("./src", import.meta.url))
	.split(sep)
	.join("/")
	.replace(/[()[\]{}*?!+@|^$]/g, "\\$&")}/**/*.ts`;

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
			include: [ownSources],
			reporter: ["text-summary", "json-summary"],
			thresholds: { lines: 98, branches: 95, functions: 98, statements: 98 },
		},
	},
});
