import type { DateInput, Kpi, NumberInput } from "../model/types.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { bulletLayout } from "./bullet/layout.js";
import { bulletMarks, scaleMarks } from "./bullet/marks.js";
import { bulletMeaning } from "./bullet/meaning.js";
import { bulletDesc, bulletStatus } from "./bullet/words.js";
import { fills, heading, svgDocument } from "./document.js";
import { readSvgOptions, type SvgOptions, titleOr } from "./options.js";

/** Options of {@link kpiBulletSvg}. */
export interface KpiBulletSvgOptions extends SvgOptions, TimeZoneOptions {
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
	const meaning = bulletMeaning(kpi, options, opts);
	const layout = bulletLayout(opts, meaning.lo, meaning.hi);
	const f = fills(opts);
	const name = titleOr(meaning.kpi.name, "KPI");
	const title = titleOr(opts.title, name);
	const { width, height } = layout;
	const status = bulletStatus(meaning, opts.labels);
	const marks = [
		...heading(opts, width, layout.pad, layout.headingY, title, status, f.of(meaning.status)),
		...bulletMarks(meaning, layout, opts.colors),
		...scaleMarks(meaning, layout, opts.colors.muted),
	];
	const desc = bulletDesc(meaning, name, opts.labels);
	return svgDocument({ kind: "bullet", width, height, title, desc, marks }, opts, f);
}
