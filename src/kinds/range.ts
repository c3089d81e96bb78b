/**
 * A range key result: a value that must stay within `[low, high]`, both ends inclusive.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { add, cmp, divide, type Exact, fromInt, sub } from "../numeric/index.js";
import { conditionProgress, scoring } from "./condition.js";
import { describe, literal, number, optional, type ReadOf } from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";
import { computedValue, sourceNumber } from "./values.js";

/** A range key result needs `low <= high`. */
export function lowAboveHigh(low: Exact, high: Exact, path: Path): OkrIssue | null {
	if (cmp(low, high) <= 0) return null;
	return { code: "LOW_ABOVE_HIGH", path, message: "A range needs low <= high." };
}

const description = describe(
	"a key result",
	{
		...keyResultBase,
		kind: literal("range"),
		low: number(),
		high: number(),
		current: optional(number(), null),
		scoring,
	},
	{
		rules: [
			{
				reads: ["low", "high"],
				check: (kr, path) => lowAboveHigh(kr.low, kr.high, [...path, "high"]),
				fast: (kr) => {
					const { low, high } = kr;
					return typeof low === "number" && typeof high === "number" ? low <= high : undefined;
				},
			},
		],
		located: true,
	},
);

/** Whether `value` lies in the range (both ends included). */
export function rangeHolds(kr: ReadOf<typeof description>, value: Exact): boolean {
	return cmp(value, kr.low) >= 0 && cmp(value, kr.high) <= 0;
}

export const range = kind({
	description,
	valued: true,
	progress: (kr, asOf) => conditionProgress(kr, asOf, rangeHolds),
	promote(kr, achieved) {
		// The KPI keeps the range's middle, green within half the width, yellow within the width.
		const inputs = [sourceNumber(kr.source, "low"), sourceNumber(kr.source, "high")];
		const width = sub(kr.high, kr.low);
		return {
			direction: "onTarget",
			target: achieved ?? computedValue(divide(add(kr.low, kr.high), fromInt(2)), inputs),
			thresholds: {
				mode: "absolute",
				green: computedValue(divide(width, fromInt(2)), inputs),
				yellow: computedValue(width, inputs),
			},
		};
	},
});
