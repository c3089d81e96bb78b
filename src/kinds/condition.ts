/**
 * What threshold and range key results share: a condition on a value, scored by the latest value
 * (`"latest"`) or by the share of check-ins that held (`"checkIns"`).
 *
 * @module
 * @internal
 */
import { divide, type Exact, fromInt, ONE, ZERO } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import { oneOf, withDefault } from "./fields.js";
import { type Reading, valueAsOf } from "./readings.js";

/** How a condition is scored. */
export const SCORINGS = ["latest", "checkIns"] as const;
export const scoring = withDefault(oneOf(SCORINGS), "latest", "latest");

interface Condition {
	readonly current: Exact | null;
	readonly checkIns: readonly Reading[];
	readonly scoring: (typeof SCORINGS)[number];
}

/** Progress of a condition: 1 or 0 by the value as of `asOf`, or the share of check-ins that held. */
export function conditionProgress<K extends Condition>(
	kr: K,
	asOf: Day | null,
	holds: (kr: K, value: Exact) => boolean,
): Exact {
	if (kr.scoring === "checkIns") {
		let count = 0;
		let held = 0;
		for (const checkIn of kr.checkIns) {
			if (asOf !== null && checkIn.at > asOf) break;
			count++;
			if (holds(kr, checkIn.value)) held++;
		}
		return count === 0 ? ZERO : divide(fromInt(held), fromInt(count));
	}
	const value = valueAsOf(kr.current, kr.checkIns, asOf);
	return value !== null && holds(kr, value) ? ONE : ZERO;
}
