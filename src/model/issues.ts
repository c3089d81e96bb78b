/**
 * zod's issues, told in okr-kit's issue codes: the same codes the zod-free readers report, with
 * zod's paths and okr-kit's wording.
 *
 * Only the codes the model's schemas raise are translated: a wrong type (`invalid_type`), a value
 * outside an enum or literal (`invalid_value`), a key result's unknown `kind` (`invalid_union`), an
 * id or title without text (`invalid_format`), a string too long (`too_big`), a field the model
 * does not know in a strict object (`unrecognized_keys`), and okr-kit's own leaves and rules
 * (`custom`). The schemas have no minimum, no map or set: zod's other codes never reach here.
 *
 * @module
 * @internal
 */
import type * as z from "zod/mini";
import type { IssueCode, OkrIssue, Path, PathKey } from "../errors/index.js";
import { typeName } from "../numeric/index.js";
import { describeValue, type OkrParams } from "./leaves.js";
import { type Described, locate, unknownKeyMessage } from "./locate.js";

/** What a walk along a path into the caller's input found: own properties only. */
function valueAt(input: unknown, path: Path): unknown {
	let value = input;
	for (const key of path) {
		if (typeof value !== "object" || value === null) return undefined;
		if (!Object.hasOwn(value, key)) return undefined;
		value = (value as Record<PathKey, unknown>)[key];
	}
	return value;
}

function required(path: Path): OkrIssue {
	return { code: "REQUIRED", path, message: `"${String(path[path.length - 1])}" is required.` };
}

function quoteAll(values: readonly unknown[]): string {
	return values.map((value) => JSON.stringify(value) ?? String(value)).join(", ");
}

const EXPECTED = new Map([
	["object", "an object"],
	["array", "an array"],
	["string", "a string"],
	["boolean", "true or false"],
]);

/** The zod issues the model's schemas raise (see the module's comment). */
type ModelIssue =
	| z.core.$ZodIssueInvalidType
	| z.core.$ZodIssueInvalidValue
	| z.core.$ZodIssueInvalidUnion
	| z.core.$ZodIssueInvalidStringFormat
	| z.core.$ZodIssueTooBig
	| z.core.$ZodIssueUnrecognizedKeys
	| z.core.$ZodIssueCustom;

/**
 * One zod issue as okr-kit issues (an `unrecognized_keys` issue gives one `UNKNOWN_KEY` per key).
 * `input` is what the caller passed, for telling a missing field (`REQUIRED`) from a wrong one;
 * `root` describes it, for naming the fields a record knows.
 */
function okrIssuesOf(issue: ModelIssue, input: unknown, root: Described): OkrIssue[] {
	// The model's objects have string keys only: zod's paths hold no symbol.
	const path = issue.path as Path;
	const value = valueAt(input, path);
	// A field that is absent (or undefined) is REQUIRED; an undefined input or array item is just
	// of the wrong type.
	const missing = value === undefined && typeof path[path.length - 1] === "string";
	const issueOf = (code: IssueCode, message: string): OkrIssue[] => [{ code, path, message }];
	switch (issue.code) {
		case "invalid_type":
			if (missing) return [required(path)];
			return issueOf(
				"INVALID_TYPE",
				`Expected ${EXPECTED.get(issue.expected) ?? issue.expected}, received ${typeName(value)}.`,
			);
		case "invalid_value":
			if (missing) return [required(path)];
			return issueOf(
				"INVALID_ENUM",
				`Expected one of ${quoteAll(issue.values)}, received ${describeValue(value)}.`,
			);
		case "invalid_union": {
			// The model's one union is the key result's, discriminated on `kind`: when no option has
			// the given kind, zod's issue lists the kinds, at a path that ends at `kind`.
			if (missing) return [required(path)];
			const { options } = issue as { readonly options: readonly unknown[] };
			return issueOf(
				"INVALID_ENUM",
				`Expected one of ${quoteAll(options)}, received ${describeValue(value)}.`,
			);
		}
		case "invalid_format":
			// The model's one string format is "has text" (ids, titles), checked on strings only.
			return issueOf(
				"EMPTY_STRING",
				value === "" ? "Must not be empty." : "Must not be white space only.",
			);
		case "too_big":
			// The model's one maximum is a string's length (ids, titles, names…).
			return issueOf(
				"TOO_LONG",
				`Must be at most ${Number(issue.maximum).toLocaleString("en-US")} characters, received ${String(value).length.toLocaleString("en-US")}.`,
			);
		case "unrecognized_keys": {
			const known = Object.keys(locate(root, input, path).record?.fields ?? {});
			return issue.keys.map((key) => ({
				code: "UNKNOWN_KEY",
				path: [...path, key],
				message: unknownKeyMessage(key, known),
			}));
		}
		case "custom": {
			// Every custom issue of the model is okr-kit's (a leaf's or a rule's): it has its params.
			const params = issue.params as OkrParams;
			if (params.leaf === true && missing) return [required(path)];
			return issueOf(params.okrCode, issue.message);
		}
	}
}

/** Every issue of a zod error, in okr-kit's codes, in zod's order (`root` describes `input`). */
export function okrIssues(error: z.core.$ZodError, input: unknown, root: Described): OkrIssue[] {
	return (error.issues as readonly ModelIssue[]).flatMap((issue) =>
		okrIssuesOf(issue, input, root),
	);
}
