import { describe, expect, it } from "vitest";
import {
	type CheckIn,
	type CheckInComplianceOptions,
	checkInCompliance,
	type KeyResult,
	type Objective,
	quarter,
} from "../../src/index.js";
import {
	expectCode,
	expectIssue,
	expectUnmutated,
	loose,
	metric,
	objective,
} from "../support/foundation.js";

// Q3 2025 starts on Tuesday 2025-07-01: week 1 is July 1–7, week 2 July 8–14, …; the quarter has
// 92 days, so week 14 is the single day September 30.
const q3 = quarter(2025, 3);

/** A metric key result 0 → 10 with one check-in on each of these dates. */
const checkedIn = (id: string, dates: readonly string[]): KeyResult =>
	metric(0, 10, undefined, {
		id,
		title: id,
		checkIns: dates.map((at, i): CheckIn => ({ at, value: i })),
	});

/** An objective in Q3 with these key results. */
const inQ3 = (keyResults: readonly KeyResult[], fields: Partial<Objective> = {}): Objective =>
	objective(keyResults, { cycle: q3, ...fields });

describe("checkInCompliance", () => {
	it("is the share of (key result, week) pairs with a check-in, the week containing asOf counted", () => {
		const o = inQ3([checkedIn("mrr", ["2025-07-02", "2025-07-09", "2025-07-24"])]);
		expect(checkInCompliance(o, "2025-07-28")).toEqual({
			value: 0.75,
			pairs: 4,
			covered: 3,
			keyResults: [{ objectiveId: "o", keyResultId: "mrr", periods: 4, covered: 3, missed: [3] }],
		});
	});

	it("counts the current week as missed until its check-in comes", () => {
		const o = inQ3([checkedIn("mrr", ["2025-07-02", "2025-07-09"])]);
		expect(checkInCompliance(o, "2025-07-15").value).toBe(2 / 3);
		expect(checkInCompliance(o, "2025-07-14").value).toBe(1);
	});

	it("pools every key result's weeks", () => {
		const o = inQ3([
			checkedIn("a", ["2025-07-01", "2025-07-08", "2025-07-15"]),
			checkedIn("b", ["2025-07-07"]),
		]);
		expect(checkInCompliance(o, "2025-07-21")).toMatchObject({
			value: 4 / 6,
			pairs: 6,
			covered: 4,
		});
	});

	it("counts several check-ins in one week once", () => {
		const o = inQ3([checkedIn("a", ["2025-07-01", "2025-07-02", "2025-07-07"])]);
		expect(checkInCompliance(o, "2025-07-14")).toMatchObject({ value: 0.5, covered: 1 });
	});

	it("leaves out check-ins before the cycle, after the cycle and after asOf", () => {
		const o = inQ3([checkedIn("a", ["2025-06-30", "2025-07-10", "2025-07-20", "2025-10-01"])]);
		expect(checkInCompliance(o, "2025-07-16").keyResults[0]).toMatchObject({
			periods: 3,
			covered: 1,
			missed: [1, 3],
		});
	});

	it("stops at the cycle's end: 14 weeks in Q3, the last one day long", () => {
		const weekly = Array.from({ length: 13 }, (_, i) => {
			const d = new Date(Date.UTC(2025, 6, 1 + 7 * i));
			return d.toISOString().slice(0, 10);
		});
		const o = inQ3([checkedIn("a", weekly)]);
		expect(checkInCompliance(o, "2025-12-31")).toMatchObject({ pairs: 14, covered: 13 });
		expect(checkInCompliance(o, "2025-12-31").keyResults[0]?.missed).toEqual([14]);
		expect(checkInCompliance(o, "2025-09-29")).toMatchObject({ value: 1, pairs: 13 });
	});

	it("has nothing to measure before the cycle starts (value null)", () => {
		const o = inQ3([checkedIn("a", ["2025-07-01"])]);
		expect(checkInCompliance(o, "2025-06-30")).toEqual({
			value: null,
			pairs: 0,
			covered: 0,
			keyResults: [{ objectiveId: "o", keyResultId: "a", periods: 0, covered: 0, missed: [] }],
		});
	});

	it("counts metric, threshold and range key results and leaves milestones and checklists out", () => {
		const o = inQ3([
			loose({
				id: "t",
				title: "t",
				kind: "threshold",
				direction: "atMost",
				threshold: 3,
				checkIns: [{ at: "2025-07-01", value: 1 }],
			}),
			loose({ id: "r", title: "r", kind: "range", low: 1, high: 2, checkIns: [] }),
			loose({
				id: "m",
				title: "m",
				kind: "milestone",
				done: true,
				checkIns: [{ at: "2025-07-01", value: 1 }],
			}),
			loose({ id: "c", title: "c", kind: "checklist", items: [{ title: "i", done: false }] }),
		]);
		const result = checkInCompliance(o, "2025-07-07");
		expect(result.keyResults.map((k) => k.keyResultId)).toEqual(["t", "r"]);
		expect(result.value).toBe(0.5);
		const onlyMilestones = inQ3([loose({ id: "m", title: "m", kind: "milestone", done: true })]);
		expect(checkInCompliance(onlyMilestones, "2025-08-01").value).toBeNull();
	});

	it("takes an array of objectives, each with its own cycle, and skips those with none", () => {
		const objectives: Objective[] = [
			inQ3([checkedIn("a", ["2025-07-01"])]),
			inQ3([checkedIn("b", ["2025-10-01"])], { id: "p", cycle: quarter(2025, 4) }),
			inQ3([checkedIn("c", [])], { id: "q", cycle: undefined }),
		];
		const result = checkInCompliance(objectives, "2025-10-07");
		expect(
			result.keyResults.map((k) => [k.objectiveId, k.keyResultId, k.periods, k.covered]),
		).toEqual([
			["o", "a", 14, 1],
			["p", "b", 1, 1],
		]);
		expect(result.value).toBe(2 / 15);
		expect(checkInCompliance([], "2025-10-07").value).toBeNull();
	});

	it("uses options.cycle for objectives without one", () => {
		const objectives = [inQ3([checkedIn("c", ["2025-07-03"])], { cycle: undefined })];
		expect(checkInCompliance(objectives, "2025-07-07", { cycle: q3 }).value).toBe(1);
		expect(checkInCompliance(objectives[0] as Objective, "2025-07-07", { cycle: q3 }).value).toBe(
			1,
		);
	});

	it("takes a key result alone with options.cycle", () => {
		const kr = checkedIn("solo", ["2025-07-03", "2025-07-17"]);
		expect(checkInCompliance(kr, "2025-07-21", { cycle: q3 })).toEqual({
			value: 2 / 3,
			pairs: 3,
			covered: 2,
			keyResults: [{ objectiveId: null, keyResultId: "solo", periods: 3, covered: 2, missed: [2] }],
		});
		const milestone = loose({ id: "m", title: "m", kind: "milestone", done: false });
		expect(checkInCompliance(milestone, "2025-07-21", { cycle: q3 }).value).toBeNull();
	});

	it("measures bi-weekly check-ins with periodDays: 14", () => {
		const o = inQ3([checkedIn("a", ["2025-07-01", "2025-07-20"])]);
		const options: CheckInComplianceOptions = { periodDays: 14 };
		expect(checkInCompliance(o, "2025-07-28", options)).toMatchObject({ value: 1, pairs: 2 });
		expect(checkInCompliance(o, "2025-07-29", options)).toMatchObject({ value: 2 / 3, pairs: 3 });
	});

	it("reads Dates as their UTC calendar dates", () => {
		const kr = loose({
			id: "k",
			title: "k",
			kind: "metric",
			start: 0,
			target: 1,
			checkIns: [{ at: new Date("2025-07-07T23:59:59Z"), value: 0 }],
		});
		expect(
			checkInCompliance(kr, new Date("2025-07-08T00:00:00Z"), { cycle: q3 }).keyResults[0]?.missed,
		).toEqual([2]);
	});
});

describe("checkInCompliance at the edges of the cycle and of asOf", () => {
	const withCheckIns = (...dates: string[]) => checkedIn("kr", dates);

	it("has nothing to measure before the cycle starts", () => {
		expect(checkInCompliance(withCheckIns("2025-07-02"), "2025-06-01", { cycle: q3 })).toEqual({
			value: null,
			pairs: 0,
			covered: 0,
			keyResults: [{ objectiveId: null, keyResultId: "kr", periods: 0, covered: 0, missed: [] }],
		});
	});

	it("counts the first day of the cycle as one period", () => {
		expect(checkInCompliance(withCheckIns("2025-07-01"), "2025-07-01", { cycle: q3 })).toEqual({
			value: 1,
			pairs: 1,
			covered: 1,
			keyResults: [{ objectiveId: null, keyResultId: "kr", periods: 1, covered: 1, missed: [] }],
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

	it("reads null options as no options", () => {
		expect(
			checkInCompliance(inQ3([withCheckIns("2025-07-01")]), "2025-07-01", null as never).value,
		).toBe(1);
		expectCode(
			() => checkInCompliance(withCheckIns("2025-07-01"), "2025-07-01", null as never),
			"NO_CYCLE",
		);
	});
});

describe("checkInCompliance errors", () => {
	it("throws NO_CYCLE for an objective or key result with no cycle to use", () => {
		expectCode(
			() => checkInCompliance(inQ3([checkedIn("a", [])], { cycle: undefined }), "2025-07-07"),
			"NO_CYCLE",
			["cycle"],
		);
		expectCode(() => checkInCompliance(checkedIn("a", []), "2025-07-07"), "NO_CYCLE", ["cycle"]);
	});

	it("refuses malformed input with the issue at its path", () => {
		expectIssue(() => checkInCompliance(inQ3([]), "someday"), "INVALID_DATE", ["asOf"]);
		expectIssue(
			() => checkInCompliance([inQ3([]), inQ3([checkedIn("a", ["2025-13-01"])])], "2025-07-07"),
			"INVALID_DATE",
			[1, "keyResults", 0, "checkIns", 0, "at"],
		);
		expectIssue(
			() =>
				checkInCompliance(checkedIn("a", []), "2025-07-07", {
					cycle: { start: "2025-07-02", end: "2025-07-01" },
				}),
			"END_BEFORE_START",
			["options", "cycle", "end"],
		);
		expectIssue(
			() => checkInCompliance(inQ3([]), "2025-07-07", { periodDays: 0 }),
			"OUT_OF_RANGE",
			["options", "periodDays"],
		);
		expectIssue(
			() => checkInCompliance(inQ3([]), "2025-07-07", { periodDays: 7.5 }),
			"INVALID_NUMBER",
			["options", "periodDays"],
		);
		expectIssue(
			() => checkInCompliance(null as unknown as Objective, "2025-07-07"),
			"INVALID_TYPE",
			[],
		);
		expectIssue(
			() => checkInCompliance(inQ3([]), "2025-07-07", "weekly" as CheckInComplianceOptions),
			"INVALID_TYPE",
			["options"],
		);
	});
});

describe("checkInCompliance: the words of its errors", () => {
	it("says why it cannot measure", () => {
		expect(
			expectCode(() => checkInCompliance(checkedIn("kr", []), "2025-07-08"), "NO_CYCLE", ["cycle"])
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
				() => checkInCompliance(checkedIn("kr", []), "2025-07-08", { cycle: q3, periodDays: 0 }),
				"OUT_OF_RANGE",
				["options", "periodDays"],
			).issues[0]?.message,
		).toBe("Expected a period in days from 1 to 9007199254740991, received 0.");
	});

	it("reports a key result's problems at its own paths", () => {
		const bad = loose({ id: "kr", title: "kr", kind: "metric", start: 0, target: 0, checkIns: [] });
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

describe("checkInCompliance does not mutate its input", () => {
	it("leaves deep-frozen objectives and options as they were", () => {
		const input = {
			objectives: [
				inQ3([checkedIn("b", ["2025-07-20", "2025-07-01"])]),
				inQ3([checkedIn("c", ["2025-07-09"])], { id: "p", cycle: undefined }),
			],
			options: { cycle: { start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30" } },
		};
		const result = expectUnmutated(input, (i) =>
			checkInCompliance(i.objectives, "2025-07-21", i.options),
		);
		expect(result).toMatchObject({ pairs: 6, covered: 3 });
	});
});
