/**
 * The parse compiled from the descriptions (src/model/copy.ts) against the zod schemas it stands
 * in for: on any input, hostile or not, both accept or both refuse, and both give the same value
 * (but for an own `"__proto__"` field, which zod drops and the parse keeps). Generated and walked
 * copies agree too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cycle } from "../../src/kinds/cycle.js";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "../../src/kinds/fields.js";
import { keyResult } from "../../src/kinds/keyResult.js";
import { kpi, kpiOrigin } from "../../src/kinds/kpi.js";
import { objective } from "../../src/kinds/objective.js";
import { program } from "../../src/kinds/program.js";
import { schemaOf, unionSchema } from "../../src/model/compile.js";
import { compileRecord, copyModel, type Walk } from "../../src/model/copy.js";
import { parseDayString, UTC } from "../../src/time/day.js";
import { keyResultArb, kpiArb, kpisArb, objectiveArb, objectivesArb } from "../fuzz/hostile.js";

function walk(strict: boolean): Walk {
	return { path: [], id: undefined, strict, warnings: null, asOf: null, zone: UTC };
}

/** A value with every own `"__proto__"` field left out, as zod leaves it out. */
function withoutProto(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutProto);
	if (typeof value !== "object" || value === null || value instanceof Date) return value;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value)) {
		if (key !== "__proto__") out[key] = withoutProto((value as Record<string, unknown>)[key]);
	}
	return out;
}

/** Keys in order, all the way down (toEqual ignores the order of keys). */
function shape(value: unknown): unknown {
	return JSON.stringify(value, (_key, v: unknown) =>
		v !== null && typeof v === "object" && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as object))
			: v,
	);
}

const cases = [
	["a key result", keyResult, () => unionSchema(keyResult), keyResultArb],
	["an objective", objective, () => schemaOf(objective), objectiveArb],
	["a KPI", kpi, () => schemaOf(kpi), kpiArb],
	[
		"a program",
		program,
		() => schemaOf(program),
		fc.record({ objectives: objectivesArb, kpis: fc.option(kpisArb, { nil: undefined }) }),
	],
] as const;

describe("the compiled parse and the zod schemas", () => {
	for (const [what, described, schema, arb] of cases) {
		for (const strict of [false, true]) {
			it(`accept and refuse the same ${what}, and give the same value (strict: ${strict})`, () => {
				fc.assert(
					fc.property(arb, (input) => {
						const copied = copyModel(described, input, walk(strict));
						const zod = (strict ? schemaOfStrict(described) : schema()).safeParse(input);
						expect(copied !== null).toBe(zod.success);
						if (copied === null || !zod.success) return;
						const value = withoutProto(copied.value);
						expect(value).toStrictEqual(withoutProto(zod.data));
						expect(shape(value)).toBe(shape(withoutProto(zod.data)));
					}),
					{ numRuns: 300 },
				);
			});
		}
	}

	it("copy in generated code as in a loop (where a host forbids generated code)", () => {
		for (const description of [objective, kpi, program] as const) {
			const generated = compileRecord(description as never, false);
			const looped = compileRecord(description as never, false, false);
			expect(looped).not.toBe(generated);
		}
		const generated = compileRecord(objective, false);
		const looped = compileRecord(objective, false, false);
		fc.assert(
			fc.property(objectiveArb, fc.boolean(), (input, strict) => {
				const run = (copy: typeof generated) => {
					const w = { ...walk(strict), warnings: [] };
					try {
						return { value: copy(input, w), warnings: w.warnings };
					} catch {
						return "refused";
					}
				};
				expect(run(looped)).toStrictEqual(run(generated));
			}),
			{ numRuns: 300 },
		);
	});
});

/**
 * Each check below compiles its records afresh (`compileRecord`), both as generated code and as a
 * loop: what a record's copy is made of is decided once, when it is compiled.
 */
describe("a compiled copy", () => {
	const asOf = parseDayString("2025-08-15");
	const metric = { id: "k", title: "K", kind: "metric", start: 0, target: 10 };
	const copies = (description: unknown) =>
		[true, false].map((generate) => compileRecord(description as never, false, generate));
	/** The value or what was thrown, and the warnings, of a copy with `asOf` and `walk.id` "outer". */
	function run(copy: ReturnType<typeof compileRecord>, value: unknown, over: Partial<Walk> = {}) {
		const w: Walk = { ...walk(false), id: "outer", warnings: [], asOf, ...over };
		try {
			return { value: copy(value, w), warnings: w.warnings ?? [], id: w.id };
		} catch (error) {
			return { thrown: error, warnings: w.warnings ?? [], id: w.id };
		}
	}
	const refused = (copy: ReturnType<typeof compileRecord>, value: unknown) =>
		typeof run(copy, value).thrown === "symbol";

	it("warns DATED_AFTER_AS_OF at a dated field, and at the reading itself for a reading", () => {
		const copy = compileRecord(keyResult.members["metric"] as never, false);
		const { warnings } = run(copy, {
			...metric,
			checkIns: [
				{ at: "2025-08-15", value: 1 },
				{ at: "2025-08-16", value: 2 },
			],
		});
		expect(warnings).toStrictEqual([
			{
				code: "DATED_AFTER_AS_OF",
				path: ["checkIns", 1],
				message:
					"Dated 2025-08-16, after the day asked (2025-08-15): as of that day it has not happened yet.",
				id: "k",
			},
		]);
		for (const copy of copies(keyResult.members["milestone"])) {
			const m = { id: "m", title: "M", kind: "milestone", done: true, doneAt: "2025-09-01" };
			expect(run(copy, m).warnings).toStrictEqual([
				{
					code: "DATED_AFTER_AS_OF",
					path: ["doneAt"],
					message:
						'"doneAt" is 2025-09-01, after the day asked (2025-08-15): as of that day it has not happened yet.',
					id: "m",
				},
			]);
			expect(run(copy, { ...m, doneAt: "2025-08-15" }).warnings).toEqual([]);
		}
	});

	it("does not warn about a date that is not an event, nor without a place for warnings", () => {
		for (const copy of copies(cycle)) {
			const later = { start: "2025-10-01", end: "2025-12-31" };
			expect(run(copy, later)).toStrictEqual({ value: later, warnings: [], id: "outer" });
		}
		for (const copy of copies(keyResult.members["milestone"])) {
			const m = { id: "m", title: "M", kind: "milestone", done: true, doneAt: "2025-09-01" };
			expect(run(copy, m, { warnings: null }).value).toMatchObject(m);
		}
	});

	it("gives a warning the id of the nearest record with a readable id, and none without one", () => {
		for (const copy of copies(cycle)) {
			// A cycle names no one: a field "id" of its own is a field the model does not know.
			const c = { start: "2025-07-01", end: "2025-09-30", id: "c" };
			expect(run(copy, c).warnings.map((w) => w.id)).toEqual(["outer"]);
			const [warning] = run(copy, c, { id: undefined }).warnings;
			expect(warning !== undefined && "id" in warning).toBe(false);
		}
		for (const copy of copies(objective)) {
			const o = { id: "o", title: "O", keyResults: [{ ...metric, typo: 1 }], typo: 2 };
			const { warnings, id } = run(copy, o);
			expect(warnings.map((w) => [w.path, w.id])).toEqual([
				[["keyResults", 0, "typo"], "k"],
				[["typo"], "o"],
			]);
			// The walk's id is the enclosing one again once the record is copied.
			expect(id).toBe("outer");
		}
	});

	it("is generated code where the host allows it, for records with and without an id", () => {
		for (const description of [objective, cycle, kpi, program, keyResult.members["metric"]]) {
			expect(compileRecord(description as never, false).name).toBe("copy");
			expect(compileRecord(description as never, false, false).name).not.toBe("copy");
		}
	});

	it("refuses what is not a record, in generated code as in the loop", () => {
		for (const copy of copies(objective)) {
			for (const value of [null, undefined, "o", 1, []]) expect(refused(copy, value)).toBe(true);
		}
	});

	it("checks each leaf: ids, titles, text, days, literals", () => {
		for (const copy of copies(objective)) {
			const o = { id: "o", title: "O" };
			expect(run(copy, o).value).toMatchObject(o);
			expect(refused(copy, { ...o, id: " " })).toBe(true);
			expect(refused(copy, { ...o, id: "x".repeat(MAX_ID_LENGTH) })).toBe(false);
			expect(refused(copy, { ...o, id: "x".repeat(MAX_ID_LENGTH + 1) })).toBe(true);
			expect(refused(copy, { ...o, title: ["T"] })).toBe(true);
			expect(refused(copy, { ...o, title: " \t " })).toBe(true);
			expect(refused(copy, { ...o, title: "x".repeat(MAX_TEXT_LENGTH) })).toBe(false);
			expect(refused(copy, { ...o, title: "x".repeat(MAX_TEXT_LENGTH + 1) })).toBe(true);
		}
		for (const copy of copies(cycle)) {
			const c = { start: "2025-07-01", end: "2025-09-30" };
			expect(refused(copy, { ...c, label: "" })).toBe(false);
			expect(refused(copy, { ...c, label: "x".repeat(MAX_TEXT_LENGTH) })).toBe(false);
			expect(refused(copy, { ...c, label: "x".repeat(MAX_TEXT_LENGTH + 1) })).toBe(true);
			// An optional field given as undefined is kept as given.
			expect(Object.keys(run(copy, { ...c, label: undefined }).value as object)).toEqual([
				"start",
				"end",
				"label",
			]);
		}
		for (const copy of copies(kpiOrigin)) {
			const k = { objectiveId: "o", keyResultId: "k", promotedAt: "2025-07-01" };
			expect(run(copy, k).value).toStrictEqual(k);
			expect(refused(copy, { ...k, promotedAt: "soon" })).toBe(true);
		}
		for (const copy of copies(keyResult.members["metric"])) {
			expect(run(copy, metric).value).toMatchObject(metric);
			expect(refused(copy, { ...metric, kind: "milestone" })).toBe(true);
			expect(refused(copy, { ...metric, weight: 2 })).toBe(false);
			expect(refused(copy, { ...metric, weight: -1 })).toBe(true);
			expect(refused(copy, { ...metric, weight: Number.POSITIVE_INFINITY })).toBe(true);
		}
	});

	it("copies a list of ids, leaving the input's own unfrozen", () => {
		const input = { id: "o", title: "O", kpiIds: ["up"] };
		const copied = copyModel(objective, input, walk(false))?.value as { kpiIds: unknown };
		expect(copied.kpiIds).toEqual(["up"]);
		expect(copied.kpiIds).not.toBe(input.kpiIds);
		expect(Object.isFrozen(input.kpiIds)).toBe(false);
	});

	it("passes on what a value throws, other than a refusal", () => {
		const input = {
			id: "o",
			get title(): string {
				throw new RangeError("no title");
			},
		};
		expect(() => copyModel(objective, input, walk(false))).toThrow(RangeError);
	});
});

function schemaOfStrict(described: (typeof cases)[number][1]) {
	return "members" in described ? unionSchema(described, true) : schemaOf(described as never, true);
}
