// The vitest configuration Stryker runs (npm run mutation): the project's own, without
// - the tests that do not exercise src/ in-process (the packed package, type-level tests, the demo
//   and the time-zone checks run as child processes), which cannot kill a mutant;
// - the property and fuzz suites (tests/property, tests/fuzz): thousands of generated cases per
//   test make every surviving mutant cost seconds. They run in `npm test`; the mutation score is
//   that of the example-based tests alone, so it can only understate what the whole suite kills.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: [
				"node_modules/**",
				"tests/package/**",
				"tests/types/**",
				"tests/examples/**",
				"tests/time/timeZones.test.ts",
				"tests/property/**",
				"tests/fuzz/**",
			],
			coverage: { enabled: false },
		},
	}),
);
