/**
 * A bullet graph's marks: the qualitative ranges in greys, the featured measure, the target line,
 * and the scale's ticks and labels.
 *
 * @module
 * @internal
 */
import { clamp, type Exact, toNumber, ZERO } from "../../numeric/index.js";
import { charsIn } from "../document.js";
import { element, fitText, showNumber, textElement } from "../markup.js";
import type { SvgColors } from "../options.js";
import { type BulletLayout, tickValues } from "./layout.js";
import type { BulletMeaning } from "./meaning.js";

/** The ranges (darkest grey for red), the value's bar from zero (faded when stale), the target. */
export function bulletMarks(m: BulletMeaning, l: BulletLayout, c: SvgColors): string[] {
	const { top, bottom, barHeight } = l;
	const rangeFill = { red: c.rangeRed, yellow: c.rangeYellow, green: c.rangeGreen };
	const out: string[] = [];
	for (const range of m.ranges) {
		const from = l.xAt(range.from);
		const to = l.xAt(range.to);
		if (to <= from) continue;
		const box = { x: from, y: top, width: to - from, height: barHeight };
		out.push(element("rect", { ...box, fill: rangeFill[range.status] }));
	}
	if (m.value !== null) {
		const base = l.xAt(clamp(ZERO, m.lo, m.hi));
		const end = l.xAt(m.value);
		const box = { x: Math.min(base, end), y: top + barHeight / 3, width: Math.abs(end - base) };
		const faded = m.staleOn === null ? undefined : 0.4;
		out.push(
			element("rect", { ...box, height: barHeight / 3, fill: c.measure, "fill-opacity": faded }),
		);
	}
	const xt = l.xAt(m.kpi.target);
	const line = { x1: xt, y1: top + barHeight * 0.15, x2: xt, y2: bottom - barHeight * 0.15 };
	out.push(element("line", { ...line, stroke: c.marker, "stroke-width": 3 }));
	return out;
}

/** The scale under the bullet: a tick and a label (cut to the room each tick has) per round value. */
export function scaleMarks(m: BulletMeaning, l: BulletLayout, color: string): string[] {
	const values: Exact[] = tickValues(m.lo, m.hi, l.inner);
	const maxChars = charsIn(Math.max(20, l.inner / Math.max(values.length, 1)), l.tickFont);
	const label = { "text-anchor": "middle", fill: color, "font-size": l.tickFont };
	return values.flatMap((v) => {
		const x = l.xAt(v);
		return [
			element("line", {
				x1: x,
				y1: l.bottom,
				x2: x,
				y2: l.bottom + 4,
				stroke: color,
				"stroke-width": 1,
			}),
			textElement({ x, y: l.labelY, ...label }, fitText(showNumber(toNumber(v)), maxChars)),
		];
	});
}
