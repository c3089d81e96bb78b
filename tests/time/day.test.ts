import { addMonths as addMonthsFns } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IssueCode, type Path, parseCycle, progressAt } from "../../src/index.js";
import {
	addMonths,
	formatDay,
	fromParts,
	isDateInput,
	parseDayString,
	readDay,
	toParts,
} from "../../src/time/day.js";
import { expectIssue } from "../support/foundation.js";

/** The message of the one issue `fn` throws, with this code at this path. */
function words(fn: () => unknown, code: IssueCode, path: Path): string | undefined {
	return expectIssue(fn, code, path).issues[0]?.message;
}

describe("calendar days (internal)", () => {
	it("counts days from 1970-01-01, negative before it", () => {
		expect(parseDayString("1970-01-01")).toBe(0);
		expect(parseDayString("1970-01-02")).toBe(1);
		expect(parseDayString("1969-12-31")).toBe(-1);
		expect(fromParts(2025, 7, 1)).toBe(parseDayString("2025-07-01"));
	});

	it("round-trips parts and strings, years 0–99 included", () => {
		for (const s of ["0000-01-01", "0099-12-31", "1900-02-28", "2000-02-29", "9999-12-31"]) {
			const day = parseDayString(s) as number;
			expect(formatDay(day)).toBe(s);
			const [y, m, d] = toParts(day);
			expect(fromParts(y, m, d)).toBe(day);
		}
	});

	it("refuses strings that are not real calendar dates", () => {
		for (const s of [
			"2025-02-29",
			"1900-02-29",
			"2025-13-01",
			"2025-00-10",
			"2025-01-00",
			"2025-1-01",
			"2025/01/01",
			"20250101xx",
			"２０２５-01-01",
		]) {
			expect(parseDayString(s)).toBeNull();
			expect(isDateInput(s)).toBe(false);
		}
	});

	it("accepts valid Dates and day strings as date inputs, nothing else", () => {
		expect(isDateInput("2024-02-29")).toBe(true);
		expect(isDateInput(new Date(0))).toBe(true);
		expect(isDateInput(new Date(Number.NaN))).toBe(false);
		expect(isDateInput(20250101)).toBe(false);
		expect(isDateInput(null)).toBe(false);
	});

	it("reads a Date as its UTC calendar date, before 1970 too", () => {
		expect(readDay(new Date("2025-03-30T23:59:59.999Z"), [])).toBe(parseDayString("2025-03-30"));
		expect(readDay(new Date("1969-12-31T23:00:00Z"), [])).toBe(-1);
	});

	it("refuses what is not a date with INVALID_DATE at the path", () => {
		expectIssue(() => readDay("2025-02-30", ["asOf"]), "INVALID_DATE", ["asOf"]);
		expectIssue(() => readDay(new Date(Number.NaN), ["at"]), "INVALID_DATE", ["at"]);
		expectIssue(() => readDay(1_700_000_000_000, ["at"]), "INVALID_DATE", ["at"]);
		expectIssue(() => readDay(undefined, []), "INVALID_DATE", []);
	});

	it("adds calendar months as date-fns does, whatever the host's zone (property)", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: fromParts(1900, 1, 1), max: fromParts(2100, 12, 31) }),
				fc.integer({ min: -600, max: 600 }),
				(day, months) => {
					const [y, m, d] = toParts(day);
					// date-fns works on the host's local dates: noon keeps clear of daylight saving.
					const moved = addMonthsFns(new Date(y, m - 1, d, 12), months);
					expect(formatDay(addMonths(day, months))).toBe(
						formatDay(fromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate())),
					);
				},
			),
			{ numRuns: 300 },
		);
		// A day Samoa skipped (local dates there jump from 2011-12-29 to 12-31) is a day here.
		const d = (s: string) => parseDayString(s) as number;
		expect(formatDay(addMonths(d("2011-11-30"), 1))).toBe("2011-12-30");
	});

	it("adds calendar months as date-fns does, clamping to the month's last day", () => {
		const d = (s: string) => parseDayString(s) as number;
		expect(formatDay(addMonths(d("2025-01-31"), 1))).toBe("2025-02-28");
		expect(formatDay(addMonths(d("2024-01-31"), 1))).toBe("2024-02-29");
		expect(formatDay(addMonths(d("2025-03-31"), -1))).toBe("2025-02-28");
		expect(formatDay(addMonths(d("2025-10-26"), 1))).toBe("2025-11-26");
		expect(formatDay(addMonths(d("2025-03-30"), 12))).toBe("2026-03-30");
		expect(formatDay(addMonths(d("0050-06-15"), 3))).toBe("0050-09-15");
	});

	it("knows the 30-day months and where the dashes go", () => {
		for (const m of ["04", "06", "09", "11"]) {
			expect(parseDayString(`2025-${m}-30`)).not.toBeNull();
			expect(parseDayString(`2025-${m}-31`)).toBeNull();
		}
		for (const m of ["01", "03", "05", "07", "08", "10", "12"]) {
			expect(parseDayString(`2025-${m}-31`)).not.toBeNull();
		}
		expect(parseDayString("2025-07-011")).toBeNull();
		expect(parseDayString("2025x07-01")).toBeNull();
		expect(parseDayString("2025-07x01")).toBeNull();
		expect(parseDayString("2025-0:-01")).toBeNull();
		expect(parseDayString("2025-07-0/")).toBeNull();
	});

	it("refuses a date or a cycle label with a character just below or above the digits", () => {
		// "/" is the character before "0" and ":" the one after "9": "1/" must not read as 9.
		for (const text of ["2025-1/-01", "2025-0:-01", "202/-01-01", "2025-01-1/"]) {
			expect(parseDayString(text)).toBeNull();
		}
		for (const label of ["202/", "202:", "202/-Q1", "2o25"]) {
			expectIssue(() => parseCycle(label), "INVALID_CYCLE_LABEL", []);
		}
		for (const label of ["", "202", "Q1"]) {
			expectIssue(() => parseCycle(label), "INVALID_CYCLE_LABEL", []);
		}
	});
});

describe("the words of a refused date", () => {
	const done = { id: "a", title: "A", kind: "milestone", done: true } as const;

	it("says why a date was refused", () => {
		expect(words(() => progressAt(done, "2025-13-01"), "INVALID_DATE", ["date"])).toBe(
			'Expected a calendar date "YYYY-MM-DD" or a timestamp with an offset ("Z", "+02:00"), received "2025-13-01".',
		);
		expect(words(() => progressAt(done, new Date(8.64e15)), "INVALID_DATE", ["date"])).toBe(
			"Expected a date in the years 0000 to 9999.",
		);
		expect(words(() => progressAt(done, new Date(Number.NaN)), "INVALID_DATE", ["date"])).toBe(
			"Expected a valid Date, received an Invalid Date.",
		);
		expect(words(() => progressAt(done, 5 as unknown as string), "INVALID_DATE", ["date"])).toBe(
			'Expected a date "YYYY-MM-DD", a timestamp or a Date, received a number.',
		);
	});
});
