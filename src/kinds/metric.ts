/**
 * A metric key result: a number moving from `start` to `target`, up when `target > start`, down
 * when below. Progress `(current − start) / (target − start)`.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { cmp, divide, type Exact, sub } from "../numeric/index.js";
import { describe, literal, number, optional } from "./fields.js";
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
		},
		{
			rules: [
				{
					reads: ["start", "target"],
					check: (kr, path) => startEqualsTarget(kr.start, kr.target, [...path, "target"]),
					numbers: (kr) => kr["start"] !== kr["target"],
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
