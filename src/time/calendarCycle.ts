/**
 * The pieces the cycle builders share: checking whole-number arguments, building a cycle from
 * days, and the calendar arithmetic of months (all in UTC parts, so no time zone can move it).
 *
 * @module
 * @internal
 */
import { invalid, type Path } from "../errors/index.js";
import { typeName } from "../numeric/index.js";
import { type Day, formatDay, fromParts } from "./day.js";

/** A cycle with its dates written as `"YYYY-MM-DD"` strings, as every cycle builder returns it. */
export interface CalendarCycle {
	/** First day, `"YYYY-MM-DD"`, included. */
	readonly start: string;
	/** Last day, `"YYYY-MM-DD"`, included; never before `start`. */
	readonly end: string;
	readonly label?: string;
}

/** A {@link CalendarCycle} that always has a label, such as `"2025-Q3"`. */
export interface LabeledCycle extends CalendarCycle {
	readonly label: string;
}

/** The first and last years a cycle may touch: every date is written with four digits. */
export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;

/** Reads a whole number in `[low, high]`: `INVALID_NUMBER` when not whole, `OUT_OF_RANGE` outside. */
export function readWhole(
	value: unknown,
	low: number,
	high: number,
	path: Path,
	what: string,
): number {
	// Only numbers are integers: no typeof check is needed before this one.
	if (!Number.isInteger(value)) {
		throw invalid(
			"INVALID_NUMBER",
			path,
			`Expected ${what} as a whole number, received ${
				typeof value === "number" ? String(value) : typeName(value)
			}.`,
		);
	}
	const n = value as number;
	if (n < low || n > high) {
		throw invalid("OUT_OF_RANGE", path, `Expected ${what} from ${low} to ${high}, received ${n}.`);
	}
	return n;
}

/** Reads a calendar year, 0 to 9999. */
export function readYear(value: unknown, path: Path): number {
	return readWhole(value, FIRST_YEAR, LAST_YEAR, path, "a year");
}

/** The first day of month `month` of `year`; months beyond 12 or below 1 roll into other years. */
export function monthStart(year: number, month: number): Day {
	const index = year * 12 + (month - 1);
	return fromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The last day of a run of `count` months starting at month `month` of `year`. */
export function monthsEnd(year: number, month: number, count: number): Day {
	return monthStart(year, month + count) - 1;
}

/** A year written with four digits, as in a date. */
export function yearText(year: number): string {
	return String(year).padStart(4, "0");
}

/** Builds a calendar cycle from its days. */
export function cycleFromDays(start: Day, end: Day, label: string): LabeledCycle {
	return { start: formatDay(start), end: formatDay(end), label };
}

/**
 * The months `count` long run starting at `month` of `year`, within one calendar year already read
 * with {@link readYear} (so within the years a date can be written in).
 */
export function calendarRun(
	year: number,
	month: number,
	count: number,
	label: string,
): LabeledCycle {
	return cycleFromDays(monthStart(year, month), monthsEnd(year, month, count), label);
}

/**
 * The months `count` long run starting at `month` of `year`, which may cross into another year (a
 * fiscal year), checked to stay within the years a date can be written in (`OUT_OF_RANGE` at
 * `path` otherwise).
 */
export function monthRun(
	year: number,
	month: number,
	count: number,
	label: string,
	path: Path,
): LabeledCycle {
	const index = year * 12 + (month - 1);
	const lastIndex = index + count - 1;
	// Stryker disable next-line ArithmeticOperator: FIRST_YEAR is 0, so × and ÷ 12 agree
	if (index < FIRST_YEAR * 12 || lastIndex > LAST_YEAR * 12 + 11) {
		throw invalid(
			"OUT_OF_RANGE",
			path,
			`The cycle would fall outside the years ${FIRST_YEAR} to ${LAST_YEAR}.`,
		);
	}
	return calendarRun(year, month, count, label);
}
