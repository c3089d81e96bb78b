import { invalid } from "../errors/index.js";
import { limitsOf } from "../kpi/core.js";
import { kpiStatus } from "../kpi/kpiStatus.js";
import type { DateInput, Kpi, NumberInput } from "../model/types.js";
import {
	add,
	clamp,
	cmp,
	divide,
	type Exact,
	exact,
	fromInt,
	fromResult,
	max,
	min,
	mul,
	ONE,
	sub,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import { own } from "../objects.js";
import { policyNumbers } from "../policy/resolve.js";
import { readKpi } from "../read/kpi.js";
import { formatDay, readDay } from "../time/day.js";
import { charsIn, fills, heading, type StatusColor, svgDocument } from "./document.js";
import { element, fitText, showNumber, textElement } from "./markup.js";
import { readSize, readSvgOptions, type SvgOptions, titleOr } from "./options.js";
import { directionWords, shortfallWords, showValue } from "./words.js";

/** Options of {@link kpiBulletSvg}. */
export interface KpiBulletSvgOptions extends SvgOptions {
	/** Show this value instead of the latest measurement (as `kpiStatus`'s `value`). */
	readonly value?: NumberInput | undefined;
	/** Show the KPI as it stood on this date (as `kpiStatus`'s `asOf`; a stale value is greyed). */
	readonly asOf?: DateInput | undefined;
	/** Start of the scale (default: 0 or below, to take in the value, target and ranges). */
	readonly min?: NumberInput | undefined;
	/** End of the scale (default: a tenth beyond the value, target and ranges). */
	readonly max?: NumberInput | undefined;
	/** Width in px (default `360`). */
	readonly width?: number | string | undefined;
	/** Height in px (default: what the text, bullet and scale need, `80` at the default sizes). */
	readonly height?: number | string | undefined;
	/** Thickness of the bullet (its qualitative ranges) in px (default `20`). */
	readonly barHeight?: number | string | undefined;
}

/** One qualitative range of the scale: values in `[from, to]` get `status`. */
interface Range {
	readonly status: Exclude<StatusColor, "unknown">;
	readonly from: Exact;
	readonly to: Exact;
}

/**
 * A KPI as a bullet graph after Stephen Few's specification: the featured measure (the value) as a
 * dark bar from zero, the comparative measure (the target) as a short perpendicular line, and the
 * qualitative ranges behind them in shades of grey, darkest for the worst: red, yellow and green
 * values by the KPI's thresholds and direction, exactly as `kpiStatus` judges them (a value on a
 * boundary belongs to the better range). `onTarget` KPIs get a green range around the target with
 * yellow and red on both sides.
 *
 * The heading gives the KPI's name, its value with the unit and the status word next to a swatch
 * of the status colour (hatched for red, dotted for yellow). The `<desc>` states the value, date,
 * target, direction, status, shortfall and every range boundary in words, e.g. "Platform uptime:
 * 89.1% on 2025-08-15 against a target of 99% (higher is better); yellow, 9.9% short of the target.
 * Ranges: red below 89.1%, yellow from 89.1% to below 99%, green from 99%." Without a value the
 * bar is left out; a stale value (`options.asOf`) is drawn faded and the status is unknown.
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `value`, `asOf` (as for `kpiStatus`), the scale's `min` and `max`, sizes
 *   (`width`, `height`, `barHeight`, `fontSize`), `colors`, `labels`, `title` (default: the KPI's
 *   name), `idPrefix`, `patterns`, `policy` (`kpi.thresholds`, `kpi.staleAfter`).
 * @returns One `<svg>` element as a string; the same input gives the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI, a bad `value` or `asOf`, a scale
 *   whose `min` is not below its `max` (`OUT_OF_RANGE` at `["options", "max"]`), or bad picture
 *   options (`INVALID_COLOR`, `INVALID_ID`, `OUT_OF_RANGE`, `INVALID_TYPE`, `UNKNOWN_KEY`).
 * @throws {OkrError} `OUT_OF_RANGE` when a number is beyond the range of a JavaScript number.
 *
 * @example
 * ```ts
 * const uptime = { id: "uptime", name: "Platform uptime", unit: "%", direction: "higherIsBetter",
 *   target: 99, measurements: [{ at: "2025-08-15", value: 89.1 }] } as const;
 * const svg = kpiBulletSvg(uptime);
 * svg.startsWith("<svg");
 * //=> true
 * svg.includes("89.1% on 2025-08-15 against a target of 99% (higher is better); yellow, 9.9% short of the target.");
 * //=> true
 * svg.includes("Ranges: red below 89.1%, yellow from 89.1% to below 99%, green from 99%.");
 * //=> true
 * kpiBulletSvg({ ...uptime, name: "<script>" }).includes("<script>");
 * //=> false
 * ```
 */
export function kpiBulletSvg(kpi: Kpi, options?: KpiBulletSvgOptions): string {
	const opts = readSvgOptions(options);
	const status = kpiStatus(kpi, options);
	// Stryker disable next-line ArrayDeclaration: kpiStatus above has read this KPI; no error can show this path
	const read = readKpi(kpi, []);
	const limits = limitsOf(read, policyNumbers(opts.policy));
	const unit = read.unit;
	const t = read.target;
	const value = status.value === null ? null : fromResult(status.value);

	// The qualitative ranges, as kpiStatus colours values (boundaries belong to the better range).
	const ranges: Range[] = [];
	let lowest: Exact;
	let highest: Exact;
	let rangeWords: string;
	const show = (x: Exact) => showValue(x, unit);
	if (read.direction === "higherIsBetter") {
		const a = sub(t, limits.yellow);
		const b = sub(t, limits.green);
		lowest = a;
		highest = t;
		ranges.push({ status: "red", from: a, to: a }, { status: "yellow", from: a, to: b });
		ranges.push({ status: "green", from: b, to: b });
		rangeWords =
			cmp(a, b) < 0
				? `red below ${show(a)}, yellow from ${show(a)} to below ${show(b)}, green from ${show(b)}`
				: `red below ${show(b)}, green from ${show(b)}`;
	} else if (read.direction === "lowerIsBetter") {
		const b = add(t, limits.green);
		const a = add(t, limits.yellow);
		lowest = t;
		highest = a;
		ranges.push({ status: "green", from: b, to: b }, { status: "yellow", from: b, to: a });
		ranges.push({ status: "red", from: a, to: a });
		rangeWords =
			cmp(b, a) < 0
				? `green up to ${show(b)}, yellow above ${show(b)} up to ${show(a)}, red above ${show(a)}`
				: `green up to ${show(b)}, red above ${show(b)}`;
	} else {
		const yl = sub(t, limits.yellow);
		const gl = sub(t, limits.green);
		const gh = add(t, limits.green);
		const yh = add(t, limits.yellow);
		lowest = yl;
		highest = yh;
		ranges.push(
			{ status: "red", from: yl, to: yl },
			{ status: "yellow", from: yl, to: gl },
			{ status: "green", from: gl, to: gh },
			{ status: "yellow", from: gh, to: yh },
			{ status: "red", from: yh, to: yh },
		);
		rangeWords =
			cmp(gh, yh) < 0
				? `green from ${show(gl)} to ${show(gh)}, yellow from ${show(yl)} to ${show(yh)} outside the green range, red beyond`
				: `green from ${show(gl)} to ${show(gh)}, red beyond`;
	}

	// The scale: zero, the target, the ranges' boundaries and the value, a tenth more room.
	let lo = min(ZERO, min(lowest, t));
	let hi = max(ZERO, max(highest, t));
	if (value !== null) {
		lo = min(lo, value);
		hi = max(hi, value);
	}
	if (cmp(lo, hi) === 0) hi = add(hi, ONE);
	const room = divide(sub(hi, lo), fromInt(10));
	hi = add(hi, room);
	if (cmp(lo, ZERO) < 0) lo = sub(lo, room);
	const givenMin = own(opts.fields, "min");
	const givenMax = own(opts.fields, "max");
	if (givenMin !== undefined) lo = exact(givenMin, ["options", "min"]);
	if (givenMax !== undefined) hi = exact(givenMax, ["options", "max"]);
	if (cmp(lo, hi) >= 0) {
		throw invalid(
			"OUT_OF_RANGE",
			givenMax !== undefined ? ["options", "max"] : ["options", "min"],
			"The scale's max must be above its min (and the value, target and ranges).",
		);
	}
	// The open ends of the first and last ranges reach the ends of the scale.
	const first = ranges[0] as Range;
	const last = ranges[ranges.length - 1] as Range;
	ranges[0] = { ...first, from: min(lo, first.from) };
	ranges[ranges.length - 1] = { ...last, to: max(hi, last.to) };

	// Layout.
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
	const c = opts.colors;
	const f = fills(opts);
	const marks: string[] = [];

	const color: StatusColor = status.status;
	const word = opts.labels[color];
	const valueText = value === null ? "no value" : show(value);
	const name = titleOr(read.name, "KPI");
	const title = titleOr(opts.title, name);
	marks.push(
		...heading(
			opts,
			width,
			pad,
			headingY,
			title,
			`${valueText}${status.stale ? " (stale)" : ""} · ${word}`,
			f.of(color),
		),
	);

	const rangeFill = { red: c.rangeRed, yellow: c.rangeYellow, green: c.rangeGreen };
	for (const range of ranges) {
		const from = xAt(range.from);
		const to = xAt(range.to);
		if (to <= from) continue;
		marks.push(
			element("rect", {
				x: from,
				y: top,
				width: to - from,
				height: barHeight,
				fill: rangeFill[range.status],
			}),
		);
	}
	if (value !== null) {
		const base = xAt(clamp(ZERO, lo, hi));
		const end = xAt(value);
		marks.push(
			element("rect", {
				x: Math.min(base, end),
				y: top + barHeight / 3,
				width: Math.abs(end - base),
				height: barHeight / 3,
				fill: c.measure,
				"fill-opacity": status.stale ? 0.4 : undefined,
			}),
		);
	}
	const xt = xAt(t);
	marks.push(
		element("line", {
			x1: xt,
			y1: top + barHeight * 0.15,
			x2: xt,
			y2: bottom - barHeight * 0.15,
			stroke: c.marker,
			"stroke-width": 3,
		}),
	);
	marks.push(...scale(lo, hi, inner, xAt, bottom, labelY, tickFont, c.muted));

	// The words.
	const direction = directionWords(read.direction);
	let desc: string;
	if (value === null) {
		desc = `${name}: no value yet; target ${show(t)} (${direction}); ${word}.`;
	} else {
		const when = status.at === null ? "" : ` on ${status.at}`;
		let stale = "";
		if (status.stale) {
			const asOf = own(opts.fields, "asOf");
			// Stryker disable next-line ArrayDeclaration,StringLiteral: kpiStatus has checked options.asOf (a stale value has one); this path never shows
			const day = readDay(asOf, ["options", "asOf"]);
			stale = ` (stale on ${formatDay(day)})`;
		}
		const shortfall = shortfallWords(fromResult(status.shortfall as number), read.direction, unit);
		desc = `${name}: ${show(value)}${when}${stale} against a target of ${show(t)} (${direction}); ${word}, ${shortfall}.`;
	}
	desc += ` Ranges: ${rangeWords}.`;
	return svgDocument({ kind: "bullet", width, height, title, desc, marks }, opts, f);
}

/**
 * The quantitative scale: ticks at round steps (1, 2 or 5 times a power of ten) about every 60 px
 * (at most 101 ticks), labelled below the bullet. Tick values are exact multiples of the step.
 */
function scale(
	lo: Exact,
	hi: Exact,
	inner: number,
	xAt: (v: Exact) => number,
	bottom: number,
	labelY: number,
	fontSize: number,
	color: string,
): string[] {
	const out: string[] = [];
	// At most 100 steps, so that the widest pictures keep a scale (their ticks further apart).
	const count = Math.min(100, Math.max(1, Math.floor(inner / 60)));
	const rough = toNumber(sub(hi, lo)) / count;
	const values: Exact[] = [];
	if (rough > 0 && Number.isFinite(rough)) {
		const power = Math.floor(Math.log10(rough));
		const unit = rough / 10 ** power;
		const m = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
		const digits = `${m}e${power}`;
		// Stryker disable next-line ArrayDeclaration,StringLiteral: the digits above are a well-formed number; no error can show this path
		const step = exact(digits, ["scale"]);
		const stepNumber = toNumber(step);
		const i0 = Math.ceil(toNumber(lo) / stepNumber);
		const i1 = Math.floor(toNumber(hi) / stepNumber);
		// At most count + 1 whole multiples of the step (at least the span over count) from lo to hi,
		// but none when lo or hi is too many steps from zero to count them exactly.
		if (Number.isSafeInteger(i0) && Number.isSafeInteger(i1)) {
			for (let i = i0; i <= i1; i++) {
				const v = mul(fromInt(i), step);
				if (cmp(v, lo) >= 0 && cmp(v, hi) <= 0) values.push(v);
			}
		}
	}
	const maxChars = charsIn(Math.max(20, inner / Math.max(values.length, 1)), fontSize);
	for (const v of values) {
		const x = xAt(v);
		out.push(
			element("line", {
				x1: x,
				y1: bottom,
				x2: x,
				y2: bottom + 4,
				stroke: color,
				"stroke-width": 1,
			}),
			textElement(
				{ x, y: labelY, "text-anchor": "middle", fill: color, "font-size": fontSize },
				fitText(showNumber(toNumber(v)), maxChars),
			),
		);
	}
	return out;
}
