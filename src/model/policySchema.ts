/**
 * The zod schema of a scoring policy. Its structure is generated from `policyShape` (so JSON
 * Schema can describe it) and its checks are `resolvePolicy`'s, the same code `definePolicy` and
 * every computation's `options.policy` go through: the rules are written once, and the schema
 * and `definePolicy` cannot disagree.
 *
 * @module
 */
import * as z from "zod/mini";
import { OkrValidationError } from "../errors/index.js";
import type { PolicyInput, ScoringPolicy } from "../policy/defaults.js";
import {
	checkLeaf,
	isShape,
	type Leaf,
	policyShape,
	resolvePolicy,
	type Shape,
} from "../policy/resolve.js";
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

/** What a leaf of the policy looks like in JSON Schema. */
function leafJson(spec: Leaf): JsonFragment {
	if (typeof spec !== "string") return { type: "string", enum: [...spec] };
	switch (spec) {
		case "number":
			return NUMBER_JSON;
		case "numberOrNull":
			return { anyOf: [NUMBER_JSON, { type: "null" }] };
		case "count":
			return COUNT_JSON;
		case "decimals":
			return { type: "integer", minimum: 0, maximum: 10 };
		case "strings":
			return { type: "array", items: { type: "string" } };
		case "staleAfter":
			return {
				oneOf: [strictObject({ days: COUNT_JSON }), strictObject({ months: COUNT_JSON })],
			};
		default:
			return {
				type: "array",
				items: strictObject({ at: NUMBER_JSON, expected: NUMBER_JSON }),
			};
	}
}

/**
 * A leaf: its JSON Schema, and the value `resolvePolicy`'s own leaf check keeps (a frozen copy of
 * an array). Only a resolved policy gets here (the pipe of {@link ScoringPolicySchema} stops at
 * its first step's issues), and each of its leaves passed that check already: none fails here.
 */
function leafSchema(spec: Leaf): z.ZodMiniType {
	const anything = withJson(
		z.custom<unknown>(() => true),
		leafJson(spec),
	);
	return z.pipe(
		anything,
		// Stryker disable next-line ArrayDeclaration: a resolved leaf passes: no issue, and no path, can show
		z.transform((value: unknown) => checkLeaf(spec, value, [], [])),
	);
}

/** A level of the policy: every field optional (a partial is merged over the defaults). */
function levelSchema(shape: Shape): z.ZodMiniType {
	const fields: Record<string, z.ZodMiniType> = {};
	for (const key of Object.keys(shape)) {
		const spec = shape[key] as Leaf | Shape;
		fields[key] = z.optional(isShape(spec) ? levelSchema(spec) : leafSchema(spec));
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
	levelSchema(policyShape),
) as unknown as z.ZodMiniType<ScoringPolicy, PolicyInput>;
