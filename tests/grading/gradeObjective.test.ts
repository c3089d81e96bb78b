/**
 * `gradeObjective` (docs/scoring.md, "Grades and outcomes"): the stretch rule for aspirational
 * objectives, 1.0 for committed ones.
 */
import { describe, expect, it } from "vitest";
import {
	type GradeObjectiveOptions,
	grade,
	gradeObjective,
	type Objective,
	objectiveProgress,
} from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated, metric } from "../support/foundation.js";

/** An objective whose score is exactly `score` (one metric key result 0 → 1). */
const scored = (score: number | string, type?: "aspirational" | "committed"): Objective => ({
	id: "o",
	title: "Delight our customers",
	...(type === undefined ? {} : { type }),
	keyResults: [metric(0, 1, score)],
});

const uncapped: GradeObjectiveOptions = { policy: { progress: { cap: null } } };

describe("aspirational (stretch) objectives", () => {
	it.each([
		[0, "missed", false, "red"],
		[0.1, "missed", false, "red"],
		[0.2, "missed", false, "red"],
		[0.3, "missed", false, "red"],
		[0.4, "partial", false, "yellow"],
		[0.5, "partial", false, "yellow"],
		[0.6, "sweetSpot", true, "yellow"],
		[0.7, "sweetSpot", true, "green"],
		[0.8, "exceeded", true, "green"],
		[0.9, "exceeded", true, "green"],
		[1, "exceeded", true, "green"],
	] as const)("score %s → outcome %s, success %s, %s", (score, outcome, success, color) => {
		expect(gradeObjective(scored(score))).toEqual({
			score,
			grade: score,
			color,
			type: "aspirational",
			outcome,
			success,
		});
	});

	it("decides by the rounded grade: 0.35 is partial, 0.55 a sweet spot, 0.75 exceeded", () => {
		expect(gradeObjective(scored("0.349"))).toMatchObject({ grade: 0.3, outcome: "missed" });
		expect(gradeObjective(scored("0.35"))).toMatchObject({ grade: 0.4, outcome: "partial" });
		expect(gradeObjective(scored("0.549"))).toMatchObject({
			grade: 0.5,
			outcome: "partial",
			success: false,
		});
		expect(gradeObjective(scored("0.55"))).toMatchObject({
			grade: 0.6,
			outcome: "sweetSpot",
			success: true,
		});
		expect(gradeObjective(scored(0.749))).toMatchObject({ grade: 0.7, outcome: "sweetSpot" });
		expect(gradeObjective(scored(0.75))).toMatchObject({ grade: 0.8, outcome: "exceeded" });
	});

	it("defaults the type to aspirational", () => {
		expect(gradeObjective(scored(0.65)).type).toBe("aspirational");
		expect(gradeObjective(scored(0.65, "aspirational")).type).toBe("aspirational");
	});

	it("NPS 6 → 8 at 7.3 scores 0.65: grade 0.7, green, a sweet spot", () => {
		expect(
			gradeObjective({
				id: "o",
				title: "Delight customers",
				keyResults: [
					{ id: "nps", title: "NPS 6 → 8", kind: "metric", start: 6, target: 8, current: 7.3 },
				],
			}),
		).toEqual({
			score: 0.65,
			grade: 0.7,
			color: "green",
			type: "aspirational",
			outcome: "sweetSpot",
			success: true,
		});
	});

	it("over-achievement beyond 1 (cap: null) is exceeded with grade 1", () => {
		expect(gradeObjective(scored(1.5), uncapped)).toEqual({
			score: 1.5,
			grade: 1,
			color: "green",
			type: "aspirational",
			outcome: "exceeded",
			success: true,
		});
	});

	it("outcome edges and success are policy data", () => {
		const options: GradeObjectiveOptions = {
			policy: {
				grading: {
					aspirational: {
						partialFrom: 0.3,
						sweetSpotFrom: 0.7,
						sweetSpotTo: 0.8,
						successFrom: 0.7,
					},
				},
			},
		};
		expect(gradeObjective(scored(0.3), options)).toMatchObject({
			outcome: "partial",
			success: false,
		});
		expect(gradeObjective(scored(0.6), options)).toMatchObject({
			outcome: "partial",
			success: false,
		});
		expect(gradeObjective(scored(0.7), options)).toMatchObject({
			outcome: "sweetSpot",
			success: true,
		});
		expect(gradeObjective(scored(0.8), options)).toMatchObject({
			outcome: "sweetSpot",
			success: true,
		});
		expect(gradeObjective(scored(0.9), options)).toMatchObject({
			outcome: "exceeded",
			success: true,
		});
	});

	it("the grade and colour follow the grading policy too", () => {
		const options: GradeObjectiveOptions = {
			policy: { grading: { decimals: 2, bands: { green: 0.6 } } },
		};
		expect(gradeObjective(scored("0.655"), options)).toMatchObject({
			grade: 0.66,
			color: "green",
			outcome: "sweetSpot",
		});
	});
});

describe("a score from elsewhere, and a snapshot of a day", () => {
	it("grades options.score instead of the objective's own: a parent scored from its children", () => {
		const parent = { id: "company", title: "Win the market" };
		expect(gradeObjective(parent, { score: 0.65 })).toEqual({
			score: 0.65,
			grade: 0.7,
			color: "green",
			type: "aspirational",
			outcome: "sweetSpot",
			success: true,
		});
		expect(gradeObjective({ ...parent, type: "committed" }, { score: "1" }).success).toBe(true);
		expectCode(() => gradeObjective(parent), "NO_KEY_RESULTS");
		expectIssue(() => gradeObjective(parent, { score: Number.NaN }), "INVALID_NUMBER", [
			"options",
			"score",
		]);
	});

	it("grades the objective as of options.asOf: a later check-in does not count", () => {
		const o = {
			id: "o",
			title: "Grow",
			keyResults: [
				metric(0, 100, 95, {
					checkIns: [
						{ at: "2025-08-10", value: 40 },
						{ at: "2025-09-28", value: 95 },
					],
				}),
			],
		};
		expect(gradeObjective(o).grade).toBe(1);
		expect(gradeObjective(o, { asOf: "2025-08-15" })).toMatchObject({ score: 0.4, grade: 0.4 });
	});
});

describe("committed objectives", () => {
	it("succeed only at score >= 1, unrounded: 0.96 grades 1.0 but is missed", () => {
		expect(gradeObjective(scored(0.96, "committed"))).toEqual({
			score: 0.96,
			grade: 1,
			color: "green",
			type: "committed",
			outcome: "missed",
			success: false,
		});
	});

	it("are met at exactly 1", () => {
		expect(gradeObjective(scored(1, "committed"))).toEqual({
			score: 1,
			grade: 1,
			color: "green",
			type: "committed",
			outcome: "met",
			success: true,
		});
	});

	it("0.999 and 0.95 are missed; 0.6 (an aspirational sweet spot) is missed", () => {
		for (const score of [0.999, 0.95, 0.6, 0]) {
			expect(gradeObjective(scored(score, "committed"))).toMatchObject({
				outcome: "missed",
				success: false,
			});
		}
	});

	it("are met when over-achieving with a higher cap", () => {
		expect(gradeObjective(scored(1.1, "committed"), uncapped)).toMatchObject({
			score: 1.1,
			grade: 1,
			outcome: "met",
			success: true,
		});
	});

	it("the success edge is policy data (committed.successFrom)", () => {
		const options: GradeObjectiveOptions = {
			policy: { grading: { committed: { successFrom: 0.9 } } },
		};
		expect(gradeObjective(scored(0.9, "committed"), options)).toMatchObject({ outcome: "met" });
		expect(gradeObjective(scored(0.89, "committed"), options)).toMatchObject({
			outcome: "missed",
		});
	});

	it("weighted key results: only every one at target meets the objective", () => {
		const o: Objective = {
			id: "sla",
			title: "Honour every enterprise SLA",
			type: "committed",
			keyResults: [
				{
					id: "up",
					title: "Uptime >= 99.9%",
					kind: "threshold",
					direction: "atLeast",
					threshold: 99.9,
					current: 99.95,
				},
				{
					id: "p1",
					title: "P1 tickets answered in 1 h",
					kind: "milestone",
					done: false,
					weight: 0.5,
				},
			],
		};
		expect(gradeObjective(o)).toEqual({
			score: 2 / 3,
			grade: 0.7,
			color: "green",
			type: "committed",
			outcome: "missed",
			success: false,
		});
	});
});

describe("gradeObjective and the other functions agree", () => {
	it.each(["0", "0.05", "0.349", "0.35", "0.65", "0.96", "1"])(
		"for score %s: score = objectiveProgress, grade and colour = grade(score)",
		(s) => {
			const o = scored(s);
			const result = gradeObjective(o);
			expect(result.score).toBe(objectiveProgress(o));
			expect({ grade: result.grade, color: result.color }).toEqual(grade(result.score));
		},
	);
});

describe("errors", () => {
	it("passes on NO_KEY_RESULTS and ZERO_TOTAL_WEIGHT", () => {
		expectCode(() => gradeObjective({ id: "o", title: "o", keyResults: [] }), "NO_KEY_RESULTS", [
			"keyResults",
		]);
		expectCode(() => gradeObjective({ id: "o", title: "o" }), "NO_KEY_RESULTS", ["keyResults"]);
		expectCode(
			() =>
				gradeObjective({
					id: "o",
					title: "o",
					keyResults: [{ ...metric(0, 1, 1), weight: 0 }],
				}),
			"ZERO_TOTAL_WEIGHT",
			["keyResults"],
		);
	});

	it("rejects an unknown type: INVALID_ENUM at [type]", () => {
		expectIssue(
			() => gradeObjective({ ...scored(0.5), type: "stretch" } as never),
			"INVALID_ENUM",
			["type"],
		);
	});
});

it("does not mutate its input", () => {
	const o: Objective = {
		...scored(0.65, "committed"),
		keyResults: [
			metric(0, 10, undefined, {
				checkIns: [
					{ at: "2025-09-01", value: 6 },
					{ at: "2025-07-01", value: 2 },
				],
			}),
		],
	};
	expect(expectUnmutated(o, (frozen) => gradeObjective(frozen)).score).toBe(0.6);
});
