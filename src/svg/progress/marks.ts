/**
 * A progress bar's marks: the track, the stretch band, the score's bar, the expected-pace marker
 * and the legend.
 *
 * @module
 * @internal
 */
import { CHAR_WIDTH, charsIn, type Fills, swatch } from "../document.js";
import { element, fitText, num, type Raw, textElement } from "../markup.js";
import type { SvgColors } from "../options.js";
import type { ProgressLayout } from "./layout.js";
import type { ProgressMeaning } from "./meaning.js";
import type { ProgressWords } from "./words.js";

/** The expected-pace marker's head: a triangle 8 px wide from `left`, pointing down from `top`. */
function markerHead(left: number, top: number, color: string): string {
	return element("path", { d: `M${num(left)} ${num(top)}h8l-4 5z`, fill: color });
}

/**
 * The title on a row of its own (cut with "…" only beyond the picture's width; bold, so counted
 * with wider characters), then a swatch of the grade's fill and the score, grade and status word.
 */
export function headingMarks(
	l: ProgressLayout,
	title: string,
	status: string,
	fill: string | Raw,
	c: SvgColors,
) {
	const { pad, fontSize: fs } = l;
	const size = Math.round(fs * 0.85);
	const textX = pad + size + 5;
	return [
		textElement(
			{ x: pad, y: l.titleY, "font-weight": 600 },
			fitText(title, charsIn(l.width - 2 * pad, fs * 1.1)),
		),
		swatch(pad, l.statusY - size + 1, size, fill, c.muted),
		textElement({ x: textX, y: l.statusY }, fitText(status, charsIn(l.width - pad - textX, fs))),
	];
}

/** The track, the band, the score, then the band's edges and the marker on top. */
export function barMarks(m: ProgressMeaning, l: ProgressLayout, c: SvgColors, f: Fills): string[] {
	const { barTop, barBottom, barHeight } = l;
	const showBand = m.type === "aspirational";
	const bandFrom = l.xAt(m.bandFrom);
	const bandTo = l.xAt(m.bandTo);
	const band = { fill: c.band, "fill-opacity": 0.4 };
	const out = [
		element("rect", { x: l.x0, y: barTop, width: l.inner, height: barHeight, fill: c.track }),
	];
	if (showBand) {
		const height = barHeight + 8;
		out.push(
			element("rect", { x: bandFrom, y: barTop - 4, width: bandTo - bandFrom, height, ...band }),
		);
	}
	const scoreWidth = l.xAt(m.score) - l.x0;
	out.push(
		element("rect", {
			x: l.x0,
			y: barTop,
			width: scoreWidth,
			height: barHeight,
			fill: f.of(m.color),
		}),
	);
	if (showBand) {
		for (const x of [bandFrom, bandTo]) {
			const edge = { x1: x, y1: barTop - 4, x2: x, y2: barBottom + 4 };
			out.push(element("line", { ...edge, stroke: c.band, "stroke-width": 1.5 }));
		}
	}
	if (m.expected !== null) {
		const x = l.xAt(m.expected);
		const line = { x1: x, y1: barTop - 5, x2: x, y2: barBottom + 5 };
		out.push(element("line", { ...line, stroke: c.marker, "stroke-width": 2 }));
		out.push(markerHead(x - 4, barTop - 10, c.marker));
	}
	return out;
}

/** The legend: what the marker and the band stand for, each after a sample of its mark. */
export function legendMarks(m: ProgressMeaning, l: ProgressLayout, w: ProgressWords, c: SvgColors) {
	const { small, legendY } = l;
	const style = { fill: c.muted, "font-size": small };
	const out: string[] = [];
	let x = l.pad;
	if (w.expected !== null) {
		// At most half the row, so the band's entry always fits beside it.
		const text = fitText(w.expected, charsIn(l.inner / 2 - 11, small));
		out.push(markerHead(x, legendY - small * 0.75, c.marker));
		out.push(textElement({ x: x + 11, y: legendY, ...style }, text));
		x += 11 + text.length * small * CHAR_WIDTH + 16;
	}
	if (m.type === "aspirational") {
		const sample = { x, y: legendY - small * 0.8, width: 10, height: small * 0.8 };
		out.push(
			element("rect", {
				...sample,
				fill: c.band,
				"fill-opacity": 0.4,
				stroke: c.band,
				"stroke-width": 1,
			}),
			textElement(
				{ x: x + 14, y: legendY, ...style },
				fitText(w.band, charsIn(l.width - l.pad - x - 14, small)),
			),
		);
	}
	return out;
}
