/**
 * `npm run bench`: builds, then runs every benchmark module present in `bench/`, one after the
 * other. Each module measures the library against a plain floating-point baseline in the same
 * run and prints the ratio; see bench/README.md for how to read the output.
 */
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Goal, printGoals } from "./goals.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Benchmark modules and the function each exports; a missing module is skipped. */
const modules: readonly { readonly file: string; readonly run: string }[] = [
	{ file: "progress.ts", run: "runProgressBench" },
	{ file: "cascade.ts", run: "runCascadeBench" },
];

console.log(
	`okr-kit benchmarks — Node ${process.versions.node}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(" ")}`,
);
const goals: Goal[] = [];
for (const { file, run } of modules) {
	const path = join(here, file);
	if (!existsSync(path)) {
		console.log(`\n(${file} not present: skipped)`);
		continue;
	}
	const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
	const runner = module[run];
	if (typeof runner !== "function") throw new Error(`bench/${file} does not export ${run}()`);
	const reported: unknown = await runner();
	if (Array.isArray(reported)) goals.push(...(reported as Goal[]));
}
// A goal missed fails the run (a non-zero exit code), after every figure is printed.
if (!printGoals(goals)) process.exitCode = 1;
