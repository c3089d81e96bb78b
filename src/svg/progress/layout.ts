/**
 * Where a progress bar's parts go: the title's own row (so a title of about 41 characters shows
 * whole at the default width), the score's row, the bar on a 0–1 track, the legend row.
 *
 * @module
 * @internal
 */
import { clamp, type Exact, ONE, toNumber, ZERO } from "../../numeric/index.js";
import { readSize, type SvgOptionsRead } from "../options.js";

/** A progress bar's coordinates, in px. */
export interface ProgressLayout {
	readonly width: number;
	readonly height: number;
	readonly pad: number;
	readonly fontSize: number;
	/** Baselines of the title's row and of the score's row. */
	readonly titleY: number;
	readonly statusY: number;
	readonly barTop: number;
	readonly barBottom: number;
	readonly barHeight: number;
	/** The track from `x0` to `x0 + inner`. */
	readonly x0: number;
	readonly inner: number;
	/** The legend's baseline and font size. */
	readonly legendY: number;
	readonly small: number;
	/** Where a share of the track (clamped to 0–1) lies. */
	readonly xAt: (share: Exact) => number;
}

/** The layout at the options' sizes; `hasLegend` adds the legend's row under the bar. */
export function progressLayout(opts: SvgOptionsRead, hasLegend: boolean): ProgressLayout {
	const fs = opts.fontSize;
	const barHeight = readSize(opts.fields, "barHeight", 16);
	const pad = 8;
	const titleY = pad + fs;
	const statusY = titleY + fs * 1.4;
	// Room for the expected marker's head between the score's row and the bar.
	const barTop = statusY + fs * 0.4 + 10;
	const barBottom = barTop + barHeight;
	const legendY = barBottom + 8 + fs;
	const width = readSize(opts.fields, "width", 320);
	const fallbackHeight = Math.ceil((hasLegend ? legendY : barBottom + 4) + pad);
	const height = readSize(opts.fields, "height", fallbackHeight);
	const x0 = pad;
	const inner = Math.max(0, width - 2 * pad);
	return {
		width,
		height,
		pad,
		fontSize: fs,
		titleY,
		statusY,
		barTop,
		barBottom,
		barHeight,
		x0,
		inner,
		legendY,
		small: fs * 0.9,
		xAt: (share) => x0 + inner * toNumber(clamp(share, ZERO, ONE)),
	};
}
