/**
 * Confidence and risk rules over values already read: a confidence's colour, the latest
 * confidence as of a day.
 *
 * @module
 * @internal
 */
import type { Color } from "../grading/core.js";
import type { CheckInRead } from "../kinds/readings.js";
import { cmp, type Exact } from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";
import type { Day } from "../time/day.js";

/** A check-in that carries a confidence. */
export type ConfidentCheckIn = CheckInRead & { readonly confidence: Exact };

/** The colour of a confidence: red up to `confidence.red`, yellow up to `confidence.yellow`, else green. */
export function confidenceColor(value: Exact, policy: PolicyNumbers): Color {
	if (cmp(value, policy.confidenceRed) <= 0) return "red";
	if (cmp(value, policy.confidenceYellow) <= 0) return "yellow";
	return "green";
}

/**
 * The latest check-in with a confidence on or before `day` (any day when `null`): by date, and on
 * one date the later in the caller's array (check-ins are read sorted so). `null` when none has one.
 */
export function latestConfidence(
	checkIns: readonly CheckInRead[],
	day: Day | null,
): ConfidentCheckIn | null {
	for (let i = checkIns.length - 1; i >= 0; i--) {
		const c = checkIns[i] as CheckInRead;
		if ((day === null || c.at <= day) && c.confidence !== null) return c as ConfidentCheckIn;
	}
	return null;
}
