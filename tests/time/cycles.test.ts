import { describe, expect, it } from "vitest";
import {
	type Cycle,
	type CycleUnit,
	cycle,
	cycleContaining,
	type FiscalYearOptions,
	fiscalQuarter,
	fiscalYear,
	half,
	type IssueCode,
	month,
	type Path,
	parseCycle,
	quarter,
	year,
} from "../../src/index.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";

/** The message of the one issue `fn` throws, with this code at this path. */
function words(fn: () => unknown, code: IssueCode, path: Path): string | undefined {
	return expectIssue(fn, code, path).issues[0]?.message;
}

const LABELS = 'a cycle label "2025", "2025-H1", "2025-H2" or "2025-Q1" to "2025-Q4"';

describe("quarter", () => {
	it("gives Q3 2025 as July 1 to September 30, labelled 2025-Q3", () => {
		expect(quarter(2025, 3)).toEqual({ start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" });
	});

	it("gives every quarter of a year, back to back", () => {
		expect([1, 2, 3, 4].map((q) => quarter(2025, q))).toEqual([
			{ start: "2025-01-01", end: "2025-03-31", label: "2025-Q1" },
			{ start: "2025-04-01", end: "2025-06-30", label: "2025-Q2" },
			{ start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
			{ start: "2025-10-01", end: "2025-12-31", label: "2025-Q4" },
		]);
	});

	it("writes early years with four digits", () => {
		expect(quarter(999, 4)).toEqual({ start: "0999-10-01", end: "0999-12-31", label: "0999-Q4" });
		expect(quarter(0, 1)).toEqual({ start: "0000-01-01", end: "0000-03-31", label: "0000-Q1" });
		expect(quarter(9999, 4)).toEqual({ start: "9999-10-01", end: "9999-12-31", label: "9999-Q4" });
	});

	it("refuses a quarter outside 1–4 with OUT_OF_RANGE at [q]", () => {
		expectIssue(() => quarter(2025, 0), "OUT_OF_RANGE", ["q"]);
		expectIssue(() => quarter(2025, 5), "OUT_OF_RANGE", ["q"]);
	});

	it("refuses a fractional or non-number quarter or year with INVALID_NUMBER", () => {
		expectIssue(() => quarter(2025, 2.5), "INVALID_NUMBER", ["q"]);
		expectIssue(() => quarter(2025, "3" as unknown as number), "INVALID_NUMBER", ["q"]);
		expectIssue(() => quarter(2025.5, 1), "INVALID_NUMBER", ["year"]);
		expectIssue(() => quarter(Number.NaN, 1), "INVALID_NUMBER", ["year"]);
		expectIssue(() => quarter(Number.POSITIVE_INFINITY, 1), "INVALID_NUMBER", ["year"]);
	});

	it("refuses a year outside 0–9999 with OUT_OF_RANGE at [year]", () => {
		expectIssue(() => quarter(-1, 1), "OUT_OF_RANGE", ["year"]);
		expectIssue(() => quarter(10_000, 1), "OUT_OF_RANGE", ["year"]);
	});
});

describe("year", () => {
	it("gives a leap year 366 days and a common year 365", () => {
		expect(year(2024)).toEqual({ start: "2024-01-01", end: "2024-12-31", label: "2024" });
		expect(year(2025)).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "2025" });
	});

	it("refuses a bad year with the issue at [year]", () => {
		expectIssue(() => year(1.5), "INVALID_NUMBER", ["year"]);
		expectIssue(() => year(12_345), "OUT_OF_RANGE", ["year"]);
		expectIssue(() => year(undefined as unknown as number), "INVALID_NUMBER", ["year"]);
	});
});

describe("half", () => {
	it("gives H1 as January–June and H2 as July–December", () => {
		expect(half(2025, 1)).toEqual({ start: "2025-01-01", end: "2025-06-30", label: "2025-H1" });
		expect(half(2025, 2)).toEqual({ start: "2025-07-01", end: "2025-12-31", label: "2025-H2" });
	});

	it("refuses a half other than 1 or 2", () => {
		expectIssue(() => half(2025, 3), "OUT_OF_RANGE", ["h"]);
		expectIssue(() => half(2025, 0), "OUT_OF_RANGE", ["h"]);
		expectIssue(() => half(2025, 1.5), "INVALID_NUMBER", ["h"]);
	});
});

describe("month", () => {
	it("ends February on the 29th in leap years only (2000 and 2024 are, 1900 and 2025 are not)", () => {
		expect(month(2024, 2).end).toBe("2024-02-29");
		expect(month(2000, 2).end).toBe("2000-02-29");
		expect(month(1900, 2).end).toBe("1900-02-28");
		expect(month(2025, 2).end).toBe("2025-02-28");
	});

	it("labels months YYYY-MM and ends each on its last day", () => {
		expect(month(2025, 12)).toEqual({ start: "2025-12-01", end: "2025-12-31", label: "2025-12" });
		expect(month(2025, 4)).toEqual({ start: "2025-04-01", end: "2025-04-30", label: "2025-04" });
	});

	it("refuses a month outside 1–12", () => {
		expectIssue(() => month(2025, 13), "OUT_OF_RANGE", ["m"]);
		expectIssue(() => month(2025, 0), "OUT_OF_RANGE", ["m"]);
	});
});

describe("fiscalYear (named by the calendar year in which it ends)", () => {
	it("runs FY2026 with an April start from 2025-04-01 to 2026-03-31", () => {
		expect(fiscalYear(2026, { startMonth: 4 })).toEqual({
			start: "2025-04-01",
			end: "2026-03-31",
			label: "FY2026",
		});
	});

	it("runs FY2026 with an October start from 2025-10-01 to 2026-09-30 (US federal)", () => {
		expect(fiscalYear(2026, { startMonth: 10 })).toEqual({
			start: "2025-10-01",
			end: "2026-09-30",
			label: "FY2026",
		});
	});

	it("is the calendar year of the same number with a January start", () => {
		expect(fiscalYear(2026, { startMonth: 1 })).toEqual({
			start: "2026-01-01",
			end: "2026-12-31",
			label: "FY2026",
		});
	});

	it("includes a leap day falling inside it", () => {
		expect(fiscalYear(2024, { startMonth: 3 })).toEqual({
			start: "2023-03-01",
			end: "2024-02-29",
			label: "FY2024",
		});
	});

	it("requires a start month from 1 to 12", () => {
		expectIssue(() => fiscalYear(2026, {} as FiscalYearOptions), "REQUIRED", [
			"options",
			"startMonth",
		]);
		expectIssue(() => fiscalYear(2026, undefined as unknown as FiscalYearOptions), "REQUIRED", [
			"options",
			"startMonth",
		]);
		expectIssue(() => fiscalYear(2026, null as unknown as FiscalYearOptions), "INVALID_TYPE", [
			"options",
		]);
		expectIssue(() => fiscalYear(2026, { startMonth: 13 }), "OUT_OF_RANGE", [
			"options",
			"startMonth",
		]);
		expectIssue(() => fiscalYear(2026, { startMonth: 0 }), "OUT_OF_RANGE", [
			"options",
			"startMonth",
		]);
		expectIssue(() => fiscalYear(2026, { startMonth: 4.5 }), "INVALID_NUMBER", [
			"options",
			"startMonth",
		]);
	});

	it("refuses a fiscal year that would start before year 0", () => {
		expectIssue(() => fiscalYear(0, { startMonth: 4 }), "OUT_OF_RANGE", ["year"]);
		expect(fiscalYear(0, { startMonth: 1 }).start).toBe("0000-01-01");
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
});

describe("fiscalQuarter", () => {
	it("starts Q1 in the fiscal start month of the year before the fiscal year's number", () => {
		expect(fiscalQuarter(2026, 1, { startMonth: 4 })).toEqual({
			start: "2025-04-01",
			end: "2025-06-30",
			label: "FY2026-Q1",
		});
		expect(fiscalQuarter(2026, 4, { startMonth: 4 })).toEqual({
			start: "2026-01-01",
			end: "2026-03-31",
			label: "FY2026-Q4",
		});
	});

	it("tiles its fiscal year exactly with its four quarters", () => {
		for (const startMonth of [1, 2, 4, 7, 10, 12]) {
			const fy = fiscalYear(2026, { startMonth });
			const quarters = [1, 2, 3, 4].map((q) => fiscalQuarter(2026, q, { startMonth }));
			expect(quarters[0]?.start).toBe(fy.start);
			expect(quarters[3]?.end).toBe(fy.end);
		}
	});

	it("matches calendar quarters with a January start", () => {
		const fq = fiscalQuarter(2025, 3, { startMonth: 1 });
		expect({ start: fq.start, end: fq.end }).toEqual({ start: "2025-07-01", end: "2025-09-30" });
	});

	it("refuses a bad quarter or start month", () => {
		expectIssue(() => fiscalQuarter(2026, 5, { startMonth: 4 }), "OUT_OF_RANGE", ["q"]);
		expectIssue(() => fiscalQuarter(2026, 1, { startMonth: 14 }), "OUT_OF_RANGE", [
			"options",
			"startMonth",
		]);
	});
});

describe("cycle", () => {
	it("builds a cycle of one's own and keeps its label", () => {
		expect(cycle("2025-09-01", "2025-12-19", "Autumn term")).toEqual({
			start: "2025-09-01",
			end: "2025-12-19",
			label: "Autumn term",
		});
	});

	it("leaves the label out when none is given", () => {
		const c = cycle("2025-01-06", "2025-01-19");
		expect(c).toEqual({ start: "2025-01-06", end: "2025-01-19" });
		expect(Object.hasOwn(c, "label")).toBe(false);
	});

	it("accepts a one-day cycle (end == start)", () => {
		expect(cycle("2025-01-06", "2025-01-06")).toEqual({ start: "2025-01-06", end: "2025-01-06" });
	});

	it("reads Dates as their UTC calendar date", () => {
		expect(cycle(new Date("2025-01-06T23:59:59.999Z"), new Date("2025-01-19T00:00:00Z"))).toEqual({
			start: "2025-01-06",
			end: "2025-01-19",
		});
	});

	it("refuses end before start with END_BEFORE_START at [end]", () => {
		expectIssue(() => cycle("2025-02-01", "2025-01-31"), "END_BEFORE_START", ["end"]);
	});

	it("refuses bad dates and labels with the issue at the argument", () => {
		expectIssue(() => cycle("2025-02-30", "2025-03-01"), "INVALID_DATE", ["start"]);
		expectIssue(() => cycle("2025-02-01", new Date(Number.NaN)), "INVALID_DATE", ["end"]);
		expectIssue(() => cycle("2025-02-01", "2025-03-01", 7 as unknown as string), "INVALID_TYPE", [
			"label",
		]);
	});

	it("gives a cycle without a label when the label is left out or undefined", () => {
		expect(cycle("2025-09-01", "2025-12-19")).toEqual({ start: "2025-09-01", end: "2025-12-19" });
		expect(Object.keys(cycle("2025-09-01", "2025-12-19", undefined))).toEqual(["start", "end"]);
	});

	it("has only the keys start and end when no label is given", () => {
		expect(Object.keys(cycle("2025-07-01", "2025-09-30"))).toEqual(["start", "end"]);
	});

	it("reads a Date only when it is a real, valid one", () => {
		const fake = Object.create(Date.prototype) as Date;
		expectIssue(() => cycle(fake, "2025-01-31"), "INVALID_DATE", ["start"]);
		expectIssue(() => cycle(new Date(Number.NaN), "2025-01-31"), "INVALID_DATE", ["start"]);
		expect(cycle(new Date("2025-01-06T23:30:00Z"), "2025-01-31").start).toBe("2025-01-06");
	});
});

describe("parseCycle", () => {
	it('reads the label forms "2025", "2025-H1", "2025-H2" and "2025-Q1" to "2025-Q4"', () => {
		expect(parseCycle("2025-Q3")).toEqual(quarter(2025, 3));
		expect(parseCycle("2025")).toEqual(year(2025));
		expect(parseCycle("2025-H1")).toEqual({
			start: "2025-01-01",
			end: "2025-06-30",
			label: "2025-H1",
		});
		expect(parseCycle("2025-H2")).toEqual({
			start: "2025-07-01",
			end: "2025-12-31",
			label: "2025-H2",
		});
	});

	it("reads every quarter label and round-trips quarter, half and year labels", () => {
		for (let q = 1; q <= 4; q++) expect(parseCycle(`2024-Q${q}`)).toEqual(quarter(2024, q));
		for (const c of [quarter(1999, 4), half(2030, 2), year(2000), quarter(0, 1)]) {
			expect(parseCycle(c.label)).toEqual(c);
		}
	});

	it.each([
		"",
		"25",
		"202",
		"20255",
		"2025-Q0",
		"2025-Q5",
		"2025-H0",
		"2025-H3",
		"2025-q3",
		"2025-h1",
		"2025Q3",
		"2025 Q3",
		"2025-Q3 ",
		" 2025",
		"2025-07",
		"2025-Q",
		"2025-Q10",
		"Q3-2025",
		"FY2025",
		"-2025",
		"abcd",
		"2025-07-01",
		"２０２５",
	])("refuses the label %j with INVALID_CYCLE_LABEL", (label) => {
		expectIssue(() => parseCycle(label), "INVALID_CYCLE_LABEL", []);
	});

	it("refuses a long string quickly, without backtracking", () => {
		const long = `${"2".repeat(100_000)}-Q3`;
		const t = performance.now();
		expectIssue(() => parseCycle(long), "INVALID_CYCLE_LABEL", []);
		expect(performance.now() - t).toBeLessThan(1000);
	});

	it("checks a cycle object and writes its dates as strings", () => {
		expect(parseCycle({ start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30" })).toEqual({
			start: "2025-07-01",
			end: "2025-09-30",
		});
		expect(parseCycle({ start: "2025-07-01", end: "2025-09-30", label: "Q3" })).toEqual({
			start: "2025-07-01",
			end: "2025-09-30",
			label: "Q3",
		});
		expectIssue(() => parseCycle({ start: "2025-07-01", end: "2025-06-30" }), "END_BEFORE_START", [
			"end",
		]);
		expectIssue(() => parseCycle({ end: "2025-06-30" } as unknown as Cycle), "REQUIRED", ["start"]);
	});

	it("refuses anything that is neither a label nor a cycle object with INVALID_TYPE", () => {
		for (const bad of [null, undefined, 2025, [], true]) {
			expectIssue(() => parseCycle(bad as unknown as string), "INVALID_TYPE", []);
		}
	});

	it("refuses what is neither a label nor a cycle object, saying what it expected", () => {
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
});

describe("cycleContaining", () => {
	it("finds the month, quarter, half and year of a date", () => {
		const units: CycleUnit[] = ["month", "quarter", "half", "year"];
		expect(units.map((u) => cycleContaining("2025-08-15", u).label)).toEqual([
			"2025-08",
			"2025-Q3",
			"2025-H2",
			"2025",
		]);
		expect(cycleContaining("2025-08-15", "quarter")).toEqual(quarter(2025, 3));
		expect(cycleContaining("2024-02-29", "month")).toEqual(month(2024, 2));
		expect(cycleContaining("2025-06-30", "half")).toEqual(half(2025, 1));
	});

	it("finds the fiscal year and fiscal quarter, named by the year the fiscal year ends in", () => {
		expect(cycleContaining("2025-08-15", "fiscalYear", { startMonth: 7 })).toEqual(
			fiscalYear(2026, { startMonth: 7 }),
		);
		expect(cycleContaining("2025-06-30", "fiscalYear", { startMonth: 7 })).toEqual(
			fiscalYear(2025, { startMonth: 7 }),
		);
		expect(cycleContaining("2025-08-15", "fiscalQuarter", { startMonth: 4 })).toEqual(
			fiscalQuarter(2026, 2, { startMonth: 4 }),
		);
		expect(cycleContaining("2026-03-31", "fiscalQuarter", { startMonth: 4 })).toEqual(
			fiscalQuarter(2026, 4, { startMonth: 4 }),
		);
		expect(cycleContaining("2025-01-01", "fiscalYear", { startMonth: 1 })).toEqual(
			fiscalYear(2025, { startMonth: 1 }),
		);
	});

	it("agrees with the builders on every day of a leap year", () => {
		const first = Date.UTC(2024, 0, 1);
		for (let i = 0; i < 366; i++) {
			const date = new Date(first + i * 86_400_000);
			const m = date.getUTCMonth() + 1;
			expect(cycleContaining(date, "quarter")).toEqual(quarter(2024, Math.ceil(m / 3)));
			const fy = m >= 10 ? 2025 : 2024;
			const fq = Math.floor(((m - 10 + 12) % 12) / 3) + 1;
			expect(cycleContaining(date, "fiscalQuarter", { startMonth: 10 })).toEqual(
				fiscalQuarter(fy, fq, { startMonth: 10 }),
			);
		}
	});

	it("refuses an unknown unit, a missing start month and a fiscal year past 9999", () => {
		expectIssue(() => cycleContaining("2025-08-15", "week" as CycleUnit), "INVALID_ENUM", ["unit"]);
		expectIssue(() => cycleContaining("2025-08-15", "fiscalYear"), "REQUIRED", [
			"options",
			"startMonth",
		]);
		expectIssue(() => cycleContaining("2025-08-15", "fiscalYear", {}), "REQUIRED", [
			"options",
			"startMonth",
		]);
		expectIssue(
			() => cycleContaining("9999-12-01", "fiscalYear", { startMonth: 4 }),
			"OUT_OF_RANGE",
			["date"],
		);
		expectIssue(() => cycleContaining("2025-13-01", "month"), "INVALID_DATE", ["date"]);
	});

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

describe("cycle builders: the words and paths of their refusals", () => {
	it("quarter, half, month and year name the argument and what it should have been", () => {
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

	it("fiscalYear and fiscalQuarter refuse bad options, start months and cycles past the calendar", () => {
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

describe("cycle builders at the first and last years", () => {
	it("half and year reach the years 0 and 9999", () => {
		expect(half(0, 1)).toEqual({ start: "0000-01-01", end: "0000-06-30", label: "0000-H1" });
		expect(half(9999, 2)).toEqual({ start: "9999-07-01", end: "9999-12-31", label: "9999-H2" });
		expect(year(9999).end).toBe("9999-12-31");
	});

	it("fiscal cycles reach the first and the last month a date can be written in", () => {
		expect(fiscalYear(9999, { startMonth: 1 })).toEqual({
			start: "9999-01-01",
			end: "9999-12-31",
			label: "FY9999",
		});
		expect(fiscalQuarter(9999, 4, { startMonth: 1 }).end).toBe("9999-12-31");
		expect(fiscalQuarter(0, 1, { startMonth: 1 }).start).toBe("0000-01-01");
	});
});

describe("cycle builders do not mutate their input", () => {
	it("leaves frozen options and cycle objects as they were", () => {
		expectUnmutated({ startMonth: 4 }, (o) => fiscalYear(2026, o));
		expectUnmutated({ startMonth: 4 }, (o) => fiscalQuarter(2026, 2, o));
		expectUnmutated({ startMonth: 4 }, (o) => cycleContaining("2025-08-15", "fiscalYear", o));
		expectUnmutated({ start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30" }, (c) =>
			parseCycle(c),
		);
	});

	it("returns a new object each time", () => {
		const a = quarter(2025, 3);
		const b = quarter(2025, 3);
		expect(a).not.toBe(b);
		expect(a).toEqual(b);
	});
});
