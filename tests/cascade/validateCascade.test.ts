import { describe, expect, it } from "vitest";
import { type Objective, OkrValidationError, rollUp, validateCascade } from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated } from "../support/foundation.js";
import { at, done, kr, node, objective, seedCompany, twoTeams } from "./fixtures.js";

const codes = (objectives: readonly Objective[]) =>
	validateCascade(objectives).map((issue) => [issue.code, issue.path, issue.ids]);

describe("validateCascade", () => {
	it("returns no issues for a sound cascade (company → teams → people)", () => {
		expect(validateCascade(seedCompany())).toEqual([]);
		expect(validateCascade(twoTeams())).toEqual([]);
	});

	it("returns no issues for no objectives", () => {
		expect(validateCascade([])).toEqual([]);
	});

	it("reports a duplicated objective id at the later objective, with the id", () => {
		const issues = validateCascade([
			objective("team"),
			objective("other"),
			objective("team", { parentId: "other" }),
		]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ code: "DUPLICATE_ID", path: [2, "id"], ids: ["team"] });
		expect(issues[0]?.message).toContain("index 0");
	});

	it("reports every later use of a duplicated objective id", () => {
		expect(codes([objective("x"), objective("x"), objective("x")])).toEqual([
			["DUPLICATE_ID", [1, "id"], ["x"]],
			["DUPLICATE_ID", [2, "id"], ["x"]],
		]);
	});

	it("reports key result ids used twice across all the objectives", () => {
		expect(
			codes([
				objective("company", { keyResults: [at("nps", 0.5)] }),
				objective("team", { parentId: "company", keyResults: [at("churn", 0.1), at("nps", 0.2)] }),
			]),
		).toEqual([["DUPLICATE_ID", [1, "keyResults", 1, "id"], ["nps"]]]);
	});

	it("reports a key result id used twice in one objective", () => {
		expect(codes([objective("o", { keyResults: [at("k", 0.1), at("k", 0.2)] })])).toEqual([
			["DUPLICATE_ID", [0, "keyResults", 1, "id"], ["k"]],
		]);
	});

	it("lets a key result share an id with an objective (separate kinds of thing)", () => {
		expect(validateCascade([objective("growth", { keyResults: [at("growth", 0.5)] })])).toEqual([]);
	});

	it("reports a parent that is not among the objectives given", () => {
		const issues = validateCascade([
			objective("company"),
			objective("team", { parentId: "cmpany" }),
		]);
		expect(issues).toEqual([
			{
				code: "UNKNOWN_PARENT",
				path: [1, "parentId"],
				message: expect.stringContaining('"cmpany"'),
				ids: ["team"],
			},
		]);
	});

	it("treats a null parentId as no parent", () => {
		expect(validateCascade([objective("company", { parentId: null })])).toEqual([]);
	});

	it("reports a negative contribution, read exactly (numbers and decimal strings)", () => {
		expect(
			codes([
				objective("company"),
				objective("a", { parentId: "company", contribution: -1 }),
				objective("b", { parentId: "company", contribution: "-0.0000000000000000000001" }),
			]),
		).toEqual([
			["NEGATIVE_CONTRIBUTION", [1, "contribution"], ["a"]],
			["NEGATIVE_CONTRIBUTION", [2, "contribution"], ["b"]],
		]);
	});

	it('accepts a zero contribution, and -0 and "-0" as zero', () => {
		expect(
			validateCascade([
				objective("company"),
				objective("a", { parentId: "company", contribution: 0 }),
				objective("b", { parentId: "company", contribution: -0 }),
				objective("c", { parentId: "company", contribution: "-0" }),
			]),
		).toEqual([]);
	});

	it("reports a loop of three once, with its three ids in parent order", () => {
		const issues = validateCascade([
			objective("a", { parentId: "c" }),
			objective("b", { parentId: "a" }),
			objective("c", { parentId: "b" }),
		]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			code: "ALIGNMENT_CYCLE",
			path: [0, "parentId"],
			ids: ["a", "c", "b"],
		});
	});

	it("starts a loop's ids at its member listed first, whatever the order", () => {
		expect(
			codes([
				objective("x"),
				objective("c", { parentId: "b" }),
				objective("a", { parentId: "c" }),
				objective("b", { parentId: "a" }),
			]),
		).toEqual([["ALIGNMENT_CYCLE", [1, "parentId"], ["c", "b", "a"]]]);
	});

	it("reports an objective that is its own parent as a loop of one", () => {
		expect(codes([objective("self", { parentId: "self" })])).toEqual([
			["ALIGNMENT_CYCLE", [0, "parentId"], ["self"]],
		]);
	});

	it("reports each of several loops once, and not the objectives that merely lead into one", () => {
		expect(
			codes([
				objective("tail", { parentId: "a" }),
				objective("a", { parentId: "b" }),
				objective("b", { parentId: "a" }),
				objective("c", { parentId: "d" }),
				objective("d", { parentId: "c" }),
				objective("tail2", { parentId: "tail" }),
			]),
		).toEqual([
			["ALIGNMENT_CYCLE", [1, "parentId"], ["a", "b"]],
			["ALIGNMENT_CYCLE", [3, "parentId"], ["c", "d"]],
		]);
	});

	it("lists the issues in the order of the objectives concerned", () => {
		expect(
			codes([
				objective("loop", { parentId: "loop" }),
				objective("a", { parentId: "nowhere", contribution: -2 }),
				objective("a", { keyResults: [at("k", 0.1)] }),
				objective("b", { keyResults: [at("k", 0.1)] }),
			]),
		).toEqual([
			["ALIGNMENT_CYCLE", [0, "parentId"], ["loop"]],
			["UNKNOWN_PARENT", [1, "parentId"], ["a"]],
			["NEGATIVE_CONTRIBUTION", [1, "contribution"], ["a"]],
			["DUPLICATE_ID", [2, "id"], ["a"]],
			["DUPLICATE_ID", [3, "keyResults", 0, "id"], ["k"]],
		]);
	});

	it("handles hostile ids (__proto__, constructor, toString) as plain strings", () => {
		expect(
			validateCascade([
				objective("__proto__", { keyResults: [at("constructor", 0.5)] }),
				objective("constructor", { parentId: "__proto__", keyResults: [at("toString", 0.5)] }),
				objective("toString", { parentId: "constructor", keyResults: [at("__proto__", 0.5)] }),
			]),
		).toEqual([]);
		expect(codes([objective("__proto__", { parentId: "hasOwnProperty" })])).toEqual([
			["UNKNOWN_PARENT", [0, "parentId"], ["__proto__"]],
		]);
	});

	it("finds a loop at the end of a chain 100,000 long without overflowing the stack", () => {
		const n = 100_000;
		const chain = Array.from({ length: n }, (_, i) =>
			objective(`o${i}`, { parentId: `o${(i + 1) % n}` }),
		);
		const issues = validateCascade(chain);
		expect(issues).toHaveLength(1);
		expect(issues[0]?.ids).toHaveLength(n);
	});

	it("throws the reader's validation error for a malformed objective", () => {
		expectIssue(() => validateCascade([objective("a"), { id: "b" } as Objective]), "REQUIRED", [
			1,
			"title",
		]);
		expectIssue(
			() => validateCascade([objective("a", { contribution: "much" as never })]),
			"INVALID_NUMBER",
			[0, "contribution"],
		);
		expectIssue(() => validateCascade([objective("a", { parentId: 7 as never })]), "INVALID_TYPE", [
			0,
			"parentId",
		]);
		expectIssue(
			() => validateCascade([objective("a", { keyResults: [kr("k", 5, 5, 5)] })]),
			"START_EQUALS_TARGET",
			[0, "keyResults", 0, "target"],
		);
	});

	it("throws INVALID_TYPE for something that is not an array", () => {
		expectIssue(() => validateCascade({} as never), "INVALID_TYPE", []);
		expectIssue(() => validateCascade([null as never]), "INVALID_TYPE", [0]);
	});

	it("gives rollUp's refusal the same issues", () => {
		const objectives = [
			objective("a", { parentId: "b", keyResults: [at("k", 0.5)] }),
			objective("b", { parentId: "a" }),
		];
		const issues = validateCascade(objectives);
		try {
			rollUp(objectives);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(OkrValidationError);
			expect((error as OkrValidationError).issues).toEqual(issues);
		}
	});

	it("does not mutate its input", () => {
		expectUnmutated(
			[
				objective("a", { parentId: "a", keyResults: [at("k", 0.5)] }),
				objective("a", { contribution: -1 }),
			],
			(input) => validateCascade(input),
		);
	});

	it("words duplicate key result ids and negative contributions", () => {
		expect(
			validateCascade([
				node("a", undefined, { keyResults: [done("k")] }),
				node("b", undefined, { keyResults: [done("x"), done("k")] }),
			]),
		).toEqual([
			{
				code: "DUPLICATE_ID",
				path: [1, "keyResults", 1, "id"],
				message: 'Key result id "k" is already used at [0].keyResults[0].',
				ids: ["k"],
			},
		]);
		expect(validateCascade([node("a"), node("b", "a", { contribution: "-0.5" })])).toEqual([
			{
				code: "NEGATIVE_CONTRIBUTION",
				path: [1, "contribution"],
				message: 'Objective "b" has contribution -0.5; a contribution must be zero or more.',
				ids: ["b"],
			},
		]);
	});

	it("says what it expected when the objectives are not an array", () => {
		const error = expectCode(
			() => validateCascade("objectives" as unknown as Objective[]),
			"INVALID_INPUT",
			[],
		);
		expect(error.message).toContain(
			"Expected an array of objectives (an array), received a string.",
		);
	});
});

describe("validateCascade: alignment loops and the order of issues", () => {
	const loop = (path: number, message: string, ids: string[]) => ({
		code: "ALIGNMENT_CYCLE",
		path: [path, "parentId"],
		message,
		ids,
	});
	const chain = (n: number) =>
		Array.from({ length: n }, (_, i) => node(`l${i}`, `l${(i + 1) % n}`));

	it("names an objective that is its own parent", () => {
		expect(validateCascade([node("a", "a")])).toEqual([
			loop(0, 'Objective "a" is its own parent.', ["a"]),
		]);
	});

	it("starts a loop at the objective listed first, whichever it was entered from", () => {
		expect(validateCascade([node("t", "b"), node("a", "b"), node("b", "a")])).toEqual([
			loop(1, 'Objectives "a" → "b" → "a" form a loop of 2.', ["a", "b"]),
		]);
	});

	it("lists loops in the order of their first objective", () => {
		expect(
			validateCascade([node("s", "y"), node("q", "q"), node("r"), node("x", "y"), node("y", "x")]),
		).toEqual([
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

	it("lists loops by their first objective, not by the walk that met them", () => {
		// The walk from w0 meets the loop w2 ⇄ w3 before the walk from w1 meets w1's own loop.
		expect(
			validateCascade([node("w0", "w3"), node("w1", "w1"), node("w2", "w3"), node("w3", "w2")]),
		).toEqual([
			loop(1, 'Objective "w1" is its own parent.', ["w1"]),
			loop(2, 'Objectives "w2" → "w3" → "w2" form a loop of 2.', ["w2", "w3"]),
		]);
	});

	it("keeps an objective's issues in the order they are checked", () => {
		const issues = validateCascade([node("x", "nowhere", { contribution: -1 }), node("x")]).map(
			(issue) => [issue.code, issue.path],
		);
		expect(issues).toEqual([
			["UNKNOWN_PARENT", [0, "parentId"]],
			["NEGATIVE_CONTRIBUTION", [0, "contribution"]],
			["DUPLICATE_ID", [1, "id"]],
		]);
	});
});
