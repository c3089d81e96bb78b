import type { KpiColor } from "../kpi/core.js";
import { kpiStatusHistory } from "../kpi/kpiStatusHistory.js";
import type { DateInput, Kpi } from "../model/types.js";
import {
	add,
	clamp,
	cmp,
	divide,
	type Exact,
	max,
	min,
	ONE,
	sub,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import type { Reading } from "../read/common.js";
import { readKpi } from "../read/kpi.js";
import { formatDay } from "../time/day.js";
import { CHAR_WIDTH, fills, heading, svgDocument } from "./document.js";
import { element, num, textElement } from "./markup.js";
import { readSize, readSvgOptions, type SvgOptions, titleOr } from "./options.js";
import { directionWords, showValue } from "./words.js";

/** Options of {@link sparklineSvg}. */
export interface SparklineSvgOptions extends SvgOptions {
	/** Leave out measurements after this date (as `kpiStatusHistory`'s `asOf`). */
	readonly asOf?: DateInput | undefined;
	/** Width in px (default `320`). */
	readonly width?: number | string | undefined;
	/** Height in px (default: what the text, line and status strip need, `104` at the default sizes). */
	readonly height?: number | string | undefined;
	/** Height of the line's plot area in px (default `40`). */
	readonly plotHeight?: number | string | undefined;
}

/** Markers are drawn for every measurement up to this many; beyond, only for the latest. */
const MAX_MARKERS = 60;

/**
 * A KPI's measurements as a sparkline with its status history: the values as a line over time
 * (by date), the target as a dashed line, each measurement marked by a shape in the colour of its
 * own band (green circle, yellow square, red triangle, so shape tells them apart without colour;
 * beyond 60 measurements only the latest is marked), and under the line a strip coloured by the
 * status shown over each stretch of time (red hatched, yellow dotted). Bands and statuses are
 * `kpiStatusHistory`'s, so `policy.kpi.confirmations` smooths the strip and the words.
 *
 * The `<desc>` states the number of measurements, the dates, first, last, lowest and highest
 * values, the target and direction, the latest status and each change of status in words, e.g.
 * "Net Promoter Score: 5 measurements from 2025-07-01 to 2025-11-01, from 72 to 57, lowest 55,
 * highest 72; target 70 (higher is better). Latest: 57, red. Status: green from 2025-07-01, red
 * from 2025-08-01, …".
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `asOf`, sizes (`width`, `height`, `plotHeight`, `fontSize`), `colors`,
 *   `labels`, `title` (default: the KPI's name), `idPrefix`, `patterns`, `policy`
 *   (`kpi.thresholds`, `kpi.confirmations`).
 * @returns One `<svg>` element as a string; the same input gives the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI, a bad `asOf`, or bad picture
 *   options (`INVALID_COLOR`, `INVALID_ID`, `OUT_OF_RANGE`, `INVALID_TYPE`, `UNKNOWN_KEY`).
 * @throws {OkrError} `OUT_OF_RANGE` when a number is beyond the range of a JavaScript number.
 *
 * @example
 * ```ts
 * const nps = { id: "nps", name: "Net Promoter Score", direction: "higherIsBetter", target: 70,
 *   thresholds: { mode: "absolute", green: 0, yellow: 10 },
 *   measurements: [{ at: "2025-07-01", value: 72 }, { at: "2025-08-01", value: 55 },
 *     { at: "2025-09-01", value: 71 }] } as const;
 * const svg = sparklineSvg(nps);
 * svg.startsWith("<svg");
 * //=> true
 * svg.includes("3 measurements from 2025-07-01 to 2025-09-01, from 72 to 71, lowest 55, highest 72");
 * //=> true
 * svg.includes("Status: green from 2025-07-01, red from 2025-08-01, green from 2025-09-01.");
 * //=> true
 * sparklineSvg(nps) === sparklineSvg(nps);
 * //=> true
 * ```
 */
export function sparklineSvg(kpi: Kpi, options?: SparklineSvgOptions): string {
	const opts = readSvgOptions(options);
	const history = kpiStatusHistory(kpi, options);
	// Stryker disable next-line ArrayDeclaration: kpiStatusHistory above has read this KPI; no error can show this path
	const read = readKpi(kpi, []);
	const readings: readonly Reading[] = read.measurements.slice(0, history.length);
	const unit = read.unit;
	const t = read.target;
	const show = (x: Exact) => showValue(x, unit);
	const statuses: KpiColor[] = history.map((point) => point.status);
	const bands: KpiColor[] = history.map((point) => point.band);

	// Layout.
	const fs = opts.fontSize;
	const pad = 8;
	const r = 3.5;
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
	const c = opts.colors;
	const f = fills(opts);
	const marks: string[] = [];

	// The history has a point per reading (it is their prefix up to asOf).
	const empty = readings.length === 0;
	const first = readings[0] as Reading;
	const latest = readings[readings.length - 1] as Reading;
	const latestStatus = statuses[statuses.length - 1] as KpiColor;
	const name = titleOr(read.name, "KPI");
	const title = titleOr(opts.title, name);
	marks.push(
		...heading(
			opts,
			width,
			pad,
			headingY,
			title,
			empty
				? `no measurements · ${opts.labels.unknown}`
				: `${show(latest.value)} · ${opts.labels[latestStatus]}`,
			f.of(empty ? "unknown" : latestStatus),
		),
	);

	const direction = directionWords(read.direction);
	if (empty) {
		marks.push(
			textElement(
				{ x: width / 2, y: plotTop + plotHeight / 2, "text-anchor": "middle", fill: c.muted },
				"no measurements",
			),
		);
		const desc = `${name}: no measurements; target ${show(t)} (${direction}).`;
		return svgDocument({ kind: "sparkline", width, height, title, desc, marks }, opts, f);
	}

	// Scales: dates across, values (and the target) up.
	let valuesLow = first.value;
	let valuesHigh = first.value;
	for (const reading of readings) {
		valuesLow = min(valuesLow, reading.value);
		valuesHigh = max(valuesHigh, reading.value);
	}
	let lo = min(valuesLow, t);
	let hi = max(valuesHigh, t);
	if (cmp(lo, hi) === 0) {
		lo = sub(lo, ONE);
		hi = add(hi, ONE);
	}
	const span = sub(hi, lo);
	const yAt = (v: Exact) =>
		plotBottom - plotHeight * toNumber(clamp(divide(sub(v, lo), span), ZERO, ONE));
	const days = latest.at - first.at;
	const xAt = (day: number) =>
		days === 0 ? x0 + inner / 2 : x0 + (inner * (day - first.at)) / days;
	const xs = readings.map((reading) => xAt(reading.at));
	const ys = readings.map((reading) => yAt(reading.value));

	// The status strip: one stretch per run of the same status, split halfway between readings.
	let runStart = 0;
	for (let i = 1; i <= statuses.length; i++) {
		if (statuses[i] === statuses[runStart]) continue; // undefined at the end
		const from =
			runStart === 0 ? x0 : ((xs[runStart - 1] as number) + (xs[runStart] as number)) / 2;
		const to = i === statuses.length ? x0 + inner : ((xs[i - 1] as number) + (xs[i] as number)) / 2;
		if (to > from) {
			marks.push(
				element("rect", {
					x: from,
					y: stripTop,
					width: to - from,
					height: stripHeight,
					fill: f.of(statuses[runStart] as KpiColor),
				}),
			);
		}
		runStart = i;
	}

	// Target, line, markers.
	const yt = yAt(t);
	marks.push(
		element("line", {
			x1: x0,
			y1: yt,
			x2: x0 + inner,
			y2: yt,
			stroke: c.muted,
			"stroke-width": 1,
			"stroke-dasharray": "4 3",
		}),
	);
	if (readings.length > 1) {
		marks.push(
			element("polyline", {
				points: xs.map((x, i) => `${num(x)},${num(ys[i] as number)}`).join(" "),
				fill: "none",
				stroke: c.line,
				"stroke-width": 1.5,
				"stroke-linejoin": "round",
			}),
		);
	}
	const outline = c.background === "none" ? c.pattern : c.background;
	const from = readings.length > MAX_MARKERS ? readings.length - 1 : 0;
	for (let i = from; i < readings.length; i++) {
		const band = bands[i] as KpiColor;
		marks.push(marker(xs[i] as number, ys[i] as number, band, c[band], outline));
	}

	// Dates and target under the strip.
	const small = { fill: c.muted, "font-size": smallFont };
	const firstDate = formatDay(first.at);
	const lastDate = formatDay(latest.at);
	marks.push(textElement({ x: pad, y: datesY, ...small }, firstDate));
	if (days > 0)
		marks.push(
			textElement({ x: width - pad, y: datesY, "text-anchor": "end", ...small }, lastDate),
		);
	// The target's legend: a piece of dashed line, then its value, centred.
	const targetText = `target ${show(t)}`;
	const legendStart = width / 2 - (targetText.length * smallFont * CHAR_WIDTH) / 2 + 9;
	const legendLineY = datesY - smallFont * 0.35;
	marks.push(
		element("line", {
			x1: legendStart - 18,
			y1: legendLineY,
			x2: legendStart - 4,
			y2: legendLineY,
			stroke: c.muted,
			"stroke-width": 1,
			"stroke-dasharray": "4 3",
		}),
		textElement({ x: legendStart, y: datesY, ...small }, targetText),
	);

	// The words.
	const count = readings.length;
	let desc =
		count === 1
			? `${name}: 1 measurement, on ${firstDate}: ${show(first.value)}`
			: `${name}: ${count} measurements from ${firstDate} to ${lastDate}, from ${show(first.value)} to ${show(latest.value)}, lowest ${show(valuesLow)}, highest ${show(valuesHigh)}`;
	desc += `; target ${show(t)} (${direction}). Latest: ${show(latest.value)}, ${opts.labels[latestStatus]}.`;
	const changes: string[] = [];
	let previous: KpiColor | null = null;
	for (const point of history) {
		if (point.status !== previous) changes.push(`${opts.labels[point.status]} from ${point.at}`);
		previous = point.status;
	}
	desc += ` Status: ${changes.join(", ")}.`;
	return svgDocument({ kind: "sparkline", width, height, title, desc, marks }, opts, f);
}

/** A measurement's marker: its shape and colour both say its status. */
function marker(x: number, y: number, status: KpiColor, fill: string, outline: string): string {
	const common = { fill, stroke: outline, "stroke-width": 1 };
	if (status === "green") return element("circle", { cx: x, cy: y, r: 3.5, ...common });
	if (status === "yellow") {
		return element("rect", { x: x - 3.25, y: y - 3.25, width: 6.5, height: 6.5, ...common });
	}
	return element("path", { d: `M${num(x - 4)} ${num(y - 3)}h8l-4 7z`, ...common });
}
