import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	grade,
	type Objective,
	type OkrError,
	OkrValidationError,
	type RollUpScore,
	rollUp,
	validateCascade,
} from "../../src/index.js";
import {
	expectCode,
	expectIssue,
	expectIssues,
	expectUnmutated,
	thrown,
} from "../support/foundation.js";
import { datedProgramArb, deletedAfter, outcome, q3Day } from "../support/programs.js";
import { at, done, kr, midQuarter, node, objective, seedCompany, twoTeams } from "./fixtures.js";

const scoresOf = (scores: Map<string, RollUpScore>) =>
	Object.fromEntries([...scores].map(([id, s]) => [id, s.score]));
const sourcesOf = (scores: Map<string, RollUpScore>) =>
	Object.fromEntries([...scores].map(([id, s]) => [id, s.source]));
const withSource = (source: "keyResults" | "children" | "both") => ({
	policy: { rollup: { source } },
});

describe("rollUp", () => {
	it("scores the two-team example: company ← team A 0.6 (contribution 1), team B 0.3 (contribution 2) → 0.4", () => {
		const scores = rollUp(twoTeams());
		expect(scores.get("teamA")).toEqual({
			score: 0.6,
			grade: 0.6,
			color: "yellow",
			source: "keyResults",
		});
		expect(scores.get("teamB")).toEqual({
			score: 0.3,
			grade: 0.3,
			color: "red",
			source: "keyResults",
		});
		expect(scores.get("company")).toEqual({
			score: 0.4,
			grade: 0.4,
			color: "yellow",
			source: "children",
		});
	});

	it("returns a new Map with an entry for every objective, in input order", () => {
		const scores = rollUp(seedCompany());
		expect(scores).toBeInstanceOf(Map);
		expect([...scores.keys()]).toEqual(["company", "product", "support", "ana", "ben"]);
		expect(rollUp(seedCompany())).not.toBe(scores);
	});

	it("returns an empty Map for no objectives", () => {
		expect(rollUp([])).toEqual(new Map());
	});

	describe('source "keyResults" (default)', () => {
		it("scores an objective with key results by them alone, whatever its children score", () => {
			const scores = rollUp(seedCompany());
			expect(scoresOf(scores)).toEqual({
				company: 0.5,
				product: 0.725,
				support: 0.8,
				ana: 0.5,
				ben: 0.9,
			});
			expect(sourcesOf(scores)).toEqual({
				company: "keyResults",
				product: "keyResults",
				support: "children",
				ana: "keyResults",
				ben: "keyResults",
			});
		});

		it("gives an objective without key results the contribution-weighted mean of its children", () => {
			// support = (1 × 0.5 + 3 × 0.9) / 4
			expect(rollUp(seedCompany()).get("support")?.score).toBe(0.8);
		});

		it("is the default of defaultPolicy and the same as asking for it", () => {
			expect(rollUp(seedCompany(), withSource("keyResults"))).toEqual(rollUp(seedCompany()));
		});
	});

	describe('source "children"', () => {
		it("scores an objective with children by their weighted mean alone, a leaf by its key results", () => {
			const scores = rollUp(seedCompany(), withSource("children"));
			// company = (1 × 0.725 + 2 × 0.8) / 3, its own key results (0.5) ignored
			expect(scoresOf(scores)).toEqual({
				company: 0.775,
				product: 0.725,
				support: 0.8,
				ana: 0.5,
				ben: 0.9,
			});
			expect(sourcesOf(scores)).toEqual({
				company: "children",
				product: "keyResults",
				support: "children",
				ana: "keyResults",
				ben: "keyResults",
			});
		});
	});

	describe('source "both"', () => {
		it("pools children (weighted by contribution) with key results: (Σ wᵢpᵢ + Σ cⱼsⱼ) / (Σ wᵢ + Σ cⱼ)", () => {
			const scores = rollUp(seedCompany(), withSource("both"));
			// company = (0.5 + 0.5 + 1 × 0.725 + 2 × 0.8) / (1 + 1 + 1 + 2)
			expect(scores.get("company")).toEqual({
				score: 0.665,
				grade: 0.7,
				color: "green",
				source: "both",
			});
		});

		it("says truthfully which items made each score: a leaf is keyResults, a parent without key results children", () => {
			expect(sourcesOf(rollUp(seedCompany(), withSource("both")))).toEqual({
				company: "both",
				product: "keyResults",
				support: "children",
				ana: "keyResults",
				ben: "keyResults",
			});
		});

		it("weights key results by weight and children by contribution", () => {
			const scores = rollUp(
				[
					objective("company", {
						keyResults: [at("a", 1, { weight: 3 }), at("b", 0, { weight: 1 })],
					}),
					objective("team", { parentId: "company", contribution: 4, keyResults: [at("c", "0.5")] }),
				],
				withSource("both"),
			);
			// (3 × 1 + 1 × 0 + 4 × 0.5) / (3 + 1 + 4) = 5 / 8
			expect(scores.get("company")?.score).toBe(0.625);
		});
	});

	it("grades every score as grade() grades the number returned", () => {
		for (const source of ["keyResults", "children", "both"] as const) {
			for (const entry of rollUp(seedCompany(), withSource(source)).values()) {
				expect({ grade: entry.grade, color: entry.color }).toEqual(grade(entry.score));
			}
		}
	});

	it("grades with the policy's bands and decimals", () => {
		const policy = { grading: { decimals: 2, bands: { yellow: 0.3, green: 0.6 } } };
		expect(rollUp(seedCompany(), { policy }).get("product")).toEqual({
			score: 0.725,
			grade: 0.73,
			color: "green",
			source: "keyResults",
		});
	});

	it("uses the children's exact scores, not their numbers", () => {
		const scores = rollUp([
			objective("company"),
			objective("a", { parentId: "company", keyResults: [kr("x", 0, 10, 1)] }),
			objective("b", { parentId: "company", keyResults: [kr("y", 0, 10, 2)] }),
		]);
		const a = scores.get("a")?.score as number;
		const b = scores.get("b")?.score as number;
		expect([a, b]).toEqual([0.1, 0.2]);
		expect((a + b) / 2).toBe(0.15000000000000002); // what a float roll-up would say
		expect(scores.get("company")?.score).toBe(0.15);
	});

	it("carries thirds exactly: 1/3 and 2/3 average to 0.5", () => {
		const scores = rollUp([
			objective("company"),
			objective("a", { parentId: "company", keyResults: [kr("x", 0, 3, 1)] }),
			objective("b", { parentId: "company", keyResults: [kr("y", 0, 3, 2)] }),
		]);
		expect(scores.get("company")?.score).toBe(0.5);
	});

	it("reads decimal strings exactly all the way up", () => {
		const scores = rollUp([
			objective("company"),
			objective("a", {
				parentId: "company",
				contribution: "0.1",
				keyResults: [kr("x", "0.1", "0.3", "0.2")],
			}),
			objective("b", {
				parentId: "company",
				contribution: "0.2",
				keyResults: [kr("y", "0.1", "0.4", "0.2")],
			}),
		]);
		// (0.1 × 0.5 + 0.2 × 1/3) / 0.3 = 7/18
		expect(scores.get("company")?.score).toBe(7 / 18);
	});

	it("clamps key result progress by the policy before rolling up", () => {
		const objectives = [
			objective("company"),
			objective("a", { parentId: "company", keyResults: [kr("x", 0, 100, 150)] }),
			objective("b", { parentId: "company", keyResults: [kr("y", 0, 100, 50)] }),
		];
		expect(rollUp(objectives).get("company")?.score).toBe(0.75);
		const capped = rollUp(objectives, { policy: { progress: { cap: 1.2 } } });
		expect(capped.get("a")?.score).toBe(1.2);
		expect(capped.get("company")).toEqual({
			score: 0.85,
			grade: 0.9,
			color: "green",
			source: "children",
		});
	});

	it("rolls up through several levels (company ← team ← people)", () => {
		const scores = rollUp([
			objective("company", { level: "company" }),
			objective("team", { parentId: "company", level: "team" }),
			objective("ana", { parentId: "team", keyResults: [at("a", "0.2")] }),
			objective("ben", { parentId: "team", keyResults: [at("b", "0.6")] }),
		]);
		expect(scores.get("team")?.score).toBe(0.4);
		expect(scores.get("company")?.score).toBe(0.4);
	});

	it("does not depend on the order of the objectives", () => {
		const objectives = seedCompany();
		const reversed = [...objectives].reverse();
		for (const source of ["keyResults", "children", "both"] as const) {
			const a = rollUp(objectives, withSource(source));
			const b = rollUp(reversed, withSource(source));
			expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
		}
	});

	it("rolls a chain 100,000 deep up without overflowing the stack", () => {
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
		const scores = rollUp(chain);
		expect(scores.size).toBe(n);
		expect(scores.get("o0")).toEqual({
			score: 0.625,
			grade: 0.6,
			color: "yellow",
			source: "children",
		});
	});

	it("accepts hostile ids (__proto__, constructor, toString)", () => {
		const scores = rollUp([
			objective("__proto__"),
			objective("constructor", { parentId: "__proto__", keyResults: [at("toString", "0.3")] }),
			objective("toString", { parentId: "__proto__", keyResults: [at("__proto__", "0.5")] }),
		]);
		expect(scores.get("__proto__")?.score).toBe(0.4);
		expect(({} as Record<string, unknown>)["score"]).toBeUndefined();
	});

	describe("errors", () => {
		it("throws NO_KEY_RESULTS for an objective with neither key results nor children", () => {
			expectCode(
				() => rollUp([objective("company"), objective("team", { parentId: "company" })]),
				"NO_KEY_RESULTS",
				[1, "keyResults"],
			);
			expectCode(() => rollUp([objective("alone", { keyResults: [] })]), "NO_KEY_RESULTS", [
				0,
				"keyResults",
			]);
		});

		it("throws NO_KEY_RESULTS in every source mode", () => {
			for (const source of ["keyResults", "children", "both"] as const) {
				expectCode(() => rollUp([objective("alone")], withSource(source)), "NO_KEY_RESULTS");
			}
		});

		it("throws ZERO_TOTAL_WEIGHT when key result weights sum to 0", () => {
			expectCode(
				() => rollUp([objective("o", { keyResults: [at("k", 1, { weight: 0 })] })]),
				"ZERO_TOTAL_WEIGHT",
				[0, "keyResults"],
			);
		});

		it("throws ZERO_TOTAL_WEIGHT when the children's contributions sum to 0", () => {
			expectCode(
				() =>
					rollUp([
						objective("company"),
						objective("a", { parentId: "company", contribution: 0, keyResults: [at("x", 1)] }),
					]),
				"ZERO_TOTAL_WEIGHT",
				[0],
			);
		});

		it('throws ZERO_TOTAL_WEIGHT under "both" only when key results and children all weigh 0', () => {
			const objectives = [
				objective("company", { keyResults: [at("k", 1, { weight: 0 })] }),
				objective("a", { parentId: "company", contribution: 0, keyResults: [at("x", 1)] }),
			];
			expectCode(() => rollUp(objectives, withSource("both")), "ZERO_TOTAL_WEIGHT", [0]);
			const one = [
				objectives[0] as Objective,
				{ ...(objectives[1] as Objective), contribution: 1 },
			];
			expect(rollUp(one, withSource("both")).get("company")?.score).toBe(1);
		});

		it("ignores a zero-weight child when others weigh something", () => {
			const scores = rollUp([
				objective("company"),
				objective("a", { parentId: "company", contribution: 0, keyResults: [at("x", 1)] }),
				objective("b", { parentId: "company", keyResults: [at("y", "0.25")] }),
			]);
			expect(scores.get("company")?.score).toBe(0.25);
		});

		it("throws a key result's own ZERO_TOTAL_WEIGHT (a checklist whose items weigh 0)", () => {
			const checklist = {
				id: "launch",
				title: "Launch checklist",
				kind: "checklist",
				items: [{ title: "Ship", done: true, weight: 0 }],
			} as const;
			expectCode(() => rollUp([objective("o", { keyResults: [checklist] })]), "ZERO_TOTAL_WEIGHT", [
				0,
				"keyResults",
				0,
				"items",
			]);
			// The structure is checked first: a loop is reported before the checklist.
			expectIssue(
				() => rollUp([objective("o", { parentId: "o", keyResults: [checklist] })]),
				"ALIGNMENT_CYCLE",
				[0, "parentId"],
			);
		});

		it("refuses an unsound cascade with validateCascade's issues, never a number", () => {
			const cases: Objective[][] = [
				[
					objective("a", { keyResults: [at("k", 1)] }),
					objective("a", { keyResults: [at("j", 1)] }),
				],
				[
					objective("a", { keyResults: [at("k", 1)] }),
					objective("b", { keyResults: [at("k", 1)] }),
				],
				[objective("a", { parentId: "zz", keyResults: [at("k", 1)] })],
				[objective("a", { parentId: "a", keyResults: [at("k", 1)] })],
				[
					objective("a"),
					objective("b", { parentId: "a", contribution: -1, keyResults: [at("k", 1)] }),
				],
			];
			const expected = [
				"DUPLICATE_ID",
				"DUPLICATE_ID",
				"UNKNOWN_PARENT",
				"ALIGNMENT_CYCLE",
				"NEGATIVE_CONTRIBUTION",
			];
			cases.forEach((objectives, k) => {
				const issues = validateCascade(objectives);
				const error = expectIssues(
					() => rollUp(objectives),
					issues.map(({ code, path }) => ({ code, path })),
				);
				expect(error.issues[0]?.code).toBe(expected[k]);
				expect(error.issues).toEqual(issues);
			});
		});

		it("refuses an unsound cascade before scoring anything (no NO_KEY_RESULTS first)", () => {
			const error = expectIssue(
				() => rollUp([objective("a", { parentId: "b" }), objective("b", { parentId: "a" })]),
				"ALIGNMENT_CYCLE",
				[0, "parentId"],
			);
			expect(error).toBeInstanceOf(OkrValidationError);
		});

		it("throws the reader's validation error for a malformed objective or key result", () => {
			expectIssue(
				() => rollUp([objective("a", { keyResults: [kr("k", 0, 10, "ten")] })]),
				"INVALID_NUMBER",
				[0, "keyResults", 0, "current"],
			);
			expectIssue(() => rollUp("objectives" as never), "INVALID_TYPE", []);
		});

		it("checks the policy", () => {
			expectIssue(
				() => rollUp(twoTeams(), { policy: { rollup: { source: "parents" as never } } }),
				"INVALID_ENUM",
				["options", "policy", "rollup", "source"],
			);
			expectIssue(() => rollUp(twoTeams(), 3 as never), "INVALID_TYPE", ["options"]);
		});
	});

	it("does not mutate its input", () => {
		for (const source of ["keyResults", "children", "both"] as const) {
			expectUnmutated(seedCompany(), (input) => rollUp(input, withSource(source)));
		}
	});

	it("does not mutate its options", () => {
		const options = { policy: { rollup: { source: "both" as const, rootLevels: ["company"] } } };
		expectUnmutated(options, (input) => rollUp(seedCompany(), input));
	});

	it("words NO_KEY_RESULTS and ZERO_TOTAL_WEIGHT with the objective and what its score would come from", () => {
		expect(expectCode(() => rollUp([node("a")]), "NO_KEY_RESULTS", [0, "keyResults"]).message).toBe(
			'Objective "a" has neither key results nor children to score it.',
		);
		expect(
			expectCode(
				() => rollUp([node("a", undefined, { keyResults: [done("k", { weight: 0 })] })]),
				"ZERO_TOTAL_WEIGHT",
				[0, "keyResults"],
			).message,
		).toBe('The weights of the key results of objective "a" sum to 0: its score is undefined.');
		const children = { policy: { rollup: { source: "children" as const } } };
		expect(
			expectCode(
				() =>
					rollUp(
						[node("p"), node("c", "p", { contribution: 0, keyResults: [done("k")] })],
						children,
					),
				"ZERO_TOTAL_WEIGHT",
				[0],
			).message,
		).toBe(
			'The weights of the children (their contributions) of objective "p" sum to 0: its score is undefined.',
		);
		const both = { policy: { rollup: { source: "both" as const } } };
		expect(
			expectCode(
				() =>
					rollUp(
						[
							node("p", undefined, { keyResults: [done("k0", { weight: 0 })] }),
							node("c", "p", { contribution: 0, keyResults: [done("k")] }),
						],
						both,
					),
				"ZERO_TOTAL_WEIGHT",
				[0],
			).message,
		).toBe(
			'The weights of the key results and children of objective "p" sum to 0: its score is undefined.',
		);
	});
});

const partial = { partial: true } as const;

describe("rollUp as of a day (a snapshot)", () => {
	it("reads a key result with check-ins from those on or before the day alone: 0.4 on 2025-08-15", () => {
		const scores = rollUp(midQuarter(), { asOf: "2025-08-15" });
		expect(scores.get("team")).toEqual({
			score: 0.4,
			grade: 0.4,
			color: "yellow",
			source: "keyResults",
		});
		expect(scores.get("company")?.score).toBe(0.4);
		// Without a day, `current` (60) is the value; before the first check-in, as if no value.
		expect(rollUp(midQuarter()).get("company")?.score).toBe(0.6);
		expect(rollUp(midQuarter(), { asOf: "2025-07-14" }).get("company")?.score).toBe(0);
		expect(rollUp(midQuarter(), { asOf: "2025-09-28" }).get("company")?.score).toBe(0.95);
	});

	it("reads a key result without check-ins from current, and done after the day as not done yet", () => {
		const objectives = [
			node("o", undefined, {
				keyResults: [
					at("plain", "0.5"),
					done("late", { doneAt: "2025-09-01" }),
					done("undated"),
					{
						id: "list",
						title: "List",
						kind: "checklist",
						items: [
							{ title: "a", done: true, doneAt: "2025-07-01" },
							{ title: "b", done: true, doneAt: "2025-10-01" },
						],
					},
				],
			}),
		];
		// (0.5 + 0 + 1 + 0.5) / 4
		expect(rollUp(objectives, { asOf: "2025-08-15" }).get("o")?.score).toBe(0.5);
		expect(rollUp(objectives).get("o")?.score).toBe(0.875);
	});

	it("refuses a day that is not one, at options.asOf", () => {
		expectIssue(() => rollUp(midQuarter(), { asOf: "2025-02-30" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
	});

	it("law: as of a day equals the same program with everything dated after the day deleted", () => {
		fc.assert(
			fc.property(datedProgramArb(true), q3Day, fc.boolean(), (objectives, day, isPartial) => {
				const snapshot = outcome(() => rollUp(objectives, { asOf: day, partial: isPartial }));
				const deleted = deletedAfter(objectives, day);
				expect(snapshot).toEqual(outcome(() => rollUp(deleted, { partial: isPartial })));
				expect(snapshot).toEqual(outcome(() => rollUp(deleted, { asOf: day, partial: isPartial })));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("rollUp with partial: true", () => {
	const withDraft = (): Objective[] => [
		...seedCompany().slice(0, 3),
		node("draft", "company", { title: "Expand to Europe" }),
		...seedCompany().slice(3),
	];

	it("leaves a draft (no key results, no children) unscored and scores every other objective as without it", () => {
		expectCode(() => rollUp(withDraft()), "NO_KEY_RESULTS", [3, "keyResults"]);
		const scores = rollUp(withDraft(), partial);
		expect(scores.get("draft")).toEqual({
			score: null,
			grade: null,
			color: null,
			source: null,
			issue: {
				code: "NO_KEY_RESULTS",
				message: 'Objective "draft" has neither key results nor children to score it.',
			},
		});
		const without = rollUp(seedCompany());
		for (const [id, entry] of without) expect(scores.get(id)).toEqual(entry);
		expect([...scores.keys()]).toEqual(["company", "product", "support", "draft", "ana", "ben"]);
		expect(Object.isFrozen(scores.get("draft"))).toBe(true);
		expect(Object.isFrozen(scores.get("draft")?.issue)).toBe(true);
	});

	it("leaves an unscored child out of its parent's pool, as if it were not there", () => {
		const objectives = [
			node("company"),
			node("a", "company", { keyResults: [at("ka", "0.6")] }),
			node("draft", "company", { contribution: 5 }),
		];
		for (const source of ["keyResults", "children", "both"] as const) {
			const scores = rollUp(objectives, { ...withSource(source), partial: true });
			expect(scores.get("company")).toEqual({
				score: 0.6,
				grade: 0.6,
				color: "yellow",
				source: "children",
			});
		}
	});

	it("leaves a parent with nothing left to pool unscored in turn, up the chain", () => {
		const objectives = [node("company"), node("team", "company"), node("draft", "team")];
		const scores = rollUp(objectives, partial);
		expect(scores.get("draft")?.issue?.code).toBe("NO_KEY_RESULTS");
		expect(scores.get("team")).toEqual({
			score: null,
			grade: null,
			color: null,
			source: null,
			issue: {
				code: "CHILDREN_NOT_SCORED",
				message: 'Objective "team" is not scored: none of its children could be scored.',
			},
		});
		expect(scores.get("company")?.issue?.code).toBe("CHILDREN_NOT_SCORED");
	});

	it("says so when what could be scored of its children weighs 0", () => {
		const objectives = [
			node("p"),
			node("zero", "p", { contribution: 0, keyResults: [at("k", 1)] }),
			node("draft", "p"),
		];
		expectCode(() => rollUp(objectives), "NO_KEY_RESULTS", [2, "keyResults"]);
		const scores = rollUp(objectives, partial);
		expect(scores.get("zero")?.score).toBe(1);
		expect(scores.get("p")?.issue).toEqual({
			code: "CHILDREN_NOT_SCORED",
			message:
				'Objective "p" is not scored: what could be scored of its children (their contributions) weighs 0.',
		});
	});

	it("scores a parent whose children are all unscored by its own key results, as a leaf", () => {
		const objectives = [node("p", undefined, { keyResults: [at("k", "0.3")] }), node("draft", "p")];
		for (const source of ["children", "both"] as const) {
			expect(rollUp(objectives, { ...withSource(source), partial: true }).get("p")).toEqual({
				score: 0.3,
				grade: 0.3,
				color: "red",
				source: "keyResults",
			});
		}
	});

	it("leaves an objective unscored for ZERO_TOTAL_WEIGHT of its own, its scored children still listed", () => {
		const objectives = [
			node("p"),
			node("c", "p", { contribution: 0, keyResults: [at("k", "0.5")] }),
			node("list", undefined, {
				keyResults: [
					{
						id: "cl",
						title: "cl",
						kind: "checklist",
						items: [{ title: "a", done: true, weight: 0 }],
					},
				],
			}),
		];
		const scores = rollUp(objectives, partial);
		expect(scores.get("p")?.issue).toEqual({
			code: "ZERO_TOTAL_WEIGHT",
			message:
				'The weights of the children (their contributions) of objective "p" sum to 0: its score is undefined.',
		});
		expect(scores.get("c")?.score).toBe(0.5);
		expect(scores.get("list")?.issue?.code).toBe("ZERO_TOTAL_WEIGHT");
	});

	it("still refuses an unsound cascade, malformed key results and a partial that is not a boolean", () => {
		expectIssue(() => rollUp([node("a", "missing"), node("draft")], partial), "UNKNOWN_PARENT", [
			0,
			"parentId",
		]);
		expectIssue(
			() => rollUp([node("o", undefined, { keyResults: [kr("flat", 5, 5, 5)] })], partial),
			"START_EQUALS_TARGET",
			[0, "keyResults", 0, "target"],
		);
		expectIssue(() => rollUp(twoTeams(), { partial: "yes" } as never), "INVALID_TYPE", [
			"options",
			"partial",
		]);
	});

	it("is the plain roll-up when nothing fails, and partial: false is the default", () => {
		fc.assert(
			fc.property(datedProgramArb(), fc.constantFrom(...sources), (objectives, source) => {
				const plain = outcome(() => rollUp(objectives, withSource(source)));
				expect(
					outcome(() => rollUp(objectives, { ...withSource(source), partial: false })),
				).toEqual(plain);
				if ("value" in plain) {
					expect(rollUp(objectives, { ...withSource(source), partial: true })).toEqual(plain.value);
				}
			}),
			{ numRuns: 150 },
		);
	});
});

const sources = ["keyResults", "children", "both"] as const;

/** A cascade where some objectives cannot be scored on their own, in shuffled order. */
const failingCascadeArb = fc
	.integer({ min: 1, max: 8 })
	.chain((n) =>
		fc.tuple(
			fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
			fc.array(fc.constantFrom("keyResults", "none", "zero"), { minLength: n, maxLength: n }),
			fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
		),
	)
	.map(([parents, kinds, contributions]) =>
		parents.map((p, i) => {
			const keyResults =
				kinds[i] === "none" ? [] : [at(`k${i}`, "0.5", { weight: kinds[i] === "zero" ? 0 : 1 })];
			return node(`o${i}`, p === -1 ? undefined : `o${p}`, {
				contribution: contributions[i],
				keyResults,
			});
		}),
	)
	.chain((objectives) => fc.shuffledSubarray(objectives, { minLength: objectives.length }));

/** The own failure of each objective under the default source, computed plainly. */
function ownFailureOf(objectives: readonly Objective[], i: number): string | null {
	const o = objectives[i] as Objective;
	const keyResults = o.keyResults ?? [];
	const children = objectives.filter((c) => c.parentId === o.id);
	if (keyResults.length > 0) {
		return keyResults.every((k) => k.weight === 0) ? "ZERO_TOTAL_WEIGHT" : null;
	}
	if (children.length === 0) return "NO_KEY_RESULTS";
	return children.every((c) => c.contribution === 0) ? "ZERO_TOTAL_WEIGHT" : null;
}

describe("rollUp when several objectives cannot be scored", () => {
	it("throws the error of the first of them in input order, whatever the tree's shape", () => {
		fc.assert(
			fc.property(failingCascadeArb, (objectives) => {
				const first = objectives.findIndex((_, i) => ownFailureOf(objectives, i) !== null);
				const result = outcome(() => rollUp(objectives));
				if (first === -1) {
					expect(result).toHaveProperty("value");
					return;
				}
				const error = thrown(() => rollUp(objectives)) as OkrError;
				expect(error.code).toBe(ownFailureOf(objectives, first));
				expect(error.path[0]).toBe(first);
				// The partial roll-up gives that objective the same issue.
				const entry = rollUp(objectives, partial).get(`${objectives[first]?.id}`);
				expect(entry?.issue).toEqual({ code: error.code, message: error.message });
			}),
			{ numRuns: 400 },
		);
	});

	it("throws the first in input order even when a later one sits deeper in the tree", () => {
		// "top" is a draft root listed first; "deep" is a draft under a chain, listed last.
		const objectives = [node("top"), node("root"), node("mid", "root"), node("deep", "mid")];
		expectCode(() => rollUp(objectives), "NO_KEY_RESULTS", [0, "keyResults"]);
		expectCode(() => rollUp([...objectives].reverse()), "NO_KEY_RESULTS", [0, "keyResults"]);
	});
});
