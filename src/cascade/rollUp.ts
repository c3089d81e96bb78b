import type { DateInput, Objective } from "../model/types.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import { wideArithmetic } from "../numeric/wideArithmetic.js";
import type { PolicyOptions } from "../policy/resolve.js";
import type { TimeZoneOptions } from "../time/zone.js";
import {
	type ObjectiveState,
	type RollUpRules,
	readExact,
	rulesOf,
	type Scored,
	scoreInOrder,
} from "./core.js";
import { readWide } from "./fast.js";
import type { PartialOption, RollUpScore } from "./types.js";

/**
 * Options of {@link rollUp}.
 *
 * @typeParam Partial - The type of `partial`: `true` makes every entry either scored or not.
 */
export interface RollUpOptions<Partial extends boolean = boolean>
	extends PolicyOptions,
		TimeZoneOptions,
		PartialOption<Partial> {
	/**
	 * Score the cascade as of this day, a snapshot: each key result with check-ins is read from
	 * those on or before it alone, one without check-ins from `current`; a milestone or checklist
	 * item done after it is not done yet.
	 */
	readonly asOf?: DateInput | undefined;
}

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
 * With `options.asOf` the roll-up is a snapshot of that day: check-ins and `doneAt`s after it do
 * not count (a key result with check-ins is read from those on or before it alone).
 *
 * An objective that cannot be scored for a reason of its own (`NO_KEY_RESULTS`: neither key results
 * nor children; `ZERO_TOTAL_WEIGHT`: the weights its score takes sum to 0, or a checklist's items
 * do) fails the roll-up: when several cannot, the error is that of the first in input order. With
 * `options.partial: true` it gets `{ score: null, grade: null, color: null, source: null, issue:
 * { code, message } }` instead, its parent pools its other items as if it were not there, and a
 * parent left with nothing to pool is unscored in turn (`CHILDREN_NOT_SCORED`). Malformed input and
 * an unsound cascade are refused either way. See docs/scoring.md ("Partial roll-ups").
 *
 * @typeParam Partial - `true` when `options.partial` is `true`: entries may then be unscored.
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - `policy`: a partial scoring policy (`rollup.source`, `progress`, `grading`);
 *   `asOf`: the day of a snapshot; `partial`: leave unscorable objectives unscored.
 * @returns A new `Map` from each objective's id to `{ score, grade, color, source }` (or, partial,
 *   an unscored entry), in input order.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or option, or for an
 * unsound cascade: then `issues` are {@link validateCascade}'s (`DUPLICATE_ID`, `UNKNOWN_PARENT`,
 * `ALIGNMENT_CYCLE`, `NEGATIVE_CONTRIBUTION`), never a wrong number.
 * @throws {OkrError} Without `partial`: `NO_KEY_RESULTS` for an objective with neither key results
 * nor children; `ZERO_TOTAL_WEIGHT` when the weights its score takes sum to 0.
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
 *
 * @example
 * A draft with neither key results nor children, in a partial roll-up:
 * ```ts
 * const scores = rollUp([
 *   { id: "company", title: "Become the market leader", level: "company" },
 *   { id: "product", title: "Create the most user-friendly product", parentId: "company",
 *     keyResults: [{ id: "activation", title: "Activation 50% → 80%", kind: "metric", start: 50, target: 80, current: 68 }] },
 *   { id: "draft", title: "Expand to Europe", parentId: "company" },
 * ], { partial: true });
 * scores.get("draft");
 * //=> { score: null, grade: null, color: null, source: null, issue: { code: "NO_KEY_RESULTS", message: 'Objective "draft" has neither key results nor children to score it.' } }
 * scores.get("company");
 * //=> { score: 0.6, grade: 0.6, color: "yellow", source: "children" }
 * ```
 */
export function rollUp<Partial extends boolean = false>(
	objectives: readonly Objective[],
	options?: RollUpOptions<Partial>,
): Map<string, RollUpScore<Partial>> {
	const rules = rulesOf(options);
	// Plain data is scored first in the fast arithmetic, which gives up (null) wherever it cannot
	// prove the exact scores, and on every error: the same algorithm then runs exactly and reports.
	const scores = fastRollUp(objectives, rules) ?? exactRollUp(objectives, rules);
	return scores as Map<string, RollUpScore<Partial>>;
}

/** The scores by id, in input order. */
function scoresOf<T>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
): Map<string, RollUpScore<boolean>> {
	const states = scoreInOrder(ar, scored, rules);
	const scores = new Map<string, RollUpScore<boolean>>();
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
): Map<string, RollUpScore<boolean>> | null {
	try {
		const scored = readWide(objectives, rules, false);
		return scored === null ? null : scoresOf(wideArithmetic, scored, rules);
	} catch {
		// Given up, or a problem that the exact run reports in its own order.
		return null;
	}
}

/** `rollUp` in the exact arithmetic: decimal arithmetic throughout. @internal */
export function exactRollUp(
	objectives: unknown,
	rules: RollUpRules,
): Map<string, RollUpScore<boolean>> {
	// Stryker disable next-line BooleanLiteral: keeping every key result read only costs memory
	return scoresOf(exactArithmetic, readExact(objectives, rules, false), rules);
}
