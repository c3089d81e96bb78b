/**
 * The generator of `src/model/jsonSchemas.generated.ts`: the JSON Schemas of the model, computed
 * from the zod schemas with `z.toJSONSchema`. It lives outside `src/` so that the package ships
 * the JSON Schemas as data, without zod's JSON Schema generator (about 7 kB gzipped).
 *
 * `npm run json-schemas` rewrites the generated module from {@link computeJsonSchemas};
 * `tests/model/jsonSchemas.generated.test.ts` fails when the committed data differ from it.
 */
import * as z from "zod/mini";
import type { JsonSchema, JsonSchemas } from "../../src/model/jsonSchemas.js";
import { dateInput, jsonOfCustom, nonNegativeInput, numberInput } from "../../src/model/leaves.js";
import {
	CycleSchema,
	KeyResultSchema,
	KpiSchema,
	ObjectiveSchema,
	ScoringPolicySchema,
} from "../../src/model/schemas.js";

function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

type Names = z.core.$ZodRegistry<{ id: string; description: string }>;

/** The leaves used all over the model, named once under `$defs` instead of repeated inline. */
function names(): Names {
	const registry: Names = z.registry<{ id: string; description: string }>();
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
		description:
			'A calendar day "YYYY-MM-DD", or an ISO 8601 timestamp with an offset ("2025-08-15T10:00:00Z", "2025-08-15T00:30:00+02:00"), read as the day on which it falls in the time zone a computation is given (default UTC).',
	});
	return registry;
}

function generate(
	schema: z.core.$ZodType,
	registry: Names,
	title: string,
	description: string,
): JsonSchema {
	const generated = z.toJSONSchema(schema, {
		target: "draft-2020-12",
		metadata: registry,
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
	return { $schema, title, description, ...rest };
}

/** The five JSON Schemas, as plain (unfrozen) JSON data, in the order `jsonSchemas` lists them. */
export function computeJsonSchemas(): JsonSchemas {
	const registry = names();
	return {
		objective: generate(
			ObjectiveSchema,
			registry,
			"Objective",
			"An okr-kit objective: its key results and its place in a cascade.",
		),
		keyResult: generate(
			KeyResultSchema,
			registry,
			"KeyResult",
			'An okr-kit key result, discriminated on "kind".',
		),
		kpi: generate(
			KpiSchema,
			registry,
			"Kpi",
			"An okr-kit KPI: a gauge with a target, measured over time.",
		),
		cycle: generate(
			CycleSchema,
			registry,
			"Cycle",
			"A period of calendar days, both ends included.",
		),
		policy: generate(
			ScoringPolicySchema,
			registry,
			"ScoringPolicy",
			"A partial okr-kit scoring policy, deep-merged over the defaults.",
		),
	};
}

/** Where the generated module lives, relative to the repository root. */
export const GENERATED_PATH = "src/model/jsonSchemas.generated.ts";

/** The text of the generated module (before biome formats it). */
export function renderJsonSchemasModule(schemas: JsonSchemas = computeJsonSchemas()): string {
	return `/**
 * The JSON Schemas of the model as data, generated from the zod schemas by
 * \`tests/support/jsonSchemaSource.ts\`: do not edit by hand, run \`npm run json-schemas\`.
 * \`tests/model/jsonSchemas.generated.test.ts\` fails when this differs from what the generator
 * computes from the schemas now.
 *
 * It imports nothing: \`jsonSchemas.ts\` gives it its type, so no import goes back and forth.
 *
 * @module
 * @internal
 */
export const generatedJsonSchemas = ${JSON.stringify(schemas, null, "\t")};
`;
}
