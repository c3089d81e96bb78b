/**
 * zod's issues, told in okr-kit's issue codes: the same codes the zod-free readers report, with
 * zod's paths and okr-kit's wording.
 *
 * @module
 * @internal
 */
import type * as z from "zod/mini";
import type { IssueCode, OkrIssue, Path, PathKey } from "../errors/index.js";
import { typeName } from "../numeric/index.js";
import { describeValue, type OkrParams } from "./leaves.js";

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
	["number", "a number"],
	["null", "null"],
]);

function okrParams(issue: z.core.$ZodIssue): OkrParams | undefined {
	if (issue.code !== "custom") return undefined;
	const params = issue.params as Partial<OkrParams> | undefined;
	return typeof params?.okrCode === "string" ? (params as OkrParams) : undefined;
}

/**
 * One zod issue as okr-kit issues (an `unrecognized_keys` issue gives one `UNKNOWN_KEY` per key).
 * `input` is what the caller passed, for telling a missing field (`REQUIRED`) from a wrong one.
 */
export function okrIssuesOf(issue: z.core.$ZodIssue, input: unknown): OkrIssue[] {
	const path: Path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
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
		case "invalid_union":
			if ("discriminator" in issue) {
				// A discriminated union: zod's path already ends at the discriminator.
				if (missing) return [required(path)];
				const options = (issue as { readonly options?: readonly unknown[] }).options ?? [];
				return issueOf(
					"INVALID_ENUM",
					`Expected one of ${quoteAll(options)}, received ${describeValue(value)}.`,
				);
			}
			return issueOf("INVALID_TYPE", `Expected a valid value, received ${typeName(value)}.`);
		case "too_small":
			// The model's only zod minimum is a non-empty string (ids). zod also checks it on a value
			// that is not a string (an array, a typed array), whose type issue says what is wrong.
			if (typeof value === "string") return issueOf("EMPTY_STRING", "Must not be empty.");
			return [];
		case "too_big":
			return issueOf("OUT_OF_RANGE", issue.message);
		case "unrecognized_keys":
			return issue.keys.map((key) => ({
				code: "UNKNOWN_KEY",
				path: [...path, key],
				message: `There is no field ${JSON.stringify(key)} here.`,
			}));
		case "custom": {
			const params = okrParams(issue);
			if (params === undefined) return issueOf("INVALID_TYPE", issue.message);
			if (params.leaf === true && missing) return [required(path)];
			return issueOf(params.okrCode, issue.message);
		}
		default:
			return issueOf("INVALID_TYPE", issue.message);
	}
}

/** Every issue of a zod error, in okr-kit's codes, in zod's order. */
export function okrIssues(error: z.core.$ZodError, input: unknown): OkrIssue[] {
	return error.issues.flatMap((issue) => okrIssuesOf(issue, input));
}
