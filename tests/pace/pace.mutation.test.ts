/**
 * Exact expectations on pace that mutation testing (issue 8) showed were missing: which check-ins
 * count toward compliance at the edges of the cycle and of asOf, phased pace at and between its
 * points, and the words of pace errors.
 */
import { describe, expect, it } from "vitest";
import {
	checkInCompliance,
	expectedProgress,
	forecast,
	type KeyResult,
	paceStatus,
	quarter,
} from "../../src/index.js";
import { expectCode, expectIssue, metric } from "../support/foundation.js";

const q3 = quarter(2025, 3);
const withCheckIns = (...dates: string[]): KeyResult =>
	metric(0, 10, undefined, { checkIns: dates.map((at) => ({ at, value: 1 })) });

describe("check-in compliance at the edges", () => {
	it("has nothing to measure before the cycle starts", () => {
		expect(checkInCompliance(withCheckIns("2025-07-02"), "2025-06-01", { cycle: q3 })).toEqual({
			value: null,
			pairs: 0,
			covered: 0,
			keyResults: [{ objectiveId: null, keyResultId: "kr", periods: 0, covered: 0, missed: [] }],
		});
	});

	it("does not count a check-in before the cycle, and counts one on asOf", () => {
		expect(
			checkInCompliance(withCheckIns("2025-06-30"), "2025-07-03", { cycle: q3 }).keyResults,
		).toEqual([{ objectiveId: null, keyResultId: "kr", periods: 1, covered: 0, missed: [1] }]);
		expect(checkInCompliance(withCheckIns("2025-07-08"), "2025-07-08", { cycle: q3 })).toEqual({
			value: 0.5,
			pairs: 2,
			covered: 1,
			keyResults: [{ objectiveId: null, keyResultId: "kr", periods: 2, covered: 1, missed: [1] }],
		});
	});

	it("says why it cannot measure", () => {
		expect(
			expectCode(() => checkInCompliance(withCheckIns(), "2025-07-08"), "NO_CYCLE", ["cycle"])
				.message,
		).toBe(
			'Key result "kr" has no cycle, and options.cycle was not given: compliance needs the cycle\'s weeks.',
		);
		expect(
			expectCode(
				() => checkInCompliance({ id: "o", title: "O", keyResults: [] }, "2025-07-08"),
				"NO_CYCLE",
				["cycle"],
			).message,
		).toBe(
			'Objective "o" has no cycle, and options.cycle was not given: compliance needs the cycle\'s weeks.',
		);
		expect(
			expectIssue(
				() => checkInCompliance(withCheckIns(), "2025-07-08", { cycle: q3, periodDays: 0 }),
				"OUT_OF_RANGE",
				["options", "periodDays"],
			).issues[0]?.message,
		).toBe("Expected a period in days from 1 to 9007199254740991, received 0.");
	});
});

describe("phased pace", () => {
	it("passes through its points and interpolates between them", () => {
		const one = { policy: { pace: { phases: [{ at: 0.5, expected: 0.2 }] } } };
		expect(expectedProgress(q3, "2025-07-01", one)).toBe(0.004347826086956522);
		expect(expectedProgress(q3, "2025-08-15", one)).toBe(0.2);
		expect(expectedProgress(q3, "2025-09-07", one)).toBe(0.6);
		expect(expectedProgress(q3, "2025-09-30", one)).toBe(1);
		const ending = {
			policy: {
				pace: {
					phases: [
						{ at: 0.5, expected: 0.2 },
						{ at: 1, expected: 0.9 },
					],
				},
			},
		};
		expect(expectedProgress(q3, "2025-08-15", ending)).toBe(0.2);
		expect(expectedProgress(q3, "2025-09-07", ending)).toBe(0.55);
		expect(expectedProgress(q3, "2025-09-30", ending)).toBe(0.9);
	});
});

describe("the words of pace errors", () => {
	it("forecast and paceStatus say what is missing", () => {
		const milestone = { id: "m", title: "M", kind: "milestone", done: true } as const;
		expect(
			expectCode(() => forecast(milestone, q3, "2025-08-15"), "NOT_A_METRIC", ["kind"]).message,
		).toBe(
			'Key result "m" is of kind "milestone": only a metric key result has a trend to forecast.',
		);
		expect(
			expectCode(
				() => forecast(withCheckIns("2025-07-02"), q3, "2025-08-15"),
				"NOT_ENOUGH_CHECK_INS",
				["checkIns"],
			).message,
		).toBe("A forecast needs check-ins on at least two different dates; found 1.");
		expect(
			expectCode(
				() => paceStatus({ id: "o", title: "O", keyResults: [withCheckIns()] }, "2025-08-15"),
				"NO_CYCLE",
				["cycle"],
			).message,
		).toBe('Objective "o" has no cycle, and options.cycle was not given: pace needs dates.');
	});
});

describe("pace functions: null options, the first day, and what they were given", () => {
	const objective = {
		id: "o",
		title: "Grow",
		type: "committed" as const,
		cycle: q3,
		keyResults: [metric(0, 10, 5)],
	};

	it("read null options as no options", () => {
		expect(expectedProgress(q3, "2025-08-15", null as unknown as undefined)).toBe(0.5);
		expect(paceStatus(objective, "2025-08-15", null as unknown as undefined).expected).toBe(0.5);
		expect(
			checkInCompliance(
				{ ...objective, keyResults: [withCheckIns("2025-07-01")] },
				"2025-07-01",
				null as unknown as undefined,
			).value,
		).toBe(1);
		expectCode(
			() =>
				checkInCompliance(withCheckIns("2025-07-01"), "2025-07-01", null as unknown as undefined),
			"NO_CYCLE",
		);
	});

	it("counts the first day of the cycle as one period", () => {
		expect(checkInCompliance(withCheckIns("2025-07-01"), "2025-07-01", { cycle: q3 })).toEqual({
			value: 1,
			pairs: 1,
			covered: 1,
			keyResults: [{ objectiveId: null, keyResultId: "kr", periods: 1, covered: 1, missed: [] }],
		});
	});

	it("reports a key result's problems at its own paths", () => {
		const bad = { ...metric(0, 0), checkIns: [] } as KeyResult;
		expectIssue(() => checkInCompliance(bad, "2025-07-01", { cycle: q3 }), "START_EQUALS_TARGET", [
			"target",
		]);
	});

	it("reads anything that is not a key result as an objective, and says so", () => {
		for (const [subject, received] of [
			[null, "null"],
			[5, "a number"],
			[undefined, "nothing"],
		] as const) {
			const error = expectIssue(
				() => checkInCompliance(subject as unknown as KeyResult, "2025-07-01", { cycle: q3 }),
				"INVALID_TYPE",
				[],
			);
			expect(error.issues[0]?.message).toBe(
				`Expected an objective (an object), received ${received}.`,
			);
		}
	});
});
