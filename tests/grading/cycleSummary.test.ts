import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type Cycle,
	cycleSummary,
	gradeObjective,
	type Objective,
	objectiveProgress,
	quarter,
} from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated, metric } from "../support/foundation.js";

/** A metric key result from 0 to 10 at `current`. */
const at = (id: string, current: number | string, extra: Record<string, unknown> = {}) =>
	metric(0, 10, current, { id, ...extra });

const objective = (
	id: string,
	cycle: Cycle | undefined,
	currents: readonly (number | string)[],
	fields: Record<string, unknown> = {},
): Objective =>
	({
		id,
		title: `Objective ${id}`,
		...(cycle === undefined ? {} : { cycle }),
		keyResults: currents.map((c, k) => at(`${id}.${k}`, c)),
		...fields,
	}) as Objective;

const q2 = quarter(2025, 2);
const q3 = quarter(2025, 3);

describe("cycleSummary", () => {
	it("summarises two quarters side by side, in order of start (hand-computed)", () => {
		const objectives = [
			// Q3: 0.65 (grade 0.7, sweet spot), 0.3 (missed), 0.96 closed (grade 1.0).
			objective("p1", q3, [6.5]),
			objective("p2", q3, [3]),
			objective("p3", q3, [2], {
				keyResults: [at("p3.0", 2, { closing: { score: 0.96, at: "2025-09-30" } })],
			}),
			// Q2: 0.7 sweet spot; 1.0 exceeded; committed 0.9 missed; committed 1 met; one unscored.
			objective("o1", q2, [7]),
			objective("o2", { ...q2, label: "Spring" }, [10, 10]),
			objective("o3", q2, [9], { type: "committed" }),
			objective("o4", q2, [10], { type: "committed" }),
			objective("o5", q2, []),
			// No cycle: left out.
			objective("x", undefined, [5]),
		];
		expect(cycleSummary(objectives)).toEqual([
			{
				cycle: { start: "2025-04-01", end: "2025-06-30", label: "2025-Q2" },
				objectives: 5,
				meanScore: 0.9, // (0.7 + 1 + 0.9 + 1) / 4
				successRate: 0.75, // o1, o2, o4
				sweetSpotShare: 0.25, // o1
				perfectShare: 0.5, // o2, o4
			},
			{
				cycle: { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
				objectives: 3,
				meanScore: 0.6366666666666667, // (0.65 + 0.3 + 0.96) / 3 = 0.63666…, exactly (1.91 / 3 in floats is one ulp below)
				successRate: 2 / 3, // p1, p3
				sweetSpotShare: 1 / 3, // p1
				perfectShare: 1 / 3, // p3
			},
		]);
	});

	it("scores as of options.asOf: a closing dated later does not count yet", () => {
		const objectives = [
			objective("p", q3, [2], {
				keyResults: [at("k", 2, { closing: { score: 1, at: "2025-09-30" } })],
			}),
		];
		expect(cycleSummary(objectives)[0]).toMatchObject({ meanScore: 1, perfectShare: 1 });
		expect(cycleSummary(objectives, { asOf: "2025-09-29" })[0]).toMatchObject({
			meanScore: 0.2,
			perfectShare: 0,
			successRate: 0,
		});
	});

	it("applies the policy: a cap lets scores above 1 into the mean, grades stay at most 1.0", () => {
		const rows = cycleSummary([objective("a", q3, [12]), objective("b", q3, [10])], {
			policy: { progress: { cap: 1.2 } },
		});
		expect(rows[0]).toMatchObject({ meanScore: 1.1, perfectShare: 1, successRate: 1 });
	});

	it("counts a cycle whose objectives cannot be scored, with null figures", () => {
		expect(cycleSummary([objective("a", q3, []), objective("b", q3, [])])).toEqual([
			{
				cycle: { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
				objectives: 2,
				meanScore: null,
				successRate: null,
				sweetSpotShare: null,
				perfectShare: null,
			},
		]);
	});

	it("names a cycle by its first objective: days as strings, its label only when it has one", () => {
		const bare = { start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30" };
		const rows = cycleSummary([objective("a", bare, [5]), objective("b", q3, [5])]);
		expect(rows.map((r) => r.cycle)).toStrictEqual([{ start: "2025-07-01", end: "2025-09-30" }]);
		expect(rows[0]?.objectives).toBe(2);
	});

	it("orders cycles starting the same day by their end, the shorter first", () => {
		const july = { start: "2025-07-01", end: "2025-07-31", label: "July" };
		const rows = cycleSummary([
			objective("q", q3, [5]),
			objective("m", july, [5]),
			objective("e", q2, [5]),
		]);
		expect(rows.map((r) => r.cycle.label)).toEqual(["2025-Q2", "July", "2025-Q3"]);
	});

	it("gives no rows for no objectives, or none with a cycle", () => {
		expect(cycleSummary([])).toEqual([]);
		expect(cycleSummary([objective("x", undefined, [5])])).toEqual([]);
	});

	it("does not change its input", () => {
		const objectives = [objective("a", q3, [5]), objective("b", q2, [7])];
		expectUnmutated(objectives, (o) => cycleSummary(o));
	});

	describe("errors", () => {
		it("reports bad input at its path", () => {
			expect(
				expectIssue(() => cycleSummary({} as never), "INVALID_TYPE", []).issues[0]?.message,
			).toBe("Expected an array of objectives (an array), received an object.");
			expectIssue(
				() => cycleSummary([objective("a", q3, [5]), objective("b", q3, ["x"])]),
				"INVALID_NUMBER",
				[1, "keyResults", 0, "current"],
			);
			expectIssue(() => cycleSummary([], { asOf: "soon" }), "INVALID_DATE", ["options", "asOf"]);
			expectIssue(
				() => cycleSummary([], { policy: { progress: { cap: "x" } } } as never),
				"INVALID_NUMBER",
				["options", "policy", "progress", "cap"],
			);
		});

		it("throws ZERO_TOTAL_WEIGHT for key results whose weights sum to 0", () => {
			const zero = objective("z", q3, [5], { keyResults: [at("k", 5, { weight: 0 })] });
			expectCode(() => cycleSummary([zero]), "ZERO_TOTAL_WEIGHT");
		});
	});

	describe("laws", () => {
		const cycles = [q2, q3, { start: "2025-07-01", end: "2025-07-31" }, quarter(2024, 4)];
		const objectivesArb = fc
			.array(
				fc.record({
					cycle: fc.option(fc.constantFrom(...cycles), { nil: undefined }),
					currents: fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 3 }),
					committed: fc.boolean(),
				}),
				{ maxLength: 12 },
			)
			.map((list) =>
				list.map(({ cycle, currents, committed }, i) =>
					objective(`o${i}`, cycle, currents, { type: committed ? "committed" : "aspirational" }),
				),
			);

		it("counts every objective with a cycle once, shares in [0, 1], rows in order of start", () => {
			fc.assert(
				fc.property(objectivesArb, (objectives) => {
					const rows = cycleSummary(objectives);
					const withCycle = objectives.filter((o) => o.cycle !== undefined).length;
					expect(rows.reduce((n, r) => n + r.objectives, 0)).toBe(withCycle);
					for (const r of rows) {
						for (const x of [r.successRate, r.sweetSpotShare, r.perfectShare]) {
							if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
						}
					}
					const starts = rows.map((r) => `${r.cycle.start}:${r.cycle.end}`);
					expect(starts).toEqual([...starts].sort());
					expect(new Set(starts).size).toBe(rows.length);
				}),
				{ numRuns: 400 },
			);
		});

		it("agrees with gradeObjective and objectiveProgress, objective by objective", () => {
			fc.assert(
				fc.property(objectivesArb, (objectives) => {
					for (const row of cycleSummary(objectives)) {
						const mine = objectives.filter(
							(o) => o.cycle?.start === row.cycle.start && o.cycle?.end === row.cycle.end,
						);
						expect(row.objectives).toBe(mine.length);
						const scored = mine.filter((o) => (o.keyResults ?? []).length > 0);
						if (scored.length === 0) {
							expect(row.meanScore).toBeNull();
							continue;
						}
						const grades = scored.map((o) => gradeObjective(o));
						const n = scored.length;
						expect(row.successRate).toBe(grades.filter((g) => g.success).length / n);
						expect(row.sweetSpotShare).toBe(
							grades.filter((g) => g.outcome === "sweetSpot").length / n,
						);
						expect(row.perfectShare).toBe(grades.filter((g) => g.grade === 1).length / n);
						// Every score here is a whole number of tenths: the mean of the numbers is close.
						const mean = scored.reduce((sum, o) => sum + objectiveProgress(o), 0) / n;
						expect(row.meanScore).toBeCloseTo(mean, 12);
					}
				}),
				{ numRuns: 300 },
			);
		});
	});
});
