import type { Objective } from "../model/types.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import { wideArithmetic } from "../numeric/wideArithmetic.js";
import type { PolicyOptions } from "../policy/resolve.js";
import { asOfOption } from "../progress/options.js";
import {
	type ObjectiveState,
	type RollUpRules,
	readExact,
	rulesOf,
	type Scored,
	scoreInOrder,
} from "./core.js";
import { readWide } from "./fast.js";
import type { RollUpScore } from "./types.js";

/** Options of {@link rollUp}. */
export interface RollUpOptions extends PolicyOptions {}

/**
 * Scores every objective of a cascade, rolling children's scores up to their parents.
 *
 * Where a score comes from is the policy's `rollup.source`:
 * - `"keyResults"` (default, as Google and Quantive do it): an objective is scored by its own key
 *   results; one without key results takes the contribution-weighted mean of its children's scores.
 * - `"children"`: an objective with children takes only their weighted mean; a leaf its key results.
 * - `"both"`: each child is one more item, weighted by its `contribution`, pooled with the key
 *   results: `(Σ wᵢpᵢ + Σ cⱼsⱼ) / (Σ wᵢ + Σ cⱼ)`.
 *
 * Each entry's `source` says which items made that score. Scores are exact all the way up (a
 * parent uses its children's exact scores) and are converted to numbers once, at the end; `grade`
 * and `color` are `grade(score)`. The walk is iterative: a chain of any depth is fine.
 *
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - `policy`: a partial scoring policy (`rollup.source`, `progress`, `grading`).
 * @returns A new `Map` from each objective's id to `{ score, grade, color, source }`, in input order.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective, or for an unsound cascade:
 * then `issues` are {@link validateCascade}'s (`DUPLICATE_ID`, `UNKNOWN_PARENT`, `ALIGNMENT_CYCLE`,
 * `NEGATIVE_CONTRIBUTION`), never a wrong number.
 * @throws {OkrError} `NO_KEY_RESULTS` for an objective with neither key results nor children;
 * `ZERO_TOTAL_WEIGHT` when the weights its score takes sum to 0.
 *
 * @example
 * ```ts
 * const scores = rollUp([
 *   { id: "company", title: "Become the market leader in customer satisfaction", level: "company" },
 *   { id: "product", title: "Create the most user-friendly product", parentId: "company",
 *     keyResults: [{ id: "activation", title: "Activation 50% → 80%", kind: "metric", start: 50, target: 80, current: 68 }] },
 *   { id: "support", title: "Support customers faster", parentId: "company", contribution: 2,
 *     keyResults: [{ id: "tickets", title: "Tickets 1000 → 600", kind: "metric", start: 1000, target: 600, current: 880 }] },
 * ]);
 * scores.get("product");
 * //=> { score: 0.6, grade: 0.6, color: "yellow", source: "keyResults" }
 * scores.get("support");
 * //=> { score: 0.3, grade: 0.3, color: "red", source: "keyResults" }
 * scores.get("company");
 * //=> { score: 0.4, grade: 0.4, color: "yellow", source: "children" }
 * ```
 */
export function rollUp(
	objectives: readonly Objective[],
	options?: RollUpOptions,
): Map<string, RollUpScore> {
	// The day of a snapshot, when given (minimal plumbing for the fast path's benchmark).
	const rules: RollUpRules = { ...rulesOf(options), asOf: asOfOption(options) };
	// Plain data is scored first in the fast arithmetic, which gives up (null) wherever it cannot
	// prove the exact scores, and on every error: the same algorithm then runs exactly and reports.
	return fastRollUp(objectives, rules) ?? exactRollUp(objectives, rules);
}

/** The scores by id, in input order. */
function scoresOf<T>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
): Map<string, RollUpScore> {
	const states = scoreInOrder(ar, scored, rules);
	const scores = new Map<string, RollUpScore>();
	const ids = scored.tree.ids;
	for (let i = 0; i < ids.length; i++) {
		scores.set(ids[i] as string, (states[i] as ObjectiveState<T>).entry);
	}
	return scores;
}

/** `rollUp` in the wide arithmetic, or `null` when it gives up. @internal */
export function fastRollUp(
	objectives: unknown,
	rules: RollUpRules,
): Map<string, RollUpScore> | null {
	try {
		const scored = readWide(objectives, rules, false);
		return scored === null ? null : scoresOf(wideArithmetic, scored, rules);
	} catch {
		// Given up, or a problem that the exact run reports in its own order.
		return null;
	}
}

/** `rollUp` in the exact arithmetic: decimal arithmetic throughout. @internal */
export function exactRollUp(objectives: unknown, rules: RollUpRules): Map<string, RollUpScore> {
	// Stryker disable next-line BooleanLiteral: keeping every key result read only costs memory
	return scoresOf(exactArithmetic, readExact(objectives, rules, false), rules);
}
