import type { Cycle, DateInput, NumberInput } from "../model/types.js";
import { type Exact, nonNegative, ONE, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { type Fields, field } from "../read/common.js";
import { readCycle } from "../read/cycle.js";
import { readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { expectedShare } from "./core.js";

/** Options of {@link expectedProgress}. */
export interface ExpectedProgressOptions extends PolicyOptions, TimeZoneOptions {
	/** The score expected by the end of the cycle, `>= 0` (default `1`). */
	readonly final?: NumberInput | undefined;
}

/** Reads `options.final` (default 1). @internal */
export function readFinal(options: unknown): Exact {
	if (options === undefined || options === null) return ONE;
	const value = field(options as Fields, "final");
	return value === undefined ? ONE : nonNegative(value, ["options", "final"]);
}

/**
 * The progress expected by a date: the elapsed share of the cycle in calendar days, counting `asOf`
 * itself as elapsed, clamped to `[0, 1]`, times `options.final`. With policy `pace.phases` the share
 * goes through a phased curve instead of a straight line: points `{ at, expected }` (`at` a share of
 * the cycle elapsed) joined linearly from (0, 0) to (1, 1), so one policy serves cycles of any
 * length. Only calendar days count: an instant is read as its day in `options.timeZone`, and
 * daylight saving never moves the result.
 *
 * @param cycle - `{ start, end }`, both days included.
 * @param asOf - The date to judge by: a day `"YYYY-MM-DD"`, or an instant (a `Date`, a timestamp
 *   with an offset) read as the day on which it falls in `options.timeZone` (default UTC).
 * @param options - `final`: the score expected at the end (default 1); `policy`: `pace.phases`;
 *   `timeZone`: the IANA zone instants are read in (`INVALID_TIME_ZONE` for an unknown one).
 * @returns The expected progress, from 0 to `final`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed cycle (`INVALID_DATE`,
 *   `END_BEFORE_START` under `["cycle"]`), date (`["asOf"]`), `final` (`INVALID_NUMBER`, `NEGATIVE`
 *   at `["options", "final"]`), policy or zone (`INVALID_TIME_ZONE` at `["options", "timeZone"]`).
 *
 * @example
 * ```ts
 * const q3 = { start: "2025-07-01", end: "2025-09-30" };
 * expectedProgress(q3, "2025-08-15");
 * //=> 0.5
 * expectedProgress(q3, "2025-06-30");
 * //=> 0
 * expectedProgress(q3, "2025-10-01");
 * //=> 1
 * expectedProgress(q3, "2025-08-15", { final: 0.7 });
 * //=> 0.35
 * expectedProgress(q3, "2025-08-15", { policy: { pace: { phases: [{ at: 0.5, expected: 0.25 }] } } });
 * //=> 0.25
 * // Midnight of August 15 in Berlin is still August 14 in UTC:
 * expectedProgress(q3, "2025-08-15T00:00:00+02:00", { timeZone: "Europe/Berlin" });
 * //=> 0.5
 * expectedProgress(q3, "2025-08-15T00:00:00+02:00");
 * //=> 0.4891304347826087
 * ```
 */
export function expectedProgress(
	cycle: Cycle,
	asOf: DateInput,
	options?: ExpectedProgressOptions,
): number {
	const policy = policyNumbers(policyOf(options));
	const zone = zoneOption(options);
	const read = readCycle(cycle, ["cycle"], zone);
	const day = readDay(asOf, ["asOf"], zone);
	return toNumber(expectedShare(read, day, readFinal(options), policy));
}
