/**
 * Dated readings: a key result's check-ins and a KPI's measurements.
 *
 * @module
 * @internal
 */
import type { Exact } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import { date, dated, describe, type InputOf, number, optional, type Reading } from "./fields.js";

export type { Reading };

/** The description of a check-in: a key result's value on a date, with an optional confidence. */
export const checkIn = describe("a reading { at, value }", {
	at: dated(date()),
	value: number(),
	confidence: optional(number(), null),
});

/** The description of a measurement: a KPI's value on a date. */
export const measurement = describe("a reading { at, value }", {
	at: dated(date()),
	value: number(),
});

/** A check-in as a caller writes it. */
export type CheckInInput = InputOf<typeof checkIn>;
/** A measurement as a caller writes it. */
export type MeasurementInput = InputOf<typeof measurement>;

/** The latest reading on or before `day` (all of them when `day` is `null`), or `null`. */
export function latestReading(readings: readonly Reading[], day: number | null): Reading | null {
	if (day === null) return readings[readings.length - 1] ?? null;
	for (let i = readings.length - 1; i >= 0; i--) {
		const r = readings[i] as Reading;
		if (r.at <= day) return r;
	}
	return null;
}

/**
 * The value of a key result that has one, as of `asOf`: without a day, `current`, else the latest
 * check-in; as of a day, the latest check-in on or before it when there are check-ins (an undated
 * `current` may describe a later day), else `current`. `null` when there is none.
 */
export function valueAsOf(
	current: Exact | null,
	checkIns: readonly Reading[],
	asOf: Day | null,
): Exact | null {
	if (current !== null && (asOf === null || checkIns.length === 0)) return current;
	return latestReading(checkIns, asOf)?.value ?? null;
}
