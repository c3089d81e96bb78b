/**
 * Options every scoring function reads the same way: the day of a snapshot (`asOf`, an instant read
 * in `timeZone`) and a score computed elsewhere (`score`).
 *
 * @module
 * @internal
 */
import { type Exact, exact } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import { type Day, readDay } from "../time/day.js";
import { zoneOption } from "../time/zone.js";

/**
 * `options.asOf` as a day, an instant read in `options.timeZone` (default UTC), or `null` when not
 * given (`INVALID_DATE` at `["options", "asOf"]`, `INVALID_TIME_ZONE` at `["options", "timeZone"]`).
 * @internal
 */
export function asOfOption(options: unknown): Day | null {
	const value = isRecord(options) ? own(options, "asOf") : undefined;
	return value === undefined ? null : readDay(value, ["options", "asOf"], zoneOption(options));
}

/**
 * `options.score` as an exact number, or `null` when not given (`INVALID_NUMBER` at
 * `["options", "score"]`): a score computed elsewhere, such as a parent's roll-up score. @internal
 */
export function scoreOption(options: unknown): Exact | null {
	const value = isRecord(options) ? own(options, "score") : undefined;
	return value === undefined ? null : exact(value, ["options", "score"]);
}
