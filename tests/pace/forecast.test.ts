import { describe, expect, it } from "vitest";
import { type CheckIn, type Cycle, forecast, grade, type KeyResult } from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated, loose, metric } from "../support/foundation.js";

const q3: Cycle = { start: "2025-07-01", end: "2025-09-29" };

function signups(checkIns: readonly CheckIn[], extra: Record<string, unknown> = {}): KeyResult {
	return loose({
		id: "signups",
		title: "Weekly sign-ups 200 → 500",
		kind: "metric",
		start: 200,
		target: 500,
		checkIns,
		...extra,
	});
}

describe("forecast", () => {
	it("extends the line through check-ins on a line to the cycle's end", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 260 },
			{ at: "2025-08-30", value: 320 },
		]);
		expect(forecast(kr, q3, "2025-08-30")).toEqual({
			value: 380,
			progress: 0.6,
			grade: 0.6,
			color: "yellow",
		});
	});

	it("fits the least-squares line through scattered check-ins", () => {
		// x = 0, 1, 2, 3 (days); y = 1, 3, 2, 4 → slope 0.8, intercept 1.3; at x = 9: 8.5.
		const kr = loose({
			id: "k",
			title: "k",
			kind: "metric",
			start: 0,
			target: 10,
			checkIns: [
				{ at: "2025-01-01", value: 1 },
				{ at: "2025-01-02", value: 3 },
				{ at: "2025-01-03", value: 2 },
				{ at: "2025-01-04", value: 4 },
			],
		});
		expect(forecast(kr, { start: "2025-01-01", end: "2025-01-10" }, "2025-01-04")).toEqual({
			value: 8.5,
			progress: 0.85,
			grade: 0.9,
			color: "green",
		});
	});

	it("is exact for decimal check-ins (0.1 steps land on 0.1 multiples)", () => {
		const kr = loose({
			id: "rate",
			title: "Conversion 0.1 → 0.6",
			kind: "metric",
			start: "0.1",
			target: "0.6",
			checkIns: [
				{ at: "2025-01-01", value: "0.1" },
				{ at: "2025-01-02", value: "0.2" },
				{ at: "2025-01-03", value: "0.3" },
			],
		});
		expect(forecast(kr, { start: "2025-01-01", end: "2025-01-05" }, "2025-01-03")).toEqual({
			value: 0.5,
			progress: 0.8,
			grade: 0.8,
			color: "green",
		});
	});

	it("leaves check-ins after asOf out of the fit", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 260 },
			{ at: "2025-08-30", value: 10_000 },
		]);
		expect(forecast(kr, q3, "2025-08-29").value).toBe(380);
		expect(forecast(kr, q3, "2025-08-30").value).not.toBe(380);
	});

	it("leaves check-ins before the cycle out of the fit (a key result carried over)", () => {
		const kr = signups([
			{ at: "2025-06-01", value: 9_000 },
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 260 },
		]);
		expect(forecast(kr, q3, "2025-08-29").value).toBe(380);
		expectCode(
			() =>
				forecast(
					signups([
						{ at: "2025-06-01", value: 9_000 },
						{ at: "2025-07-01", value: 200 },
					]),
					q3,
					"2025-08-29",
				),
			"NOT_ENOUGH_CHECK_INS",
		);
	});

	it("does not clamp the value but clamps the progress by the policy", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-11", value: 300 },
		]);
		// 10 per day: 200 + 900 = 1100 on day 90.
		expect(forecast(kr, q3, "2025-07-11")).toEqual({
			value: 1100,
			progress: 1,
			grade: 1,
			color: "green",
		});
		expect(forecast(kr, q3, "2025-07-11", { policy: { progress: { cap: 1.2 } } })).toEqual({
			value: 1100,
			progress: 1.2,
			grade: 1,
			color: "green",
		});
		expect(forecast(kr, q3, "2025-07-11", { policy: { progress: { cap: null } } }).progress).toBe(
			3,
		);
	});

	it("forecasts a falling trend below the start as progress 0 and a negative value", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 100 },
		]);
		expect(forecast(kr, q3, "2025-07-31")).toEqual({
			value: -100,
			progress: 0,
			grade: 0,
			color: "red",
		});
	});

	it("works for a decreasing key result (target below start)", () => {
		const churn = loose({
			id: "churn",
			title: "Churn 5% → 3%",
			kind: "metric",
			start: 5,
			target: 3,
			checkIns: [
				{ at: "2025-07-01", value: 5 },
				{ at: "2025-08-15", value: 4.5 },
			],
		});
		// 0.5 down per 45 days; day 90 → 4.0 → progress 0.5.
		expect(forecast(churn, q3, "2025-08-15")).toEqual({
			value: 4,
			progress: 0.5,
			grade: 0.5,
			color: "yellow",
		});
	});

	it("counts every check-in as a point, several on a day included, in any order", () => {
		const kr = signups([
			{ at: "2025-07-31", value: 250 },
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 270 },
		]);
		// Points (0, 200), (30, 250), (30, 270): the line passes (0, 200) and (30, 260).
		expect(forecast(kr, q3, "2025-09-01").value).toBe(380);
	});

	it("ignores current: only dated check-ins make a trend", () => {
		const kr = signups(
			[
				{ at: "2025-07-01", value: 200 },
				{ at: "2025-07-31", value: 260 },
			],
			{ current: 499 },
		);
		expect(forecast(kr, q3, "2025-07-31").value).toBe(380);
	});

	it("reads the line at the cycle's end even when asOf is later", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 260 },
		]);
		expect(forecast(kr, q3, "2026-01-01").value).toBe(380);
	});

	it("reads Dates as their UTC calendar dates", () => {
		const kr = signups([
			{ at: new Date("2025-07-01T23:30:00Z"), value: 200 },
			{ at: new Date("2025-07-31T00:30:00Z"), value: 260 },
		]);
		expect(forecast(kr, q3, new Date("2025-07-31T12:00:00Z")).value).toBe(380);
	});

	it("gives a non-terminating forecast as the nearest number", () => {
		const kr = loose({
			id: "k",
			title: "k",
			kind: "metric",
			start: 0,
			target: 1,
			checkIns: [
				{ at: "2025-01-01", value: 0 },
				{ at: "2025-01-04", value: 1 },
			],
		});
		expect(forecast(kr, { start: "2025-01-01", end: "2025-01-02" }, "2025-01-04").value).toBe(
			1 / 3,
		);
	});

	it("grades as grade() does: from the returned progress, rounded half-up, coloured by band", () => {
		const kr = loose({
			id: "k",
			title: "k",
			kind: "metric",
			start: 0,
			target: 100,
			checkIns: [
				{ at: "2025-01-01", value: 0 },
				{ at: "2025-01-02", value: "6.5" },
			],
		});
		const f = forecast(kr, { start: "2025-01-01", end: "2025-01-11" }, "2025-01-02");
		expect(f).toEqual({ value: 65, progress: 0.65, grade: 0.7, color: "green" });
		expect(grade(f.progress)).toEqual({ grade: f.grade, color: f.color });
		const banded = forecast(kr, { start: "2025-01-01", end: "2025-01-11" }, "2025-01-02", {
			policy: { grading: { bands: { yellow: 0.5, green: 0.8 } } },
		});
		expect(banded.color).toBe("yellow");
	});
});

describe("forecast errors", () => {
	it("throws NOT_A_METRIC for other kinds of key result", () => {
		const kinds: KeyResult[] = [
			{ id: "t", title: "t", kind: "threshold", direction: "atLeast", threshold: 1 },
			{ id: "r", title: "r", kind: "range", low: 0, high: 1 },
			{ id: "m", title: "m", kind: "milestone", done: false },
			{ id: "c", title: "c", kind: "checklist", items: [{ title: "i", done: true }] },
		];
		for (const kr of kinds)
			expectCode(() => forecast(kr, q3, "2025-08-01"), "NOT_A_METRIC", ["kind"]);
	});

	it("throws NOT_ENOUGH_CHECK_INS with no, one, or all-same-day check-ins", () => {
		expectCode(() => forecast(signups([]), q3, "2025-08-01"), "NOT_ENOUGH_CHECK_INS", ["checkIns"]);
		expectCode(
			() => forecast(signups([{ at: "2025-07-01", value: 1 }]), q3, "2025-08-01"),
			"NOT_ENOUGH_CHECK_INS",
		);
		expectCode(
			() =>
				forecast(
					signups([
						{ at: "2025-07-01", value: 1 },
						{ at: "2025-07-01", value: 5 },
						{ at: new Date("2025-07-01T22:00:00Z"), value: 9 },
					]),
					q3,
					"2025-08-01",
				),
			"NOT_ENOUGH_CHECK_INS",
		);
		const { checkIns: _, ...noCheckIns } = signups([]) as { checkIns: unknown };
		expectCode(
			() => forecast(noCheckIns as unknown as KeyResult, q3, "2025-08-01"),
			"NOT_ENOUGH_CHECK_INS",
		);
	});

	it("throws NOT_ENOUGH_CHECK_INS when the second date is after asOf", () => {
		const kr = signups([
			{ at: "2025-07-01", value: 200 },
			{ at: "2025-07-31", value: 260 },
		]);
		expectCode(() => forecast(kr, q3, "2025-07-30"), "NOT_ENOUGH_CHECK_INS");
	});

	it("refuses malformed input with the issue at its path", () => {
		expectIssue(
			() => forecast(signups([{ at: "2025-07-01", value: "many" }]), q3, "2025-08-01"),
			"INVALID_NUMBER",
			["checkIns", 0, "value"],
		);
		expectIssue(
			() => forecast(signups([], { target: 200 }), q3, "2025-08-01"),
			"START_EQUALS_TARGET",
			["target"],
		);
		expectIssue(
			() => forecast(signups([]), { start: "2025-07-01" } as Cycle, "2025-08-01"),
			"REQUIRED",
			["cycle", "end"],
		);
		expectIssue(() => forecast(signups([]), q3, "2025-02-29"), "INVALID_DATE", ["asOf"]);
		expectIssue(
			() => forecast(loose({ id: "k", title: "k", kind: "gauge" }), q3, "2025-08-01"),
			"INVALID_ENUM",
			["kind"],
		);
	});

	it("says what is missing: a metric, or check-ins on two dates", () => {
		const milestone = { id: "m", title: "M", kind: "milestone", done: true } as const;
		expect(
			expectCode(() => forecast(milestone, q3, "2025-08-15"), "NOT_A_METRIC", ["kind"]).message,
		).toBe(
			'Key result "m" is of kind "milestone": only a metric key result has a trend to forecast.',
		);
		const once = metric(0, 10, undefined, { checkIns: [{ at: "2025-07-02", value: 1 }] });
		expect(
			expectCode(() => forecast(once, q3, "2025-08-15"), "NOT_ENOUGH_CHECK_INS", ["checkIns"])
				.message,
		).toBe("A forecast needs check-ins on at least two different dates; found 1.");
	});

	it("checks the input before refusing a key result that is not a metric", () => {
		expectIssue(
			() =>
				forecast(loose({ id: "m", title: "m", kind: "milestone", done: false }), q3, "not a date"),
			"INVALID_DATE",
			["asOf"],
		);
	});
});

describe("forecast does not mutate its input", () => {
	it("leaves a deep-frozen key result, cycle and options as they were", () => {
		const input = {
			kr: signups([
				{ at: "2025-07-31", value: 260 },
				{ at: new Date("2025-07-01T00:00:00Z"), value: "200" },
			]),
			cycle: { ...q3, label: "Q3" },
			options: { policy: { progress: { cap: 1.5 } } },
		};
		const result = expectUnmutated(input, (i) => forecast(i.kr, i.cycle, "2025-08-01", i.options));
		expect(result.value).toBe(380);
	});
});
