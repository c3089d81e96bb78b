/**
 * Grading rules over exact scores.
 *
 * @module
 * @internal
 */
import { clamp, cmp, type Exact, ONE, roundHalfUp, ZERO } from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";

/** Traffic-light colour of a grade or status. */
export type Color = "red" | "yellow" | "green";

/** `score` clamped to [0, 1] and rounded half-up to the policy's decimals (default one). */
export function roundedGrade(score: Exact, policy: PolicyNumbers): Exact {
	return roundHalfUp(clamp(score, ZERO, ONE), policy.decimals);
}

/** The colour of a rounded grade: red below `bands.yellow`, yellow below `bands.green`, else green. */
export function gradeColor(rounded: Exact, policy: PolicyNumbers): Color {
	if (cmp(rounded, policy.yellow) < 0) return "red";
	if (cmp(rounded, policy.green) < 0) return "yellow";
	return "green";
}

/** Outcome of an aspirational objective. */
export type AspirationalOutcome = "missed" | "partial" | "sweetSpot" | "exceeded";
/** Outcome of a committed objective. */
export type CommittedOutcome = "met" | "missed";

export function aspirationalOutcome(rounded: Exact, policy: PolicyNumbers): AspirationalOutcome {
	if (cmp(rounded, policy.partialFrom) < 0) return "missed";
	if (cmp(rounded, policy.sweetSpotFrom) < 0) return "partial";
	if (cmp(rounded, policy.sweetSpotTo) <= 0) return "sweetSpot";
	return "exceeded";
}
