import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainExact } from "../../src/cascade/explain.js";
import { explain, type Objective, rollUp } from "../../src/index.js";
import { add, cmp, ZERO } from "../../src/numeric/index.js";
import { expectCode, expectIssue, expectUnmutated } from "../support/foundation.js";
import { datedProgramArb, deletedAfter, outcome, q3Day } from "../support/programs.js";
import { at, done, kr, midQuarter, node, objective, seedCompany, twoTeams } from "./fixtures.js";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("explain", () => {
	it("explains the two-team example: team A 0.6 × 1/3 + team B 0.3 × 2/3 = 0.2 + 0.2 = 0.4", () => {
		expect(explain(twoTeams(), "company")).toEqual({
			id: "company",
			score: 0.4,
			source: "children",
			terms: [
				{
					id: "teamA",
					kind: "objective",
					progress: 0.6,
					weight: 1,
					share: 1 / 3,
					points: 0.2,
					closed: false,
				},
				{
					id: "teamB",
					kind: "objective",
					progress: 0.3,
					weight: 2,
					share: 2 / 3,
					points: 0.2,
					closed: false,
				},
			],
		});
	});

	it("explains an objective scored by its key results, one term per key result", () => {
		expect(explain(seedCompany(), "product")).toEqual({
			id: "product",
			score: 0.725,
			source: "keyResults",
			terms: [
				{
					id: "activation",
					kind: "keyResult",
					progress: 0.7,
					weight: 1,
					share: 0.5,
					points: 0.35,
					closed: false,
				},
				{
					id: "completion",
					kind: "keyResult",
					progress: 0.75,
					weight: 1,
					share: 0.5,
					points: 0.375,
					closed: false,
				},
			],
		});
	});

	it('lists key results first, then children, under "both"', () => {
		const why = explain(seedCompany(), "company", { policy: { rollup: { source: "both" } } });
		expect(why.score).toBe(0.665);
		expect(why.source).toBe("both");
		expect(why.terms.map((t) => [t.id, t.kind, t.weight, t.share])).toEqual([
			["nps", "keyResult", 1, 0.2],
			["churn", "keyResult", 1, 0.2],
			["product", "objective", 1, 0.2],
			["support", "objective", 2, 0.4],
		]);
		expect(why.terms.map((t) => t.points)).toEqual([0.1, 0.1, 0.145, 0.32]);
	});

	it('follows the source rule: children only under "children"', () => {
		const why = explain(seedCompany(), "company", { policy: { rollup: { source: "children" } } });
		expect(why.source).toBe("children");
		expect(why.terms.map((t) => t.id)).toEqual(["product", "support"]);
	});

	it("has the score rollUp gives, in every mode and for every objective", () => {
		for (const source of ["keyResults", "children", "both"] as const) {
			const options = { policy: { rollup: { source } } };
			for (const [id, entry] of rollUp(seedCompany(), options)) {
				const why = explain(seedCompany(), id, options);
				expect([why.score, why.source]).toEqual([entry.score, entry.source]);
			}
		}
	});

	it("gives points that sum to the score (within 1e-12 as numbers, exactly before conversion)", () => {
		const objectives: Objective[] = [
			objective("company", { keyResults: [kr("a", 0, 3, 1), kr("b", 0, 7, 3, { weight: "0.3" })] }),
			objective("x", { parentId: "company", contribution: 7, keyResults: [kr("c", 0, 9, 2)] }),
			objective("y", { parentId: "company", contribution: "1.1", keyResults: [kr("d", 0, 11, 5)] }),
		];
		const options = { policy: { rollup: { source: "both" as const } } };
		const why = explain(objectives, "company", options);
		expect(Math.abs(sum(why.terms.map((t) => t.points)) - why.score)).toBeLessThan(1e-12);
		expect(Math.abs(sum(why.terms.map((t) => t.share)) - 1)).toBeLessThan(1e-12);
		const exact = explainExact(objectives, "company", options);
		const points = exact.terms.reduce((total, t) => add(total, t.points), ZERO);
		const shares = exact.terms.reduce((total, t) => add(total, t.share), ZERO);
		expect(cmp(points, exact.score)).toBe(0);
		expect(shares.toString()).toBe("1");
	});

	it("keeps each point within one unit of the 40th digit of weight × progress / Σw", () => {
		// Three thirds: each 1/9 rounded down loses a unit; the units go back so they sum to 1/3.
		const objectives = [
			objective("o", { keyResults: [kr("a", 0, 3, 1), kr("b", 0, 3, 1), kr("c", 0, 3, 1)] }),
		];
		const exact = explainExact(objectives, "o");
		expect(exact.score.toString()).toBe("0.33333333333333333333333333333333333333333");
		const points = exact.terms.map((t) => t.points.toString());
		expect(new Set(points.map((p) => p.slice(0, 40)))).toEqual(
			new Set(["0.11111111111111111111111111111111111111"]),
		);
		expect(
			cmp(
				exact.terms.reduce((total, t) => add(total, t.points), ZERO),
				exact.score,
			),
		).toBe(0);
	});

	it("sums points exactly when progress can be negative (policy floor below 0)", () => {
		const objectives = [
			objective("o", {
				keyResults: [kr("a", 0, 3, -1), kr("b", 0, 3, 1, { weight: 2 }), kr("c", 0, 7, 2)],
			}),
		];
		const options = { policy: { progress: { floor: -1 } } };
		const exact = explainExact(objectives, "o", options);
		expect(
			cmp(
				exact.terms.reduce((total, t) => add(total, t.points), ZERO),
				exact.score,
			),
		).toBe(0);
		const why = explain(objectives, "o", options);
		expect(why.terms[0]?.progress).toBe(-1 / 3);
		expect(Math.abs(sum(why.terms.map((t) => t.points)) - why.score)).toBeLessThan(1e-12);
	});

	it("includes a zero-weight key result with share and points 0", () => {
		const why = explain(
			[objective("o", { keyResults: [at("a", "0.5"), at("b", 1, { weight: 0 })] })],
			"o",
		);
		expect(why.terms[1]).toEqual({
			id: "b",
			kind: "keyResult",
			progress: 1,
			weight: 0,
			share: 0,
			points: 0,
			closed: false,
		});
		expect(why.score).toBe(0.5);
	});

	it("marks a key result scored by its closing grade closed; others, and children, not", () => {
		const objectives = [
			objective("parent"),
			objective("o", {
				parentId: "parent",
				keyResults: [
					at("a", "0.4"),
					at("b", "0.6", { closing: { score: 1, at: "2025-09-30" } }),
					done("c", { closing: { score: "0.5" } }),
				],
			}),
		];
		const why = explain(objectives, "o");
		expect(why.terms.map((t) => [t.id, t.progress, t.closed])).toEqual([
			["a", 0.4, false],
			["b", 1, true],
			["c", 0.5, true],
		]);
		expect(explain(objectives, "parent").terms.map((t) => [t.id, t.closed])).toEqual([
			["o", false],
		]);
		// As of a day before its closing's day, "b" is scored from its data again.
		const before = explain(objectives, "o", { asOf: "2025-09-29" });
		expect(before.terms.map((t) => [t.id, t.progress, t.closed])).toEqual([
			["a", 0.4, false],
			["b", 0.6, false],
			["c", 0.5, true],
		]);
		// A closing's instant is read as a day in the roll-up's zone: 23:30 UTC on 29 September is
		// 30 September in Berlin.
		const late = [
			objective("o", {
				keyResults: [at("b", "0.6", { closing: { score: 1, at: "2025-09-29T23:30:00Z" } })],
			}),
		];
		expect(explain(late, "o", { asOf: "2025-09-29" }).terms[0]?.closed).toBe(true);
		const berlin = { asOf: "2025-09-29", timeZone: "Europe/Berlin" };
		expect(explain(late, "o", berlin).terms[0]?.closed).toBe(false);
	});

	it("scores only the objective and what lies under it", () => {
		const objectives = [...twoTeams(), objective("elsewhere")];
		expect(explain(objectives, "teamA").score).toBe(0.6);
		expectCode(() => rollUp(objectives), "NO_KEY_RESULTS");
	});

	it("explains the top of a chain 100,000 deep", () => {
		const n = 100_000;
		const chain: Objective[] = [];
		for (let i = 0; i < n - 1; i++) {
			chain.push({ id: `o${i}`, title: "Link", ...(i > 0 ? { parentId: `o${i - 1}` } : {}) });
		}
		chain.push({
			id: `o${n - 1}`,
			title: "Leaf",
			parentId: `o${n - 2}`,
			keyResults: [kr("leaf", 0, 8, 5)],
		});
		expect(explain(chain, "o0").terms).toEqual([
			{
				id: "o1",
				kind: "objective",
				progress: 0.625,
				weight: 1,
				share: 1,
				points: 0.625,
				closed: false,
			},
		]);
	});

	describe("errors", () => {
		it("throws UNKNOWN_OBJECTIVE for an id no objective has", () => {
			expectCode(() => explain(twoTeams(), "teamC"), "UNKNOWN_OBJECTIVE", ["id"]);
			expectCode(() => explain(twoTeams(), "activation"), "UNKNOWN_OBJECTIVE");
			expectCode(() => explain(twoTeams(), "__proto__"), "UNKNOWN_OBJECTIVE");
			expectCode(() => explain(twoTeams(), 1 as never), "UNKNOWN_OBJECTIVE");
		});

		it("refuses an unsound cascade first", () => {
			expectIssue(
				() => explain([...twoTeams(), objective("x", { parentId: "x" })], "teamC"),
				"ALIGNMENT_CYCLE",
				[3, "parentId"],
			);
		});

		it("throws NO_KEY_RESULTS and ZERO_TOTAL_WEIGHT as rollUp does", () => {
			expectCode(() => explain([objective("o")], "o"), "NO_KEY_RESULTS", [0, "keyResults"]);
			expectCode(
				() => explain([objective("o", { keyResults: [at("k", 1, { weight: 0 })] })], "o"),
				"ZERO_TOTAL_WEIGHT",
			);
		});
	});

	it("does not mutate its input", () => {
		expectUnmutated(seedCompany(), (input) =>
			explain(input, "company", { policy: { rollup: { source: "both" } } }),
		);
	});

	it("names an objective it could not find", () => {
		const one = [node("a", undefined, { keyResults: [done("k")] })];
		expect(expectCode(() => explain(one, 5 as never), "UNKNOWN_OBJECTIVE").message).toBe(
			"No objective has id 5.",
		);
		expect(expectCode(() => explain(one, "zz"), "UNKNOWN_OBJECTIVE").message).toBe(
			'No objective has id "zz".',
		);
	});

	it("names a missing id, quoting strings and writing anything else as it prints", () => {
		const objectives = twoTeams();
		expect(expectCode(() => explain(objectives, "nope"), "UNKNOWN_OBJECTIVE", ["id"]).message).toBe(
			'No objective has id "nope".',
		);
		const notAString = {} as unknown as string;
		expect(
			expectCode(() => explain(objectives, notAString), "UNKNOWN_OBJECTIVE", ["id"]).message,
		).toBe("No objective has id [object Object].");
	});
});

describe("explain by roll-up source", () => {
	const family = [
		node("p", undefined, { keyResults: [done("k")] }),
		node("c", "p", { keyResults: [done("k2")] }),
	];

	it("pools key results and children under both, children alone under children", () => {
		expect(explain(family, "p", { policy: { rollup: { source: "both" } } })).toEqual({
			id: "p",
			score: 1,
			source: "both",
			terms: [
				{
					id: "k",
					kind: "keyResult",
					progress: 1,
					weight: 1,
					share: 0.5,
					points: 0.5,
					closed: false,
				},
				{
					id: "c",
					kind: "objective",
					progress: 1,
					weight: 1,
					share: 0.5,
					points: 0.5,
					closed: false,
				},
			],
		});
		expect(explain(family, "p", { policy: { rollup: { source: "children" } } }).terms).toEqual([
			{ id: "c", kind: "objective", progress: 1, weight: 1, share: 1, points: 1, closed: false },
		]);
		expect(explain(family, "p").terms).toEqual([
			{ id: "k", kind: "keyResult", progress: 1, weight: 1, share: 1, points: 1, closed: false },
		]);
	});
});

describe("explain as of a day, and partial", () => {
	it("explains the mid-quarter snapshot: 0.4 from the check-in of 2025-08-10", () => {
		const why = explain(midQuarter(), "company", { asOf: "2025-08-15" });
		expect(why).toEqual({
			id: "company",
			score: 0.4,
			source: "children",
			terms: [
				{
					id: "team",
					kind: "objective",
					progress: 0.4,
					weight: 1,
					share: 1,
					points: 0.4,
					closed: false,
				},
			],
		});
		expect(explain(midQuarter(), "team", { asOf: "2025-08-15" }).terms[0]?.progress).toBe(0.4);
	});

	it("leaves unscored children out of the terms, and explains an unscored objective by its issue", () => {
		const objectives = [...twoTeams(), node("draft", "company", { contribution: 7 })];
		expectCode(() => explain(objectives, "company"), "NO_KEY_RESULTS", [3, "keyResults"]);
		const why = explain(objectives, "company", { partial: true });
		expect(why.score).toBe(0.4);
		expect(why.terms.map((term) => term.id)).toEqual(["teamA", "teamB"]);
		expect(explain(objectives, "draft", { partial: true })).toEqual({
			id: "draft",
			score: null,
			source: null,
			terms: [],
			issue: {
				code: "NO_KEY_RESULTS",
				message: 'Objective "draft" has neither key results nor children to score it.',
			},
		});
		// A draft elsewhere in the cascade does not concern an objective's explanation.
		expect(explain(objectives, "teamA").score).toBe(0.6);
	});

	it("explains a parent left with nothing to pool", () => {
		const why = explain([node("p"), node("draft", "p")], "p", { partial: true });
		expect(why.score).toBeNull();
		expect(why.issue?.code).toBe("CHILDREN_NOT_SCORED");
	});

	it("law: as of a day equals the same program with everything dated after the day deleted", () => {
		fc.assert(
			fc.property(
				datedProgramArb(true),
				q3Day,
				fc.boolean(),
				fc.nat(),
				(objectives, day, isPartial, pick) => {
					const id = (objectives[pick % objectives.length] as Objective).id;
					const snapshot = outcome(() =>
						explain(objectives, id, { asOf: day, partial: isPartial }),
					);
					const deleted = deletedAfter(objectives, day);
					expect(snapshot).toEqual(outcome(() => explain(deleted, id, { partial: isPartial })));
				},
			),
			{ numRuns: 300 },
		);
	});

	it("agrees with rollUp, partial or not, as of any day", () => {
		fc.assert(
			fc.property(datedProgramArb(true), q3Day, fc.nat(), (objectives, day, pick) => {
				const id = (objectives[pick % objectives.length] as Objective).id;
				const options = { asOf: day, partial: true } as const;
				const entry = rollUp(objectives, options).get(id);
				const why = explain(objectives, id, options);
				expect(why.score).toBe(entry?.score);
				expect(why.source).toBe(entry?.source);
				expect(why.issue).toEqual(entry?.issue);
			}),
			{ numRuns: 200 },
		);
	});
});
