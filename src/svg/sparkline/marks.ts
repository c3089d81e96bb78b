/**
 * A sparkline's marks: the status strip, the dashed target line, the line of values, each
 * measurement's marker, and the dates and target legend.
 *
 * @module
 * @internal
 */
import type { KpiColor } from "../../kpi/core.js";
import { formatDay } from "../../time/day.js";
import { CHAR_WIDTH, type Fills } from "../document.js";
import { element, num, textElement } from "../markup.js";
import type { SvgColors } from "../options.js";
import { type SparklineLayout, stripRuns } from "./layout.js";
import type { SparklineMeaning } from "./meaning.js";

/** Markers are drawn for every measurement up to this many; beyond, only for the latest. */
const MAX_MARKERS = 60;

const dashed = { "stroke-width": 1, "stroke-dasharray": "4 3" };

/** The strip, the target, the line and the markers. */
export function plotMarks(m: SparklineMeaning, l: SparklineLayout, c: SvgColors, f: Fills) {
	const out: string[] = [];
	for (const run of stripRuns(m.statuses, l)) {
		const box = { x: run.from, y: l.stripTop, width: run.to - run.from, height: l.stripHeight };
		out.push(element("rect", { ...box, fill: f.of(m.statuses[run.index] as KpiColor) }));
	}
	const { x0, inner, targetY, xs, ys } = l;
	out.push(
		element("line", {
			x1: x0,
			y1: targetY,
			x2: x0 + inner,
			y2: targetY,
			stroke: c.muted,
			...dashed,
		}),
	);
	if (xs.length > 1) {
		const points = xs.map((x, i) => `${num(x)},${num(ys[i] as number)}`).join(" ");
		const stroke = { stroke: c.line, "stroke-width": 1.5, "stroke-linejoin": "round" };
		out.push(element("polyline", { points, fill: "none", ...stroke }));
	}
	const outline = c.background === "none" ? c.pattern : c.background;
	for (let i = xs.length > MAX_MARKERS ? xs.length - 1 : 0; i < xs.length; i++) {
		const band = m.bands[i] as KpiColor;
		out.push(marker(xs[i] as number, ys[i] as number, band, c[band], outline));
	}
	return out;
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

/** Under the strip: the first and last dates at the ends, the target's legend in the middle. */
export function footMarks(m: SparklineMeaning, l: SparklineLayout, target: string, c: SvgColors) {
	const { pad, width, datesY, smallFont } = l;
	const small = { fill: c.muted, "font-size": smallFont };
	const first = m.readings[0]?.at as number;
	const last = m.readings[m.readings.length - 1]?.at as number;
	const out = [textElement({ x: pad, y: datesY, ...small }, formatDay(first))];
	if (last > first) {
		out.push(
			textElement({ x: width - pad, y: datesY, "text-anchor": "end", ...small }, formatDay(last)),
		);
	}
	// A piece of dashed line, then the target's value, centred.
	const start = width / 2 - (target.length * smallFont * CHAR_WIDTH) / 2 + 9;
	const y = datesY - smallFont * 0.35;
	out.push(
		element("line", { x1: start - 18, y1: y, x2: start - 4, y2: y, stroke: c.muted, ...dashed }),
		textElement({ x: start, y: datesY, ...small }, target),
	);
	return out;
}
