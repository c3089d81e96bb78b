import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cycle, type KeyResult, quarter, requiredPace } from "../../src/index.js";
import { dayString, decimalString } from "../support/arbitraries.js";
import {
	expectCode,
	expectIssue,
	expectUnmutated,
	isPositiveZero,
	loose,
	metric,
} from "../support/foundation.js";
import { add, div, mul, nearestDouble, rational, sub } from "../support/rational.js";

const q3: Cycle = quarter(2025, 3);

describe("requiredPace", () => {
	it("Q3 2025 as of 2025-08-15, 0 → 100 at 40: 60 to go over 46 days, 60/46 a day", () => {
		expect(requiredPace(metric(0, 100, 40), q3, "2025-08-15")).toEqual({
			needed: 100,
			remaining: 60,
			daysLeft: 46,
			perDay: 60 / 46,
			perWeek: 420 / 46,
		});
	});

	it("aims at options.progress: 0.7 is the stretch sweet spot", () => {
		const pace = requiredPace(metric(0, 100, 40), q3, "2025-08-15", { progress: 0.7 });
		expect(pace).toMatchObject({ needed: 70, remaining: 30, daysLeft: 46, perDay: 30 / 46 });
		expect(requiredPace(metric(0, 100, 40), q3, "2025-08-15", { progress: "0.7" }).needed).toBe(70);
	});

	it("works for a decrease: response time 240 → 30 min at 135", () => {
		const pace = requiredPace(metric(240, 30, 135), q3, "2025-09-23");
		expect(pace).toEqual({ needed: 30, remaining: -105, daysLeft: 7, perDay: -15, perWeek: -105 });
	});

	it("is exact for decimal strings", () => {
		const pace = requiredPace(metric("0.1", "0.3", "0.2"), q3, "2025-09-20");
		expect(pace).toEqual({
			needed: 0.3,
			remaining: 0.1,
			daysLeft: 10,
			perDay: 0.01,
			perWeek: 0.07,
		});
	});

	it("is negative when the value is already past what is needed, and 0 (never -0) when there", () => {
		expect(requiredPace(metric(0, 100, 120), q3, "2025-08-15").remaining).toBe(-20);
		const there = requiredPace(metric(0, 100, 100), q3, "2025-08-15");
		expect(isPositiveZero(there.remaining)).toBe(true);
		expect(isPositiveZero(there.perDay as number)).toBe(true);
		expect(isPositiveZero(there.perWeek as number)).toBe(true);
	});

	it("reads the value as of the day: the latest check-in on or before it, else start", () => {
		const kr = metric(0, 100, 90, {
			checkIns: [
				{ at: "2025-07-15", value: 20 },
				{ at: "2025-08-10", value: 40 },
				{ at: "2025-09-28", value: 95 },
			],
		});
		expect(requiredPace(kr, q3, "2025-08-15").remaining).toBe(60);
		expect(requiredPace(kr, q3, "2025-07-01").remaining).toBe(100);
		expect(requiredPace(metric(10, 100), q3, "2025-08-15").remaining).toBe(90);
		expect(requiredPace(metric(10, 100, 55), q3, "2025-08-15").remaining).toBe(45);
	});

	it("counts the days after the day asked up to and including the cycle's end", () => {
		expect(requiredPace(metric(0, 100, 40), q3, "2025-09-29").daysLeft).toBe(1);
		expect(requiredPace(metric(0, 100, 40), q3, "2025-06-30").daysLeft).toBe(92);
		expect(requiredPace(metric(0, 100, 40), q3, "2025-06-20").daysLeft).toBe(102);
	});

	it("has no pace (null) once no day is left", () => {
		for (const asOf of ["2025-09-30", "2025-12-31"]) {
			expect(requiredPace(metric(0, 100, 40), q3, asOf)).toEqual({
				needed: 100,
				remaining: 60,
				daysLeft: 0,
				perDay: null,
				perWeek: null,
			});
		}
	});

	it("is about values: a closing grade changes nothing", () => {
		const closed = metric(0, 100, 40, { closing: { score: 1 } });
		expect(requiredPace(closed, q3, "2025-08-15")).toEqual(
			requiredPace(metric(0, 100, 40), q3, "2025-08-15"),
		);
	});

	it("does not change its input", () => {
		const kr = metric(0, 100, 40, { checkIns: [{ at: "2025-08-01", value: 30 }] });
		expectUnmutated({ kr, q3 }, ({ kr, q3 }) => requiredPace(kr, q3, "2025-08-15"));
	});

	describe("errors", () => {
		it("throws NOT_A_METRIC for another kind", () => {
			const milestone: KeyResult = { id: "m", title: "Launch", kind: "milestone", done: false };
			expectCode(() => requiredPace(milestone, q3, "2025-08-15"), "NOT_A_METRIC", ["kind"]);
			expect(() => requiredPace(milestone, q3, "2025-08-15")).toThrow(
				'Key result "m" is of kind "milestone": only a metric key result has a value to pace.',
			);
		});

		it("reports a bad key result, cycle, day, progress or policy at its path", () => {
			const kr = metric(0, 100, 40);
			expectIssue(
				() => requiredPace(loose({ ...kr, start: 100 }), q3, "2025-08-15"),
				"START_EQUALS_TARGET",
				["target"],
			);
			expectIssue(
				() => requiredPace(kr, { start: "2025-09-30", end: "2025-07-01" }, "2025-08-15"),
				"END_BEFORE_START",
				["cycle", "end"],
			);
			expectIssue(() => requiredPace(kr, null as never, "2025-08-15"), "INVALID_TYPE", ["cycle"]);
			expectIssue(() => requiredPace(kr, q3, "15/08/2025"), "INVALID_DATE", ["asOf"]);
			expectIssue(
				() => requiredPace(kr, q3, "2025-08-15", { progress: "most" }),
				"INVALID_NUMBER",
				["options", "progress"],
			);
			expectIssue(
				() => requiredPace(kr, q3, "2025-08-15", { progress: Number.NaN }),
				"INVALID_NUMBER",
				["options", "progress"],
			);
			expectIssue(
				() => requiredPace(kr, q3, "2025-08-15", { policy: { progress: { cap: "x" } } } as never),
				"INVALID_NUMBER",
				["options", "policy", "progress", "cap"],
			);
		});
	});

	describe("laws", () => {
		const small = decimalString(10n ** 6n, 3);

		it("the value plus remaining is needed, exactly; perWeek is 7 × perDay, each one rounding", () => {
			fc.assert(
				fc.property(small, small, small, small, dayString, (s, t, c, p, asOf) => {
					fc.pre(s.text !== t.text && sub(s.value, t.value).num !== 0n);
					const kr = metric(s.text, t.text, c.text);
					const pace = requiredPace(kr, q3, asOf, { progress: p.text });
					const needed = add(s.value, mul(p.value, sub(t.value, s.value)));
					const remaining = sub(needed, c.value);
					expect(pace.needed).toBe(nearestDouble(needed) || 0);
					expect(pace.remaining).toBe(nearestDouble(remaining) || 0);
					const left = Math.max(
						0,
						Math.round((Date.parse("2025-09-30") - Date.parse(asOf)) / 864e5),
					);
					expect(pace.daysLeft).toBe(left);
					if (left === 0) {
						expect([pace.perDay, pace.perWeek]).toEqual([null, null]);
					} else {
						const d = rational(BigInt(left));
						expect(pace.perDay).toBe(nearestDouble(div(remaining, d)) || 0);
						expect(pace.perWeek).toBe(nearestDouble(div(mul(rational(7n), remaining), d)) || 0);
					}
				}),
				{ numRuns: 800 },
			);
		});
	});
});
