/**
 * Laws of grading (docs/scoring.md, "Grades and outcomes"): the grade and its colour are monotonic
 * in the score, the grade is the exactly rounded clamped score, outcomes follow the grade, and no
 * input yields NaN or a TypeError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type Color,
	grade,
	gradeObjective,
	type Objective,
	OkrError,
	objectiveProgress,
} from "../../src/index.js";
import { anyDouble, decimalString } from "../support/arbitraries.js";
import { metric } from "../support/foundation.js";
import { cmp } from "../support/rational.js";

const colorRank: Record<Color, number> = { red: 0, yellow: 1, green: 2 };
const outcomeRank = { missed: 0, partial: 1, sweetSpot: 2, exceeded: 3 } as const;

const score = fc.oneof(
	anyDouble,
	fc.double({ min: -0.5, max: 1.5, noNaN: true }),
	fc.integer({ min: -200, max: 1200 }).map((n) => n / 1000),
);

describe("grade", () => {
	it("is monotonic in the score, and so is its colour", () => {
		fc.assert(
			fc.property(score, score, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const gLo = grade(lo);
				const gHi = grade(hi);
				expect(gLo.grade).toBeLessThanOrEqual(gHi.grade);
				expect(colorRank[gLo.color]).toBeLessThanOrEqual(colorRank[gHi.color]);
			}),
			{ numRuns: 2000 },
		);
	});

	it("is monotonic in exact decimal scores (strings)", () => {
		fc.assert(
			fc.property(decimalString(10n ** 8n, 8), decimalString(10n ** 8n, 8), (a, b) => {
				const [lo, hi] = cmp(a.value, b.value) <= 0 ? [a, b] : [b, a];
				expect(grade(lo.text).grade).toBeLessThanOrEqual(grade(hi.text).grade);
				expect(colorRank[grade(lo.text).color]).toBeLessThanOrEqual(
					colorRank[grade(hi.text).color],
				);
			}),
			{ numRuns: 2000 },
		);
	});

	it("is a tenth between 0 and 1, and its colour is that of the default bands", () => {
		fc.assert(
			fc.property(score, (s) => {
				const { grade: g, color } = grade(s);
				expect(g).toBeGreaterThanOrEqual(0);
				expect(g).toBeLessThanOrEqual(1);
				expect(Number.isInteger(Math.round(g * 10)) && Math.round(g * 10) / 10 === g).toBe(true);
				expect(color).toBe(g < 0.4 ? "red" : g < 0.7 ? "yellow" : "green");
			}),
			{ numRuns: 2000 },
		);
	});

	it("is idempotent: grading a grade gives it back", () => {
		fc.assert(
			fc.property(score, (s) => {
				const once = grade(s);
				expect(grade(once.grade)).toEqual(once);
			}),
		);
	});

	it("keeps its colour monotonic under any valid band policy", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100 }),
				fc.integer({ min: 0, max: 100 }),
				score,
				score,
				(y, g, a, b) => {
					const [yellow, green] = y <= g ? [y / 100, g / 100] : [g / 100, y / 100];
					const options = { policy: { grading: { bands: { yellow, green } } } };
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					expect(colorRank[grade(lo, options).color]).toBeLessThanOrEqual(
						colorRank[grade(hi, options).color],
					);
				},
			),
		);
	});
});

const objectiveScored = (s: number, type: "aspirational" | "committed"): Objective => ({
	id: "o",
	title: "o",
	type,
	keyResults: [metric(0, 1, s)],
});

describe("gradeObjective", () => {
	it("agrees with objectiveProgress and grade", () => {
		fc.assert(
			fc.property(
				score,
				fc.constantFrom("aspirational" as const, "committed" as const),
				(s, type) => {
					const o = objectiveScored(s, type);
					const result = gradeObjective(o, { policy: { progress: { cap: null, floor: -1e300 } } });
					expect(result.score).toBe(
						objectiveProgress(o, { policy: { progress: { cap: null, floor: -1e300 } } }),
					);
					expect({ grade: result.grade, color: result.color }).toEqual(grade(result.score));
					expect(result.type).toBe(type);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("aspirational outcome and success are monotonic in the score", () => {
		fc.assert(
			fc.property(score, score, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const rLo = gradeObjective(objectiveScored(lo, "aspirational"));
				const rHi = gradeObjective(objectiveScored(hi, "aspirational"));
				expect(outcomeRank[rLo.outcome as keyof typeof outcomeRank]).toBeLessThanOrEqual(
					outcomeRank[rHi.outcome as keyof typeof outcomeRank],
				);
				expect(Number(rLo.success)).toBeLessThanOrEqual(Number(rHi.success));
				expect(rLo.success).toBe(rLo.grade >= 0.6);
			}),
			{ numRuns: 1000 },
		);
	});

	it("a committed objective succeeds exactly when its score is at least 1", () => {
		fc.assert(
			fc.property(score, (s) => {
				const options = { policy: { progress: { cap: null, floor: -1e300 } } };
				const result = gradeObjective(objectiveScored(s, "committed"), options);
				expect(result.success).toBe(result.score >= 1);
				expect(result.outcome).toBe(result.score >= 1 ? "met" : "missed");
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("bad input never yields NaN or a TypeError", () => {
	const anything = fc.anything({
		withNullPrototype: true,
		withBigInt: true,
		withDate: true,
		withMap: true,
		withSet: true,
		withTypedArray: true,
		withSparseArray: true,
		withBoxedValues: true,
	});

	function okOrOkrError(fn: () => unknown): unknown {
		try {
			return fn();
		} catch (error) {
			if (!(error instanceof OkrError)) throw error;
			return undefined;
		}
	}

	it("grade(anything, anything)", () => {
		fc.assert(
			fc.property(anything, fc.oneof(fc.constant(undefined), anything), (s, options) => {
				const result = okOrOkrError(() => grade(s as never, options as never)) as
					| { grade: number; color: Color }
					| undefined;
				if (result !== undefined) {
					expect(Number.isFinite(result.grade)).toBe(true);
					expect(["red", "yellow", "green"]).toContain(result.color);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("grade(anything as the policy)", () => {
		fc.assert(
			fc.property(anything, (p) => {
				okOrOkrError(() => grade(0.5, { policy: p } as never));
				okOrOkrError(() => grade(0.5, { policy: { grading: p } } as never));
				okOrOkrError(() => grade(0.5, { policy: { grading: { bands: p } } } as never));
			}),
			{ numRuns: 1000 },
		);
	});

	it("gradeObjective(anything)", () => {
		fc.assert(
			fc.property(
				fc.oneof(
					anything,
					fc.record(
						{
							id: fc.oneof(fc.string(), anything),
							title: fc.oneof(fc.string(), anything),
							type: fc.oneof(fc.constantFrom("aspirational", "committed"), anything),
							keyResults: fc.oneof(
								fc.array(
									fc.oneof(
										anything,
										fc.record(
											{
												id: fc.string(),
												title: fc.string(),
												kind: fc.constant("metric"),
												start: anything,
												target: anything,
												current: anything,
											},
											{ requiredKeys: [] },
										),
									),
									{ maxLength: 3 },
								),
								anything,
							),
						},
						{ requiredKeys: [] },
					),
				),
				(o) => {
					const result = okOrOkrError(() => gradeObjective(o as never)) as
						| { score: number; grade: number }
						| undefined;
					if (result !== undefined) {
						expect(Number.isFinite(result.score)).toBe(true);
						expect(Number.isFinite(result.grade)).toBe(true);
					}
				},
			),
			{ numRuns: 3000 },
		);
	});
});
