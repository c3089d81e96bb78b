/**
 * Calendar dates as whole days since 1970-01-01, and instants read as the day on which they fall in
 * a time zone (never the host's own).
 *
 * @module
 * @internal
 */
import { invalid, type Path } from "../errors/index.js";
import { describeString, typeName } from "../numeric/index.js";

/** A calendar date: whole days since 1970-01-01 (negative before it). */
export type Day = number;

/**
 * A date as callers write it: a calendar day `"YYYY-MM-DD"`, or an instant (a `Date`, or an ISO
 * 8601 timestamp with an offset such as `"2025-08-15T10:00:00Z"`) read as the day on which it falls
 * in `options.timeZone` (default UTC).
 */
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
		// Written so that a missing character (NaN) fails too.
		if (!(c >= 0 && c <= 9)) return -1;
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

// The days a "YYYY-MM-DD" string can write: an instant is read only within the same years, so no
// result ever holds a date such as "-271821-04-20" (the earliest valid Date).
const FIRST_DAY = fromParts(0, 1, 1);
const LAST_DAY = fromParts(9999, 12, 31);

/**
 * A time zone as the readers use it: the calendar day on which an instant (milliseconds since
 * 1970-01-01T00:00:00Z) falls there.
 */
export type Zone = (time: number) => Day;

/** Coordinated Universal Time: the zone of every reading that names none. */
export const UTC: Zone = (time) => Math.floor(time / MS_PER_DAY);

// `YYYY-MM-DDTHH:MM`, optional `:SS` and a fraction of 1 to 9 digits, then `Z` or `±HH:MM` /
// `±HHMM` (`t` and `z` may be lower case). Anchored, run on at most 35 characters, and each
// optional part starts with a character of its own (":", ".", "Z" or a sign): it cannot backtrack.
const TIMESTAMP =
	/^(\d{4}-\d\d-\d\d)[Tt](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d\d):?(\d\d))?$/;

/**
 * Parses an ISO 8601 timestamp with an explicit offset: the instant in milliseconds since
 * 1970-01-01T00:00:00Z, `"noOffset"` for a timestamp without an offset (a wall-clock time, in no
 * particular zone), or `null` for anything else, out-of-range parts included.
 */
export function parseTimestamp(s: string): number | "noOffset" | null {
	const m = s.length <= 35 ? TIMESTAMP.exec(s) : null;
	const day = m === null ? null : parseDayString(m[1] as string);
	if (m === null || day === null) return null;
	const [hour, minute, second, offsetHour, offsetMinute] = [m[2], m[3], m[4], m[8], m[9]].map(
		(part) => Number(part ?? 0),
	) as [number, number, number, number, number];
	if (hour > 23 || minute > 59 || second > 59 || offsetHour > 23 || offsetMinute > 59) return null;
	if (m[6] === undefined && m[7] === undefined) return "noOffset";
	// Digits of the fraction past the third cannot move the millisecond.
	const ms = Number((m[5] ?? "").slice(0, 3).padEnd(3, "0"));
	const offset = (offsetHour * 60 + offsetMinute) * (m[7] === "-" ? -60_000 : 60_000);
	return day * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
}

/**
 * The day of a date input in `zone`, or why it is not one (the message of its `INVALID_DATE`
 * issue): a `"YYYY-MM-DD"` string is that day in every zone; an instant (a `Date`, or a timestamp
 * with an offset) is the day on which it falls in `zone`, within the years 0000 to 9999.
 */
export function dayOrReason(value: unknown, zone: Zone = UTC): Day | string {
	let time: number;
	if (typeof value === "string") {
		const day = parseDayString(value);
		if (day !== null) return day;
		const parsed = parseTimestamp(value);
		if (typeof parsed !== "number") {
			return `${parsed === null ? 'Expected a calendar date "YYYY-MM-DD" or a timestamp with' : "A timestamp needs"} an offset ("Z", "+02:00"), received ${describeString(value)}.`;
		}
		time = parsed;
	} else if (value instanceof Date) {
		time = dateTime(value);
		if (Number.isNaN(time)) return "Expected a valid Date, received an Invalid Date.";
	} else {
		return `Expected a date "YYYY-MM-DD", a timestamp or a Date, received ${typeName(value)}.`;
	}
	// A timestamp's years and a Date's range keep every instant within what a zone can read.
	const day = zone(time);
	if (day >= FIRST_DAY && day <= LAST_DAY) return day;
	return "Expected a date in the years 0000 to 9999.";
}

/** Whether `value` is a valid date input, its instants read in UTC (as the zod schemas read them). */
export function isDateInput(value: unknown): value is DateInput {
	return typeof dayOrReason(value) === "number";
}

/** Reads a date input as a day in `zone` (default UTC), or throws `INVALID_DATE` at `path`. */
export function readDay(value: unknown, path: Path, zone: Zone = UTC): Day {
	const day = dayOrReason(value, zone);
	if (typeof day === "number") return day;
	throw invalid("INVALID_DATE", path, day);
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
 * Adds calendar months the way date-fns does (Jan 31 + 1 month = Feb 28/29): the same day of the
 * month, or the month's last day when it has fewer. Arithmetic on the parts alone, so no time zone
 * (not even one that skipped a day, as Samoa did on 2011-12-30) can move it.
 */
export function addMonths(day: Day, months: number): Day {
	const [y, m, d] = toParts(day);
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = total - year * 12 + 1;
	return fromParts(year, month, Math.min(d, daysInMonth(year, month)));
}
