import { describe, expect, it } from "vitest";
import { rulesOf } from "../../src/cascade/core.js";
import { findId, idTable, insertId } from "../../src/cascade/idTable.js";
import { exactRollUp, fastRollUp } from "../../src/cascade/rollUp.js";
import {
	type KeyResult,
	type Objective,
	type OkrError,
	objectiveProgress,
	rollUp,
} from "../../src/index.js";
import { QUOTIENT_DIGITS, toNumber } from "../../src/numeric/index.js";
import { divideInto, setNumber, wideArray } from "../../src/numeric/wide.js";
import { policyNumbers, policyOf } from "../../src/policy/resolve.js";
import { fastObjectiveProgress, widePolicyOf } from "../../src/progress/fast.js";
import { objectiveScore } from "../../src/progress/objectiveProgress.js";
import { readObjective } from "../../src/read/objective.js";

// The fast paths give up (null / NaN) on whatever they do not cover, and the exact path then
// computes or reports exactly as before. These tests pin each way of giving up.

const metric = (id: string, fields: Partial<Record<string, unknown>> = {}): KeyResult =>
	({ id, title: id, kind: "metric", start: 0, target: 10, current: 5, ...fields }) as KeyResult;

const objective = (id: string, fields: Partial<Record<string, unknown>> = {}): Objective =>
	({ id, title: id, keyResults: [metric(`${id}-kr`)], ...fields }) as Objective;

type Options = { policy?: Record<string, unknown> } | undefined;

const fastPolicy = (options?: Options) => widePolicyOf(policyNumbers(policyOf(options)));

/** What a call returned or threw. */
function outcome(run: () => unknown): unknown {
	try {
		return { value: run() };
	} catch (error) {
		const e = error as OkrError & { issues?: unknown };
		return { code: e.code, issues: e.issues, path: e.path };
	}
}

/** rollUp gives the exact path's result (or error); whether the fast path took it is returned. */
function rollUpAgrees(objectives: unknown, options?: Options): boolean {
	const rules = rulesOf(options);
	expect(outcome(() => rollUp(objectives as Objective[], options as never))).toEqual(
		outcome(() => exactRollUp(objectives, rules)),
	);
	return fastRollUp(objectives, rules) !== null;
}

function objectiveAgrees(o: unknown, options?: Options): boolean {
	const exact = outcome(() =>
		toNumber(objectiveScore(readObjective(o, []), policyNumbers(policyOf(options)))),
	);
	expect(outcome(() => objectiveProgress(o as Objective, options as never))).toEqual(exact);
	return !Number.isNaN(fastObjectiveProgress(o, policyNumbers(policyOf(options))));
}

describe("rollUp's fast path", () => {
	it("takes plain cascades, with every optional field of an objective", () => {
		const company = objective("company", {
			keyResults: undefined,
			type: "committed",
			level: "company",
			owner: "ceo",
			kpiIds: ["nps"],
			cycle: { start: "2025-01-01", end: "2025-03-31", label: "Q1" },
			parentId: null,
		});
		const team = objective("team", { parentId: "company", contribution: "1.5" });
		const other = objective("other", { parentId: "company", contribution: Math.PI });
		expect(rollUpAgrees([company, team, other])).toBe(true);
		expect(rollUpAgrees([company, team, other], { policy: { rollup: { source: "both" } } })).toBe(
			true,
		);
	});

	it("gives up on input the readers refuse, which the exact path reports", () => {
		const cases: unknown[] = [
			"not an array",
			[null],
			[[]],
			[objective("o", { title: 3 })],
			[objective("o", { type: "stretch" })],
			[objective("o", { owner: 1 })],
			[objective("o", { level: 1 })],
			[objective("o", { parentId: "" })],
			[objective("o", { contribution: Number.NaN })],
			[objective("o", { contribution: "x" })],
			[objective("o", { kpiIds: "nps" })],
			[objective("o", { kpiIds: ["nps", ""] })],
			// biome-ignore lint/suspicious/noSparseArray: a hole in kpiIds is reported at its index
			[objective("o", { kpiIds: [, "nps"] })],
			[objective("o", { cycle: { start: "2025-02-01", end: "2025-01-01" } })],
			[objective("o", { cycle: "2025-Q1" })],
			[objective("o", { keyResults: "none" })],
			[objective("o", { keyResults: [metric("k", { start: 5, target: 5 })] })],
			[objective("o", { keyResults: [metric("k", { weight: -1 })] })],
			[objective("o", { keyResults: [null] })],
		];
		for (const objectives of cases) expect(rollUpAgrees(objectives)).toBe(false);
	});

	it("gives up on unsound cascades and scoring failures, which the exact path reports", () => {
		const cases: unknown[] = [
			[objective("a"), objective("a")],
			[objective("a"), objective("b", { keyResults: [metric("a-kr")] })],
			[objective("a", { parentId: "nobody" })],
			[objective("a", { parentId: "b" }), objective("b", { parentId: "a" })],
			[objective("a"), objective("b", { parentId: "a", contribution: -1 })],
			[objective("a"), objective("b", { parentId: "a", contribution: "-0.5" })],
			[objective("a", { keyResults: [] })],
			[objective("a", { keyResults: [metric("k", { weight: 0 })] })],
			[objective("a", { keyResults: [] }), objective("b", { parentId: "a", contribution: 0 })],
			[
				objective("a", {
					keyResults: [
						{
							id: "c",
							title: "c",
							kind: "checklist",
							items: [{ title: "i", done: true, weight: 0 }],
						},
					],
				}),
			],
		];
		for (const objectives of cases) expect(rollUpAgrees(objectives)).toBe(false);
	});

	it("takes other kinds of key results and decimal strings through the exact reader", () => {
		const objectives = [
			objective("a", {
				keyResults: [
					metric("m", { start: "0.1", target: "0.3", current: "0.2" }),
					{ id: "s", title: "s", kind: "milestone", done: true, weight: 2 },
					{ id: "t", title: "t", kind: "threshold", direction: "atMost", threshold: 3, current: 2 },
					metric("c", { checkIns: [{ at: "2025-01-05", value: 7 }], current: undefined }),
					metric("w", { weight: Math.PI }),
				],
			}),
		];
		expect(rollUpAgrees(objectives)).toBe(true);
		expect(rollUp(objectives).get("a")?.score).toBe(
			toNumber(
				objectiveScore(readObjective(objectives[0], []), policyNumbers(policyOf(undefined))),
			),
		);
	});

	it("gives up when ids collide in its hash table beyond a short probe", () => {
		// Ids that all land in one slot of a 256-slot table: a cluster longer than the probe limit.
		const table = idTable(100);
		const colliding: string[] = [];
		for (let n = 0; colliding.length < 70; n++) {
			const id = `id${n}`;
			const probe = idTable(100);
			insertId(probe, id);
			if (probe.slots.indexOf(0) === 0) colliding.push(id);
		}
		let last = 0;
		for (const id of colliding) last = insertId(table, id);
		expect(last).toBe(-2);
		expect(findId(table, "absent")).toBeLessThan(0);
		expect(findId(table, colliding[0] as string)).toBe(0);
		expect(findId(table, colliding[69] as string)).toBe(-2);
		expect(insertId(table, colliding[0] as string)).toBe(-1);
		// In a roll-up: 70 key results with those ids.
		const keyResults = colliding.map((id) => metric(id));
		const objectives = [objective("o", { keyResults })];
		expect(rollUpAgrees(objectives)).toBe(false);
	});

	it("works with no fast policy when the floor or cap is beyond wide numbers", () => {
		expect(fastPolicy({ policy: { progress: { cap: "1e300" } } })).toBeNull();
		expect(fastPolicy({ policy: { progress: { floor: "-1e200" } } })).toBeNull();
		const options = { policy: { progress: { cap: "1e300" } } };
		expect(rollUpAgrees([objective("a")], options)).toBe(false);
		expect(objectiveAgrees(objective("a"), options)).toBe(false);
		expect(objectiveProgress(objective("a"), options)).toBe(0.5);
	});

	it("decides clamping at a floor or cap that is exactly a double, and gives up otherwise", () => {
		// A floor of exactly the double nearest 0.1: progress 1/10 rounds to it but is not it.
		const floor = {
			policy: { progress: { floor: "0.1000000000000000055511151231257827021181583404541015625" } },
		};
		const tenth = objective("a", { keyResults: [metric("k", { current: 1 })] });
		expect(rollUpAgrees([tenth], floor)).toBe(true);
		expect(objectiveAgrees(tenth, floor)).toBe(true);
		// A floor of 0.1 exactly is not a double: progress at 1/10 is left to the exact reader.
		const decimal = { policy: { progress: { floor: "0.1" } } };
		expect(objectiveAgrees(tenth, decimal)).toBe(true);
		// Progress exactly at the cap and the floor, on the fast path.
		const ends = objective("a", {
			keyResults: [metric("k", { current: 10 }), metric("j", { current: 0 })],
		});
		expect(objectiveAgrees(ends)).toBe(true);
		expect(objectiveProgress(ends)).toBe(0.5);
	});
});

describe("objectiveProgress's fast path", () => {
	it("gives up on what the readers refuse, and on failures, which the exact path reports", () => {
		for (const o of [
			null,
			objective("o", { title: 1 }),
			objective("o", { keyResults: [] }),
			objective("o", { keyResults: "x" }),
			objective("o", { keyResults: [metric("k", { weight: 0 })] }),
			objective("o", { keyResults: [metric("k", { kind: "unknown" })] }),
		]) {
			expect(objectiveAgrees(o)).toBe(false);
		}
	});

	it("takes large weights and sums beyond 2^53 with a bound", () => {
		const o = objective("o", {
			keyResults: [
				metric("a", { weight: 2 ** 52, current: 3 }),
				metric("b", { weight: 2 ** 52 + 2, current: 7 }),
				metric("c", { weight: 3, current: 1 }),
			],
		});
		expect(objectiveAgrees(o)).toBe(true);
	});
});

describe("wide quotients", () => {
	it("count the exact path's truncation for quotients of 40 digits or more", () => {
		// TRUNCATION (2^-125) covers a relative truncation below 10^-39 only for these.
		expect(QUOTIENT_DIGITS).toBeGreaterThanOrEqual(40);
	});

	it("refuse quotients that overflow", () => {
		const t = wideArray(3);
		setNumber(t, 0, 1e300);
		setNumber(t, 3, 1e-300);
		expect(divideInto(t, 6, t, 0, t, 3)).toBe(false);
	});
});
