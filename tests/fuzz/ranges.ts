/**
 * The documented ranges of results, under the policy a call was given: what the fuzz checks on
 * every value a function returns.
 */

import { definePolicy, type ScoringPolicy } from "../../src/index.js";
import { ensure, expectOneOf, expectWithin } from "./harness.js";

/** The policy an options value resolves to (the call returned, so it is valid). */
export function policyFrom(options: unknown): ScoringPolicy {
	const policy =
		options !== null && typeof options === "object" && "policy" in options
			? (options as { policy?: unknown }).policy
			: undefined;
	return definePolicy(policy as Parameters<typeof definePolicy>[0]);
}

/** `[floor, cap]` of progress under the policy (`cap: null` is no upper bound). */
export function progressRange(options: unknown): [number, number] {
	const { floor, cap } = policyFrom(options).progress;
	return [Number(floor), cap === null ? Number.POSITIVE_INFINITY : Number(cap)];
}

export function expectProgress(x: unknown, options: unknown): void {
	const [low, high] = progressRange(options);
	expectWithin(x, low, high);
}

export const COLORS = ["red", "yellow", "green"] as const;

/** A grade: within [0, 1], with at most the policy's decimals, and a colour. */
export function expectGrade(g: { grade: unknown; color: unknown }, options: unknown): void {
	expectWithin(g.grade, 0, 1);
	const decimals = policyFrom(options).grading.decimals;
	const scaled = (g.grade as number) * 10 ** decimals;
	ensure(
		Math.abs(scaled - Math.round(scaled)) < 1e-6,
		`grade ${g.grade} has more decimals than ${decimals}`,
	);
	expectOneOf(g.color, COLORS);
}
