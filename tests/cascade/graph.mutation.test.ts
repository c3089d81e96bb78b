/**
 * Exact expectations on cascade structure that mutation testing (issue 8) showed were missing:
 * loops found from any starting point, rotated to start at the objective listed first, sorted,
 * worded (long loops cut), and the words of the other cascade issues and of incremental updates.
 */
import { describe, expect, it } from "vitest";
import {
	alignmentReport,
	createRollUp,
	explain,
	type Objective,
	validateCascade,
} from "../../src/index.js";
import { expectCode, expectIssue } from "../support/foundation.js";

const o = (id: string, parentId?: string, extra: Record<string, unknown> = {}) =>
	({ id, title: id, ...(parentId === undefined ? {} : { parentId }), ...extra }) as Objective;
const done = (id: string) => ({ id, title: id, kind: "milestone" as const, done: true });
const loop = (path: number, message: string, ids: string[]) => ({
	code: "ALIGNMENT_CYCLE",
	path: [path, "parentId"],
	message,
	ids,
});
const chain = (n: number) => Array.from({ length: n }, (_, i) => o(`l${i}`, `l${(i + 1) % n}`));

describe("alignment loops", () => {
	it("names an objective that is its own parent", () => {
		expect(validateCascade([o("a", "a")])).toEqual([
			loop(0, 'Objective "a" is its own parent.', ["a"]),
		]);
	});

	it("starts a loop at the objective listed first, whichever it was entered from", () => {
		expect(validateCascade([o("t", "b"), o("a", "b"), o("b", "a")])).toEqual([
			loop(1, 'Objectives "a" → "b" → "a" form a loop of 2.', ["a", "b"]),
		]);
	});

	it("lists loops in the order of their first objective", () => {
		expect(validateCascade([o("s", "y"), o("q", "q"), o("r"), o("x", "y"), o("y", "x")])).toEqual([
			loop(1, 'Objective "q" is its own parent.', ["q"]),
			loop(3, 'Objectives "x" → "y" → "x" form a loop of 2.', ["x", "y"]),
		]);
	});

	it("cuts the middle of a loop of more than 8 in its message", () => {
		const eight = chain(8).map((x) => x.id);
		expect(validateCascade(chain(8))[0]?.message).toBe(
			`Objectives ${[...eight, "l0"].map((id) => `"${id}"`).join(" → ")} form a loop of 8.`,
		);
		expect(validateCascade(chain(9))[0]?.message).toBe(
			'Objectives "l0" → "l1" → "l2" → "l3" → … → "l6" → "l7" → "l8" → "l0" form a loop of 9.',
		);
		expect(validateCascade(chain(10))).toEqual([
			loop(
				0,
				'Objectives "l0" → "l1" → "l2" → "l3" → … → "l7" → "l8" → "l9" → "l0" form a loop of 10.',
				chain(10).map((x) => x.id),
			),
		]);
	});
});

describe("the words of other cascade issues", () => {
	it("duplicate key result ids and negative contributions", () => {
		expect(
			validateCascade([
				o("a", undefined, { keyResults: [done("k")] }),
				o("b", undefined, { keyResults: [done("x"), done("k")] }),
			]),
		).toEqual([
			{
				code: "DUPLICATE_ID",
				path: [1, "keyResults", 1, "id"],
				message: 'Key result id "k" is already used at [0].keyResults[0].',
				ids: ["k"],
			},
		]);
		expect(validateCascade([o("a"), o("b", "a", { contribution: "-0.5" })])).toEqual([
			{
				code: "NEGATIVE_CONTRIBUTION",
				path: [1, "contribution"],
				message: 'Objective "b" has contribution -0.5; a contribution must be zero or more.',
				ids: ["b"],
			},
		]);
	});

	it("incremental updates and explanations name what they could not find", () => {
		const scores = createRollUp([o("a", undefined, { keyResults: [done("k")] })]);
		expect(expectCode(() => scores.update(5 as never, {}), "UNKNOWN_KEY_RESULT").message).toBe(
			"No key result has id 5.",
		);
		expect(expectCode(() => scores.update("zz", {}), "UNKNOWN_KEY_RESULT").message).toBe(
			'No key result has id "zz".',
		);
		expect(
			expectIssue(() => scores.update("k", 5 as never), "INVALID_TYPE", ["patch"]).issues[0]
				?.message,
		).toBe("Expected a patch of key result fields (an object), received a number.");
		expect(
			expectIssue(() => scores.update("k", { id: "z" } as never), "IMMUTABLE_ID", ["patch", "id"])
				.issues[0]?.message,
		).toBe('A patch cannot change a key result\'s id ("k").');
		const one = [o("a", undefined, { keyResults: [done("k")] })];
		expect(expectCode(() => explain(one, 5 as never), "UNKNOWN_OBJECTIVE").message).toBe(
			"No objective has id 5.",
		);
		expect(expectCode(() => explain(one, "zz"), "UNKNOWN_OBJECTIVE").message).toBe(
			'No objective has id "zz".',
		);
	});

	it("the scores of a roll-up refuse to change", () => {
		const scores = createRollUp([o("a", undefined, { keyResults: [done("k")] })]).scores as Map<
			string,
			unknown
		>;
		expect(() => scores.set("x", 1)).toThrow(
			"The scores of a roll-up are read-only: set is not allowed.",
		);
		expect(() => scores.delete("a")).toThrow(
			"The scores of a roll-up are read-only: delete is not allowed.",
		);
		expect(() => scores.clear()).toThrow(
			"The scores of a roll-up are read-only: clear is not allowed.",
		);
		expect(scores.size).toBe(1);
	});
});

describe("explain by source", () => {
	const family = [
		o("p", undefined, { keyResults: [done("k")] }),
		o("c", "p", { keyResults: [done("k2")] }),
	];

	it("pools key results and children under both, children alone under children", () => {
		expect(explain(family, "p", { policy: { rollup: { source: "both" } } })).toEqual({
			id: "p",
			score: 1,
			source: "both",
			terms: [
				{ id: "k", kind: "keyResult", progress: 1, weight: 1, share: 0.5, points: 0.5 },
				{ id: "c", kind: "objective", progress: 1, weight: 1, share: 0.5, points: 0.5 },
			],
		});
		expect(explain(family, "p", { policy: { rollup: { source: "children" } } }).terms).toEqual([
			{ id: "c", kind: "objective", progress: 1, weight: 1, share: 1, points: 1 },
		]);
		expect(explain(family, "p").terms).toEqual([
			{ id: "k", kind: "keyResult", progress: 1, weight: 1, share: 1, points: 1 },
		]);
	});
});

describe("loops met out of their order", () => {
	it("lists loops by their first objective, not by the walk that met them", () => {
		// The walk from w0 meets the loop w2 ⇄ w3 before the walk from w1 meets w1's own loop.
		expect(validateCascade([o("w0", "w3"), o("w1", "w1"), o("w2", "w3"), o("w3", "w2")])).toEqual([
			loop(1, 'Objective "w1" is its own parent.', ["w1"]),
			loop(2, 'Objectives "w2" → "w3" → "w2" form a loop of 2.', ["w2", "w3"]),
		]);
	});

	it("keeps an objective's issues in the order they are checked", () => {
		const issues = validateCascade([o("x", "nowhere", { contribution: -1 }), o("x")]).map(
			(issue) => [issue.code, issue.path],
		);
		expect(issues).toEqual([
			["UNKNOWN_PARENT", [0, "parentId"]],
			["NEGATIVE_CONTRIBUTION", [0, "contribution"]],
			["DUPLICATE_ID", [1, "id"]],
		]);
	});
});

describe("who an alignment report counts as connected", () => {
	it("keeps an objective under an orphan unconnected, whichever is listed first", () => {
		expect(alignmentReport([o("a"), o("b", "a")]).connectedShare).toBe(0);
		expect(alignmentReport([o("b", "a"), o("a")]).connectedShare).toBe(0);
		expect(
			alignmentReport([o("root", undefined, { level: "company" }), o("b", "root")]).connectedShare,
		).toBe(1);
		expect(
			alignmentReport([o("b", "root"), o("root", undefined, { level: "company" })]).connectedShare,
		).toBe(1);
	});
});
