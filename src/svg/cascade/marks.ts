/**
 * A cascade tree's marks: the links under the boxes, then each objective's box with its colour
 * stripe, title (two lines at most), score line and tooltip.
 *
 * @module
 * @internal
 */
import type { Fills } from "../document.js";
import { element, escapeXml, fitText, textElement, wrapText } from "../markup.js";
import type { SvgOptionsRead } from "../options.js";
import type { CascadeLayout } from "./layout.js";
import type { CascadeMeaning } from "./meaning.js";
import type { NodeWords } from "./words.js";

/** The links, as one path (none without a parent link). */
export function linkMarks(l: CascadeLayout, edge: string): string[] {
	if (l.links === "") return [];
	return [element("path", { d: l.links, fill: "none", stroke: edge, "stroke-width": 1.5 })];
}

/** The box of the objective at input index `i`, in a group carrying its id. */
export function nodeMarks(
	m: CascadeMeaning,
	l: CascadeLayout,
	i: number,
	words: NodeWords,
	opts: SvgOptionsRead,
	f: Fills,
): string {
	const c = opts.colors;
	const fs = opts.fontSize;
	const x = l.x[i] as number;
	const y = l.y[i] as number;
	const textX = x + l.stripe + 7;
	const box = { x, y, width: l.nodeWidth, height: l.nodeHeight };
	// An objective not scored (a partial roll-up) has no grade colour: the colour of no status.
	const color = (m.scores[i] as CascadeMeaning["scores"][number]).color ?? "unknown";
	const title = wrapText(m.titles[i] as string, l.titleChars, 2).map((text, k) =>
		textElement({ x: textX, y: y + 8 + fs + k * (fs + 3), "font-weight": 600 }, text),
	);
	const lineStyle = { fill: c.muted, "font-size": fs * 0.9 };
	return element(
		"g",
		{ "data-id": m.ids[i] as string },
		element("title", {}, escapeXml(words.sentence)) +
			element("rect", { ...box, rx: 4, fill: c.node, stroke: c.edge, "stroke-width": 1 }) +
			element("rect", { x, y, width: l.stripe, height: l.nodeHeight, fill: f.of(color) }) +
			title.join("") +
			textElement(
				{ x: textX, y: y + l.nodeHeight - 10, ...lineStyle },
				fitText(words.line, l.lineChars),
			),
	);
}
