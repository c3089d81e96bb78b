/**
 * Cascade benchmark: a full `rollUp` of a company of 100,101 objectives with 400,000 key
 * results (1 company, 100 teams, 1,000 people's objectives under each team, 4 metric key results
 * each) against a plain-number roll-up producing the same `{ score, grade, color }` map from the
 * same input, in the same run; an incremental update (`createRollUp(…).update(…)`) against the
 * full roll-up; and the full roll-up's peak heap growth against the input's own size.
 *
 * It measures the built package in `dist/` when present (`npm run bench` builds first), else the
 * sources. Run alone with `npx tsx bench/cascade.ts`, or with the others through `npm run bench`.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import type { KeyResult, Objective } from "../src/score.js";
import { type Goal, median } from "./goals.js";

type ScoreModule = typeof import("../src/score.js");
type RootModule = typeof import("../src/index.js");

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Timed rounds per measurement (median reported); `BENCH_ROUNDS=9 npm run bench` for more. */
const ROUNDS = Math.max(1, Number(process.env["BENCH_ROUNDS"] ?? 5) || 5);

const TEAMS = 100;
const PER_TEAM = 1_000;
const KEY_RESULTS_PER_OBJECTIVE = 4;

interface MetricInput {
	readonly id: string;
	readonly title: string;
	readonly kind: "metric";
	readonly start: number;
	readonly target: number;
	readonly current?: number;
	readonly weight: number;
	readonly checkIns?: readonly CheckInInput[];
}

interface CheckInInput {
	readonly at: string;
	readonly value: number;
}

/** The days of the quarter the check-ins fall in, 2025-07-01 … 2025-09-30, as "YYYY-MM-DD". */
const QUARTER: readonly string[] = Array.from({ length: 92 }, (_, d) =>
	new Date(Date.UTC(2025, 6, 1 + d)).toISOString().slice(0, 10),
);
/** The snapshot day of the check-in benchmark: check-ins after it are left out. */
const AS_OF = "2025-08-15";

/**
 * Three check-ins for key result `n`, spread over the quarter in no particular order (about half
 * of them after {@link AS_OF}), with values around the way from `start` to `target`.
 */
function checkInsOf(n: number, start: number, target: number): CheckInInput[] {
	return [0, 1, 2].map((j) => ({
		at: QUARTER[(n * 7 + j * 31 + (n % 11) * j) % QUARTER.length] as string,
		value: start + Math.round(((target - start) * (((n * 37 + j * 53) % 130) - 10)) / 100),
	}));
}

/**
 * 1 company, 100 teams under it, 1,000 people's objectives under each team with 4 metric key
 * results each (increases and decreases, some behind start, some past target, weights 1–3).
 * The company and the teams have no key results: their scores come from their children. With
 * `checkIns`, each key result has three check-ins (see {@link checkInsOf}) instead of `current`.
 */
function company(checkIns = false): Objective[] {
	const objectives: Objective[] = [
		{ id: "company", title: "Become the market leader", level: "company" },
	];
	for (let t = 1; t <= TEAMS; t++) {
		objectives.push({ id: `team${t}`, title: `Team ${t}`, level: "team", parentId: "company" });
	}
	for (let i = 0; i < TEAMS * PER_TEAM; i++) {
		const keyResults: MetricInput[] = [];
		for (let k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
			const n = i * KEY_RESULTS_PER_OBJECTIVE + k;
			const start = n % 50;
			const target = n % 5 === 0 ? start - 20 - (n % 3) * 5 : start + 50 + (n % 7) * 10;
			keyResults.push(
				checkIns
					? {
							id: `kr${n}`,
							title: `Key result ${n}`,
							kind: "metric",
							start,
							target,
							weight: 1 + (n % 3),
							checkIns: checkInsOf(n, start, target),
						}
					: {
							id: `kr${n}`,
							title: `Key result ${n}`,
							kind: "metric",
							start,
							target,
							current: start + ((n * 37) % 130) - 10,
							weight: 1 + (n % 3),
						},
			);
		}
		objectives.push({
			id: `person${i}`,
			title: `Objective ${i}`,
			level: "individual",
			parentId: `team${1 + (i % TEAMS)}`,
			keyResults: keyResults as KeyResult[],
		});
	}
	return objectives;
}

interface PlainScore {
	readonly score: number;
	readonly grade: number;
	readonly color: "red" | "yellow" | "green";
}

/**
 * A key result's value as a plain tool reads it: `current` unless a snapshot day is asked for;
 * else the check-in with the latest date on or before `day` ("YYYY-MM-DD" strings compare as
 * dates; the last in the list among a day's), or all of them without a day; else `start`.
 */
function plainValue(kr: MetricInput, day: string | null): number {
	const checkIns = kr.checkIns;
	if (checkIns === undefined || checkIns.length === 0) return kr.current ?? kr.start;
	if (day === null && kr.current !== undefined) return kr.current;
	let latest: CheckInInput | undefined;
	for (const c of checkIns) {
		if ((day === null || c.at <= day) && (latest === undefined || c.at >= latest.at)) latest = c;
	}
	return latest === undefined ? kr.start : latest.value;
}

/**
 * The plain-number baseline: what a goal tool would write without exactness or input checks —
 * index the objectives by id, score children first in floats (progress clamped to [0, 1], weighted
 * means, a parent without key results from its children), grade with `Math.round`, and return
 * the same map of `{ score, grade, color }`. Key results are read as of `day` (`null`: now).
 */
function plainRollUp(
	objectives: readonly Objective[],
	day: string | null = null,
): Map<string, PlainScore> {
	const n = objectives.length;
	const index = new Map<string, number>();
	for (let i = 0; i < n; i++) index.set((objectives[i] as Objective).id, i);
	const parent = new Int32Array(n).fill(-1);
	const waiting = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const p = (objectives[i] as Objective).parentId;
		if (p != null) {
			const j = index.get(p) as number;
			parent[i] = j;
			waiting[j] = (waiting[j] as number) + 1;
		}
	}
	const childPoints = new Float64Array(n);
	const childWeight = new Float64Array(n);
	const queue: number[] = [];
	for (let i = 0; i < n; i++) if (waiting[i] === 0) queue.push(i);
	const out: PlainScore[] = new Array(n);
	for (let h = 0; h < queue.length; h++) {
		const i = queue[h] as number;
		const o = objectives[i] as Objective;
		const krs = (o.keyResults ?? []) as unknown as readonly MetricInput[];
		let score: number;
		if (krs.length > 0) {
			let points = 0;
			let weight = 0;
			for (const kr of krs) {
				const p = (plainValue(kr, day) - kr.start) / (kr.target - kr.start);
				points += kr.weight * Math.min(Math.max(p, 0), 1);
				weight += kr.weight;
			}
			score = points / weight;
		} else {
			score = (childPoints[i] as number) / (childWeight[i] as number);
		}
		const grade = Math.round(Math.min(Math.max(score, 0), 1) * 10) / 10;
		out[i] = { score, grade, color: grade < 0.4 ? "red" : grade < 0.7 ? "yellow" : "green" };
		const p = parent[i] as number;
		if (p !== -1) {
			const c = Number(o.contribution ?? 1);
			childPoints[p] = (childPoints[p] as number) + c * score;
			childWeight[p] = (childWeight[p] as number) + c;
			waiting[p] = (waiting[p] as number) - 1;
			if (waiting[p] === 0) queue.push(p);
		}
	}
	const scores = new Map<string, PlainScore>();
	for (let i = 0; i < n; i++) scores.set((objectives[i] as Objective).id, out[i] as PlainScore);
	return scores;
}

/**
 * Times `library` and `plain` alternately, round by round (so both see the same machine), each
 * round running its function `repeat` times; returns the medians per call in ms and their ratio's
 * median (ratios per round, so a busy moment affects both sides of one ratio).
 */
function compare(
	repeat: { library: number; plain: number },
	library: () => void,
	plain: () => void,
): { library: number; plain: number; ratio: number } {
	library();
	plain();
	const libraryTimes: number[] = [];
	const plainTimes: number[] = [];
	const ratios: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		let start = performance.now();
		for (let r = 0; r < repeat.library; r++) library();
		const a = (performance.now() - start) / repeat.library;
		start = performance.now();
		for (let r = 0; r < repeat.plain; r++) plain();
		const b = (performance.now() - start) / repeat.plain;
		libraryTimes.push(a);
		plainTimes.push(b);
		ratios.push(a / b);
	}
	return { library: median(libraryTimes), plain: median(plainTimes), ratio: median(ratios) };
}

function fmt(ms: number): string {
	return `${ms < 1 ? ms.toFixed(4) : ms.toFixed(1)} ms`.padStart(11);
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** A full garbage collection (exposed at run time: no node flag needed). */
function collector(): () => void {
	v8.setFlagsFromString("--expose-gc");
	return vm.runInNewContext("gc") as () => void;
}

/** Heap in use plus memory held outside the heap (typed arrays' buffers). */
function inUse(): number {
	const m = process.memoryUsage();
	return m.heapUsed + m.external;
}

/**
 * The peak growth of memory in use (heap + external) while `run` runs, after a full collection:
 * the largest of the amounts seen just before each collection during the run and at its end, so
 * garbage not yet collected counts too (an upper bound of what the run needs at once).
 */
function peakGrowth(
	gc: () => void,
	run: () => Map<string, unknown>,
): { peak: number; kept: number; entries: number } {
	gc();
	const before = inUse();
	const profiler = new v8.GCProfiler();
	profiler.start();
	const result = run();
	const end = inUse();
	const stats = profiler.stop();
	let peak = end;
	for (const s of stats?.statistics ?? []) {
		const h = s.beforeGC.heapStatistics;
		peak = Math.max(peak, h.usedHeapSize + h.externalMemory);
	}
	gc();
	const kept = inUse() - before;
	// Read after the collection, so the result was alive through it.
	return { peak: peak - before, kept, entries: result.size };
}

/**
 * The built `okr-kit/score` when `dist/` has it (what users run), else (or with `BENCH_SOURCE=src`)
 * the sources.
 */
async function load(): Promise<{ lib: ScoreModule; from: string }> {
	const built = join(root, "dist", "score.js");
	if (process.env["BENCH_SOURCE"] !== "src" && existsSync(built)) {
		const lib = (await import(pathToFileURL(built).href)) as ScoreModule;
		// A build from before the cascade functions existed is stale: fall back to the sources.
		if (typeof lib.createRollUp === "function") return { lib, from: "dist/score.js" };
	}
	return { lib: await import("../src/score.js"), from: "src (no build found)" };
}

/** The built package root (for `parseProgram`), else (or with `BENCH_SOURCE=src`) the sources. */
async function loadRoot(): Promise<RootModule> {
	const built = join(root, "dist", "index.js");
	if (process.env["BENCH_SOURCE"] !== "src" && existsSync(built)) {
		const lib = (await import(pathToFileURL(built).href)) as RootModule;
		if (typeof lib.parseProgram === "function") return lib;
	}
	return await import("../src/index.js");
}

/** Prints how far the library's map is from the plain one (both must compute the same thing). */
function sameMap(
	exact: ReadonlyMap<string, PlainScore>,
	plain: ReadonlyMap<string, PlainScore>,
): void {
	let worst = 0;
	let gradeDifferences = 0;
	for (const [id, p] of plain) {
		const e = exact.get(id);
		if (e === undefined) throw new Error(`rollUp has no score for ${id}`);
		worst = Math.max(worst, Math.abs(e.score - p.score));
		if (e.grade !== p.grade || e.color !== p.color) gradeDifferences++;
	}
	console.log(
		`  same map: |exact − plain| score at most ${worst.toExponential(2)}, ${gradeDifferences} grade/colour differences, ${plain.size.toLocaleString("en")} entries`,
	);
}

/**
 * The same company with three check-ins on every key result instead of `current`: `rollUp` as of
 * a day (a snapshot) and without one (the latest check-in), each against the plain roll-up reading
 * the same values.
 */
function checkInBench(lib: ScoreModule): { snapshot: number; latest: number } {
	const objectives = company(true);
	console.log(
		`\n  With 3 check-ins per key result (1,200,000 check-ins, 2025-07-01 … 2025-09-30), no current:`,
	);
	const asOf = { asOf: AS_OF };
	sameMap(lib.rollUp(objectives, asOf), plainRollUp(objectives, AS_OF));
	const snapshot = compare(
		{ library: 1, plain: 1 },
		() => {
			lib.rollUp(objectives, asOf);
		},
		() => {
			plainRollUp(objectives, AS_OF);
		},
	);
	console.log(
		`  rollUp as of ${AS_OF}           ${fmt(snapshot.library)} vs plain ${fmt(snapshot.plain)}   ratio ${snapshot.ratio.toFixed(1)}×`,
	);
	sameMap(lib.rollUp(objectives), plainRollUp(objectives, null));
	const latest = compare(
		{ library: 1, plain: 1 },
		() => {
			lib.rollUp(objectives);
		},
		() => {
			plainRollUp(objectives, null);
		},
	);
	console.log(
		`  rollUp, latest check-ins           ${fmt(latest.library)} vs plain ${fmt(latest.plain)}   ratio ${latest.ratio.toFixed(1)}×`,
	);
	return { snapshot: snapshot.ratio, latest: latest.ratio };
}

/** Runs the cascade benchmark, prints times, ratios and memory, and returns the goals' figures. */
export async function runCascadeBench(): Promise<Goal[]> {
	const { lib, from } = await load();
	const gc = collector();
	gc();
	const empty = inUse();
	let objectives: Objective[] | undefined = company();
	gc();
	const inputSize = inUse() - empty;
	const keyResults = objectives.reduce((n, o) => n + (o.keyResults?.length ?? 0), 0);
	console.log(
		`\nCascade (${from}, Node ${process.versions.node}; ${objectives.length.toLocaleString("en")} objectives, ${keyResults.toLocaleString("en")} key results, default policy; median of ${ROUNDS} rounds)`,
	);

	// The baseline must compute the same map: differences are printed.
	sameMap(lib.rollUp(objectives), plainRollUp(objectives));

	const input = objectives;
	const full = compare(
		{ library: 1, plain: 1 },
		() => {
			lib.rollUp(input);
		},
		() => {
			plainRollUp(input);
		},
	);
	console.log(
		`  rollUp, full                       ${fmt(full.library)} vs plain ${fmt(full.plain)}   ratio ${full.ratio.toFixed(1)}×`,
	);

	// createRollUp builds what updates need (every key result kept), in the same arithmetic as
	// rollUp: timed against the full rollUp, round by round.
	let live = lib.createRollUp(input);
	const create = compare(
		{ library: 1, plain: 1 },
		() => {
			live = lib.createRollUp(input);
		},
		() => {
			lib.rollUp(input);
		},
	);
	console.log(
		`  createRollUp                       ${fmt(create.library)} vs rollUp ${fmt(create.plain)}  ratio ${create.ratio.toFixed(2)}×`,
	);

	// parseProgram checks and copies the whole company (every field, the cascade's links), timed
	// against the full rollUp, round by round.
	const { parseProgram } = await loadRoot();
	const parsed = parseProgram({ objectives: input });
	if (parsed.objectives.length !== input.length || parsed.warnings.length !== 0) {
		throw new Error("parseProgram did not parse the company as it is");
	}
	const parse = compare(
		{ library: 1, plain: 1 },
		() => {
			parseProgram({ objectives: input });
		},
		() => {
			lib.rollUp(input);
		},
	);
	console.log(
		`  parseProgram                       ${fmt(parse.library)} vs rollUp ${fmt(parse.plain)}  ratio ${parse.ratio.toFixed(2)}×`,
	);

	// Updates: the current value of a person's first key result, all over the company.
	let start = performance.now();
	const targets = Array.from({ length: 4096 }, (_, u) => {
		const person = (u * 7919) % (TEAMS * PER_TEAM);
		return `kr${person * KEY_RESULTS_PER_OBJECTIVE}`;
	});
	let u = 0;
	const updates = 2000;
	const updateTimes: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		start = performance.now();
		for (let r = 0; r < updates; r++) {
			live.update(targets[u++ % targets.length] as string, { current: 60 + (u % 40) });
		}
		updateTimes.push((performance.now() - start) / updates);
	}
	const update = median(updateTimes);
	const faster = full.library / update;
	console.log(
		`  update (incremental, one key result)${fmt(update)}   ${faster.toFixed(0)}× faster than the full rollUp`,
	);

	// Memory: the full roll-up's peak growth against the input's own size.
	const memory = peakGrowth(gc, () => lib.rollUp(input));
	console.log(
		`  memory: input ${MB(inputSize)}; rollUp peak growth ${MB(memory.peak)} (${(memory.peak / inputSize).toFixed(2)}× the input), result kept ${MB(memory.kept)}`,
	);
	objectives = undefined;
	const checkIns = checkInBench(lib);

	return [
		{
			name: "rollUp 100,101 objectives / 400,000 key results vs plain roll-up",
			value: full.ratio,
			unit: "×",
			limit: 10,
			met: full.ratio <= 10,
		},
		{
			name: `rollUp as of ${AS_OF}, 3 check-ins per key result, vs plain snapshot`,
			value: checkIns.snapshot,
			unit: "×",
			limit: 10,
			met: checkIns.snapshot <= 10,
		},
		{
			name: "rollUp, 3 check-ins per key result, latest wins, vs plain (no goal set)",
			value: checkIns.latest,
			unit: "×",
			limit: Number.POSITIVE_INFINITY,
			met: true,
		},
		{
			name: "createRollUp of the same company vs a full rollUp",
			value: create.ratio,
			unit: "×",
			limit: 2,
			met: create.ratio <= 2,
		},
		{
			name: "parseProgram of the same company vs a full rollUp",
			value: parse.ratio,
			unit: "×",
			limit: 3,
			met: parse.ratio <= 3,
		},
		{
			name: "createRollUp(…).update(…) faster than the full rollUp",
			value: faster,
			unit: "×",
			limit: 1000,
			met: faster >= 1000,
			atLeast: true,
		},
		{
			name: "rollUp peak heap growth / input size",
			value: memory.peak / inputSize,
			unit: "×",
			limit: 3,
			met: memory.peak <= 3 * inputSize,
			detail: `${MB(memory.peak)} for an input of ${MB(inputSize)}`,
		},
	];
}

// Run directly: `npx tsx bench/cascade.ts` (builds are picked up from dist/ when present).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
	await runCascadeBench();
}
