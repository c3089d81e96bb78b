import { type ObjectiveLink, readCascade, rootsOf, soundCascade } from "../cascade/graph.js";
import { rollUp } from "../cascade/rollUp.js";
import type { RollUpScore } from "../cascade/types.js";
import type { Objective } from "../model/types.js";
import { fromResult } from "../numeric/index.js";
import type { RollUpSource } from "../policy/defaults.js";
import { charsIn, fills, svgDocument } from "./document.js";
import {
	element,
	escapeXml,
	fitText,
	num,
	showNumber,
	showRounded,
	textElement,
	wrapText,
} from "./markup.js";
import { readSize, readSvgOptions, type SvgOptions, titleOr } from "./options.js";

/** Options of {@link cascadeTreeSvg}. */
export interface CascadeTreeSvgOptions extends SvgOptions {
	/** Width of an objective's box in px (default `200`). */
	readonly nodeWidth?: number | string | undefined;
	/** Height of an objective's box in px (default `64`: two lines of title and the score line). */
	readonly nodeHeight?: number | string | undefined;
	/** Space between neighbouring boxes in px (default `24`). */
	readonly gapX?: number | string | undefined;
	/** Space between a level and the next in px (default `32`). */
	readonly gapY?: number | string | undefined;
}

const SOURCE_WORDS: Readonly<Record<RollUpSource, string>> = {
	keyResults: "from its key results",
	children: "from its children",
	both: "from its key results and children",
};

/**
 * A cascade as a tree of boxes, parents above their children: each objective with its title, its
 * score, grade and status word, and a stripe in its grade colour (red hatched, yellow dotted). Scores
 * are `rollUp`'s (policy `rollup.source`, `progress`, `grading`), so a parent without key results
 * shows its children's weighted mean. Roots are laid out left to right in input order, children in
 * input order under their parent (centred over them); the layout is iterative, so a chain of any
 * depth is fine. Titles are broken into two lines at spaces and cut with "…" beyond that; each
 * box's tooltip (`<title>`) and the picture's `<desc>` carry them whole.
 *
 * The `<desc>` lists every objective, parents before children, in words, e.g. "4 objectives.
 * Become the market leader: score 0.45, grade 0.5, yellow, from its children. Marketing (under
 * Become the market leader): score 0.6, grade 0.6, yellow, from its key results. …".
 *
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - Sizes (`nodeWidth`, `nodeHeight`, `gapX`, `gapY`, `fontSize`), `colors`,
 *   `labels`, `title` (default "Objective cascade"), `idPrefix`, `patterns`, `policy`.
 * @returns One `<svg>` element as a string, as wide and tall as the tree needs; the same input gives
 *   the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or an unsound cascade (as
 *   `rollUp`: `DUPLICATE_ID`, `UNKNOWN_PARENT`, `ALIGNMENT_CYCLE`, `NEGATIVE_CONTRIBUTION`), or bad
 *   picture options (`INVALID_COLOR`, `INVALID_ID`, `OUT_OF_RANGE`, `INVALID_TYPE`, `UNKNOWN_KEY`).
 * @throws {OkrError} `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as `rollUp`.
 *
 * @example
 * ```ts
 * const svg = cascadeTreeSvg([
 *   { id: "company", title: "Become the market leader", level: "company" },
 *   { id: "support", title: "Support customers faster", parentId: "company",
 *     keyResults: [{ id: "frt", title: "First response 240 → 30 min", kind: "metric", start: 240, target: 30, current: 135 }] },
 * ]);
 * svg.startsWith("<svg");
 * //=> true
 * svg.includes("Become the market leader: score 0.5, grade 0.5, yellow, from its children.");
 * //=> true
 * cascadeTreeSvg([{ id: "a", title: "A", parentId: "missing", keyResults: [] }]);
 * //=> throws UNKNOWN_PARENT
 * ```
 */
export function cascadeTreeSvg(
	objectives: readonly Objective[],
	options?: CascadeTreeSvgOptions,
): string {
	const opts = readSvgOptions(options);
	const scores = rollUp(objectives, options);
	const titles: string[] = [];
	const cascade = soundCascade(
		readCascade(objectives, (objective) => titles.push(objective.title)),
	);
	const nodeWidth = readSize(opts.fields, "nodeWidth", 200);
	const nodeHeight = readSize(opts.fields, "nodeHeight", 64);
	const gapX = readSize(opts.fields, "gapX", 24);
	const gapY = readSize(opts.fields, "gapY", 32);
	const fs = opts.fontSize;
	const pad = 12;
	const c = opts.colors;
	const f = fills(opts);
	const title = titleOr(opts.title, "Objective cascade");
	const n = cascade.objectives.length;

	if (n === 0) {
		const width = nodeWidth + 2 * pad;
		const height = nodeHeight + 2 * pad;
		const marks = [
			textElement(
				{ x: width / 2, y: height / 2 + fs / 3, "text-anchor": "middle", fill: c.muted },
				"no objectives",
			),
		];
		return svgDocument(
			{ kind: "cascade", width, height, title, desc: "No objectives.", marks },
			opts,
			f,
		);
	}

	// Parents before children (depth-first, input order), with each objective's depth.
	const order: number[] = [];
	const depth = new Array<number>(n).fill(0);
	const stack = rootsOf(cascade).reverse();
	while (stack.length > 0) {
		const i = stack.pop() as number;
		order.push(i);
		const children = cascade.children[i] as readonly number[];
		for (let k = children.length - 1; k >= 0; k--) {
			const child = children[k] as number;
			depth[child] = (depth[i] as number) + 1;
			stack.push(child);
		}
	}
	// Leaves take the next column; a parent sits centred over its first and last child.
	// Stryker disable next-line ArrayDeclaration: every objective is a leaf or a parent, so each gets its column below
	const column = new Array<number>(n).fill(0);
	let leaves = 0;
	for (const i of order) {
		if ((cascade.children[i] as readonly number[]).length === 0) column[i] = leaves++;
	}
	for (let k = order.length - 1; k >= 0; k--) {
		const i = order[k] as number;
		const children = cascade.children[i] as readonly number[];
		if (children.length > 0) {
			column[i] =
				((column[children[0] as number] as number) +
					(column[children[children.length - 1] as number] as number)) /
				2;
		}
	}
	const levels = depth.reduce((most, d) => Math.max(most, d + 1), 0);
	const width = 2 * pad + leaves * nodeWidth + (leaves - 1) * gapX;
	const height = 2 * pad + levels * nodeHeight + (levels - 1) * gapY;
	const xOf = (i: number) => pad + (column[i] as number) * (nodeWidth + gapX);
	const yOf = (i: number) => pad + (depth[i] as number) * (nodeHeight + gapY);

	// Links first, under the boxes.
	const links: string[] = [];
	for (const i of order) {
		const p = cascade.parent[i] as number;
		if (p === -1) continue;
		const fromX = xOf(p) + nodeWidth / 2;
		const fromY = yOf(p) + nodeHeight;
		const toX = xOf(i) + nodeWidth / 2;
		const midY = fromY + gapY / 2;
		links.push(`M${num(fromX)} ${num(fromY)}V${num(midY)}H${num(toX)}V${num(yOf(i))}`);
	}
	const marks: string[] = [];
	if (links.length > 0) {
		marks.push(
			element("path", { d: links.join(""), fill: "none", stroke: c.edge, "stroke-width": 1.5 }),
		);
	}

	// The boxes, and the words.
	const stripe = 8;
	// Titles are bold: wider characters.
	const titleChars = charsIn(nodeWidth - stripe - 14, fs * 1.1);
	const lineChars = charsIn(nodeWidth - stripe - 14, fs * 0.9);
	const sentences: string[] = [`${n} ${n === 1 ? "objective" : "objectives"}.`];
	for (const i of order) {
		const link = cascade.objectives[i] as ObjectiveLink;
		const score = scores.get(link.id) as RollUpScore;
		const name = titles[i] as string;
		const word = opts.labels[score.color];
		const scoreText = showRounded(fromResult(score.score), 2);
		const gradeText = showNumber(score.grade);
		const line = `${scoreText} · grade ${gradeText} · ${word}`;
		const p = cascade.parent[i] as number;
		const under = p === -1 ? "" : ` (under ${titles[p] as string})`;
		const sentence = `${name}${under}: score ${scoreText}, grade ${gradeText}, ${word}, ${SOURCE_WORDS[score.source]}.`;
		sentences.push(sentence);
		const x = xOf(i);
		const y = yOf(i);
		const textX = x + stripe + 7;
		marks.push(
			element(
				"g",
				{ "data-id": link.id },
				element("title", {}, escapeXml(sentence)) +
					element("rect", {
						x,
						y,
						width: nodeWidth,
						height: nodeHeight,
						rx: 4,
						fill: c.node,
						stroke: c.edge,
						"stroke-width": 1,
					}) +
					element("rect", { x, y, width: stripe, height: nodeHeight, fill: f.of(score.color) }) +
					wrapText(name, titleChars, 2)
						.map((text, k) =>
							textElement({ x: textX, y: y + 8 + fs + k * (fs + 3), "font-weight": 600 }, text),
						)
						.join("") +
					textElement(
						{ x: textX, y: y + nodeHeight - 10, fill: c.muted, "font-size": fs * 0.9 },
						fitText(line, lineChars),
					),
			),
		);
	}
	return svgDocument(
		{ kind: "cascade", width, height, title, desc: sentences.join(" "), marks },
		opts,
		f,
	);
}
