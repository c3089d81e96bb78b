/**
 * Progress rules over key results already read: exact values in, exact values out.
 *
 * @module
 * @internal
 */
import { OkrError, type Path } from "../errors/index.js";
import { kindProgress } from "../kinds/keyResult.js";
import { closingScore } from "../kinds/keyResultBase.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import { clamp, describeString, type Exact } from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { at } from "../read/common.js";
import type { KeyResultRead } from "../read/keyResult.js";
import type { Day } from "../time/day.js";

/**
 * Unclamped progress of a key result as measured from its own data, reading values as of `asOf`
 * (the latest check-in on or before it, ignoring `current`), or as they stand now when `asOf` is
 * `null`: its kind's rule, whatever grade its owner closed it with (what promotion to a KPI asks:
 * whether the value reached the target).
 */
export function rawProgress(kr: KeyResultRead, asOf: Day | null): Exact {
	return kindProgress(kr, asOf);
}

/** Progress clamped to the policy's `[floor, cap]`. */
export function clampProgress(value: Exact, policy: PolicyNumbers): Exact {
	return clamp(value, policy.floor, policy.cap);
}

/**
 * Clamped progress of a key result: the one progress rule every score goes through. Its closing
 * grade once that counts (from its `at` on), else its kind's rule over its data.
 */
export function progressOf(
	kr: KeyResultRead,
	policy: PolicyNumbers,
	asOf: Day | null = null,
): Exact {
	return clampProgress(closingScore(kr, asOf) ?? rawProgress(kr, asOf), policy);
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

/** Key results' ids, weights and clamped progress, as parallel lists (a weighted mean's terms). */
export interface Terms<T> {
	readonly ids: readonly string[];
	readonly weights: readonly T[];
	readonly progress: readonly T[];
}

/** {@link Terms} being built. */
export interface TermLists<T> {
	readonly ids: string[];
	readonly weights: T[];
	readonly progress: T[];
}

/**
 * An objective's score from its key results' terms, in the arithmetic `ar`: their weighted mean.
 * Throws `NO_KEY_RESULTS` when there are none, `ZERO_TOTAL_WEIGHT` when the weights sum to 0.
 * @internal
 */
export function scoreWith<T>(
	ar: Arithmetic<T>,
	id: string,
	path: Path,
	terms: Pick<Terms<T>, "weights" | "progress">,
): T {
	if (terms.weights.length === 0) {
		throw new OkrError(
			"NO_KEY_RESULTS",
			`Objective ${describeString(id)} has no key results to score.`,
			at(path, "keyResults"),
		);
	}
	return meanWith(
		ar,
		terms.weights,
		terms.progress,
		at(path, "keyResults"),
		`the key results of objective ${describeString(id)}`,
	);
}
