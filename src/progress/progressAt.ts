import type { DateInput, KeyResult } from "../model/types.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { progressAsOf } from "./keyResultProgress.js";

/** Options of {@link progressAt}. */
export interface ProgressAtOptions extends PolicyOptions, TimeZoneOptions {}

/**
 * The progress a key result had on a date: as if the latest check-in on or before `date` were the
 * current value (`current` is ignored; before the first check-in, as if there were none).
 * Milestone and checklist key results have no history: their progress as they stand.
 *
 * @param keyResult - The key result, as a plain object.
 * @param date - A calendar day `"YYYY-MM-DD"`, or an instant (a `Date`, or a timestamp with an
 *   offset) read as the day on which it falls in `options.timeZone` (default UTC).
 * @param options - `policy`: a partial scoring policy.
 * @returns The progress on that date.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed key result, date or policy.
 *
 * @example
 * ```ts
 * const kr = { id: "nps", title: "NPS 6 → 8", kind: "metric", start: 6, target: 8,
 *   checkIns: [{ at: "2025-07-15", value: 6.5 }, { at: "2025-08-15", value: 7 }] } as const;
 * progressAt(kr, "2025-08-01");
 * //=> 0.25
 * progressAt(kr, "2025-07-01");
 * //=> 0
 * ```
 */
export function progressAt(
	keyResult: KeyResult,
	date: DateInput,
	options?: ProgressAtOptions,
): number {
	const policy = policyNumbers(policyOf(options));
	const zone = zoneOption(options);
	return progressAsOf(keyResult, policy, readDay(date, ["date"], zone), zone);
}
