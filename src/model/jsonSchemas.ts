/**
 * JSON Schemas of what a caller writes, generated from the zod schemas, for tools that validate
 * or edit okr-kit data outside JavaScript.
 *
 * @module
 */
import * as z from "zod";
import { dateInput, jsonOfCustom, nonNegativeInput, numberInput } from "./leaves.js";
import {
	CycleSchema,
	KeyResultSchema,
	KpiSchema,
	ObjectiveSchema,
	ScoringPolicySchema,
} from "./schemas.js";

/** A JSON Schema document: plain, JSON-serializable data. */
export interface JsonSchema {
	readonly [keyword: string]: unknown;
}

/** The JSON Schemas of the model, one per kind of document. */
export interface JsonSchemas {
	readonly objective: JsonSchema;
	readonly keyResult: JsonSchema;
	readonly kpi: JsonSchema;
	readonly cycle: JsonSchema;
	readonly policy: JsonSchema;
}

function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === "object" && value !== null) {
		for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
		Object.freeze(value);
	}
	return value;
}

// The leaves used all over the model, named once under `$defs` instead of repeated inline.
// Made on first use, with the schemas: importing the package builds no JSON Schema.
let registry: z.core.$ZodRegistry<{ id: string; description: string }> | undefined;

function names(): z.core.$ZodRegistry<{ id: string; description: string }> {
	if (registry !== undefined) return registry;
	registry = z.registry<{ id: string; description: string }>();
	registry.add(numberInput, {
		id: "NumberInput",
		description:
			'A finite number, or a decimal string read exactly such as "0.1" or "15000000.37".',
	});
	registry.add(nonNegativeInput, {
		id: "NonNegativeNumberInput",
		description: "A number input that is zero or more, such as a weight.",
	});
	registry.add(dateInput, {
		id: "DateInput",
		description: 'A calendar date "YYYY-MM-DD".',
	});
	return registry;
}

function generate(schema: z.ZodType, title: string, description: string): JsonSchema {
	const generated = z.toJSONSchema(schema, {
		target: "draft-2020-12",
		metadata: names(),
		// What a caller writes: fields with defaults are optional, dates are strings.
		io: "input",
		// Custom leaves (numbers as number or decimal string, dates, policy fields) say what they
		// look like; anything else zod cannot represent would be a bug here, so it throws.
		unrepresentable: (ctx) => {
			const json = jsonOfCustom(ctx.zodSchema);
			return json === undefined ? "throw" : (copy(json) as z.core.JSONSchema.BaseSchema);
		},
	});
	const { $schema, ...rest } = copy(generated) as Record<string, unknown>;
	return deepFreeze({ $schema, title, description, ...rest });
}

/**
 * JSON Schemas (draft 2020-12) of the documents a caller writes: `objective`, `keyResult`,
 * `kpi`, `cycle`, and `policy` (a partial scoring policy, as given to {@link definePolicy} or in
 * `options.policy`). Numbers are JSON numbers or decimal strings, dates `"YYYY-MM-DD"` strings,
 * fields with defaults optional (the default is given); the shared leaves are named under `$defs`
 * (`NumberInput`, `NonNegativeNumberInput`, `DateInput`). Cross-field rules (e.g. a metric's
 * `target` must differ from its `start`) are beyond JSON Schema: parse to check them. Frozen
 * plain data, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * jsonSchemas.objective.required;
 * //=> ["id", "title"]
 * jsonSchemas.keyResult.oneOf.map((option) => option.properties.kind.const);
 * //=> ["metric", "threshold", "range", "milestone", "checklist"]
 * jsonSchemas.cycle.properties.start;
 * //=> { $ref: "#/$defs/DateInput" }
 * jsonSchemas.cycle.$defs.DateInput.format;
 * //=> "date"
 * ```
 */
export const jsonSchemas: JsonSchemas = lazily({
	objective: () =>
		generate(
			ObjectiveSchema,
			"Objective",
			"An okr-kit objective: its key results and its place in a cascade.",
		),
	keyResult: () =>
		generate(KeyResultSchema, "KeyResult", 'An okr-kit key result, discriminated on "kind".'),
	kpi: () =>
		generate(KpiSchema, "Kpi", "An okr-kit KPI: a gauge with a target, measured over time."),
	cycle: () => generate(CycleSchema, "Cycle", "A period of calendar days, both ends included."),
	policy: () =>
		generate(
			ScoringPolicySchema,
			"ScoringPolicy",
			"A partial okr-kit scoring policy, deep-merged over the defaults.",
		),
});

/**
 * A frozen object whose fields are made by `makers` on first read, then kept (the same frozen
 * value on every read): enumerable, so `JSON.stringify`, `Object.keys` and spreading see them.
 */
function lazily(makers: { readonly [K in keyof JsonSchemas]: () => JsonSchema }): JsonSchemas {
	const made: Partial<Record<keyof JsonSchemas, JsonSchema>> = {};
	const out = {};
	for (const key of Object.keys(makers) as (keyof JsonSchemas)[]) {
		Object.defineProperty(out, key, {
			enumerable: true,
			get: (): JsonSchema => {
				let schema = made[key];
				if (schema === undefined) {
					schema = makers[key]();
					made[key] = schema;
				}
				return schema;
			},
		});
	}
	return Object.freeze(out) as JsonSchemas;
}
