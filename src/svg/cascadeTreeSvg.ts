import type { PartialOption } from "../cascade/types.js";
import type { DateInput, Objective } from "../model/types.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { cascadeLayout } from "./cascade/layout.js";
import { linkMarks, nodeMarks } from "./cascade/marks.js";
import { cascadeMeaning } from "./cascade/meaning.js";
import { cascadeDesc, nodeWords } from "./cascade/words.js";
import { fills, svgDocument } from "./document.js";
import { textElement } from "./markup.js";
import { readSvgOptions, type SvgOptions, titleOr } from "./options.js";

/** Options of {@link cascadeTreeSvg}. */
export interface CascadeTreeSvgOptions extends SvgOptions, TimeZoneOptions, PartialOption {
	/** Draw the cascade as of this day, a snapshot (as `rollUp` scores it). */
	readonly asOf?: DateInput | undefined;
	/** Width of an objective's box in px (default `200`). */
	readonly nodeWidth?: number | string | undefined;
	/** Height of an objective's box in px (default `64`: two lines of title and the score line). */
	readonly nodeHeight?: number | string | undefined;
	/** Space between neighbouring boxes in px (default `24`). */
	readonly gapX?: number | string | undefined;
	/** Space between a level and the next in px (default `32`). */
	readonly gapY?: number | string | undefined;
}

/**
 * A cascade as a tree of boxes, parents above their children: each objective with its title, its
 * score, grade and status word, and a stripe in its grade colour (red hatched, yellow dotted). Scores
 * are `rollUp`'s (policy `rollup.source`, `progress`, `grading`), so a parent without key results
 * shows its children's weighted mean. Roots are laid out left to right in input order, children in
 * input order under their parent (centred over them); the layout is iterative, so a chain of any
 * depth is fine. Titles are broken into two lines at spaces and cut with "…" beyond that; each
 * box's tooltip (`<title>`) and the picture's `<desc>` carry them whole. A score is cut (never
 * rounded up) to two decimals more than its grade, so the grade beside it is always the shown score
 * rounded: 0.4467 shows as "0.446 · grade 0.4", never "0.45 · grade 0.4".
 *
 * The `<desc>` lists every objective, parents before children, in words, e.g. "4 objectives.
 * Become the market leader: score 0.475, grade 0.5, yellow, from its children. Marketing (under
 * Become the market leader): score 0.6, grade 0.6, yellow, from its key results. …".
 *
 * `asOf` draws a snapshot of that day, and `partial: true` draws the objectives that cannot be
 * scored, as `rollUp` does: such a box has a plain stripe in the `unknown` colour and the words
 * "not scored" instead of a score (never a 0), and its sentence in the `<desc>` gives the reason.
 *
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - Sizes (`nodeWidth`, `nodeHeight`, `gapX`, `gapY`, `fontSize`), `colors`,
 *   `labels`, `title` (default "Objective cascade"), `idPrefix`, `patterns`, `policy`, and `asOf`,
 *   `partial` as for `rollUp`.
 * @returns One `<svg>` element as a string, as wide and tall as the tree needs; the same input gives
 *   the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or an unsound cascade (as
 *   `rollUp`: `DUPLICATE_ID`, `UNKNOWN_PARENT`, `ALIGNMENT_CYCLE`, `NEGATIVE_CONTRIBUTION`), or bad
 *   picture options (`INVALID_COLOR`, `INVALID_ID`, `OUT_OF_RANGE`, `INVALID_TYPE`, `UNKNOWN_KEY`).
 * @throws {OkrError} Without `partial`: `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as `rollUp`.
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
 * cascadeTreeSvg([{ id: "draft", title: "Expand to Europe" }], { partial: true })
 *   .includes("Expand to Europe: not scored. Objective");
 * //=> true
 * ```
 */
export function cascadeTreeSvg(
	objectives: readonly Objective[],
	options?: CascadeTreeSvgOptions,
): string {
	const opts = readSvgOptions(options);
	const meaning = cascadeMeaning(objectives, options, opts.policy);
	const layout = cascadeLayout(meaning, opts);
	const f = fills(opts);
	const title = titleOr(opts.title, "Objective cascade");
	const { width, height } = layout;
	const marks = linkMarks(layout, opts.colors.edge);
	const sentences: string[] = [];
	for (const i of meaning.order) {
		const words = nodeWords(meaning, i, opts.labels);
		sentences.push(words.sentence);
		marks.push(nodeMarks(meaning, layout, i, words, opts, f));
	}
	if (meaning.order.length === 0) {
		const middle = { x: width / 2, y: height / 2 + opts.fontSize / 3, "text-anchor": "middle" };
		marks.push(textElement({ ...middle, fill: opts.colors.muted }, "no objectives"));
	}
	const desc = cascadeDesc(meaning.order.length, sentences);
	return svgDocument({ kind: "cascade", width, height, title, desc, marks }, opts, f);
}
