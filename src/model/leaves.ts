/**
 * The zod building blocks of the model: leaf schemas for numbers, dates and ids that report okr-kit
 * issue codes, the bridge that lets a record's rule (src/kinds) report through zod, and the JSON
 * Schema each custom leaf stands for (zod cannot describe a custom check by itself).
 *
 * @module
 * @internal
 */
import * as z from "zod/mini";
import type { IssueCode, OkrIssue } from "../errors/index.js";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, TEXT } from "../kinds/fields.js";
import {
	describeString,
	type Exact,
	exact,
	isNumberInput,
	MAX_STRING_LENGTH,
	type NumberInput,
	typeName,
} from "../numeric/index.js";
import { isRecord } from "../objects.js";
import { type DateInput, dateTime, dayOrReason, isDateInput } from "../time/day.js";

/** A JSON Schema fragment, as plain data. */
export type JsonFragment = Readonly<Record<string, unknown>>;

/**
 * What each custom leaf looks like in JSON Schema, keyed by the zod schema instance. Filled once,
 * when this module (and the policy schema module) load; read by the generator of the shipped JSON
 * Schemas (`tests/support/jsonSchemaSource.ts`, `npm run json-schemas`).
 */
const customJson = new WeakMap<z.ZodMiniType, JsonFragment>();

/** The JSON Schema of a custom leaf, or `undefined` for a schema zod describes by itself. */
export function jsonOfCustom(schema: unknown): JsonFragment | undefined {
	// A WeakMap answers `undefined` for a key that is no object: no need to tell one apart first.
	return customJson.get(schema as z.ZodMiniType);
}

/**
 * The params carried by every custom issue okr-kit raises: its own issue code, and whether a leaf
 * raised it (a leaf's type issue on a missing value is reported as `REQUIRED`).
 */
export interface OkrParams {
	readonly okrCode: IssueCode;
	readonly leaf?: true;
}

/**
 * A custom leaf: `test` decides, `code` is the issue code of a failure, `message` words it from
 * the offending value, and `json` is what the leaf looks like in JSON Schema.
 */
export function leaf<T>(
	test: (value: unknown) => value is T,
	code: IssueCode,
	message: (value: unknown) => string,
	json: JsonFragment,
): z.ZodMiniCustom<T, T> {
	const params: OkrParams = { okrCode: code, leaf: true };
	// abort: false (z.custom aborts by default), so that an object's cross-field check still runs
	// (guarding what it reads) and every issue of the input is reported, not only the first field's.
	const schema = z.custom<T>(test, {
		params,
		abort: false,
		error: (issue) => message(issue.input),
	});
	return withJson(schema, json);
}

/** Records what a custom schema looks like in JSON Schema (a refined copy is a new instance). */
export function withJson<S extends z.ZodMiniType>(schema: S, json: JsonFragment): S {
	customJson.set(schema, json);
	return schema;
}

/** Words a value for a message: strings quoted and cut, everything else by its type. */
export function describeValue(value: unknown): string {
	return typeof value === "string" ? describeString(value) : typeName(value);
}

// A decimal string, anchored; no two parts can match the same characters, so it cannot backtrack.
const DECIMAL_PATTERN = "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?$";
const DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
// A timestamp with an offset; each optional part starts with its own character: no backtracking.
const TIMESTAMP_PATTERN =
	"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})$";

/** JSON Schema of a number input: a JSON number, or a decimal string read exactly. */
export const NUMBER_JSON: JsonFragment = {
	anyOf: [
		{ type: "number" },
		{ type: "string", pattern: DECIMAL_PATTERN, maxLength: MAX_STRING_LENGTH },
	],
};

/** JSON Schema of a calendar day: `"YYYY-MM-DD"`. */
export const DAY_JSON: JsonFragment = { type: "string", format: "date", pattern: DATE_PATTERN };

/**
 * JSON Schema of a date input: a calendar day `"YYYY-MM-DD"`, or a timestamp with an offset (a
 * JSON document cannot hold a `Date`; `JSON.stringify` writes one as such a timestamp).
 */
export const DATE_JSON: JsonFragment = {
	anyOf: [DAY_JSON, { type: "string", format: "date-time", pattern: TIMESTAMP_PATTERN }],
};

/** A number input (`number | string`), kept as written: `INVALID_NUMBER` otherwise. */
export const numberInput = leaf<NumberInput>(
	isNumberInput,
	"INVALID_NUMBER",
	(value) =>
		`Expected a finite number or a decimal string such as "12.5", received ${describeValue(value)}.`,
	NUMBER_JSON,
);

/** The exact value of an input the number leaf accepted (never throws for such an input). */
export function exactOf(value: NumberInput): Exact {
	// Stryker disable next-line ArrayDeclaration: the path of an error that cannot happen here
	return exact(value, []);
}

/** Whether a number input is below zero (`-0` and `"-0"` are not). */
export function isNegative(value: NumberInput): boolean {
	const d = exactOf(value);
	return d.isNegative() && !d.isZero();
}

/** A number input that must be zero or more (`NEGATIVE`), such as a weight. */
export const nonNegativeInput = withJson(
	numberInput.check((ctx) => {
		if (isNumberInput(ctx.value) && isNegative(ctx.value)) {
			ctx.issues.push(
				customIssue(ctx.value, [], "NEGATIVE", `Must be zero or more, received ${ctx.value}.`),
			);
		}
	}),
	NUMBER_JSON,
);

const dateLeaf = leaf<DateInput>(
	isDateInput,
	"INVALID_DATE",
	// The readers' own words: the leaf has accepted whatever has no reason against it.
	(value) => dayOrReason(value) as string,
	DATE_JSON,
);

/**
 * A date input, kept as given: a day `"YYYY-MM-DD"`, or an instant (a timestamp with an offset,
 * or a `Date`, copied) that computations read in their `options.timeZone`. The schema has no zone:
 * it accepts an instant whose UTC day lies in the years 0000 to 9999.
 */
export const dateInput = z.pipe(
	dateLeaf,
	z.transform((value: DateInput) =>
		typeof value === "string" ? value : new Date(dateTime(value)),
	),
);

/** Whether a value is a `"YYYY-MM-DD"` string (a `dayString` field). */
export function isDayString(value: unknown): value is string {
	return typeof value === "string" && value.length === 10 && isDateInput(value);
}

/** A date written as a `"YYYY-MM-DD"` string only (fields typed `string` in the model). */
export const dayString = leaf<string>(
	isDayString,
	"INVALID_DATE",
	(value) => `Expected a calendar date "YYYY-MM-DD", received ${describeValue(value)}.`,
	DAY_JSON,
);

/**
 * A title: a string with a character other than white space (`EMPTY_STRING` without one), at most
 * 10,000 characters (`TOO_LONG`).
 */
export const textSchema = z.string().check(z.regex(TEXT), z.maxLength(MAX_TEXT_LENGTH));

/** An id: a string with text (`"__proto__"` included), at most 1,000 characters. */
export const idSchema = z.string().check(z.regex(TEXT), z.maxLength(MAX_ID_LENGTH));

/** Words that may be empty (a name, an owner, a unit): at most 10,000 characters. */
export const wordsSchema = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

/** A raw zod issue of code `custom` carrying an okr-kit code. */
export function customIssue(
	input: unknown,
	path: readonly PropertyKey[],
	code: IssueCode,
	message: string,
): z.core.$ZodRawIssue {
	const params: OkrParams = { okrCode: code };
	return { code: "custom", input, path: [...path], message, params, continue: true };
}

/** Pushes a shared rule's issue (or nothing, for `null`) into a zod check's issues. */
export function report(
	issues: z.core.$ZodRawIssue[],
	input: unknown,
	issue: OkrIssue | null,
): void {
	if (issue !== null) issues.push(customIssue(input, issue.path, issue.code, issue.message));
}

/**
 * Freezes an object schema's parsed value, once it parsed without an issue (only then is the value
 * certainly zod's new object, never the caller's). Apply it after every other check.
 */
export function frozen<S extends z.ZodMiniType>(schema: S): S {
	return schema.check(
		z.superRefine(
			(value) => {
				Object.freeze(value);
			},
			// Stryker disable next-line ObjectLiteral: a failed parse hands out no value (z.catch gets the input): zod's copy frozen then cannot be seen
			{ when: (payload) => payload.issues.length === 0 },
		),
	);
}

/**
 * A readonly array schema: a readonly array in (nothing is written to it) and a frozen array out.
 * Not zod's `readonly()`, which freezes whatever value the schema ends with, even the caller's
 * own object when that was of the wrong kind (`{}` given for an array).
 */
export function list<T extends z.ZodMiniType>(
	array: z.ZodMiniArray<T>,
): z.ZodMiniType<readonly z.output<T>[], readonly z.input<T>[]> {
	return frozen(array);
}

/**
 * Params of an object's cross-field check: run it whenever the value is an object, even when a
 * field already failed, so that every issue is reported; each check guards the fields it reads.
 */
export const ON_OBJECTS = {
	when: (payload: { readonly value: unknown }) => isRecord(payload.value),
} as const;
