import type { DateInput, Kpi } from "../model/types.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { fills, heading, svgDocument } from "./document.js";
import { textElement } from "./markup.js";
import { readSvgOptions, type SvgOptions, titleOr } from "./options.js";
import { sparklineLayout } from "./sparkline/layout.js";
import { footMarks, plotMarks } from "./sparkline/marks.js";
import { sparklineMeaning } from "./sparkline/meaning.js";
import { sparklineDesc, sparklineStatus } from "./sparkline/words.js";
import { showValue } from "./words.js";

/** Options of {@link sparklineSvg}. */
export interface SparklineSvgOptions extends SvgOptions, TimeZoneOptions {
	/** Leave out measurements after this date (as `kpiStatusHistory`'s `asOf`). */
	readonly asOf?: DateInput | undefined;
	/** Width in px (default `320`). */
	readonly width?: number | string | undefined;
	/** Height in px (default: what the text, line and status strip need, `104` at the default sizes). */
	readonly height?: number | string | undefined;
	/** Height of the line's plot area in px (default `40`). */
	readonly plotHeight?: number | string | undefined;
}

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
	const meaning = sparklineMeaning(kpi, options);
	const layout = sparklineLayout(meaning, opts);
	const f = fills(opts);
	const name = titleOr(meaning.kpi.name, "KPI");
	const title = titleOr(opts.title, name);
	const { width, height, plotTop, plotHeight } = layout;
	const status = sparklineStatus(meaning, opts.labels);
	const latest = meaning.statuses[meaning.statuses.length - 1] ?? "unknown";
	const marks = heading(opts, width, layout.pad, layout.headingY, title, status, f.of(latest));
	if (meaning.readings.length === 0) {
		const middle = { x: width / 2, y: plotTop + plotHeight / 2, "text-anchor": "middle" };
		marks.push(textElement({ ...middle, fill: opts.colors.muted }, "no measurements"));
	} else {
		const target = `target ${showValue(meaning.kpi.target, meaning.kpi.unit)}`;
		marks.push(...plotMarks(meaning, layout, opts.colors, f));
		marks.push(...footMarks(meaning, layout, target, opts.colors));
	}
	const desc = sparklineDesc(meaning, name, opts.labels);
	return svgDocument({ kind: "sparkline", width, height, title, desc, marks }, opts, f);
}
