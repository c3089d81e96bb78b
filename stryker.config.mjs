// Mutation testing. `npm run mutation` (stryker.run.mjs) runs this configuration once per
// folder of src/, against that area's tests, and merges the reports into
// reports/mutation/mutation.json. Not part of `npm test`: it takes tens of minutes on two cores.
// By hand: `npx stryker run stryker.config.mjs --mutate "src/grading/**/*.ts"` (whole suite).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
	packageManager: "npm",
	testRunner: "vitest",
	vitest: { configFile: "stryker.vitest.config.ts", related: false },
	plugins: ["@stryker-mutator/vitest-runner"],
	mutate: ["src/**/*.ts"],
	// "all", not "perTest": per-test coverage missed tests that kill a mutant (a mutant of
	// src/time/day.ts that tests/time/day.test.ts kills was reported as survived, covered only by
	// other files' tests). Each run is one folder against its area's tests, so running them all, up
	// to the first failure, costs little.
	coverageAnalysis: "all",
	// Static mutants (module-level constants such as the frozen default policy) are tested too:
	// "all" runs a target's tests for every mutant anyway (Stryker allows ignoreStatic only with
	// "perTest").
	ignoreStatic: false,
	concurrency: 2,
	timeoutMS: 3_000,
	incremental: true,
	incrementalFile: "reports/mutation/stryker-incremental.json",
	reporters: ["json", "clear-text", "html", "progress"],
	jsonReporter: { fileName: "reports/mutation/mutation.json" },
	htmlReporter: { fileName: "reports/mutation/mutation.html" },
	clearTextReporter: {
		allowColor: false,
		logTests: false,
		reportTests: false,
		reportScoreTable: true,
	},
	thresholds: { high: 90, low: 85, break: 85 },
	tempDirName: ".stryker-tmp",
	cleanTempDir: "always",
};
