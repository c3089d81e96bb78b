import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["tests/**/*.test.ts"],
		testTimeout: 60_000,
		coverage: {
			provider: "v8",
			include: ["src/**/*.ts"],
			reporter: ["text-summary", "json-summary"],
			thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
		},
	},
});
