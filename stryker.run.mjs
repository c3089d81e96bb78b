// `npm run mutation`: Stryker over src/, one folder at a time, each against the tests of its own
// area (a mutant of src/numeric runs tests/numeric and tests/progress, not the whole suite: loading
// every test file for every mutant made a full run take hours on two cores). Each folder keeps its
// own incremental file, so a second run only tests what changed. The folders' JSON reports are
// merged into reports/mutation/mutation.json, and the score per folder and overall is printed.
//
//   npm run mutation                      every folder
//   npm run mutation -- progress grading  only these folders (the merged report keeps the others'
//                                         last results)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

/** Each folder of src/ and the test files that run against its mutants. */
export const FOLDERS = {
	numeric: ["tests/numeric", "tests/progress"],
	errors: ["tests/errors", "tests/numeric"],
	progress: ["tests/progress", "tests/numeric"],
	grading: ["tests/grading", "tests/progress"],
	policy: ["tests/policy", "tests/model/policy.test.ts", "tests/progress"],
	read: ["tests/read", "tests/progress", "tests/kpi/readKpi.test.ts"],
	rules: ["tests/read", "tests/model"],
	time: ["tests/time"],
	pace: ["tests/pace"],
	kpi: ["tests/kpi"],
	cascade: ["tests/cascade"],
	lint: ["tests/lint"],
	health: ["tests/health"],
	promotion: ["tests/promotion"],
	model: ["tests/model"],
	svg: ["tests/svg"],
};

const OUT = "reports/mutation";

function testGlobs(entries) {
	return entries
		.filter((entry) => existsSync(entry))
		.map((entry) => (entry.endsWith(".ts") ? entry : `${entry}/**/*.test.ts`));
}

function runFolder(folder) {
	const tests = testGlobs(FOLDERS[folder]);
	if (!existsSync(`src/${folder}`) || tests.length === 0) return false;
	const args = [
		"stryker",
		"run",
		"stryker.config.mjs",
		"--mutate",
		`src/${folder}/**/*.ts`,
		"--testFiles",
		tests.join(","),
		"--incrementalFile",
		`${OUT}/incremental/${folder}.json`,
	];
	console.log(`\n=== src/${folder} (tests: ${tests.join(", ")})`);
	const result = spawnSync("npx", args, { stdio: "inherit" });
	const report = `${OUT}/mutation.json`;
	if (existsSync(report)) {
		writeFileSync(`${OUT}/folders/${folder}.json`, readFileSync(report));
	}
	return result.status === 0 || result.status === 1; // 1: below the break threshold
}

/** Killed + timed out over all mutants that ran (survived, no coverage included). */
function score(files) {
	let detected = 0;
	let total = 0;
	for (const file of Object.values(files)) {
		for (const mutant of file.mutants) {
			if (mutant.status === "Killed" || mutant.status === "Timeout") detected++;
			if (["Killed", "Timeout", "Survived", "NoCoverage"].includes(mutant.status)) total++;
		}
	}
	return { detected, total, score: total === 0 ? 100 : (100 * detected) / total };
}

mkdirSync(`${OUT}/incremental`, { recursive: true });
mkdirSync(`${OUT}/folders`, { recursive: true });
const asked = process.argv.slice(2);
for (const name of asked) {
	if (!(name in FOLDERS)) throw new Error(`Unknown folder ${name}: one of ${Object.keys(FOLDERS)}`);
}
for (const folder of asked.length > 0 ? asked : Object.keys(FOLDERS)) runFolder(folder);

// Merge every folder's last report into one.
const merged = { schemaVersion: "2", thresholds: { high: 90, low: 85 }, files: {} };
const rows = [];
for (const name of readdirSync(`${OUT}/folders`).sort()) {
	const report = JSON.parse(readFileSync(`${OUT}/folders/${name}`, "utf8"));
	const folder = name.replace(/\.json$/, "");
	const files = Object.fromEntries(
		Object.entries(report.files).filter(([path]) => path.startsWith(`src/${folder}/`)),
	);
	Object.assign(merged.files, files);
	rows.push([`src/${folder}`, score(files)]);
}
writeFileSync(`${OUT}/mutation.json`, JSON.stringify(merged));
const all = score(merged.files);
console.log("\nMutation score (killed + timed out over all mutants that ran):");
for (const [folder, s] of rows) {
	console.log(`  ${folder.padEnd(16)} ${s.score.toFixed(2).padStart(6)}%  (${s.detected}/${s.total})`);
}
console.log(`  ${"all".padEnd(16)} ${all.score.toFixed(2).padStart(6)}%  (${all.detected}/${all.total})`);
process.exitCode = all.score >= 85 ? 0 : 1;
