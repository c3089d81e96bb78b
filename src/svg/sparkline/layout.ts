/**
 * Where a sparkline's parts go: the heading, the plot of values over time, the status strip under
 * it, and the dates and target legend at the bottom.
 *
 * @module
 * @internal
 */
import { clamp, divide, type Exact, ONE, sub, toNumber, ZERO } from "../../numeric/index.js";
import { readSize, type SvgOptionsRead } from "../options.js";
import type { SparklineMeaning } from "./meaning.js";

/** A sparkline's coordinates, in px. */
export interface SparklineLayout {
	readonly width: number;
	readonly height: number;
	readonly pad: number;
	readonly headingY: number;
	/** The plot from `plotTop` down to `plotBottom`, from `x0` to `x0 + inner` across. */
	readonly plotTop: number;
	readonly plotHeight: number;
	readonly x0: number;
	readonly inner: number;
	/** Each measurement's point, and the target's height. */
	readonly xs: readonly number[];
	readonly ys: readonly number[];
	readonly targetY: number;
	/** The status strip's top and height. */
	readonly stripTop: number;
	readonly stripHeight: number;
	/** The dates' baseline and font size. */
	readonly datesY: number;
	readonly smallFont: number;
}

/** The layout at the options' sizes: dates across, values (and the target) up. */
export function sparklineLayout(m: SparklineMeaning, opts: SvgOptionsRead): SparklineLayout {
	const fs = opts.fontSize;
	const pad = 8;
	const r = 3.5; // a marker's reach around its point
	const plotHeight = readSize(opts.fields, "plotHeight", 40);
	const headingY = pad + fs;
	const plotTop = headingY + fs * 0.5 + r;
	const plotBottom = plotTop + plotHeight;
	const stripTop = plotBottom + r + 4;
	const stripHeight = 8;
	const smallFont = fs * 0.85;
	const datesY = stripTop + stripHeight + 4 + smallFont;
	const width = readSize(opts.fields, "width", 320);
	const height = readSize(opts.fields, "height", Math.ceil(datesY + pad));
	const x0 = pad + r;
	const inner = Math.max(0, width - 2 * x0);
	const span = sub(m.hi, m.lo);
	const yAt = (v: Exact) =>
		plotBottom - plotHeight * toNumber(clamp(divide(sub(v, m.lo), span), ZERO, ONE));
	const first = m.readings[0]?.at ?? 0;
	const days = (m.readings[m.readings.length - 1]?.at ?? 0) - first;
	const xAt = (day: number) => (days === 0 ? x0 + inner / 2 : x0 + (inner * (day - first)) / days);
	return {
		width,
		height,
		pad,
		headingY,
		plotTop,
		plotHeight,
		x0,
		inner,
		xs: m.readings.map((reading) => xAt(reading.at)),
		ys: m.readings.map((reading) => yAt(reading.value)),
		targetY: yAt(m.kpi.target),
		stripTop,
		stripHeight,
		datesY,
		smallFont,
	};
}

/**
 * The status strip's stretches: one per run of the same status, split halfway between readings,
 * from the plot's left end to its right end. Stretches that take no width are left out.
 */
export function stripRuns(statuses: readonly string[], l: SparklineLayout) {
	const { xs, x0, inner } = l;
	const runs: { readonly index: number; readonly from: number; readonly to: number }[] = [];
	let start = 0;
	for (let i = 1; i <= statuses.length; i++) {
		if (statuses[i] === statuses[start]) continue; // undefined at the end
		const from = start === 0 ? x0 : ((xs[start - 1] as number) + (xs[start] as number)) / 2;
		const to = i === statuses.length ? x0 + inner : ((xs[i - 1] as number) + (xs[i] as number)) / 2;
		if (to > from) runs.push({ index: start, from, to });
		start = i;
	}
	return runs;
}
