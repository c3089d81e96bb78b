/**
 * Foundation benchmark: `keyResultProgress` over 1,000,000 metric key results (number fields, then
 * decimal-string fields) and `objectiveProgress` over 250,000 objectives of 4 key results, each
 * against a plain floating-point loop computing the same thing in the same run; then the size of
 * browser bundles of the built package (esbuild, minified, gzip level 9).
 *
 * It measures the built package in `dist/` (what users run): `npm run bench` builds first.
 * Run alone with `npm run build && npx tsx bench/progress.ts`.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { KeyResult, Objective } from "../src/score.js";
import { type Goal, median } from "./goals.js";

type ScoreModule = typeof import("../src/score.js");

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const KEY_RESULTS = 1_000_000;
const OBJECTIVES = 250_000;
const PER_OBJECTIVE = 4;
/** Timed rounds per measurement (median reported); `BENCH_ROUNDS=9 npm run bench` for more. */
const ROUNDS = Math.max(1, Number(process.env["BENCH_ROUNDS"] ?? 5) || 5);
/** Items run once before timing, so both loops are compiled by the JIT before they are timed. */
const WARM_UP = 20_000;

interface Metric {
	readonly id: string;
	readonly title: string;
	readonly kind: "metric";
	readonly start: number;
	readonly target: number;
	readonly current: number;
	readonly weight: number;
}

interface DecimalMetric {
	readonly id: string;
	readonly title: string;
	readonly kind: "metric";
	readonly start: string;
	readonly target: string;
	readonly current: string;
	readonly weight: string;
}

/** Deterministic, varied key results: increases and decreases, some over target, some behind start. */
function metric(n: number): Metric {
	const start = (n % 50) + (n % 4) * 0.25;
	const increase = n % 5 !== 0;
	const target = increase ? start + 20 + (n % 7) * 10 : start - 10 - (n % 3) * 5;
	const span = target - start;
	const current = start + span * (((n * 37) % 130) / 100 - 0.1);
	return {
		id: `kr${n}`,
		title: `Key result ${n}`,
		kind: "metric",
		start,
		target,
		current: Math.round(current * 100) / 100,
		weight: 1 + (n % 3),
	};
}

function asDecimal(kr: Metric): DecimalMetric {
	return {
		id: kr.id,
		title: kr.title,
		kind: "metric",
		start: String(kr.start),
		target: String(kr.target),
		current: String(kr.current),
		weight: String(kr.weight),
	};
}

// ----------------------------------------------------------------------------------------------
// Plain floating-point baselines: the same rule (ratio clamped to [0, 1], weighted mean).

function plainProgress(start: number, target: number, current: number): number {
	const p = (current - start) / (target - start);
	return Math.min(Math.max(p, 0), 1);
}

function plainKeyResults(krs: readonly Metric[], count: number): number {
	let sum = 0;
	for (let i = 0; i < count; i++) {
		const kr = krs[i] as Metric;
		sum += plainProgress(kr.start, kr.target, kr.current);
	}
	return sum;
}

function plainDecimalKeyResults(krs: readonly DecimalMetric[], count: number): number {
	let sum = 0;
	for (let i = 0; i < count; i++) {
		const kr = krs[i] as DecimalMetric;
		sum += plainProgress(Number(kr.start), Number(kr.target), Number(kr.current));
	}
	return sum;
}

function plainObjectives(
	objectives: readonly { keyResults: readonly Metric[] }[],
	count: number,
): number {
	let sum = 0;
	for (let i = 0; i < count; i++) {
		const objective = objectives[i] as { keyResults: readonly Metric[] };
		let points = 0;
		let total = 0;
		for (const kr of objective.keyResults) {
			points += kr.weight * plainProgress(kr.start, kr.target, kr.current);
			total += kr.weight;
		}
		sum += points / total;
	}
	return sum;
}

// ----------------------------------------------------------------------------------------------

interface Measurement {
	readonly label: string;
	readonly operations: number;
	readonly libraryMs: number;
	readonly plainMs: number;
	/** Median over the rounds of each round's library/plain ratio. */
	readonly ratio: number;
	/** Largest |library − plain| over the checksums of all rounds (both sum the same results). */
	readonly checksumDifference: number;
}

/** A loop over the first `count` items, returning the sum of its results. */
type Loop = (count: number) => number;

function timed(run: Loop, count: number): { ms: number; checksum: number } {
	const start = performance.now();
	const checksum = run(count);
	return { ms: performance.now() - start, checksum };
}

/** Alternates library and baseline rounds so both see the same machine conditions. */
function measure(label: string, operations: number, library: Loop, plain: Loop): Measurement {
	library(Math.min(WARM_UP, operations));
	plain(Math.min(WARM_UP, operations));
	const libraryTimes: number[] = [];
	const plainTimes: number[] = [];
	const ratios: number[] = [];
	let checksumDifference = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const a = timed(library, operations);
		const b = timed(plain, operations);
		libraryTimes.push(a.ms);
		plainTimes.push(b.ms);
		ratios.push(a.ms / b.ms);
		checksumDifference = Math.max(checksumDifference, Math.abs(a.checksum - b.checksum));
	}
	return {
		label,
		operations,
		libraryMs: median(libraryTimes),
		plainMs: median(plainTimes),
		ratio: median(ratios),
		checksumDifference,
	};
}

function opsPerSecond(operations: number, ms: number): string {
	const perSecond = operations / (ms / 1000);
	return perSecond >= 1e6
		? `${(perSecond / 1e6).toFixed(2)} M/s`
		: `${(perSecond / 1e3).toFixed(0)} k/s`;
}

function report(m: Measurement): Measurement {
	const ratio = m.ratio;
	console.log(`  ${m.label}`);
	console.log(
		`    okr-kit ${m.libraryMs.toFixed(1).padStart(9)} ms  ${opsPerSecond(m.operations, m.libraryMs).padStart(11)}`,
	);
	console.log(
		`    plain   ${m.plainMs.toFixed(1).padStart(9)} ms  ${opsPerSecond(m.operations, m.plainMs).padStart(11)}`,
	);
	console.log(
		`    ratio (okr-kit time / plain time): ${ratio.toFixed(1)}×   checksum |Δ| ${m.checksumDifference.toExponential(1)}`,
	);
	return m;
}

// ----------------------------------------------------------------------------------------------
// Bundle sizes

interface BundleSize {
	readonly label: string;
	readonly minified: number;
	readonly gzip: number;
}

/** Minified ESM browser bundle of `source` (importing the package by name), gzip level 9. */
async function bundleSize(label: string, source: string): Promise<BundleSize> {
	const result = await build({
		stdin: { contents: source, resolveDir: root, loader: "js" },
		bundle: true,
		// Resolve the package as a consumer does, not through the repo's tsconfig paths (→ src/).
		tsconfigRaw: {},
		minify: true,
		format: "esm",
		platform: "browser",
		write: false,
		logLevel: "silent",
	});
	const code = result.outputFiles[0]?.contents ?? new Uint8Array();
	return { label, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The two bundles and their size goals (gzip level 9, kB = 1,000 bytes). */
export const BUNDLES = [
	{
		label:
			'import { keyResultProgress, objectiveProgress, grade, kpiStatus, rollUp } from "okr-kit/score"',
		source:
			'export { keyResultProgress, objectiveProgress, grade, kpiStatus, rollUp } from "okr-kit/score";',
		goal: 24_000,
	},
	{
		label: 'import * as okr from "okr-kit"',
		source: 'export * as okr from "okr-kit";',
		goal: 50_000,
	},
] as const;

export async function bundleSizes(): Promise<BundleSize[]> {
	const sizes: BundleSize[] = [];
	for (const b of BUNDLES) sizes.push(await bundleSize(b.label, b.source));
	return sizes;
}

// ----------------------------------------------------------------------------------------------

/** Loads the built `okr-kit/score` (ESM) from `dist/`. */
async function loadBuilt(): Promise<ScoreModule> {
	const file = join(root, "dist", "score.js");
	if (!existsSync(file)) throw new Error("dist/score.js is missing: run `npm run build` first.");
	return (await import(pathToFileURL(file).href)) as ScoreModule;
}

/** Runs the progress benchmark and the bundle sizes, printing times, ratios and sizes. */
export async function runProgressBench(): Promise<Goal[]> {
	const okr = await loadBuilt();
	const { keyResultProgress, objectiveProgress } = okr;

	console.log(
		`\nProgress (built dist/score.js, Node ${process.versions.node}; median of ${ROUNDS} rounds after a warm-up of ${WARM_UP.toLocaleString("en")} items)`,
	);

	const numbers: Metric[] = Array.from({ length: KEY_RESULTS }, (_, n) => metric(n));
	const krNumbers = report(
		measure(
			`keyResultProgress × ${KEY_RESULTS.toLocaleString("en")}, number fields`,
			KEY_RESULTS,
			(count) => {
				let sum = 0;
				for (let i = 0; i < count; i++) sum += keyResultProgress(numbers[i] as KeyResult);
				return sum;
			},
			(count) => plainKeyResults(numbers, count),
		),
	);

	const decimals: DecimalMetric[] = numbers.map(asDecimal);
	report(
		measure(
			`keyResultProgress × ${KEY_RESULTS.toLocaleString("en")}, decimal-string fields`,
			KEY_RESULTS,
			(count) => {
				let sum = 0;
				for (let i = 0; i < count; i++) sum += keyResultProgress(decimals[i] as KeyResult);
				return sum;
			},
			(count) => plainDecimalKeyResults(decimals, count),
		),
	);
	decimals.length = 0;

	const objectives = Array.from({ length: OBJECTIVES }, (_, i) => ({
		id: `o${i}`,
		title: `Objective ${i}`,
		keyResults: numbers.slice(i * PER_OBJECTIVE, (i + 1) * PER_OBJECTIVE),
	}));
	const objectiveMeasure = report(
		measure(
			`objectiveProgress × ${OBJECTIVES.toLocaleString("en")} (${PER_OBJECTIVE} key results each)`,
			OBJECTIVES,
			(count) => {
				let sum = 0;
				for (let i = 0; i < count; i++) sum += objectiveProgress(objectives[i] as Objective);
				return sum;
			},
			(count) => plainObjectives(objectives, count),
		),
	);

	console.log("\nBundle size (esbuild: bundle, minify, ESM, platform browser; gzip level 9)");
	const goals: Goal[] = [
		{
			name: `keyResultProgress × ${KEY_RESULTS.toLocaleString("en")} (number fields) vs plain loop`,
			value: krNumbers.ratio,
			unit: "×",
			limit: 10,
			met: krNumbers.ratio <= 10,
		},
		{
			name: `objectiveProgress × ${OBJECTIVES.toLocaleString("en")} vs plain loop (no goal set)`,
			value: objectiveMeasure.ratio,
			unit: "×",
			limit: Number.POSITIVE_INFINITY,
			met: true,
		},
	];
	const sizes = await bundleSizes();
	sizes.forEach((size, i) => {
		console.log(
			`  ${size.label.padEnd(96)} ${kB(size.minified).padStart(9)} min  ${kB(size.gzip).padStart(8)} gzip`,
		);
		const goal = BUNDLES[i]?.goal ?? 0;
		goals.push({
			name: `bundle: ${size.label.replace(/^import /, "").replace(/ from .*/, "")} (gzip -9)`,
			value: size.gzip / 1000,
			unit: "kB",
			limit: goal / 1000,
			met: size.gzip <= goal,
		});
	});
	return goals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	await runProgressBench();
}
