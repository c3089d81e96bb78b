// The vitest configuration Stryker runs (npm run mutation): the project's own, without the tests
// that do not exercise src/ in-process (the packed package, type-level tests, the demo run as a
// child process), which cannot kill a mutant and would only slow every run.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: ["tests/package/**", "tests/types/**", "tests/examples/**", "node_modules/**"],
			coverage: { enabled: false },
		},
	}),
);
