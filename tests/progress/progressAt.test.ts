/** `progressAt`: progress as if the latest check-in on or before the date were current (docs/scoring.md). */
import { describe, expect, it } from "vitest";
import { type KeyResult, keyResultProgress, progressAt } from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated, metric } from "../support/foundation.js";

// Net revenue retention 100% → 110% over Q3, with monthly check-ins (and a `current` that is ignored).
const nrr: KeyResult = {
	id: "nrr",
	title: "Raise net revenue retention to 110%",
	kind: "metric",
	start: 100,
	target: 110,
	current: 109,
	checkIns: [
		{ at: "2025-08-15", value: 104 },
		{ at: "2025-07-15", value: 102 },
		{ at: "2025-09-15", value: 107 },
	],
};

describe("progressAt", () => {
	it("uses the latest check-in on or before the date", () => {
		expect(progressAt(nrr, "2025-07-15")).toBe(0.2);
		expect(progressAt(nrr, "2025-08-14")).toBe(0.2);
		expect(progressAt(nrr, "2025-08-15")).toBe(0.4);
		expect(progressAt(nrr, "2025-09-30")).toBe(0.7);
		expect(progressAt(nrr, "2030-01-01")).toBe(0.7);
	});

	it("ignores current", () => {
		expect(keyResultProgress(nrr)).toBe(0.9);
		expect(progressAt(nrr, "2030-01-01")).toBe(0.7);
	});

	it("before the first check-in, is as if there were none: a metric at its start", () => {
		expect(progressAt(nrr, "2025-07-14")).toBe(0);
		expect(progressAt(nrr, "1999-12-31")).toBe(0);
	});

	it("before the first check-in, a threshold or range has progress 0 (current ignored)", () => {
		const t: KeyResult = {
			id: "t",
			title: "Uptime at least 99.9%",
			kind: "threshold",
			direction: "atLeast",
			threshold: 99.9,
			current: 100,
			checkIns: [{ at: "2025-07-10", value: 99.95 }],
		};
		expect(progressAt(t, "2025-07-09")).toBe(0);
		expect(progressAt(t, "2025-07-10")).toBe(1);
		const r: KeyResult = {
			id: "r",
			title: "Keep the backlog between 20 and 40",
			kind: "range",
			low: 20,
			high: 40,
			current: 30,
			checkIns: [{ at: "2025-07-10", value: 45 }],
		};
		expect(progressAt(r, "2025-07-09")).toBe(0);
		expect(progressAt(r, "2025-07-10")).toBe(0);
		expect(keyResultProgress(r)).toBe(1);
	});

	it("breaks ties on the same date by taking the later check-in in the array", () => {
		const kr = metric(0, 10, undefined, {
			checkIns: [
				{ at: "2025-07-01", value: 2 },
				{ at: "2025-07-01", value: 6 },
				{ at: "2025-07-02", value: 9 },
			],
		});
		expect(progressAt(kr, "2025-07-01")).toBe(0.6);
	});

	it('with scoring "checkIns", counts only the check-ins on or before the date', () => {
		const kr: KeyResult = {
			id: "t",
			title: "p95 latency at most 300 ms",
			kind: "threshold",
			direction: "atMost",
			threshold: 300,
			scoring: "checkIns",
			checkIns: [
				{ at: "2025-07-21", value: 350 },
				{ at: "2025-07-07", value: 280 },
				{ at: "2025-07-14", value: 300 },
			],
		};
		expect(progressAt(kr, "2025-07-06")).toBe(0);
		expect(progressAt(kr, "2025-07-07")).toBe(1);
		expect(progressAt(kr, "2025-07-14")).toBe(1);
		expect(progressAt(kr, "2025-07-21")).toBe(2 / 3);
	});

	it("a milestone done after the date is not done yet; done on or before it, it is", () => {
		const m: KeyResult = {
			id: "m",
			title: "Launch",
			kind: "milestone",
			done: true,
			doneAt: "2025-08-20",
		};
		expect(progressAt(m, "2025-08-19")).toBe(0);
		expect(progressAt(m, "2025-08-20")).toBe(1);
		expect(progressAt(m, new Date("2025-09-01T00:00:00Z"))).toBe(1);
		// Now (no date asked), done is done; and not done stays not done whatever doneAt says.
		expect(keyResultProgress(m)).toBe(1);
		expect(progressAt({ ...m, done: false }, "2025-09-30")).toBe(0);
	});

	it("a checklist counts the items done on or before the date, with their weights", () => {
		const c: KeyResult = {
			id: "c",
			title: "Hire the team",
			kind: "checklist",
			items: [
				{ title: "Designer", done: true, weight: 2, doneAt: "2025-07-10" },
				{ title: "Engineer", done: true, doneAt: "2025-08-25" },
				{ title: "Writer", done: true },
				{ title: "Manager", done: false },
			],
		};
		expect(progressAt(c, "2025-07-09")).toBe(0.2);
		expect(progressAt(c, "2025-08-15")).toBe(0.6);
		expect(progressAt(c, "2025-08-25")).toBe(0.8);
		expect(keyResultProgress(c)).toBe(0.8);
	});

	it("refuses a doneAt that is no date, at its path", () => {
		expectIssue(
			() =>
				progressAt(
					{ id: "m", title: "M", kind: "milestone", done: true, doneAt: "soon" } as never,
					"2025-08-15",
				),
			"INVALID_DATE",
			["doneAt"],
		);
		expectIssue(
			() =>
				progressAt(
					{
						id: "c",
						title: "C",
						kind: "checklist",
						items: [{ title: "a", done: true, doneAt: "2025-02-30" }],
					} as never,
					"2025-08-15",
				),
			"INVALID_DATE",
			["items", 0, "doneAt"],
		);
	});

	it("milestone and checklist key results without doneAt: progress as they stand", () => {
		const m: KeyResult = {
			id: "m",
			title: "Launch",
			kind: "milestone",
			done: true,
			checkIns: [{ at: "2025-09-01", value: 1 }],
		};
		expect(progressAt(m, "2000-01-01")).toBe(1);
		const c: KeyResult = {
			id: "c",
			title: "c",
			kind: "checklist",
			items: [
				{ title: "a", done: true, weight: 3 },
				{ title: "b", done: false },
			],
		};
		expect(progressAt(c, "2000-01-01")).toBe(0.75);
		expectCode(
			() =>
				progressAt(
					{ ...c, items: [{ title: "a", done: true, weight: 0 }] } as KeyResult,
					"2025-01-01",
				),
			"ZERO_TOTAL_WEIGHT",
			["items"],
		);
	});

	it("reads a Date as its UTC calendar date", () => {
		expect(progressAt(nrr, new Date("2025-08-15T00:00:00Z"))).toBe(0.4);
		expect(progressAt(nrr, new Date("2025-08-15T23:59:59.999Z"))).toBe(0.4);
		expect(progressAt(nrr, new Date("2025-08-14T23:59:59.999Z"))).toBe(0.2);
		// 2025-08-15 01:00 at UTC+2 is still the 14th in UTC.
		expect(progressAt(nrr, new Date("2025-08-15T01:00:00+02:00"))).toBe(0.2);
	});

	it("applies the policy's clamp", () => {
		const kr = metric(0, 10, undefined, { checkIns: [{ at: "2025-07-01", value: 15 }] });
		expect(progressAt(kr, "2025-07-01")).toBe(1);
		expect(progressAt(kr, "2025-07-01", { policy: { progress: { cap: 1.2 } } })).toBe(1.2);
		expect(progressAt(kr, "2025-07-01", { policy: { progress: { cap: null } } })).toBe(1.5);
	});

	it("is exact with decimal check-ins", () => {
		const kr = metric("0.1", "0.3", undefined, { checkIns: [{ at: "2025-07-01", value: "0.2" }] });
		expect(progressAt(kr, "2025-07-01")).toBe(0.5);
		const numbers = metric(0.1, 0.3, undefined, { checkIns: [{ at: "2025-07-01", value: 0.2 }] });
		expect(progressAt(numbers, "2025-07-01")).toBe(0.5);
	});

	it("does not mutate its input (key result and Date)", () => {
		const date = new Date("2025-08-20T12:00:00Z");
		const input = { kr: nrr, date };
		expect(expectUnmutated(input, (frozen) => progressAt(frozen.kr, frozen.date))).toBe(0.4);
		expect(date.toISOString()).toBe("2025-08-20T12:00:00.000Z");
	});
});
