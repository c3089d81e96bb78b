import type { DateInput, KeyResult } from "../model/types.js";
import { toNumber } from "../numeric/index.js";
import { defaultNumbers, numbersOf, type PolicyOptions } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { readKeyResult } from "../read/keyResult.js";
import { type Day, UTC, type Zone } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { progressOf } from "./core.js";
import { fastMetricProgress } from "./fast.js";
import { asOfOption } from "./options.js";

/** Options of {@link keyResultProgress}. */
export interface KeyResultProgressOptions extends PolicyOptions, TimeZoneOptions {
	/**
	 * Read the key result as of this day: from its check-ins on or before it when it has check-ins,
	 * else from `current`; a milestone or checklist item done after it is not done yet.
	 */
	readonly asOf?: DateInput | undefined;
}

/**
 * Clamped progress as of `asOf` (now, when `null`), its instants read in `zone`, by the fast path
 * where it covers the input. @internal
 */
export function progressAsOf(
	keyResult: unknown,
	policy: PolicyNumbers,
	asOf: Day | null,
	zone: Zone = UTC,
): number {
	// Plain metric key results with number fields (and plain check-ins, read as of the day) take a
	// fast path proven equal to the exact one.
	const fast = fastMetricProgress(keyResult, policy.floorNumber, policy.capNumber, asOf);
	// Stryker disable next-line ConditionalExpression: the exact path gives the same number (tests/property/fastpath.test.ts)
	if (!Number.isNaN(fast)) return fast;
	return toNumber(progressOf(readKeyResult(keyResult, [], zone), policy, asOf));
}

/**
 * The progress of a key result, from `policy.progress.floor` to `policy.progress.cap` (default 0–1).
 *
 * - metric: `(current − start) / (target − start)`, for increases and decreases alike; the current
 *   value is `current`, else the latest check-in's value, else `start`.
 * - threshold, range: `1` when the condition holds at the current value (inclusive), else `0`;
 *   with `scoring: "checkIns"`, the share of check-ins that held (none: `0`).
 * - milestone: `1` or `0`; checklist: the weighted share of items done.
 * - any kind closed with a grade (`closing`): that grade, from `closing.at` on (always, without
 *   `at`); as of an earlier day, the rules above.
 *
 * @param keyResult - The key result, as a plain object.
 * @param options - `policy`: a partial scoring policy (e.g. `{ progress: { cap: 1.2 } }`).
 * @returns The progress as a number, exact to the last digit.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed key result (issue codes such as
 *   `START_EQUALS_TARGET`, `INVALID_NUMBER`), or a bad policy.
 * @throws {OkrError} `ZERO_TOTAL_WEIGHT` for a checklist whose item weights sum to 0.
 *
 * @example
 * ```ts
 * keyResultProgress({ id: "traffic", title: "Grow monthly visits", kind: "metric",
 *   start: 100_000, target: 250_000, current: 175_000 });
 * //=> 0.5
 * keyResultProgress({ id: "frt", title: "Cut first response time (min)", kind: "metric",
 *   start: 240, target: 30, current: 135 });
 * //=> 0.5
 * keyResultProgress({ id: "x", title: "Exact", kind: "metric", start: "0.1", target: "0.3", current: "0.2" });
 * //=> 0.5
 * ```
 */
export function keyResultProgress(
	keyResult: KeyResult,
	options?: KeyResultProgressOptions,
): number {
	// Stryker disable next-line ConditionalExpression: reading no options gives the same, only slower
	if (options === undefined) return progressAsOf(keyResult, defaultNumbers, null);
	const policy = numbersOf(options);
	return progressAsOf(keyResult, policy, asOfOption(options), zoneOption(options));
}
