// `npm run mutation`: Stryker over src/, one folder at a time, each against the tests of its own
// area (a mutant of src/numeric runs tests/numeric and tests/progress, not the whole suite: loading
// every test file for every mutant made a full run take hours on two cores). Each folder keeps its
// own incremental file, so a second run only tests what changed. The folders' JSON reports are
// merged into reports/mutation/mutation.json, and the score per folder and overall is printed.
//
//   npm run mutation                      every folder
//   npm run mutation -- progress grading  only these targets (the merged report keeps the others'
//                                         last results)
//   node stryker.run.mjs --list           each target's mutated paths and test files, without
//                                         running Stryker (fails on an entry that names nothing)
//   npm run mutation -- --per-test        quicker: per-test coverage for every target asked
//                                         (static mutants ignored; a mutant counts as killed
//                                         only by a test that covers it), except the targets
//                                         marked `allTests`
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";

/**
 * What to mutate, and the test files that run against those mutants: each folder of src/ with its
 * area's tests. A test entry is a file, a folder (every `*.test.ts` under it) or `!path`, which
 * removes a file or folder the entries before it brought in. The fast paths (plain-number shortcuts that give up to the exact path on any doubt)
 * are checked by property tests against the exact path, slow per mutant: a target of their own.
 */
const PER_TEST = ["--coverageAnalysis", "perTest", "--ignoreStatic"];

export const TARGETS = {
	numeric: {
		mutate: ["src/numeric/index.ts", "src/numeric/arithmetic.ts"],
		tests: ["tests/errors/codes.test.ts", "tests/numeric", "tests/progress"],
	},
	errors: { mutate: ["src/errors"], tests: ["tests/errors", "tests/numeric"] },
	progress: {
		mutate: ["src/progress", "!src/progress/fast.ts"],
		tests: ["tests/errors/codes.test.ts", "tests/progress", "tests/numeric"],
	},
	grading: {
		mutate: ["src/grading"],
		tests: ["tests/errors/codes.test.ts", "tests/grading", "tests/progress"],
	},
	policy: {
		mutate: ["src/policy"],
		tests: [
			"tests/errors/codes.test.ts",
			"tests/policy",
			"tests/model/policy.test.ts",
			"tests/progress",
		],
	},
	read: {
		mutate: ["src/read", "!src/read/fast.ts"],
		// The model's parsers too: the zod schemas run the records' rules through readSome.
		tests: [
			"tests/errors/codes.test.ts",
			"tests/read",
			"tests/model",
			"tests/progress",
			"tests/kpi/readKpi.test.ts",
		],
	},
	kinds: {
		mutate: ["src/kinds", "src/objects.ts"],
		tests: [
			"tests/errors/codes.test.ts",
			"tests/kinds",
			"tests/read",
			"tests/kpi/readKpi.test.ts",
			"tests/model",
			"tests/progress",
			"tests/promotion",
		],
	},
	time: { mutate: ["src/time", "src/cycles"], tests: ["tests/errors/codes.test.ts", "tests/time"] },
	pace: { mutate: ["src/pace"], tests: ["tests/errors/codes.test.ts", "tests/pace"] },
	kpi: { mutate: ["src/kpi"], tests: ["tests/errors/codes.test.ts", "tests/kpi"] },
	lint: { mutate: ["src/lint"], tests: ["tests/errors/codes.test.ts", "tests/lint"] },
	health: { mutate: ["src/health"], tests: ["tests/errors/codes.test.ts", "tests/health"] },
	promotion: {
		mutate: ["src/promotion"],
		tests: ["tests/errors/codes.test.ts", "tests/promotion"],
	},
	cascade: {
		mutate: ["src/cascade", "!src/cascade/fast.ts", "!src/cascade/idTable.ts"],
		tests: ["tests/errors/codes.test.ts", "tests/cascade"],
	},
	// The zod schemas are mostly module-level (static) code, tested like the rest. The JSON Schemas
	// are generated data, checked against the schemas by tests/model/jsonSchemas.generated.test.ts.
	model: {
		// Its module-level schemas are mutants that only a run of all tests activates: per-test
		// coverage would count them as survived.
		allTests: true,
		// Not the compiled parse (copy.ts): the target `program` mutates it, with the tests of both.
		mutate: ["src/model", "!src/model/jsonSchemas.generated.ts", "!src/model/copy.ts"],
		tests: ["tests/errors/codes.test.ts", "tests/model"],
	},
	risk: { mutate: ["src/risk"], tests: ["tests/errors/codes.test.ts", "tests/risk"] },
	// A program's parse, and the compiled parse of each record (copy.ts) it is built on.
	program: {
		mutate: ["src/program", "src/model/copy.ts"],
		tests: ["tests/errors/codes.test.ts", "tests/program", "tests/model"],
	},
	svg: {
		mutate: ["src/svg"],
		// Not the browser and documentation-image checks: they render through child processes and
		// files, and cannot kill a mutant of the markup any faster than the tests of each picture.
		tests: [
			"tests/errors/codes.test.ts",
			"tests/svg",
			"!tests/svg/chromium.test.ts",
			"!tests/svg/docsImages.test.ts",
		],
	},
	fast: {
		mutate: [
			"src/numeric/fast.ts",
			"src/numeric/wide.ts",
			"src/numeric/wideArithmetic.ts",
			"src/progress/fast.ts",
			"src/cascade/idTable.ts",
			"src/cascade/fast.ts",
			"src/read/fast.ts",
		],
		// The tests written for the fast paths (each way they give up, and property tests that compare
		// them with the exact path), and the tests of the functions that take them, per test: running
		// them all for every mutant would take over an hour.
		tests: [
			"tests/perf",
			"tests/progress",
			"tests/cascade",
			"tests/property/fastpath.test.ts",
			"tests/property/fastScores.test.ts",
			"tests/property/wide.test.ts",
		],
		args: PER_TEST,
	},
};

const OUT = "reports/mutation";

/**
 * Test files every target runs besides its own: the entries' load test, so that a mutant of
 * module-level code that makes src/ fail to load is counted as killed (the vitest runner reports a
 * test file that failed to load as "no tests", which Stryker would count as survived).
 */
const ALWAYS = ["tests/entries/load.test.ts"];

/**
 * The test files of a target's entries (see TARGETS), with ALWAYS first. Throws on an entry that
 * names no file or folder, so that a moved test file cannot leave a target without its tests.
 */
function testFilesOf(entries) {
	const files = new Set();
	for (const entry of [...ALWAYS, ...entries]) {
		const exclude = entry.startsWith("!");
		const path = exclude ? entry.slice(1) : entry;
		if (!existsSync(path)) throw new Error(`stryker.run.mjs: no test file or folder "${path}"`);
		const found = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true })
					.map(String)
					.filter((file) => file.endsWith(".test.ts"))
					.sort()
					.map((file) => `${path}/${file}`)
			: [path];
		for (const file of found) {
			if (exclude) files.delete(file);
			else files.add(file);
		}
	}
	return [...files];
}

const globOf = (path) => (path.endsWith(".ts") ? path : `${path}/**/*.ts`);

/** Whether a report's file path is one a target mutates (`!path` excludes). */
function mutatedBy(target, path) {
	const match = (m) => (m.endsWith(".ts") ? path === m : path.startsWith(`${m}/`));
	const include = target.mutate.filter((m) => !m.startsWith("!"));
	const exclude = target.mutate.filter((m) => m.startsWith("!")).map((m) => m.slice(1));
	return include.some(match) && !exclude.some(match);
}

function runTarget(name, perTest) {
	const { mutate, tests, allTests = false } = TARGETS[name];
	const extra = TARGETS[name].args ?? (perTest && !allTests ? PER_TEST : []);
	const testFiles = testFilesOf(tests);
	if (!mutate.some((path) => existsSync(path)) || testFiles.length === 0) return false;
	const globs = mutate.map((m) => (m.startsWith("!") ? `!${globOf(m.slice(1))}` : globOf(m)));
	const args = [
		"stryker",
		"run",
		"stryker.config.mjs",
		"--mutate",
		globs.join(","),
		"--testFiles",
		testFiles.join(","),
		"--incrementalFile",
		`${OUT}/incremental/${name}.json`,
		...extra,
	];
	console.log(`\n=== ${name}: ${mutate.join(", ")} (tests: ${testFiles.join(", ")})`);
	const result = spawnSync("npx", args, { stdio: "inherit" });
	const report = `${OUT}/mutation.json`;
	if (existsSync(report)) writeFileSync(`${OUT}/targets/${name}.json`, readFileSync(report));
	return result.status === 0 || result.status === 1; // 1: below the break threshold
}

/**
 * Killed + timed out over all mutants that ran (survived and no coverage included; ignored mutants
 * did not run). Static mutants (module-level code) count like any other: the setup file
 * tests/support/strykerStaticActivation.ts activates them before src/ loads, and the entries' load
 * test turns a module that fails to load into a failed test. They are also counted apart.
 */
function score(files) {
	let detected = 0;
	let total = 0;
	let statics = 0;
	for (const file of Object.values(files)) {
		for (const mutant of file.mutants) {
			const ran = ["Killed", "Timeout", "Survived", "NoCoverage"].includes(mutant.status);
			if (!ran) continue;
			total++;
			if (mutant.static === true) statics++;
			if (mutant.status === "Killed" || mutant.status === "Timeout") detected++;
		}
	}
	return { detected, total, statics, score: total === 0 ? 100 : (100 * detected) / total };
}

// `--report`: only merge the reports already there and print the scores. `--list`: print what
// each target mutates and its test files, and stop.
const flags = ["--report", "--list", "--per-test"];
const asked = process.argv.slice(2).filter((arg) => !flags.includes(arg));
const reportOnly = process.argv.includes("--report");
for (const name of asked) {
	if (!(name in TARGETS)) throw new Error(`Unknown target ${name}: one of ${Object.keys(TARGETS)}`);
}
// Every target's test entries must name files, checked before anything runs.
const testsOf = Object.fromEntries(
	Object.entries(TARGETS).map(([name, target]) => [name, testFilesOf(target.tests)]),
);
if (process.argv.includes("--list")) {
	for (const name of asked.length > 0 ? asked : Object.keys(TARGETS)) {
		console.log(`${name}: ${TARGETS[name].mutate.join(", ")}`);
		for (const file of testsOf[name]) console.log(`  ${file}`);
	}
	process.exit(0);
}
mkdirSync(`${OUT}/incremental`, { recursive: true });
mkdirSync(`${OUT}/targets`, { recursive: true });
if (!reportOnly)
	for (const name of asked.length > 0 ? asked : Object.keys(TARGETS)) {
		runTarget(name, process.argv.includes("--per-test"));
	}

// Merge every target's last report into one.
const merged = { schemaVersion: "2", thresholds: { high: 90, low: 85 }, files: {} };
const rows = [];
for (const name of Object.keys(TARGETS)) {
	const file = `${OUT}/targets/${name}.json`;
	if (!existsSync(file)) continue;
	const report = JSON.parse(readFileSync(file, "utf8"));
	const files = Object.fromEntries(
		Object.entries(report.files).filter(([path]) => mutatedBy(TARGETS[name], path)),
	);
	Object.assign(merged.files, files);
	rows.push([name, score(files)]);
}
writeFileSync(`${OUT}/mutation.json`, JSON.stringify(merged));
const all = score(merged.files);
console.log("\nMutation score (killed + timed out over all mutants that ran):");
const line = (name, s) =>
	`  ${name.padEnd(14)} ${s.score.toFixed(2).padStart(6)}%  (${s.detected}/${s.total}, of which ${s.statics} static)`;
for (const [name, s] of rows) console.log(line(name, s));
console.log(line("all", all));
process.exitCode = all.score >= 85 ? 0 : 1;
