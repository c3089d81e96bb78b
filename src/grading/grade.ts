import type { NumberInput } from "../model/types.js";
import { exact } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { type Color, exactScale, gradeWith } from "./core.js";

/** Options of {@link grade}. */
export interface GradeOptions extends PolicyOptions {}

/** A Google-style grade and its traffic-light colour. */
export interface Grade {
	/** The score clamped to [0, 1] and rounded half-up to one decimal (policy `grading.decimals`). */
	readonly grade: number;
	/** Red below 0.4, yellow below 0.7, else green (policy `grading.bands`), from the rounded grade. */
	readonly color: Color;
}

/**
 * Grades a score Google-style: clamped to 0.0–1.0, rounded half-up to one decimal, coloured by the
 * rounded grade: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green, with no gaps between bands.
 *
 * @param score - A score, as a number or a decimal string.
 * @param options - `policy`: a partial scoring policy (`grading.decimals`, `grading.bands`).
 * @returns `{ grade, color }`.
 * @throws {OkrValidationError} `INVALID_INPUT` (issue `INVALID_NUMBER`) for `NaN`, `±Infinity` or a non-numeric string.
 *
 * @example
 * ```ts
 * grade(0.65);
 * //=> { grade: 0.7, color: "green" }
 * grade(0.34);
 * //=> { grade: 0.3, color: "red" }
 * grade(1.3);
 * //=> { grade: 1, color: "green" }
 * ```
 */
export function grade(score: NumberInput, options?: GradeOptions): Grade {
	const policy = policyNumbers(policyOf(options));
	const { grade, color } = gradeWith(exactScale(policy), exact(score, ["score"]));
	return { grade, color };
}
