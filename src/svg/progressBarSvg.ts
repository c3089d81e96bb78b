import { gradeColor, roundedGrade } from "../grading/core.js";
import type { NumberInput, ObjectiveType } from "../model/types.js";
import { clamp, type Exact, ONE, toNumber, ZERO } from "../numeric/index.js";
import { policyNumbers } from "../policy/resolve.js";
import { asObject, readEnum, readNumber, readOptionalNumber } from "../read/common.js";
import { OBJECTIVE_TYPES } from "../read/objective.js";
import { CHAR_WIDTH, charsIn, fills, heading, svgDocument } from "./document.js";
import { element, fitText, num, showNumber, showRounded, textElement } from "./markup.js";
import { readSize, readSvgOptions, type SvgOptions, titleOr } from "./options.js";

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
	/** Height in px (default: what the text and bar need, `68` at the default sizes). */
	readonly height?: number | string | undefined;
	/** Thickness of the bar in px (default `16`). */
	readonly barHeight?: number | string | undefined;
}

/**
 * A progress bar as SVG markup: the score's length on a 0–1 track in its grade colour, the
 * expected-pace marker, and for aspirational objectives the stretch band shaded (policy
 * `grading.aspirational.sweetSpotFrom` to `sweetSpotTo`, default 0.6–0.7).
 *
 * The grade and colour are `grade(score)`'s (policy `grading`); the bar is drawn clamped to 0–1, the
 * words give the score as it is. Red and yellow bars are hatched and dotted (unless
 * `options.patterns` is `false`) and the status word is written next to a swatch, so the colour is
 * never the only cue. The `<desc>` states the numbers: "Score 0.65, grade 0.7, green; expected 0.5
 * by now. …". Scores are shown rounded half-up to two decimals.
 *
 * @param input - `{ score, expected?, type? }`.
 * @param options - Sizes (`width`, `height`, `barHeight`, `fontSize`), `colors`, `labels`, `title`
 *   (default "Objective progress"), `idPrefix`, `patterns`, `policy`.
 * @returns One `<svg>` element as a string; the same input gives the same bytes.
 * @throws {OkrValidationError} `INVALID_INPUT` for a bad input (`INVALID_NUMBER` at `["score"]` or
 *   `["expected"]`, `INVALID_ENUM` at `["type"]`) or bad options (`INVALID_COLOR`, `INVALID_ID`,
 *   `OUT_OF_RANGE` for a size, `INVALID_TYPE`, `UNKNOWN_KEY`, each at `["options", …]`).
 *
 * @example
 * ```ts
 * const svg = progressBarSvg({ score: 0.65, expected: 0.5 });
 * svg.startsWith("<svg");
 * //=> true
 * svg.includes("Score 0.65, grade 0.7, green; expected 0.5 by now.");
 * //=> true
 * progressBarSvg({ score: 0.3, type: "committed" }, { title: "Q3 <launch>" }).includes("Q3 &lt;launch&gt;");
 * //=> true
 * progressBarSvg({ score: 0.5 }, { colors: { green: "red\" onload=\"x" } });
 * //=> throws INVALID_COLOR
 * ```
 */
export function progressBarSvg(input: ProgressBarInput, options?: ProgressBarSvgOptions): string {
	const opts = readSvgOptions(options);
	const o = asObject(input, [], "a progress bar input { score, expected?, type? }");
	const score = readNumber(o, "score", []);
	const expected = readOptionalNumber(o, "expected", []);
	const type = readEnum(o, "type", [], OBJECTIVE_TYPES, "aspirational");
	const n = policyNumbers(opts.policy);

	const fs = opts.fontSize;
	const barHeight = readSize(opts.fields, "barHeight", 16);
	const pad = 8;
	const headingY = pad + fs;
	// Room for the expected marker's head between the heading and the bar.
	const barTop = headingY + fs * 0.4 + 10;
	const barBottom = barTop + barHeight;
	const showBand = type === "aspirational";
	const hasLegend = expected !== null || showBand;
	const legendY = barBottom + 8 + fs;
	const width = readSize(opts.fields, "width", 320);
	const height = readSize(
		opts.fields,
		"height",
		Math.ceil((hasLegend ? legendY : barBottom + 4) + pad),
	);

	const rounded = roundedGrade(score, n);
	const color = gradeColor(rounded, n);
	const word = opts.labels[color];
	const scoreText = showRounded(score, 2);
	const gradeText = showNumber(toNumber(rounded));
	const expectedText = expected === null ? null : showRounded(expected, 2);
	const fromText = showNumber(toNumber(n.sweetSpotFrom));
	const toText = showNumber(toNumber(n.sweetSpotTo));

	const x0 = pad;
	const inner = Math.max(0, width - 2 * pad);
	const xAt = (share: Exact) => x0 + inner * toNumber(clamp(share, ZERO, ONE));
	const f = fills(opts);
	const c = opts.colors;
	const marks: string[] = [];

	// Heading: the title on the left; score, grade and status word with a swatch on the right.
	const title = titleOr(opts.title, "Objective progress");
	marks.push(
		...heading(
			opts,
			width,
			pad,
			headingY,
			title,
			`${scoreText} · grade ${gradeText} · ${word}`,
			f.of(color),
		),
	);

	// The track, the stretch band, the score, then the band's edges and the marker on top.
	marks.push(element("rect", { x: x0, y: barTop, width: inner, height: barHeight, fill: c.track }));
	const bandFrom = xAt(n.sweetSpotFrom);
	const bandTo = xAt(n.sweetSpotTo);
	if (showBand) {
		marks.push(
			element("rect", {
				x: bandFrom,
				y: barTop - 4,
				width: bandTo - bandFrom,
				height: barHeight + 8,
				fill: c.band,
				"fill-opacity": 0.4,
			}),
		);
	}
	marks.push(
		element("rect", {
			x: x0,
			y: barTop,
			width: xAt(score) - x0,
			height: barHeight,
			fill: f.of(color),
		}),
	);
	if (showBand) {
		for (const x of [bandFrom, bandTo]) {
			marks.push(
				element("line", {
					x1: x,
					y1: barTop - 4,
					x2: x,
					y2: barBottom + 4,
					stroke: c.band,
					"stroke-width": 1.5,
				}),
			);
		}
	}
	if (expected !== null) {
		const xe = xAt(expected);
		marks.push(
			element("line", {
				x1: xe,
				y1: barTop - 5,
				x2: xe,
				y2: barBottom + 5,
				stroke: c.marker,
				"stroke-width": 2,
			}),
			element("path", {
				d: `M${num(xe - 4)} ${num(barTop - 10)}h8l-4 5z`,
				fill: c.marker,
			}),
		);
	}

	// Legend: what the marker and the band stand for, each after a sample of its mark.
	const small = fs * 0.9;
	const legendStyle = { fill: c.muted, "font-size": small };
	let x = pad;
	if (expectedText !== null) {
		// At most half the row, so the band's entry always fits beside it.
		const text = fitText(`expected ${expectedText}`, charsIn(inner / 2 - 11, small));
		marks.push(
			element("path", {
				d: `M${num(x)} ${num(legendY - small * 0.75)}h8l-4 5z`,
				fill: c.marker,
			}),
			textElement({ x: x + 11, y: legendY, ...legendStyle }, text),
		);
		x += 11 + text.length * small * CHAR_WIDTH + 16;
	}
	if (showBand) {
		marks.push(
			element("rect", {
				x,
				y: legendY - small * 0.8,
				width: 10,
				height: small * 0.8,
				fill: c.band,
				"fill-opacity": 0.4,
				stroke: c.band,
				"stroke-width": 1,
			}),
			textElement(
				{ x: x + 14, y: legendY, ...legendStyle },
				fitText(`stretch band ${fromText}–${toText}`, charsIn(width - pad - x - 14, small)),
			),
		);
	}

	let desc = `Score ${scoreText}, grade ${gradeText}, ${word}`;
	desc += expectedText === null ? "." : `; expected ${expectedText} by now.`;
	desc +=
		type === "aspirational"
			? ` Aspirational: the stretch band from ${fromText} to ${toText} is shaded.`
			: ` Committed: succeeds at a score of ${showNumber(toNumber(n.committedSuccessFrom))}.`;

	return svgDocument({ kind: "progress", width, height, title, desc, marks }, opts, f);
}
