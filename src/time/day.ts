/**
 * Calendar dates as whole days since 1970-01-01: no time of day, no time zone.
 *
 * @module
 * @internal
 */
import { addMonths as addMonthsFns } from "date-fns";
import { invalid, type Path } from "../errors/index.js";
import { describeString, typeName } from "../numeric/index.js";

/** A calendar date: whole days since 1970-01-01 (negative before it). */
export type Day = number;

/** A date as callers write it: `"YYYY-MM-DD"`, or a `Date` read as its UTC calendar date. */
export type DateInput = string | Date;

const MS_PER_DAY = 86_400_000;

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `"YYYY-MM-DD"` (exactly ten characters, a real calendar date), or returns `null`. */
export function parseDayString(s: string): Day | null {
	if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
	const year = digits(s, 0, 4);
	const month = digits(s, 5, 7);
	const day = digits(s, 8, 10);
	if (year < 0 || month < 1 || month > 12 || day < 1) return null;
	if (day > daysInMonth(year, month)) return null;
	return fromParts(year, month, day);
}

/** The whole number the decimal digits of `s` from `from` to `to` write, or `-1`. */
export function digits(s: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

/** The day of a calendar date given by its parts (month 1–12). */
export function fromParts(year: number, month: number, day: number): Day {
	// Date.UTC is pure arithmetic (no clock, no zone); years 0–99 need setUTCFullYear.
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return Math.floor(d.getTime() / MS_PER_DAY);
}

/**
 * The time of a real, valid `Date`, or `NaN` for anything else: an Invalid Date, or an object that
 * merely inherits from `Date.prototype` (whose `getTime` would throw a TypeError).
 */
export function dateTime(value: unknown): number {
	// Stryker disable next-line ConditionalExpression: `getTime` throws on anything else (caught below); this only spares the exception
	if (!(value instanceof Date)) return Number.NaN;
	try {
		return Date.prototype.getTime.call(value);
		// Stryker disable next-line BlockStatement: every caller reads undefined as it reads NaN
	} catch {
		return Number.NaN;
	}
}

// The days a "YYYY-MM-DD" string can write: a Date is read only within the same years, so no
// result ever holds a date such as "-271821-04-20" (the earliest valid Date).
const FIRST_DAY = fromParts(0, 1, 1);
const LAST_DAY = fromParts(9999, 12, 31);

/** The UTC calendar day of a valid `Date` in the years 0000–9999, or `null`. */
function dateDay(value: unknown): Day | null {
	// NaN (no valid Date) fails both comparisons below.
	const day = Math.floor(dateTime(value) / MS_PER_DAY);
	return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/** Whether `value` is a valid date input. */
export function isDateInput(value: unknown): value is DateInput {
	if (typeof value === "string") return parseDayString(value) !== null;
	return dateDay(value) !== null;
}

/** Reads a date input, or throws `OkrValidationError` (`INVALID_DATE`) at `path`. */
export function readDay(value: unknown, path: Path): Day {
	if (typeof value === "string") {
		const day = parseDayString(value);
		if (day !== null) return day;
		throw invalid(
			"INVALID_DATE",
			path,
			`Expected a calendar date "YYYY-MM-DD", received ${describeString(value)}.`,
		);
	}
	if (value instanceof Date) {
		const day = dateDay(value);
		if (day !== null) return day;
		throw invalid(
			"INVALID_DATE",
			path,
			Number.isFinite(dateTime(value))
				? "Expected a Date in the years 0000 to 9999."
				: "Expected a valid Date, received an Invalid Date.",
		);
	}
	throw invalid(
		"INVALID_DATE",
		path,
		`Expected a date "YYYY-MM-DD" or a Date, received ${typeName(value)}.`,
	);
}

/** The `[year, month (1–12), day]` of a day. */
export function toParts(day: Day): [number, number, number] {
	const d = new Date(day * MS_PER_DAY);
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Formats a day as `"YYYY-MM-DD"`. */
export function formatDay(day: Day): string {
	const [y, m, d] = toParts(day);
	return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds calendar months the way date-fns does (Jan 31 + 1 month = Feb 28/29). Computed on a
 * local-noon date built from the parts, so no time zone or daylight-saving change can move it.
 */
export function addMonths(day: Day, months: number): Day {
	const [y, m, d] = toParts(day);
	const local = new Date(2000, 0, 1, 12);
	local.setFullYear(y, m - 1, d);
	const moved = addMonthsFns(local, months);
	return fromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
}
