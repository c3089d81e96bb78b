import { describe, expect, it } from "vitest";
import { type JsonSchema, jsonSchemas } from "../../src/index.js";
import { parseTimestamp } from "../../src/time/day.js";
import { marketShareObjective } from "./fixtures.js";

type Node = Record<string, unknown>;

/** Follows a local `$ref` ("#/$defs/Name") inside `root`. */
function resolve(root: JsonSchema, node: Node): Node {
	const ref = node["$ref"];
	if (typeof ref !== "string") return node;
	const name = ref.slice("#/$defs/".length);
	return (root["$defs"] as Record<string, Node>)[name] as Node;
}

function property(root: JsonSchema, node: Node, key: string): Node {
	return resolve(root, (node["properties"] as Record<string, Node>)[key] as Node);
}

function isDeepFrozen(value: unknown): boolean {
	if (typeof value !== "object" || value === null) return true;
	return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const names = ["objective", "keyResult", "kpi", "cycle", "policy"] as const;

describe("jsonSchemas", () => {
	it("has one schema per document kind", () => {
		expect(Object.keys(jsonSchemas).sort()).toEqual([...names].sort());
	});

	it.each(names)("%s is plain JSON: it survives a JSON round trip unchanged", (name) => {
		const schema = jsonSchemas[name];
		expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
		expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
		expect(typeof schema["title"]).toBe("string");
		expect(schema["type"] ?? schema["oneOf"]).toBeDefined();
	});

	it.each(names)("%s is deeply frozen", (name) => {
		expect(isDeepFrozen(jsonSchemas[name])).toBe(true);
		expect(Object.getPrototypeOf(jsonSchemas[name])).toBe(Object.prototype);
	});

	it("never says readOnly (frozen parse results are no concern of a JSON document)", () => {
		expect(JSON.stringify(jsonSchemas)).not.toContain("readOnly");
	});

	it("describes an objective as a caller writes it: only id and title required", () => {
		const objective = jsonSchemas.objective;
		expect(objective["type"]).toBe("object");
		expect(objective["required"]).toEqual(["id", "title"]);
		expect(Object.keys(objective["properties"] as Node).sort()).toEqual(
			[
				"contribution",
				"cycle",
				"id",
				"keyResults",
				"kpiIds",
				"level",
				"owner",
				"parentId",
				"title",
				"type",
			].sort(),
		);
		expect(property(objective, objective, "type")).toMatchObject({
			enum: ["aspirational", "committed"],
			default: "aspirational",
		});
		expect(property(objective, objective, "keyResults")).toMatchObject({ default: [] });
		// "\\S": a character other than white space, as the parsers require of ids and titles; and
		// their longest lengths (TOO_LONG beyond).
		expect(property(objective, objective, "id")).toEqual({
			type: "string",
			pattern: "\\S",
			maxLength: 1000,
		});
		expect(property(objective, objective, "title")).toEqual({
			type: "string",
			pattern: "\\S",
			maxLength: 10000,
		});
		expect(property(objective, objective, "owner")).toEqual({ type: "string", maxLength: 10000 });
	});

	it("describes key results as one of five kinds, each with its own required fields", () => {
		const keyResult = jsonSchemas.keyResult;
		const options = keyResult["oneOf"] as Node[];
		const byKind = Object.fromEntries(
			options.map((option) => [
				(property(keyResult, option, "kind") as { const: string }).const,
				option["required"],
			]),
		);
		expect(byKind).toEqual({
			metric: ["id", "title", "kind", "start", "target"],
			threshold: ["id", "title", "kind", "direction", "threshold"],
			range: ["id", "title", "kind", "low", "high"],
			milestone: ["id", "title", "kind", "done"],
			checklist: ["id", "title", "kind", "items"],
		});
		for (const option of options) {
			expect(property(keyResult, option, "checkIns")).toMatchObject({ type: "array", default: [] });
			const weight = (option["properties"] as Record<string, Node>)["weight"];
			expect(weight).toEqual({ default: 1, $ref: "#/$defs/NonNegativeNumberInput" });
		}
		const objectiveKr = (
			(jsonSchemas.objective["properties"] as Record<string, Node>)["keyResults"] as Node
		)["items"] as Node;
		expect((objectiveKr["oneOf"] as Node[]).length).toBe(5);
	});

	it("fits a sample objective: only described fields, every required one, kinds by their const", () => {
		const objective = jsonSchemas.objective;
		const sample = JSON.parse(JSON.stringify(marketShareObjective)) as Node;
		const fits = (node: Node, value: Node): void => {
			const properties = node["properties"] as Record<string, Node>;
			for (const key of Object.keys(value)) expect(Object.keys(properties)).toContain(key);
			for (const key of node["required"] as string[]) expect(Object.keys(value)).toContain(key);
		};
		fits(objective, sample);
		const options = (property(objective, objective, "keyResults")["items"] as Node)[
			"oneOf"
		] as Node[];
		for (const kr of sample["keyResults"] as Node[]) {
			const matching = options.filter(
				(option) => (property(objective, option, "kind") as { const: string }).const === kr["kind"],
			);
			expect(matching).toHaveLength(1);
			fits(matching[0] as Node, kr);
		}
		fits(property(objective, objective, "cycle"), sample["cycle"] as Node);
	});

	it("describes numbers as JSON numbers or decimal strings, and dates as days or timestamps", () => {
		const kpi = jsonSchemas.kpi;
		const target = property(kpi, kpi, "target");
		expect(target["anyOf"]).toEqual([
			{ type: "number" },
			expect.objectContaining({ type: "string", maxLength: 500 }),
		]);
		const measurement = (property(kpi, kpi, "measurements")["items"] as Node) ?? {};
		const formats = (node: Node) => (node["anyOf"] as Node[]).map((n) => [n["type"], n["format"]]);
		const dates = [
			["string", "date"],
			["string", "date-time"],
		];
		expect(formats(property(kpi, measurement, "at"))).toEqual(dates);
		const cycle = jsonSchemas.cycle;
		expect(cycle["required"]).toEqual(["start", "end"]);
		expect(formats(property(cycle, cycle, "start"))).toEqual(dates);
	});

	it("gives a timestamp pattern that matches every timestamp the readers accept, and none without an offset", () => {
		const cycle = jsonSchemas.cycle;
		const timestamp = (property(cycle, cycle, "start")["anyOf"] as Node[])[1] as {
			pattern: string;
		};
		const pattern = new RegExp(timestamp.pattern);
		for (const ok of [
			"2025-08-15T10:00:00Z",
			"2025-08-15t00:30:00.123456789z",
			"2025-08-15T00:30:00+02:00",
			"2025-08-15T00:30-0330",
		]) {
			expect([ok, parseTimestamp(ok) !== null && parseTimestamp(ok) !== "noOffset"]).toEqual([
				ok,
				true,
			]);
			expect(pattern.test(ok)).toBe(true);
		}
		for (const bad of [
			"2025-08-15T10:00:00",
			"2025-08-15",
			"2025-08-15 10:00Z",
			"2025-08-15T10:00:00+2",
		]) {
			expect(pattern.test(bad)).toBe(false);
			expect(typeof parseTimestamp(bad)).not.toBe("number");
		}
	});

	it("gives a decimal-string pattern that matches what the parser reads", () => {
		const kpi = jsonSchemas.kpi;
		const pattern = new RegExp(
			((property(kpi, kpi, "target")["anyOf"] as Node[])[1] as { pattern: string }).pattern,
		);
		for (const ok of ["12", "-0.5", "+7", ".5", "5.", "1e3", "15000000.37"]) {
			expect(pattern.test(ok)).toBe(true);
		}
		for (const bad of ["", " 1", "0x10", "1_000", "Infinity", "1e", "1,5", "."]) {
			expect(pattern.test(bad)).toBe(false);
		}
	});

	it("describes a partial policy: nothing required, no unknown fields", () => {
		const policy = jsonSchemas.policy;
		expect(policy["type"]).toBe("object");
		expect(policy["required"]).toBeUndefined();
		expect(policy["additionalProperties"]).toBe(false);
		const progress = property(policy, policy, "progress");
		expect(progress["required"]).toBeUndefined();
		expect(progress["additionalProperties"]).toBe(false);
		expect(Object.keys(progress["properties"] as Node)).toEqual(["floor", "cap"]);
		expect(property(policy, property(policy, policy, "rollup"), "source")).toEqual({
			type: "string",
			enum: ["keyResults", "children", "both"],
		});
		const phases = property(policy, property(policy, policy, "pace"), "phases");
		expect((phases["items"] as Node)["required"]).toEqual(["at", "expected"]);
	});
});
