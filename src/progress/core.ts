/**
 * Progress rules over key results already read: exact values in, exact values out.
 *
 * @module
 * @internal
 */
import { OkrError, type Path } from "../errors/index.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import {
	add,
	clamp,
	cmp,
	divide,
	type Exact,
	fromInt,
	isZero,
	ONE,
	sub,
	ZERO,
} from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { at, latestReading, type Reading } from "../read/common.js";
import type { KeyResultRead, RangeRead, ThresholdRead } from "../read/keyResult.js";
import type { Day } from "../time/day.js";

/**
 * Unclamped progress of a key result, reading values as of `asOf` (the latest check-in on or
 * before it, ignoring `current`), or as they stand now when `asOf` is `null`.
 */
export function rawProgress(kr: KeyResultRead, asOf: Day | null): Exact {
	switch (kr.kind) {
		case "metric": {
			const value = valueAsOf(kr.current, kr.checkIns, asOf) ?? kr.start;
			return divide(sub(value, kr.start), sub(kr.target, kr.start));
		}
		case "threshold":
		case "range": {
			if (kr.scoring === "checkIns") return heldShare(kr, asOf);
			const value = valueAsOf(kr.current, kr.checkIns, asOf);
			return value !== null && holds(kr, value) ? ONE : ZERO;
		}
		case "milestone":
			return kr.done ? ONE : ZERO;
		case "checklist": {
			let done = ZERO;
			let total = ZERO;
			for (const item of kr.items) {
				total = add(total, item.weight);
				if (item.done) done = add(done, item.weight);
			}
			if (isZero(total)) {
				throw new OkrError(
					"ZERO_TOTAL_WEIGHT",
					`The items of key result ${JSON.stringify(kr.id)} have weights summing to 0.`,
					at(kr.path, "items"),
				);
			}
			return divide(done, total);
		}
	}
}

function valueAsOf(
	current: Exact | null,
	checkIns: readonly Reading[],
	asOf: Day | null,
): Exact | null {
	if (asOf === null && current !== null) return current;
	return latestReading(checkIns, asOf)?.value ?? null;
}

/** Whether a threshold or range key result's condition holds at `value` (inclusive). */
export function holds(kr: ThresholdRead | RangeRead, value: Exact): boolean {
	if (kr.kind === "threshold") {
		const c = cmp(value, kr.threshold);
		return kr.direction === "atLeast" ? c >= 0 : c <= 0;
	}
	return cmp(value, kr.low) >= 0 && cmp(value, kr.high) <= 0;
}

function heldShare(kr: ThresholdRead | RangeRead, asOf: Day | null): Exact {
	let count = 0;
	let held = 0;
	for (const checkIn of kr.checkIns) {
		if (asOf !== null && checkIn.at > asOf) break;
		count++;
		if (holds(kr, checkIn.value)) held++;
	}
	return count === 0 ? ZERO : divide(fromInt(held), fromInt(count));
}

/** Progress clamped to the policy's `[floor, cap]`. */
export function clampProgress(value: Exact, policy: PolicyNumbers): Exact {
	return clamp(value, policy.floor, policy.cap);
}

/** Clamped progress of a key result. */
export function progressOf(
	kr: KeyResultRead,
	policy: PolicyNumbers,
	asOf: Day | null = null,
): Exact {
	return clampProgress(rawProgress(kr, asOf), policy);
}

/** One weighted item of a mean: a key result or a child objective. */
export interface WeightedItem {
	readonly weight: Exact;
	readonly progress: Exact;
}

/**
 * `Σ wᵢ·pᵢ / Σ wᵢ` in the arithmetic `ar`, exact up to the one division. Throws
 * `ZERO_TOTAL_WEIGHT` at `path` when the weights sum to 0 (the mean is undefined: never a made-up
 * 0 or 0.5).
 */
export function meanWith<T>(
	ar: Arithmetic<T>,
	weights: readonly T[],
	progress: readonly T[],
	path: Path,
	what: string,
): T {
	const { points, weight } = ar.sums(weights, progress);
	if (ar.isZero(weight)) {
		throw new OkrError(
			"ZERO_TOTAL_WEIGHT",
			`The weights of ${what} sum to 0: its score is undefined.`,
			path,
		);
	}
	return ar.divide(points, weight);
}

/** {@link meanWith} in exact arithmetic, over items. */
export function weightedMean(items: readonly WeightedItem[], path: Path, what: string): Exact {
	return meanWith(
		exactArithmetic,
		items.map((item) => item.weight),
		items.map((item) => item.progress),
		path,
		what,
	);
}
