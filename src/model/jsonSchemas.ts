/**
 * JSON Schemas of what a caller writes, for tools that validate or edit okr-kit data outside
 * JavaScript. They are generated from the zod schemas ahead of time (`npm run json-schemas`, see
 * `tests/support/jsonSchemaSource.ts`) and shipped as data, so the package carries no JSON Schema
 * generator; a test keeps the data in step with the schemas.
 *
 * @module
 */
import { generatedJsonSchemas } from "./jsonSchemas.generated.js";

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

function deepFreeze<T>(value: T): T {
	// JSON data: its objects and arrays are Objects; its strings, numbers and booleans are not.
	if (value instanceof Object) {
		for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
		Object.freeze(value);
	}
	return value;
}

/**
 * JSON Schemas (draft 2020-12) of the documents a caller writes: `objective`, `keyResult`,
 * `kpi`, `cycle`, and `policy` (a partial scoring policy, as given to {@link definePolicy} or in
 * `options.policy`). Numbers are JSON numbers or decimal strings, dates `"YYYY-MM-DD"` strings or
 * timestamps with an offset (`"2025-08-15T10:00:00Z"`),
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
 * jsonSchemas.cycle.$defs.DateInput.anyOf.map((option) => option.format);
 * //=> ["date", "date-time"]
 * ```
 */
export const jsonSchemas: JsonSchemas = /* @__PURE__ */ deepFreeze(generatedJsonSchemas);
