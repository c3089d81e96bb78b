/**
 * Exact expectations on cycles and dates that mutation testing (issue 8) showed were missing: the
 * words and paths of every refusal, the edges of the calendar, and the units of cycleContaining.
 */
import { describe, expect, it } from "vitest";
import {
	cycle,
	cycleContaining,
	fiscalQuarter,
	fiscalYear,
	half,
	type IssueCode,
	month,
	type Path,
	parseCycle,
	progressAt,
	quarter,
	year,
} from "../../src/index.js";
import { parseDayString } from "../../src/time/day.js";
import { expectIssue } from "../support/foundation.js";

function words(fn: () => unknown, code: IssueCode, path: Path): string | undefined {
	return expectIssue(fn, code, path).issues[0]?.message;
}

const LABELS = 'a cycle label "2025", "2025-H1", "2025-H2" or "2025-Q1" to "2025-Q4"';

describe("cycle builders: words and paths", () => {
	it("name the argument and what it should have been", () => {
		expect(words(() => quarter(2025.5, 1), "INVALID_NUMBER", ["year"])).toBe(
			"Expected a year as a whole number, received 2025.5.",
		);
		expect(words(() => quarter("2025" as unknown as number, 1), "INVALID_NUMBER", ["year"])).toBe(
			"Expected a year as a whole number, received a string.",
		);
		expect(words(() => quarter(2025, 0), "OUT_OF_RANGE", ["q"])).toBe(
			"Expected a quarter from 1 to 4, received 0.",
		);
		expect(words(() => half(2025, 3), "OUT_OF_RANGE", ["h"])).toBe(
			"Expected a half from 1 to 2, received 3.",
		);
		expect(words(() => half(10000, 1), "OUT_OF_RANGE", ["year"])).toBe(
			"Expected a year from 0 to 9999, received 10000.",
		);
		expect(words(() => month(2025, 13), "OUT_OF_RANGE", ["m"])).toBe(
			"Expected a month from 1 to 12, received 13.",
		);
		expect(words(() => year(-1), "OUT_OF_RANGE", ["year"])).toBe(
			"Expected a year from 0 to 9999, received -1.",
		);
	});

	it("reach the first and last years", () => {
		expect(half(0, 1)).toEqual({ start: "0000-01-01", end: "0000-06-30", label: "0000-H1" });
		expect(half(9999, 2)).toEqual({ start: "9999-07-01", end: "9999-12-31", label: "9999-H2" });
		expect(year(9999).end).toBe("9999-12-31");
	});

	it("fiscal years: options, start month, and cycles past the calendar", () => {
		expect(
			words(() => fiscalYear(2026, { startMonth: 13 }), "OUT_OF_RANGE", ["options", "startMonth"]),
		).toBe("Expected a start month from 1 to 12, received 13.");
		expect(
			words(() => fiscalYear(2026, {} as { startMonth: number }), "REQUIRED", [
				"options",
				"startMonth",
			]),
		).toBe('"startMonth" is required.');
		expect(
			words(() => fiscalYear(2026, null as unknown as { startMonth: number }), "INVALID_TYPE", [
				"options",
			]),
		).toBe("Expected options { startMonth }, received null.");
		expect(words(() => fiscalYear(0, { startMonth: 4 }), "OUT_OF_RANGE", ["year"])).toBe(
			"The cycle would fall outside the years 0 to 9999.",
		);
		expectIssue(() => fiscalQuarter(0, 1, { startMonth: 4 }), "OUT_OF_RANGE", ["year"]);
		expectIssue(() => fiscalQuarter(10000, 1, { startMonth: 1 }), "OUT_OF_RANGE", ["year"]);
		expectIssue(() => fiscalQuarter(2026, 5, { startMonth: 4 }), "OUT_OF_RANGE", ["q"]);
		expect(fiscalYear(1, { startMonth: 2 })).toEqual({
			start: "0000-02-01",
			end: "0001-01-31",
			label: "FY0001",
		});
	});
});

describe("cycle builders: the argument each refusal names", () => {
	it("names the year of a month and of a fiscal year, and the quarter of a fiscal quarter", () => {
		expect(words(() => month(2025.5, 1), "INVALID_NUMBER", ["year"])).toBe(
			"Expected a year as a whole number, received 2025.5.",
		);
		expect(words(() => fiscalYear(10000, { startMonth: 4 }), "OUT_OF_RANGE", ["year"])).toBe(
			"Expected a year from 0 to 9999, received 10000.",
		);
		expect(words(() => fiscalQuarter(2026, 5, { startMonth: 4 }), "OUT_OF_RANGE", ["q"])).toBe(
			"Expected a quarter from 1 to 4, received 5.",
		);
	});

	it("asks for fiscal options that are missing, or that are not an object", () => {
		const none = undefined as unknown as { startMonth: number };
		expect(words(() => fiscalYear(2026, none), "REQUIRED", ["options", "startMonth"])).toBe(
			'"startMonth" is required.',
		);
		const four = 4 as unknown as { startMonth: number };
		expect(words(() => fiscalYear(2026, four), "INVALID_TYPE", ["options"])).toBe(
			"Expected options { startMonth }, received a number.",
		);
	});

	it("reaches the first and the last month a date can be written in", () => {
		expect(fiscalYear(9999, { startMonth: 1 })).toEqual({
			start: "9999-01-01",
			end: "9999-12-31",
			label: "FY9999",
		});
		expect(fiscalQuarter(9999, 4, { startMonth: 1 }).end).toBe("9999-12-31");
		expect(fiscalQuarter(0, 1, { startMonth: 1 }).start).toBe("0000-01-01");
	});

	it("gives a cycle without a label when the label is left out or undefined", () => {
		expect(cycle("2025-09-01", "2025-12-19")).toEqual({ start: "2025-09-01", end: "2025-12-19" });
		expect(Object.keys(cycle("2025-09-01", "2025-12-19", undefined))).toEqual(["start", "end"]);
	});
});

describe("cycleContaining", () => {
	it("finds the cycle of each unit", () => {
		expect(cycleContaining("2025-08-15", "month")).toEqual({
			start: "2025-08-01",
			end: "2025-08-31",
			label: "2025-08",
		});
		expect(cycleContaining("2025-08-15", "quarter").label).toBe("2025-Q3");
		expect(cycleContaining("2025-08-15", "half")).toEqual({
			start: "2025-07-01",
			end: "2025-12-31",
			label: "2025-H2",
		});
		expect(cycleContaining("2025-02-15", "half").label).toBe("2025-H1");
		expect(cycleContaining("2025-08-15", "year").label).toBe("2025");
		expect(cycleContaining("2025-08-15", "fiscalQuarter", { startMonth: 4 })).toEqual({
			start: "2025-07-01",
			end: "2025-09-30",
			label: "FY2026-Q2",
		});
	});

	it("refuses a unit it does not know and a fiscal cycle past 9999, at their arguments", () => {
		expect(
			words(() => cycleContaining("2025-08-15", "week" as "month"), "INVALID_ENUM", ["unit"]),
		).toBe('Expected one of "month", "quarter", "half", "year", "fiscalQuarter", "fiscalYear".');
		expectIssue(() => cycleContaining("2025-08-15", "fiscalYear"), "REQUIRED", [
			"options",
			"startMonth",
		]);
		expect(
			words(() => cycleContaining("9999-12-15", "fiscalYear", { startMonth: 2 }), "OUT_OF_RANGE", [
				"date",
			]),
		).toBe("The cycle would fall outside the years 0 to 9999.");
		expectIssue(
			() => cycleContaining("9999-12-15", "fiscalQuarter", { startMonth: 2 }),
			"OUT_OF_RANGE",
			["date"],
		);
	});
});

describe("parseCycle and cycle", () => {
	it("refuse what is neither a label nor a cycle object", () => {
		for (const [input, received] of [
			[5, "a number"],
			[[], "an array"],
			[null, "null"],
		] as const) {
			expect(words(() => parseCycle(input as unknown as string), "INVALID_TYPE", [])).toBe(
				`Expected ${LABELS}, or a cycle { start, end }, received ${received}.`,
			);
		}
		expect(words(() => parseCycle("202"), "INVALID_CYCLE_LABEL", [])).toBe(
			`Expected ${LABELS}, received "202".`,
		);
		expectIssue(() => parseCycle("-202"), "INVALID_CYCLE_LABEL", []);
	});

	it("leaves the label out when none is given", () => {
		expect(Object.keys(cycle("2025-07-01", "2025-09-30"))).toEqual(["start", "end"]);
	});
});

describe("characters next to the digits", () => {
	it("refuses a date or a label with a character just below or above the digits", () => {
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

	it("reads a Date only when it is a real, valid one", () => {
		const fake = Object.create(Date.prototype) as Date;
		expectIssue(() => cycle(fake, "2025-01-31"), "INVALID_DATE", ["start"]);
		expectIssue(() => cycle(new Date(Number.NaN), "2025-01-31"), "INVALID_DATE", ["start"]);
		expect(cycle(new Date("2025-01-06T23:30:00Z"), "2025-01-31").start).toBe("2025-01-06");
	});
});

describe("dates", () => {
	const done = { id: "a", title: "A", kind: "milestone", done: true } as const;

	it("say why a date was refused", () => {
		expect(words(() => progressAt(done, "2025-13-01"), "INVALID_DATE", ["date"])).toBe(
			'Expected a calendar date "YYYY-MM-DD", received "2025-13-01".',
		);
		expect(words(() => progressAt(done, new Date(8.64e15)), "INVALID_DATE", ["date"])).toBe(
			"Expected a Date in the years 0000 to 9999.",
		);
		expect(words(() => progressAt(done, new Date(Number.NaN)), "INVALID_DATE", ["date"])).toBe(
			"Expected a valid Date, received an Invalid Date.",
		);
		expect(words(() => progressAt(done, 5 as unknown as string), "INVALID_DATE", ["date"])).toBe(
			'Expected a date "YYYY-MM-DD" or a Date, received a number.',
		);
	});

	it("know the 30-day months and where the dashes go", () => {
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
});
