/**
 * The zod schema of a scoring policy. Its structure is compiled from the policy's description
 * (`policy/defaults.ts`, so JSON Schema can describe it) and its checks are `resolvePolicy`'s, the
 * same code `definePolicy` and every computation's `options.policy` go through: the rules are
 * written once, and the schema and `definePolicy` cannot disagree.
 *
 * @module
 */
import * as z from "zod/mini";
import { OkrValidationError } from "../errors/index.js";
import type { AnyFields, RecordOf } from "../kinds/fields.js";
import { type PolicyInput, policyDescription, type ScoringPolicy } from "../policy/defaults.js";
import { mergeField, type PolicyField } from "../policy/merge.js";
import { resolvePolicy } from "../policy/resolve.js";
import { frozen, type JsonFragment, NUMBER_JSON, report, withJson } from "./leaves.js";

const COUNT_JSON: JsonFragment = { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER };

function strictObject(properties: Record<string, JsonFragment>): JsonFragment {
	return {
		type: "object",
		properties,
		required: Object.keys(properties),
		additionalProperties: false,
	};
}

/** What a field of the policy (not a section) looks like in JSON Schema. */
function leafJson(f: PolicyField): JsonFragment {
	const leaf = f.leaf;
	switch (leaf.tag) {
		case "enum":
			return { type: "string", enum: [...leaf.values] };
		case "count":
			return COUNT_JSON;
		case "decimals":
			return { type: "integer", minimum: 0, maximum: 10 };
		case "strings":
			return { type: "array", items: { type: "string" } };
		case "oneKey":
			return { oneOf: leaf.keys.map((key) => strictObject({ [key]: COUNT_JSON })) };
		case "list": {
			const item = leaf.item as RecordOf<AnyFields>;
			const properties: Record<string, JsonFragment> = {};
			for (const key of Object.keys(item.fields)) {
				properties[key] = leafJson(item.fields[key] as PolicyField);
			}
			return { type: "array", items: strictObject(properties) };
		}
		default:
			// A number, the one other leaf the policy uses.
			return f.nullable ? { anyOf: [NUMBER_JSON, { type: "null" }] } : NUMBER_JSON;
	}
}

/**
 * A field: its JSON Schema, and the value `resolvePolicy`'s own merge keeps (a frozen copy of an
 * array). Only a resolved policy gets here (the pipe of {@link ScoringPolicySchema} stops at its
 * first step's issues), and each of its fields passed that merge already: none fails here.
 */
function leafSchema(f: PolicyField): z.ZodMiniType {
	const anything = withJson(
		z.custom<unknown>(() => true),
		leafJson(f),
	);
	return z.pipe(
		anything,
		// Stryker disable next-line ObjectLiteral,ArrayDeclaration: a resolved field passes: no issue, and no path, can show
		z.transform((value: unknown) => mergeField(f, value, [], { issues: [], rules: [] })[0]),
	);
}

/** A level of the policy: every field optional (a partial is merged over the defaults). */
function levelSchema<F extends AnyFields>(record: RecordOf<F>): z.ZodMiniType {
	const fields: Record<string, z.ZodMiniType> = {};
	for (const key of Object.keys(record.fields)) {
		const f = record.fields[key] as PolicyField;
		const leaf = f.leaf;
		fields[key] = z.optional(leaf.tag === "record" ? levelSchema(leaf.record) : leafSchema(f));
	}
	return frozen(z.strictObject(fields));
}

/**
 * A scoring policy: reads a partial policy (any subset of fields; unknown fields are
 * `UNKNOWN_KEY`) and returns the full policy, deep-merged over {@link defaultPolicy} and frozen,
 * exactly as {@link definePolicy} does — with the same issue codes and paths (relative to the
 * partial) when it fails. A full policy is a partial policy too, so this also checks one.
 *
 * @example
 * ```ts
 * ScoringPolicySchema.parse({ progress: { cap: 1.2 } }).progress;
 * //=> { floor: 0, cap: 1.2 }
 * ScoringPolicySchema.safeParse({ grading: { bands: { yellow: 0.8, green: 0.7 } } }).success;
 * //=> false
 * ```
 */
export const ScoringPolicySchema = z.pipe(
	z.transform((input: unknown, ctx) => {
		try {
			return resolvePolicy(input as PolicyInput | undefined, []);
		} catch (error) {
			if (!(error instanceof OkrValidationError)) throw error;
			for (const issue of error.issues) report(ctx.issues, input, issue);
			return input;
		}
	}),
	levelSchema(policyDescription),
) as unknown as z.ZodMiniType<ScoringPolicy, PolicyInput>;
