/**
 * Fuzz: progress and grading under hostile key results, objectives, scores, dates and
 * policies. See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type CycleSummaryRow,
	cycleSummary,
	grade,
	gradeObjective,
	type KeyResult,
	keyResultProgress,
	type Objective,
	objectiveProgress,
	progressAt,
} from "../../src/index.js";
import { expectOneOf, expectWithin, fuzz } from "./harness.js";
import {
	dateField,
	keyResultArb,
	listOf,
	numberField,
	objectiveArb,
	objectivesArb,
	optionsArb,
} from "./hostile.js";
import { expectGrade, expectProgress, progressRange } from "./ranges.js";

const options = optionsArb();

describe("fuzz: progress", () => {
	it("keyResultProgress: a number within [floor, cap], or an OkrError", () => {
		const stats = fuzz({
			name: "keyResultProgress",
			args: fc.tuple(keyResultArb, options),
			call: (kr, o) => keyResultProgress(kr as KeyResult, o as never),
			check: (p: number, [, o]) => expectProgress(p, o),
			numRuns: 1500,
		});
		// The generators reach the arithmetic, not only the first check.
		expect(stats.returned).toBeGreaterThan(stats.runs / 5);
	});

	it("objectiveProgress: a number within [floor, cap], or an OkrError", () => {
		const stats = fuzz({
			name: "objectiveProgress",
			args: fc.tuple(objectiveArb, options),
			call: (o, opts) => objectiveProgress(o as Objective, opts as never),
			check: (p: number, [, o]) => expectProgress(p, o),
			numRuns: 800,
		});
		expect(stats.returned).toBeGreaterThan(stats.runs / 20);
	});

	it("objectiveProgress of key results only: reaches the weighted mean often", () => {
		const stats = fuzz({
			name: "objectiveProgress (key results only)",
			args: fc.tuple(listOf(keyResultArb, 5), options),
			call: (krs, o) =>
				objectiveProgress({ id: "o", title: "O", keyResults: krs } as Objective, o as never),
			check: (p: number, [, o]) => expectProgress(p, o),
			numRuns: 700,
		});
		// Five hostile key results (closings, confidences, instants) and hostile options (time
		// zones) must all pass for a number: one run in twenty still reaches the mean.
		expect(stats.returned).toBeGreaterThan(stats.runs / 20);
	});

	it("progressAt: a number within [floor, cap], or an OkrError", () => {
		fuzz({
			name: "progressAt",
			args: fc.tuple(keyResultArb, dateField, options),
			call: (kr, date, o) => progressAt(kr as KeyResult, date as string, o as never),
			check: (p: number, [, , o]) => expectProgress(p, o),
			numRuns: 800,
		});
	});
});

describe("fuzz: grading", () => {
	it("grade: { grade in [0, 1] at the policy's decimals, color }, or an OkrError", () => {
		const stats = fuzz({
			name: "grade",
			args: fc.tuple(numberField, options),
			call: (score, o) => grade(score as number, o as never),
			check: (g: { grade: number; color: string }, [, o]) => {
				expect(Object.keys(g).sort()).toEqual(["color", "grade"]);
				expectGrade(g, o);
			},
			numRuns: 1500,
		});
		expect(stats.returned).toBeGreaterThan(stats.runs / 3);
	});

	it("gradeObjective: score in range, grade, colour, type, outcome, success; or an OkrError", () => {
		fuzz({
			name: "gradeObjective",
			args: fc.tuple(objectiveArb, options),
			call: (o, opts) => gradeObjective(o as Objective, opts as never),
			check: (
				g: {
					score: number;
					grade: number;
					color: string;
					type: string;
					outcome: string;
					success: boolean;
				},
				[, o],
			) => {
				expectProgress(g.score, o);
				expectGrade(g, o);
				expectOneOf(g.type, ["aspirational", "committed"]);
				expectOneOf(
					g.outcome,
					g.type === "committed"
						? ["met", "missed"]
						: ["missed", "partial", "sweetSpot", "exceeded"],
				);
				expect(typeof g.success).toBe("boolean");
				if (g.type === "committed") expect(g.success).toBe(g.outcome === "met");
				// The grade is the grade of the score.
				expect(grade(g.score, o as never)).toEqual({ grade: g.grade, color: g.color });
				const [low] = progressRange(o);
				expectWithin(g.score, low, Number.POSITIVE_INFINITY);
			},
			numRuns: 700,
		});
	});

	it("cycleSummary: counts, a mean score in range and shares in [0, 1]; or an OkrError", () => {
		fuzz({
			name: "cycleSummary",
			args: fc.tuple(objectivesArb, optionsArb({ asOf: dateField })),
			call: (list, opts) => cycleSummary(list as Objective[], opts as never),
			check: (rows: CycleSummaryRow[], [, o]) => {
				let previous = "";
				for (const row of rows) {
					expect(Number.isInteger(row.objectives) && row.objectives >= 1).toBe(true);
					const key = `${row.cycle.start}:${row.cycle.end}`;
					expect(key > previous).toBe(true);
					previous = key;
					if (row.meanScore !== null) expectProgress(row.meanScore, o);
					for (const x of [row.successRate, row.sweetSpotShare, row.perfectShare]) {
						expect(x === null).toBe(row.meanScore === null);
						if (x !== null) expectWithin(x, 0, 1);
					}
				}
			},
			numRuns: 500,
		});
	});
});
