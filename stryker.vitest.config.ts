// The vitest configuration Stryker runs (npm run mutation): the project's own, without
// - the tests that do not exercise src/ in-process (the packed package, type-level tests, the demo
//   and the time-zone checks run as child processes), which cannot kill a mutant;
// - the fuzz suite (tests/fuzz): thousands of generated cases per test would make every surviving
//   mutant cost seconds; it runs in `npm test`. Property tests run only where stryker.run.mjs names
//   them for a folder (the fast paths are checked against the exact path by property tests).
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
				"tests/fuzz/**",
			],
			coverage: { enabled: false },
			// Activates each mutant before src/ loads, so that static mutants are tested truly.
			setupFiles: ["tests/support/strykerStaticActivation.ts"],
		},
	}),
);
