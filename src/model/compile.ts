/**
 * The zod schemas of the model, compiled from its descriptions (`src/kinds`): each field's leaf
 * becomes a zod/mini leaf reporting okr-kit issue codes, each presence an optional, a nullable or
 * a default, and each record's rules one cross-field check that runs whenever the value is an
 * object and the fields it reads are sound (so every issue of an input is reported at once).
 *
 * Each record compiles twice: loose (fields the model does not know are kept as they are, what the
 * parsers do by default) and strict (such a field is an issue, `UNKNOWN_KEY`, with `strict: true`).
 *
 * @module
 * @internal
 */
import * as z from "zod/mini";
import type { Field, Fields, Leaf, RecordOf, UnionOf } from "../kinds/fields.js";
import { readSome } from "../read/compile.js";
import {
	dateInput,
	dayString,
	frozen,
	idSchema,
	list,
	nonNegativeInput,
	numberInput,
	ON_OBJECTS,
	report,
	textSchema,
	wordsSchema,
} from "./leaves.js";

type LeafZod<F> = F extends Field<infer In, infer Out, unknown> ? z.ZodMiniType<Out, In> : never;
type FieldZod<F> =
	F extends Field<unknown, unknown, unknown, "optional">
		? z.ZodMiniOptional<LeafZod<F>>
		: F extends Field<unknown, unknown, unknown, "defaulted">
			? z.ZodMiniDefault<LeafZod<F>>
			: LeafZod<F>;

/** A compiled object schema, typed field by field (so callers can extend and pick from it). */
export type ObjectSchemaOf<R> =
	R extends RecordOf<infer F>
		? z.ZodMiniObject<{ -readonly [K in keyof F]: FieldZod<F[K]> }, z.core.$loose>
		: never;

/** Compiled schemas by description, loose (`false`) and strict (`true`). */
const compiled = {
	false: new WeakMap<object, z.ZodMiniType>(),
	true: new WeakMap<object, z.ZodMiniType>(),
};

function leafSchema(leaf: Leaf, strict: boolean): z.ZodMiniType {
	switch (leaf.tag) {
		case "id":
			return idSchema;
		case "title":
			return textSchema;
		case "text":
			return wordsSchema;
		case "number":
			return numberInput;
		case "weight":
			return nonNegativeInput;
		case "boolean":
			return z.boolean();
		case "date":
			return dateInput;
		case "dayString":
			return dayString;
		case "enum":
			return z.enum(leaf.values as [string, ...string[]]);
		case "literal":
			return z.literal(leaf.value);
		case "ids":
			return list(z.array(idSchema));
		case "record":
			return schemaOf(leaf.record, strict);
		case "readings":
			return list(z.array(schemaOf(leaf.item, strict)));
		case "list": {
			const item = leaf.item;
			const items = "members" in item ? unionSchema(item, strict) : schemaOf(item, strict);
			const count = leaf.count;
			return list(
				count === undefined
					? z.array(items)
					: z.array(items).check(
							z.superRefine((value, ctx) => {
								report(ctx.issues, value, count(value.length, []));
							}),
						),
			);
		}
	}
}

function fieldSchema(f: Field<unknown, unknown, unknown>, strict: boolean): z.ZodMiniType {
	const leaf = leafSchema(f.leaf, strict);
	const value = f.nullable ? z.nullable(leaf) : leaf;
	switch (f.presence) {
		case "required":
			return value;
		case "optional":
			return z.optional(value);
		case "defaulted":
			// Arrays default with `prefault`: the `[]` is parsed like an input, and JSON Schema
			// (written for inputs) keeps it as the default, which zod omits for a `default` over a
			// schema that transforms (here, dates).
			return Array.isArray(f.fallback)
				? z.prefault(value, f.fallback)
				: z._default(value, f.fallback as never);
	}
}

/**
 * The zod schema of a record description (one instance per description and mode): loose (unknown
 * fields kept), or `strict` (an unknown field is an issue).
 */
export function schemaOf<F extends Fields>(
	description: RecordOf<F>,
	strict = false,
): ObjectSchemaOf<RecordOf<F>> {
	const cache = compiled[`${strict}`];
	let schema = cache.get(description);
	if (schema === undefined) {
		schema = compileRecord(description, strict);
		cache.set(description, schema);
	}
	return schema as unknown as ObjectSchemaOf<RecordOf<F>>;
}

function compileRecord<F extends Fields>(description: RecordOf<F>, strict: boolean): z.ZodMiniType {
	const shape: Record<string, z.ZodMiniType> = {};
	for (const key of Object.keys(description.fields)) {
		shape[key] = fieldSchema(description.fields[key] as Field<unknown, unknown, unknown>, strict);
	}
	const object = strict ? z.strictObject(shape) : z.looseObject(shape);
	if (description.rules.length === 0) return frozen(object);
	return frozen(
		object.check(
			z.superRefine((value, ctx) => {
				for (const rule of description.rules) {
					// A rule runs on the fields it reads when they are sound; a field that failed
					// reports its own issue.
					const read = readSome(description, rule.reads, value as Record<string, unknown>);
					if (read !== null) report(ctx.issues, value, rule.check(read as never, []));
				}
			}, ON_OBJECTS),
		),
	);
}

/** The zod schema of a union (one instance per union and mode). */
export function unionSchema(union: UnionOf, strict = false): z.ZodMiniType {
	const cache = compiled[`${strict}`];
	let schema = cache.get(union);
	if (schema === undefined) {
		const members = Object.values(union.members).map((member) => schemaOf(member, strict));
		schema = z.discriminatedUnion(
			union.key,
			members as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
		);
		cache.set(union, schema);
	}
	return schema;
}
