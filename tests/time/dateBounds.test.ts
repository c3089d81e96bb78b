/**
 * Found by the fuzz suite: a valid `Date` far outside the years a "YYYY-MM-DD" string can write
 * (the extremes of the Date range, ±8.64e15 ms) came back in results as "-271821-04-20" or
 * "275760-09-13". Dates are read only within the years 0000–9999, like date strings.
 */
import { describe, expect, it } from "vitest";
import { kpiStatusHistory, parseCycle } from "../../src/index.js";
import { isDateInput, readDay } from "../../src/time/day.js";
import { expectIssue } from "../support/foundation.js";

describe("Dates beyond the years 0000–9999", () => {
	it("refuses the extremes of the Date range with INVALID_DATE at the path", () => {
		for (const date of [new Date(-8.64e15), new Date(8.64e15), new Date(Date.UTC(10000, 0, 1))]) {
			expectIssue(() => readDay(date, ["at"]), "INVALID_DATE", ["at"]);
			expect(isDateInput(date)).toBe(false);
		}
		const early = new Date(0);
		early.setUTCFullYear(-1, 11, 31);
		expectIssue(() => readDay(early, []), "INVALID_DATE", []);
	});

	it("accepts the first and last days a date string can write", () => {
		const first = new Date(0);
		first.setUTCFullYear(0, 0, 1);
		expect(readDay(first, [])).toBe(readDay("0000-01-01", []));
		expect(readDay(new Date(Date.UTC(9999, 11, 31, 23, 59)), [])).toBe(readDay("9999-12-31", []));
	});

	it("never writes a date outside YYYY-MM-DD into a result", () => {
		expectIssue(
			() =>
				kpiStatusHistory({
					id: "k",
					name: "K",
					direction: "higherIsBetter",
					target: 0,
					measurements: [{ at: new Date(-8.64e15), value: 0 }],
				}),
			"INVALID_DATE",
			["measurements", 0, "at"],
		);
		expectIssue(() => parseCycle({ start: "2025-01-01", end: new Date(8.64e15) }), "INVALID_DATE", [
			"end",
		]);
	});
});
