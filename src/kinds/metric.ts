/**
 * A metric key result: a number moving from `start` to `target`, up when `target > start`, down
 * when below. Progress `(current − start) / (target − start)`.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { cmp, divide, type Exact, sub } from "../numeric/index.js";
import { describe, literal, number, oneOf, optional } from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";
import { valueAsOf } from "./readings.js";
import { sourceNumber } from "./values.js";

/** A metric key result must move: `start == target` has no direction and no progress. */
export function startEqualsTarget(start: Exact, target: Exact, path: Path): OkrIssue | null {
	if (cmp(start, target) !== 0) return null;
	return {
		code: "START_EQUALS_TARGET",
		path,
		message:
			'A metric key result needs target != start (its progress would be 0/0). To keep a value at or beyond a level, use a key result of kind "threshold".',
	};
}

/** Whether start and target are written as plain numbers (the fast checks' own case). */
function plainNumbers(kr: Readonly<Record<string, unknown>>): boolean {
	return typeof kr["start"] === "number" && typeof kr["target"] === "number";
}

/** The ways a metric may say it moves. */
export const METRIC_DIRECTIONS = ["increase", "decrease"] as const;

/**
 * A metric that says which way it moves must have its start and target that way round: a swapped
 * start and target is the most common slip in entering a key result.
 */
export function directionMismatch(
	start: Exact,
	target: Exact,
	direction: (typeof METRIC_DIRECTIONS)[number] | null,
	path: Path,
): OkrIssue | null {
	const c = cmp(target, start);
	if (direction === null || c === 0 || c > 0 === (direction === "increase")) return null;
	return {
		code: "DIRECTION_MISMATCH",
		path,
		message: `The key result says "${direction}" but its target is ${c > 0 ? "above" : "below"} its start: are start and target swapped?`,
	};
}

export const metric = kind({
	description: describe(
		"a key result",
		{
			...keyResultBase,
			kind: literal("metric"),
			start: number(),
			target: number(),
			/** The value now; without it, the latest check-in's value, else `start`. */
			current: optional(number(), null),
			/** Which way it should move; checked against `start` and `target` (`DIRECTION_MISMATCH`). */
			direction: optional(oneOf(METRIC_DIRECTIONS), null),
		},
		{
			rules: [
				{
					reads: ["start", "target"],
					check: (kr, path) => startEqualsTarget(kr.start, kr.target, [...path, "target"]),
					fast: (kr) => (plainNumbers(kr) ? kr["start"] !== kr["target"] : undefined),
				},
				{
					reads: ["start", "target", "direction"],
					check: (kr, path) =>
						directionMismatch(kr.start, kr.target, kr.direction, [...path, "direction"]),
					fast: (kr) => {
						if (kr["direction"] === undefined) return true;
						if (!plainNumbers(kr)) return undefined;
						const c = (kr["target"] as number) - (kr["start"] as number);
						return c === 0 || c > 0 === (kr["direction"] === "increase");
					},
				},
			],
			located: true,
		},
	),
	valued: true,
	progress(kr, asOf) {
		const value = valueAsOf(kr.current, kr.checkIns, asOf) ?? kr.start;
		return divide(sub(value, kr.start), sub(kr.target, kr.start));
	},
	promote: (kr, achieved) => ({
		// A metric's target differs from its start: `cmp` gives 1 or -1.
		direction: cmp(kr.target, kr.start) === 1 ? "higherIsBetter" : "lowerIsBetter",
		target: achieved ?? sourceNumber(kr.source, "target"),
		thresholds: undefined,
	}),
});
