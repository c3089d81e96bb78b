/**
 * Cascade benchmark: a full roll-up of 100,000 objectives with 400,000 key results (1 company,
 * 100 teams, the rest under the teams) and incremental updates, each against a plain-number
 * baseline computing the same scores in floating point, in the same run. Prints times and ratios.
 *
 * It measures the built package in `dist/` when present (`npm run bench` builds first), else the
 * sources. Run alone with `npx tsx bench/cascade.ts`, or with the others through `npm run bench`.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { KeyResult, Objective } from "../src/score.js";

type ScoreModule = typeof import("../src/score.js");

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Timed rounds per measurement (median reported); `BENCH_ROUNDS=5 npm run bench` for more. */
const ROUNDS = Math.max(1, Number(process.env["BENCH_ROUNDS"] ?? 3) || 3);

const OBJECTIVES = 100_000;
const TEAMS = 100;
const KEY_RESULTS_PER_OBJECTIVE = 4;
// "both" pools every child into its parent, so every update travels to the company.
const OPTIONS = { policy: { rollup: { source: "both" as const } } };

interface MetricInput {
	readonly id: string;
	readonly title: string;
	readonly kind: "metric";
	readonly start: number;
	readonly target: number;
	readonly current: number;
	readonly weight: number;
}

/** 1 company, 100 teams under it, the rest of the people spread over the teams; 4 metrics each. */
function company(): Objective[] {
	const objectives: Objective[] = [];
	for (let i = 0; i < OBJECTIVES; i++) {
		const parentId = i === 0 ? undefined : i <= TEAMS ? "company" : `team${1 + (i % TEAMS)}`;
		const id = i === 0 ? "company" : i <= TEAMS ? `team${i}` : `person${i}`;
		const keyResults: MetricInput[] = [];
		for (let k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
			const n = i * KEY_RESULTS_PER_OBJECTIVE + k;
			keyResults.push({
				id: `kr${n}`,
				title: `Key result ${n}`,
				kind: "metric",
				start: n % 50,
				target: 100 + (n % 7) * 10,
				current: (n * 37) % 180,
				weight: 1 + (n % 3),
			});
		}
		objectives.push({
			id,
			title: `Objective ${id}`,
			level: i === 0 ? "company" : i <= TEAMS ? "team" : "individual",
			...(parentId === undefined ? {} : { parentId }),
			contribution: 1 + (i % 2),
			keyResults: keyResults as KeyResult[],
		});
	}
	return objectives;
}

/** The plain-number baseline: the same rules ("both", progress clamped to [0, 1]) in floats. */
interface FloatCascade {
	readonly ids: readonly string[];
	readonly parent: Int32Array;
	readonly contribution: Float64Array;
	readonly children: readonly number[][];
	readonly order: readonly number[];
	readonly keyResults: readonly (readonly MetricInput[])[];
}

function floatCascade(objectives: readonly Objective[]): FloatCascade {
	const n = objectives.length;
	const index = new Map<string, number>();
	objectives.forEach((o, i) => {
		index.set(o.id, i);
	});
	const parent = new Int32Array(n).fill(-1);
	const contribution = new Float64Array(n);
	const children: number[][] = objectives.map(() => []);
	objectives.forEach((o, i) => {
		contribution[i] = Number(o.contribution ?? 1);
		if (o.parentId != null) {
			const p = index.get(o.parentId) as number;
			parent[i] = p;
			(children[p] as number[]).push(i);
		}
	});
	const order: number[] = [];
	for (let i = 0; i < n; i++) if (parent[i] === -1) order.push(i);
	for (let k = 0; k < order.length; k++) {
		for (const c of children[order[k] as number] as number[]) order.push(c);
	}
	order.reverse();
	return {
		ids: objectives.map((o) => o.id),
		parent,
		contribution,
		children,
		order,
		keyResults: objectives.map((o) => (o.keyResults ?? []) as unknown as MetricInput[]),
	};
}

function floatProgress(kr: MetricInput): number {
	const p = (kr.current - kr.start) / (kr.target - kr.start);
	return Math.max(0, Math.min(p, 1));
}

/** Full float roll-up; returns the scores by index. */
function floatRollUp(c: FloatCascade): Float64Array {
	const scores = new Float64Array(c.ids.length);
	for (const i of c.order) {
		let points = 0;
		let weight = 0;
		for (const kr of c.keyResults[i] as readonly MetricInput[]) {
			points += kr.weight * floatProgress(kr);
			weight += kr.weight;
		}
		for (const child of c.children[i] as number[]) {
			points += (c.contribution[child] as number) * (scores[child] as number);
			weight += c.contribution[child] as number;
		}
		scores[i] = points / weight;
	}
	return scores;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Times `library` and `plain` alternately, round by round (so both see the same machine), each
 * round running its function `repeat` times; prints the medians per call and returns them.
 */
function compare(
	label: string,
	repeat: { library: number; plain: number },
	library: () => void,
	plain: () => void,
): { library: number; plain: number } {
	library();
	plain();
	const libraryTimes: number[] = [];
	const plainTimes: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		let start = performance.now();
		for (let r = 0; r < repeat.library; r++) library();
		libraryTimes.push((performance.now() - start) / repeat.library);
		start = performance.now();
		for (let r = 0; r < repeat.plain; r++) plain();
		plainTimes.push((performance.now() - start) / repeat.plain);
	}
	const result = { library: median(libraryTimes), plain: median(plainTimes) };
	console.log(
		`  ${label.padEnd(48)} ${fmt(result.library)} vs plain ${fmt(result.plain)}  ratio ${(result.library / result.plain).toFixed(result.library < result.plain ? 3 : 1)}×`,
	);
	return result;
}

function fmt(ms: number): string {
	return `${ms < 1 ? ms.toFixed(4) : ms.toFixed(1)} ms`.padStart(12);
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

/** Runs the cascade benchmark and prints times and the exact/plain ratios. */
export async function runCascadeBench(): Promise<void> {
	const { lib, from } = await load();
	const objectives = company();
	const keyResults = objectives.reduce((n, o) => n + (o.keyResults?.length ?? 0), 0);
	console.log(
		`\nCascade (${from}, Node ${process.versions.node}; ${objectives.length.toLocaleString("en")} objectives, ${keyResults.toLocaleString("en")} key results, rollup.source "both"; median of ${ROUNDS} rounds)`,
	);
	const floats = floatCascade(objectives);

	// The baseline must compute the same scores: the largest difference is printed.
	const exact = lib.rollUp(objectives, OPTIONS);
	const approx = floatRollUp(floats);
	let worst = 0;
	floats.ids.forEach((id, i) => {
		worst = Math.max(worst, Math.abs((exact.get(id)?.score as number) - (approx[i] as number)));
	});
	console.log(`  scores |exact − plain| at most ${worst.toExponential(2)}`);

	const full = compare(
		"rollUp, full (exact) vs float roll-up",
		{ library: 1, plain: 10 },
		() => {
			lib.rollUp(objectives, OPTIONS);
		},
		() => {
			floatRollUp(floats);
		},
	);

	// Updates: the current value of a person's first key result, all over the company.
	const live = lib.createRollUp(objectives, OPTIONS);
	const targets = Array.from({ length: 4096 }, (_, u) => {
		const i = TEAMS + 1 + ((u * 7919) % (OBJECTIVES - TEAMS - 1));
		return { index: i, kr: `kr${i * KEY_RESULTS_PER_OBJECTIVE}` };
	});
	let u = 0;
	const next = () => targets[u++ % targets.length] as { index: number; kr: string };
	const exactUpdate = () => {
		const t = next();
		live.update(t.kr, { current: 60 + (u % 40) });
	};
	const patchFloat = (index: number) => {
		const list = floats.keyResults[index] as MetricInput[];
		list[0] = { ...(list[0] as MetricInput), current: 60 + (u % 40) };
	};
	const update = compare(
		"update (exact, incremental) vs float full roll-up",
		{ library: 2000, plain: 10 },
		exactUpdate,
		() => {
			patchFloat(next().index);
			floatRollUp(floats);
		},
	);
	// A stricter baseline: the float update along the path only (in place, no versions kept).
	const scores = floatRollUp(floats);
	const path = compare(
		"update (exact, incremental) vs float path update",
		{ library: 2000, plain: 2000 },
		exactUpdate,
		() => {
			const t = next();
			patchFloat(t.index);
			for (let i = t.index; i !== -1; i = floats.parent[i] as number) {
				let points = 0;
				let weight = 0;
				for (const kr of floats.keyResults[i] as readonly MetricInput[]) {
					points += kr.weight * floatProgress(kr);
					weight += kr.weight;
				}
				for (const child of floats.children[i] as number[]) {
					points += (floats.contribution[child] as number) * (scores[child] as number);
					weight += floats.contribution[child] as number;
				}
				scores[i] = points / weight;
			}
		},
	);
	console.log("  ratios (exact / plain):");
	console.log(
		`    full roll-up:                          ${(full.library / full.plain).toFixed(1)}×`,
	);
	console.log(
		`    one incremental update / float full:   ${(update.library / update.plain).toFixed(4)}× (${(update.plain / update.library).toFixed(0)}× faster)`,
	);
	console.log(
		`    one incremental update / float path:   ${(path.library / path.plain).toFixed(1)}×`,
	);
	console.log(
		`    one incremental update vs exact full:  ${(full.library / update.library).toFixed(0)}× faster`,
	);
}

// Run directly: `npx tsx bench/cascade.ts` (builds are picked up from dist/ when present).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
	await runCascadeBench();
}
