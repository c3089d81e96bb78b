/**
 * Confidence and risk rules over values already read: a confidence's colour, the latest
 * confidence as of a day, and whether a key result is closed by then.
 *
 * @module
 * @internal
 */
import type { Color } from "../grading/core.js";
import type { KeyResultRead } from "../kinds/keyResult.js";
import type { CheckInRead } from "../kinds/readings.js";
import { cmp, type Exact } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { type Day, readDay } from "../time/day.js";

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

/**
 * Whether a key result is closed as of `day`: it has a `closing` whose `at` is absent or on or
 * before `day`. Read from the caller's own object, so that it answers the same whether or not the
 * reader already knows the field; a `closing.at` that is no date is `INVALID_DATE` at its path.
 */
export function closedAsOf(kr: KeyResultRead, day: Day): boolean {
	const closing = own(kr.source, "closing");
	if (!isRecord(closing)) return false;
	const at = own(closing, "at");
	return at === undefined || at === null || readDay(at, [...kr.path, "closing", "at"]) <= day;
}
