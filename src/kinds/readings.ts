/**
 * Dated readings: a key result's check-ins and a KPI's measurements.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { cmp, type Exact, fromInt, ZERO } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import {
	date,
	dated,
	describe,
	type InputOf,
	number,
	optional,
	type Reading,
	type ReadingOf,
} from "./fields.js";

export type { Reading };

/** The highest confidence a check-in can carry (the lowest is 0). */
export const MAX_CONFIDENCE = 10;
const MAX_CONFIDENCE_EXACT = fromInt(MAX_CONFIDENCE);

/** A confidence must lie in `[0, 10]`, both ends included (`OUT_OF_RANGE` otherwise). */
export function confidenceOutOfRange(confidence: Exact | null, path: Path): OkrIssue | null {
	if (confidence === null) return null;
	if (cmp(confidence, ZERO) >= 0 && cmp(confidence, MAX_CONFIDENCE_EXACT) <= 0) return null;
	const text = confidence.toString();
	return {
		code: "OUT_OF_RANGE",
		path,
		message: `A confidence is a number from 0 to ${MAX_CONFIDENCE}, received ${text.length > 40 ? `${text.slice(0, 40)}…` : text}.`,
	};
}

/**
 * The description of a check-in: a key result's value on a date, with the owner's optional
 * confidence of reaching the target, from 0 to 10.
 */
export const checkIn = describe(
	"a reading { at, value }",
	{
		at: dated(date()),
		value: number(),
		confidence: optional(number(), null),
	},
	{
		rules: [
			{
				reads: ["confidence"],
				check: (c, path) => confidenceOutOfRange(c.confidence, [...path, "confidence"]),
				// The field passed already: absent, a number, or a decimal string (read exactly).
				fast: ({ confidence: c }) =>
					c === undefined
						? true
						: typeof c === "number"
							? c >= 0 && c <= MAX_CONFIDENCE
							: undefined,
			},
		],
	},
);

/** A check-in as computations see it: its date, value, confidence (or `null`) and array index. */
export type CheckInRead = ReadingOf<typeof checkIn>;

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
