/**
 * Where a bullet graph's parts go: the heading, the bullet, the quantitative scale under it.
 *
 * @module
 * @internal
 */
import {
	clamp,
	cmp,
	divide,
	type Exact,
	exact,
	fromInt,
	mul,
	ONE,
	sub,
	toNumber,
	ZERO,
} from "../../numeric/index.js";
import { readSize, type SvgOptionsRead } from "../options.js";

/** A bullet graph's coordinates, in px. */
export interface BulletLayout {
	readonly width: number;
	readonly height: number;
	readonly pad: number;
	readonly headingY: number;
	/** The bullet from `top` to `bottom`. */
	readonly top: number;
	readonly bottom: number;
	readonly barHeight: number;
	/** The scale's labels: baseline and font size. */
	readonly labelY: number;
	readonly tickFont: number;
	/** The scale from `x0` to `x0 + inner`. */
	readonly x0: number;
	readonly inner: number;
	/** Where a value lies on the scale from `lo` to `hi` (clamped to its ends). */
	readonly xAt: (value: Exact) => number;
}

/** The layout at the options' sizes for a scale from `lo` to `hi`. */
export function bulletLayout(opts: SvgOptionsRead, lo: Exact, hi: Exact): BulletLayout {
	const fs = opts.fontSize;
	const pad = 8;
	const barHeight = readSize(opts.fields, "barHeight", 20);
	const headingY = pad + fs;
	const top = headingY + fs * 0.75;
	const bottom = top + barHeight;
	const tickFont = fs * 0.85;
	const labelY = bottom + 5 + tickFont;
	const width = readSize(opts.fields, "width", 360);
	const height = readSize(opts.fields, "height", Math.ceil(labelY + pad));
	const x0 = pad + tickFont;
	const inner = Math.max(0, width - 2 * x0);
	const span = sub(hi, lo);
	const xAt = (v: Exact) => x0 + inner * toNumber(clamp(divide(sub(v, lo), span), ZERO, ONE));
	return { width, height, pad, headingY, top, bottom, barHeight, labelY, tickFont, x0, inner, xAt };
}

/**
 * The scale's ticks: round steps (1, 2 or 5 times a power of ten) about every 60 px, at most 100
 * steps (so the widest pictures keep a scale, their ticks further apart). Tick values are exact
 * multiples of the step; none when `lo` or `hi` is too many steps from zero to count them exactly.
 */
export function tickValues(lo: Exact, hi: Exact, inner: number): Exact[] {
	const count = Math.min(100, Math.max(1, Math.floor(inner / 60)));
	const rough = toNumber(sub(hi, lo)) / count;
	const values: Exact[] = [];
	if (!(rough > 0 && Number.isFinite(rough))) return values;
	const power = Math.floor(Math.log10(rough));
	const unit = rough / 10 ** power;
	const m = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
	// Stryker disable next-line ArrayDeclaration,StringLiteral: the digits are a well-formed number; no error can show this path
	const step = exact(`${m}e${power}`, ["scale"]);
	const stepNumber = toNumber(step);
	const i0 = Math.ceil(toNumber(lo) / stepNumber);
	const i1 = Math.floor(toNumber(hi) / stepNumber);
	if (!Number.isSafeInteger(i0) || !Number.isSafeInteger(i1)) return values;
	for (let i = i0; i <= i1; i++) {
		const v = mul(fromInt(i), step);
		if (cmp(v, lo) >= 0 && cmp(v, hi) <= 0) values.push(v);
	}
	return values;
}
