import type { Objective } from "../model/types.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { type CascadeIssue, cascadeIssues, readCascade } from "./graph.js";

/** Options of {@link validateCascade}. */
export interface ValidateCascadeOptions extends PolicyOptions, TimeZoneOptions {}

/**
 * Checks the structure of a cascade and lists every problem: `DUPLICATE_ID` (an objective id used
 * twice, or a key result id used twice across all the objectives), `UNKNOWN_PARENT` (a `parentId`
 * naming no objective given), `ALIGNMENT_CYCLE` (parent links that loop, reported once per loop
 * with the loop's ids; an objective that is its own parent is a loop) and `NEGATIVE_CONTRIBUTION`.
 *
 * Each issue's `path` starts with the index of the offending objective in the array, and the
 * issues come in the order of those indices. A sound cascade gives `[]`; {@link rollUp},
 * {@link createRollUp} and {@link explain} refuse any other with these issues.
 *
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - Accepted for uniformity; the structure does not depend on the policy.
 * @returns The problems found: `{ code, path, message, ids }[]`, empty when the cascade is sound.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective (a bad field, not a bad
 * link), with the path of the bad field.
 *
 * @example
 * ```ts
 * validateCascade([
 *   { id: "company", title: "Become the market leader in customer satisfaction", level: "company" },
 *   { id: "product", title: "Create the most user-friendly product", parentId: "company" },
 * ]);
 * //=> []
 * validateCascade([
 *   { id: "a", title: "A", parentId: "c" },
 *   { id: "b", title: "B", parentId: "a" },
 *   { id: "c", title: "C", parentId: "b" },
 * ]).map((issue) => [issue.code, issue.path, issue.ids]);
 * //=> [["ALIGNMENT_CYCLE", [0, "parentId"], ["a", "c", "b"]]]
 * ```
 */
export function validateCascade(
	objectives: readonly Objective[],
	options?: ValidateCascadeOptions,
): CascadeIssue[] {
	policyOf(options);
	return cascadeIssues(readCascade(objectives, undefined, zoneOption(options)));
}
