/**
 * The exported schemas are zod/mini schemas (half the bundle of classic zod). These tests
 * pin what docs/embedding.md ("The zod schemas") promises a caller who composes them.
 */

import { describe, expect, it } from "vitest";
import * as classic from "zod";
import * as z from "zod/mini";
import {
	CycleSchema,
	KeyResultSchema,
	MetricKeyResultSchema,
	ObjectiveSchema,
	parseObjective,
} from "../../src/index.js";

const objective = {
	id: "o1",
	title: "Delight customers",
	keyResults: [{ id: "kr1", title: "Launch", kind: "milestone", done: true }],
};

describe("the exported schemas are zod/mini schemas", () => {
	it("have parse and safeParse, and no classic methods", () => {
		expect(ObjectiveSchema.parse(objective)).toEqual(parseObjective(objective));
		expect(ObjectiveSchema.safeParse({}).success).toBe(false);
		expect("optional" in CycleSchema).toBe(false);
		expect("extend" in ObjectiveSchema).toBe(false);
	});

	it("compose with zod/mini functions: optional, array, object", () => {
		expect(z.optional(CycleSchema).parse(undefined)).toBeUndefined();
		expect(z.array(KeyResultSchema).parse(objective.keyResults)).toEqual([
			{ id: "kr1", title: "Launch", kind: "milestone", done: true, weight: 1, checkIns: [] },
		]);
		const Document = z.object({ objectives: z.array(ObjectiveSchema) });
		expect(Document.parse({ objectives: [objective] }).objectives[0]?.type).toBe("aspirational");
	});

	it("extend with z.extend and z.safeExtend, keeping their rules and frozen results", () => {
		const Tagged = z.extend(MetricKeyResultSchema, { tags: z.optional(z.array(z.string())) });
		const parsed = Tagged.parse({
			id: "k",
			title: "K",
			kind: "metric",
			start: 0,
			target: 5,
			tags: ["a"],
		});
		expect(parsed.tags).toEqual(["a"]);
		expect(Object.isFrozen(parsed)).toBe(true);
		const flat = Tagged.safeParse({ id: "k", title: "K", kind: "metric", start: 5, target: 5 });
		expect(
			flat.error?.issues.map((i) => [i.path, i.code === "custom" ? i.params : i.code]),
		).toEqual([[["target"], { okrCode: "START_EQUALS_TARGET" }]]);
		const Owned = z.safeExtend(ObjectiveSchema, { team: z.string() });
		expect(Owned.parse({ ...objective, team: "Support" }).team).toBe("Support");
	});

	it("refuse z.pick, z.omit and z.partial: they carry refinements", () => {
		expect(() => z.pick(ObjectiveSchema, { id: true })).toThrow(/refinements/);
		expect(() => z.omit(ObjectiveSchema, { id: true })).toThrow(/refinements/);
		expect(() => z.partial(CycleSchema)).toThrow(/refinements/);
	});

	it("nest inside classic zod schemas", () => {
		const Import = classic.object({
			source: classic.string(),
			objectives: classic.array(ObjectiveSchema),
		});
		expect(Import.parse({ source: "csv", objectives: [objective] }).objectives).toEqual([
			parseObjective(objective),
		]);
		const Document = classic.object({ team: classic.string(), objective: ObjectiveSchema });
		const parsed = Document.parse({ team: "Support", objective });
		expect(parsed.objective).toEqual(parseObjective(objective));
		const failed = Document.safeParse({ team: "Support", objective: { ...objective, id: "" } });
		expect(failed.error?.issues.map((i) => [i.code, i.path])).toEqual([
			["invalid_format", ["objective", "id"]],
		]);
	});

	it("report okr-kit's issue codes in the params of custom issues", () => {
		const result = CycleSchema.safeParse({ start: "2025-09-30", end: "2025-07-01" });
		expect(
			result.error?.issues.map((i) => [i.code, i.path, i.code === "custom" ? i.params : null]),
		).toEqual([["custom", ["end"], { okrCode: "END_BEFORE_START" }]]);
	});
});
