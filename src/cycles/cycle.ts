/**
 * Cycles as values of the model: your own cycle between two dates, and a cycle written as an
 * object read and written back with `"YYYY-MM-DD"` dates.
 *
 * @module
 */
import { readCycle } from "../read/cycle.js";
import type { CalendarCycle } from "../time/calendarCycle.js";
import { type DateInput, formatDay, UTC, type Zone } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";

/**
 * Reads a cycle given as `{ start, end, label? }` (instants as days in `zone`) and writes it back
 * with `"YYYY-MM-DD"` dates.
 * @internal
 */
export function normalizeCycle(value: unknown, zone: Zone = UTC): CalendarCycle {
	const read = readCycle(value, [], zone);
	const out = { start: formatDay(read.start), end: formatDay(read.end) };
	return read.label === undefined ? out : { ...out, label: read.label };
}

/**
 * A cycle of your own between two calendar dates, both included (a sprint, a trimester, a season).
 * An instant (a `Date`, or a timestamp with an offset) is read as the day on which it falls in
 * `options.timeZone` (default UTC); the result holds `"YYYY-MM-DD"` strings.
 *
 * @param start - The first day of the cycle.
 * @param end - The last day of the cycle, not before `start`.
 * @param label - An optional name, such as `"Sprint 14"`.
 * @param options - `timeZone`: the IANA zone instants are read in.
 * @returns `{ start, end }`, with `label` when one was given.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_DATE` at `["start"]` or `["end"]`,
 *   `END_BEFORE_START` at `["end"]`, `INVALID_TYPE` at `["label"]`, `INVALID_TIME_ZONE` at
 *   `["options", "timeZone"]`.
 *
 * @example
 * ```ts
 * cycle("2025-09-01", "2025-12-19", "Autumn term");
 * //=> { start: "2025-09-01", end: "2025-12-19", label: "Autumn term" }
 * cycle(new Date("2025-01-06T23:30:00Z"), "2025-01-19");
 * //=> { start: "2025-01-06", end: "2025-01-19" }
 * cycle("2025-01-06T00:30:00+01:00", "2025-01-19", undefined, { timeZone: "Europe/Paris" });
 * //=> { start: "2025-01-06", end: "2025-01-19" }
 * ```
 */
export function cycle(
	start: DateInput,
	end: DateInput,
	label?: string,
	options?: TimeZoneOptions,
): CalendarCycle {
	// The reader treats an undefined label as none.
	return normalizeCycle({ start, end, label }, zoneOption(options));
}
