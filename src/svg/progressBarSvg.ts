import type { NumberInput, ObjectiveType } from "../model/types.js";
import type { Risk } from "../risk/riskOf.js";
import { fills, svgDocument } from "./document.js";
import { readSvgOptions, type SvgOptions, titleOr } from "./options.js";
import { progressLayout } from "./progress/layout.js";
import { barMarks, headingMarks, legendMarks } from "./progress/marks.js";
import { progressMeaning } from "./progress/meaning.js";
import { progressWords } from "./progress/words.js";

/** What {@link progressBarSvg} draws: a score, and optionally where it should be by now. */
export interface ProgressBarInput {
	/** The score, e.g. `objectiveProgress(objective)`. */
	readonly score: NumberInput;
	/** The score expected by now, e.g. `paceStatus(objective, asOf).expected`; drawn as a marker. */
	readonly expected?: NumberInput | null | undefined;
	/** `"aspirational"` (default) shades the stretch band; `"committed"` does not. */
	readonly type?: ObjectiveType | undefined;
}

/** Options of {@link progressBarSvg}. */
export interface ProgressBarSvgOptions extends SvgOptions {
	/** Width in px (default `320`). */
	readonly width?: number | string | undefined;
	/** Height in px (default: what the text and bar need, `96` at the default sizes). */
	readonly height?: number | string | undefined;
	/** Thickness of the bar in px (default `16`). */
	readonly barHeight?: number | string | undefined;
	/**
	 * The objective's risk as `riskOf` gives it: its level and its reasons' messages are added to
	 * the `<desc>` ("Risk: high — Objective "support" is off track: …"). Default: none, and no word
	 * of risk.
	 */
	readonly risk?: Risk | null | undefined;
}

/**
 * A progress bar as SVG markup: the score's length on a 0–1 track in its grade colour, the
 * expected-pace marker, and for aspirational objectives the stretch band shaded (policy
 * `grading.aspirational.sweetSpotFrom` to `sweetSpotTo`, default 0.6–0.7).
 *
 * The title has a row of its own, so about 41 characters show whole at the default width (longer
 * titles are cut with "…"; the `<title>` keeps them whole). Under it, the score, grade and status
 * word follow a swatch of the grade's fill: "0.446 · grade 0.4 · yellow". The grade and colour are
 * `grade(score)`'s (policy `grading`); the bar is drawn clamped to 0–1, the words give the score as it
 * is. Red and yellow bars are hatched and dotted (unless `options.patterns` is `false`), so the
 * colour is never the only cue. The `<desc>` states the numbers: "Score 0.65, grade 0.7, green;
 * expected 0.5 by now. …". A score is cut (never rounded up) to two decimals more than its grade
 * (0.4467 shows as 0.446 beside grade 0.4, where rounding would show 0.45), so the grade beside it is
 * always the shown score rounded; the expected score is rounded half-up to two decimals.
 *
 * @param input - `{ score, expected?, type? }`.
 * @param options - Sizes (`width`, `height`, `barHeight`, `fontSize`), `colors`, `labels`, `title`
 *   (default "Objective progress"), `idPrefix`, `patterns`, `policy`, and `risk` (`riskOf`'s
 *   result, stated in the `<desc>`).
 * @returns One `<svg>` element as a string; the same input gives the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a bad input (`INVALID_NUMBER` at `["score"]` or
 *   `["expected"]`, `INVALID_ENUM` at `["type"]`) or bad options (`INVALID_COLOR`, `INVALID_ID`,
 *   `OUT_OF_RANGE` for a size, `INVALID_TYPE`, `UNKNOWN_KEY`, each at `["options", …]`); a `risk`
 *   that is not `{ level, reasons: [{ message }, …] }` is `INVALID_TYPE`, `INVALID_ENUM` or
 *   `REQUIRED` at its path under `["options", "risk"]`.
 *
 * @example
 * ```ts
 * const svg = progressBarSvg({ score: 0.65, expected: 0.5 });
 * svg.startsWith("<svg");
 * //=> true
 * svg.includes("Score 0.65, grade 0.7, green; expected 0.5 by now.");
 * //=> true
 * progressBarSvg({ score: 0.4467 }).includes("0.446 · grade 0.4 · yellow");
 * //=> true
 * progressBarSvg({ score: 0.3, type: "committed" }, { title: "Q3 <launch>" }).includes("Q3 &lt;launch&gt;");
 * //=> true
 * progressBarSvg({ score: 0.2 }, { risk: { level: "medium", reasons: [
 *   { code: "LOW_CONFIDENCE", ids: ["growth", "mrr"], message: "Key result \"mrr\" has a yellow confidence of 5." },
 * ] } }).includes("Risk: medium — Key result &quot;mrr&quot; has a yellow confidence of 5.");
 * //=> true
 * progressBarSvg({ score: 0.5 }, { colors: { green: "red\" onload=\"x" } });
 * //=> throws INVALID_COLOR
 * ```
 */
export function progressBarSvg(input: ProgressBarInput, options?: ProgressBarSvgOptions): string {
	const opts = readSvgOptions(options);
	const meaning = progressMeaning(input, opts.policy, opts.fields);
	const hasLegend = meaning.expected !== null || meaning.type === "aspirational";
	const layout = progressLayout(opts, hasLegend);
	const words = progressWords(meaning, opts.labels);
	const f = fills(opts);
	const title = titleOr(opts.title, "Objective progress");
	const { width, height } = layout;
	const marks = [
		...headingMarks(layout, title, words.status, f.of(meaning.color), opts.colors),
		...barMarks(meaning, layout, opts.colors, f),
		...legendMarks(meaning, layout, words, opts.colors),
	];
	const desc = words.desc;
	return svgDocument({ kind: "progress", width, height, title, desc, marks }, opts, f);
}
