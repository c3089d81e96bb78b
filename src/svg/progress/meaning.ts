/**
 * What a progress bar shows: the score, its grade and colour as grading gives them, the expected
 * score, and the policy's stretch band.
 *
 * @module
 * @internal
 */
import { type Color, gradeColor, roundedGrade } from "../../grading/core.js";
import type { ObjectiveType } from "../../model/types.js";
import type { Exact } from "../../numeric/index.js";
import type { ScoringPolicy } from "../../policy/defaults.js";
import { policyNumbers } from "../../policy/resolve.js";
import { asObject, readEnum, readNumber, readOptionalNumber } from "../../read/common.js";
import { OBJECTIVE_TYPES } from "../../read/objective.js";

/** A progress bar's numbers. */
export interface ProgressMeaning {
	readonly score: Exact;
	readonly expected: Exact | null;
	readonly type: ObjectiveType;
	/** The score's grade (`roundedGrade`) and its colour. */
	readonly grade: Exact;
	readonly color: Color;
	/** Grade decimals of the policy: how far a score is shown beside its grade. */
	readonly decimals: number;
	/** The aspirational stretch band, and a committed objective's success grade. */
	readonly bandFrom: Exact;
	readonly bandTo: Exact;
	readonly committedSuccessFrom: Exact;
}

/** Reads `{ score, expected?, type? }` and grades the score under `policy`. */
export function progressMeaning(input: unknown, policy: ScoringPolicy): ProgressMeaning {
	const o = asObject(input, [], "a progress bar input { score, expected?, type? }");
	const score = readNumber(o, "score", []);
	const expected = readOptionalNumber(o, "expected", []);
	const type = readEnum(o, "type", [], OBJECTIVE_TYPES, "aspirational");
	const n = policyNumbers(policy);
	const grade = roundedGrade(score, n);
	return {
		score,
		expected,
		type,
		grade,
		color: gradeColor(grade, n),
		decimals: n.decimals,
		bandFrom: n.sweetSpotFrom,
		bandTo: n.sweetSpotTo,
		committedSuccessFrom: n.committedSuccessFrom,
	};
}
