/**
 * A threshold key result: a value that must stay at least (or at most) `threshold`, inclusive.
 *
 * @module
 * @internal
 */
import { cmp, type Exact } from "../numeric/index.js";
import { conditionProgress, scoring } from "./condition.js";
import { describe, literal, number, oneOf, optional, type ReadOf } from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";
import { sourceNumber } from "./values.js";

const description = describe(
	"a key result",
	{
		...keyResultBase,
		kind: literal("threshold"),
		direction: oneOf(["atLeast", "atMost"]),
		threshold: number(),
		current: optional(number(), null),
		scoring,
	},
	{ located: true },
);

/** Whether the condition holds at `value` (inclusive). */
export function thresholdHolds(kr: ReadOf<typeof description>, value: Exact): boolean {
	const c = cmp(value, kr.threshold);
	return kr.direction === "atLeast" ? c >= 0 : c <= 0;
}

export const threshold = kind({
	description,
	valued: true,
	progress: (kr, asOf) => conditionProgress(kr, asOf, thresholdHolds),
	promote: (kr, achieved) => ({
		direction: kr.direction === "atLeast" ? "higherIsBetter" : "lowerIsBetter",
		target: achieved ?? sourceNumber(kr.source, "threshold"),
		thresholds: undefined,
	}),
});
