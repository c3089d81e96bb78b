/**
 * The parse compiled from the descriptions (src/model/copy.ts) against the zod schemas it stands
 * in for: on any input, hostile or not, both accept or both refuse, and both give the same value
 * (but for an own `"__proto__"` field, which zod drops and the parse keeps). Generated and walked
 * copies agree too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyResult } from "../../src/kinds/keyResult.js";
import { kpi } from "../../src/kinds/kpi.js";
import { objective } from "../../src/kinds/objective.js";
import { program } from "../../src/kinds/program.js";
import { schemaOf, unionSchema } from "../../src/model/compile.js";
import { compileRecord, copyModel, type Walk } from "../../src/model/copy.js";
import { UTC } from "../../src/time/day.js";
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

function schemaOfStrict(described: (typeof cases)[number][1]) {
	return "members" in described ? unionSchema(described, true) : schemaOf(described as never, true);
}
