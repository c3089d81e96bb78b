import type { DateInput, NumberInput, Objective, ObjectiveType } from "../model/types.js";
import { cmp, fromResult, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { objectiveScore } from "../progress/objectiveProgress.js";
import { asOfOption, scoreOption } from "../progress/options.js";
import { readObjective } from "../read/objective.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import {
	type AspirationalOutcome,
	aspirationalOutcome,
	type Color,
	type CommittedOutcome,
	gradeColor,
	roundedGrade,
} from "./core.js";

/** Options of {@link gradeObjective}. */
export interface GradeObjectiveOptions extends PolicyOptions, TimeZoneOptions {
	/** Grade the objective as it stood on this day (its score as `objectiveProgress` reads it then). */
	readonly asOf?: DateInput | undefined;
	/**
	 * The score to grade instead of the objective's own, such as its roll-up score when it is
	 * scored from its children (an objective without key results can then be graded).
	 */
	readonly score?: NumberInput | undefined;
}

/** An objective's grade, and whether it succeeded by the rule of its type. */
export interface ObjectiveGrade {
	/** The unrounded score, `objectiveProgress(objective)`. */
	readonly score: number;
	readonly grade: number;
	readonly color: Color;
	readonly type: ObjectiveType;
	/** Aspirational: `missed`, `partial`, `sweetSpot` or `exceeded`; committed: `met` or `missed`. */
	readonly outcome: AspirationalOutcome | CommittedOutcome;
	readonly success: boolean;
}

/**
 * Grades an objective by the rule of its type.
 *
 * - aspirational (stretch): success when the rounded grade is at least 0.6; outcome `missed`
 *   (0.0–0.3), `partial` (0.4–0.5), `sweetSpot` (0.6–0.7) or `exceeded` (0.8–1.0).
 * - committed: success only when the unrounded score reaches 1; outcome `met` or `missed`.
 *
 * The grade is computed from the score as returned (the nearest number to the exact score).
 *
 * @param objective - The objective, as a plain object.
 * @param options - `policy`: a partial scoring policy (`grading.*`); `asOf`: grade the objective
 *   as it stood on that day; `score`: a score to grade instead of its own (a roll-up score).
 * @returns `{ score, grade, color, type, outcome, success }`.
 * @throws {OkrError} `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as {@link objectiveProgress}.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or policy.
 *
 * @example
 * ```ts
 * gradeObjective({ id: "o", title: "Delight customers", keyResults: [
 *   { id: "nps", title: "NPS 6 → 8", kind: "metric", start: 6, target: 8, current: 7.3 },
 * ] });
 * //=> { score: 0.65, grade: 0.7, color: "green", type: "aspirational", outcome: "sweetSpot", success: true }
 * ```
 */
export function gradeObjective(
	objective: Objective,
	options?: GradeObjectiveOptions,
): ObjectiveGrade {
	const policy = policyNumbers(policyOf(options));
	const read = readObjective(objective, [], zoneOption(options));
	const given = scoreOption(options);
	return gradeScore(
		read.type,
		toNumber(given ?? objectiveScore(read, policy, asOfOption(options))),
		policy,
	);
}

/**
 * The grade of an objective of `type` whose score, as returned, is `score`, by the rule of its
 * type. @internal
 */
export function gradeScore(
	type: ObjectiveType,
	score: number,
	policy: PolicyNumbers,
): ObjectiveGrade {
	// Graded from the returned number, so `grade(result.score)` always agrees with `result.grade`.
	const scoreExact = fromResult(score);
	const rounded = roundedGrade(scoreExact, policy);
	const color = gradeColor(rounded, policy);
	if (type === "committed") {
		const met = cmp(scoreExact, policy.committedSuccessFrom) >= 0;
		return {
			score,
			grade: toNumber(rounded),
			color,
			type,
			outcome: met ? "met" : "missed",
			success: met,
		};
	}
	return {
		score,
		grade: toNumber(rounded),
		color,
		type,
		outcome: aspirationalOutcome(rounded, policy),
		success: cmp(rounded, policy.aspirationalSuccessFrom) >= 0,
	};
}
