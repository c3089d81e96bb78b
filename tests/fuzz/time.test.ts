/**
 * Fuzz: cycle builders and parsers under hostile years, numbers, labels, dates and
 * options. See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type CalendarCycle,
	cycle,
	cycleContaining,
	fiscalQuarter,
	fiscalYear,
	half,
	month,
	parseCycle,
	quarter,
	year,
} from "../../src/index.js";
import { ensure, expectDay, fuzz } from "./harness.js";
import { cycleArb, dateField, enumField, hostileNumber, mostly, textField } from "./hostile.js";

function expectCycle(c: CalendarCycle): void {
	expectDay(c.start);
	expectDay(c.end);
	ensure(c.start <= c.end, "start <= end");
	if (c.label !== undefined) ensure(typeof c.label === "string", "a string label");
}

const yearArb = mostly(
	fc.integer({ min: -2, max: 10_001 }),
	fc.oneof(hostileNumber, fc.constantFrom<unknown>("2025", 2025.5, 1e21, -1)),
);
const smallArb = mostly(fc.integer({ min: -1, max: 14 }), hostileNumber);
const startMonthOptions = fc.oneof(
	fc.record({ startMonth: smallArb }),
	fc.constantFrom<unknown>(undefined, null, {}, 5, { startMonth: "4" }),
);
const labelArb = mostly(
	fc
		.tuple(
			fc.integer({ min: 0, max: 10_000 }),
			fc.constantFrom("", "-Q1", "-Q4", "-Q5", "-H1", "-H2", "-H3", "-q1"),
		)
		.map(([y, suffix]) => `${String(y).padStart(4, "0")}${suffix}`),
	fc.oneof(
		fc.string({ maxLength: 12 }),
		fc.constantFrom<unknown>("2025-Q3 ", " 2025", "２０２５", "9".repeat(10_000), null, 2025, {}),
	),
);

describe("fuzz: cycles", () => {
	const builders = [
		["quarter", quarter],
		["half", half],
		["month", month],
	] as const;
	for (const [name, build] of builders) {
		it(`${name}: a real cycle, or an OkrError`, () => {
			fuzz({
				name,
				args: fc.tuple(yearArb, smallArb),
				call: (y, n) => build(y as number, n as number),
				check: expectCycle,
				numRuns: 1500,
			});
		});
	}

	it("year: a real cycle, or an OkrError", () => {
		fuzz({
			name: "year",
			args: fc.tuple(yearArb),
			call: (y) => year(y as number),
			check: expectCycle,
			numRuns: 1500,
		});
	});

	it("fiscalYear and fiscalQuarter: real cycles, or OkrErrors", () => {
		fuzz({
			name: "fiscalYear",
			args: fc.tuple(yearArb, startMonthOptions),
			call: (y, o) => fiscalYear(y as number, o as never),
			check: expectCycle,
			numRuns: 1500,
		});
		fuzz({
			name: "fiscalQuarter",
			args: fc.tuple(yearArb, smallArb, startMonthOptions),
			call: (y, q, o) => fiscalQuarter(y as number, q as number, o as never),
			check: expectCycle,
			numRuns: 1500,
		});
	});

	it("cycle: a real cycle from two dates, or an OkrError", () => {
		fuzz({
			name: "cycle",
			args: fc.tuple(dateField, dateField, fc.oneof(fc.constant(undefined), textField)),
			call: (s, e, label) => cycle(s as string, e as string, label as string | undefined),
			check: expectCycle,
			numRuns: 2000,
		});
	});

	it("cycleContaining: a real cycle holding the date, or an OkrError", () => {
		fuzz({
			name: "cycleContaining",
			args: fc.tuple(
				dateField,
				enumField(["month", "quarter", "half", "year", "fiscalQuarter", "fiscalYear"]),
				startMonthOptions,
			),
			call: (d, unit, o) => cycleContaining(d as string, unit as never, o as never),
			check: expectCycle,
			numRuns: 2000,
		});
	});

	it("parseCycle: a real cycle from a label or a cycle object, or an OkrError", () => {
		fuzz({
			name: "parseCycle",
			args: fc.tuple(fc.oneof(labelArb, cycleArb)),
			call: (input) => parseCycle(input as string),
			check: expectCycle,
			numRuns: 2000,
		});
	});
});
