import { OkrError } from "../errors/index.js";
import type { Objective } from "../model/types.js";
import { type Exact, toNumber } from "../numeric/index.js";
import { numbersOf, type PolicyOptions } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { at } from "../read/common.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { progressOf, weightedMean } from "./core.js";
import { fastObjectiveProgress, fastPolicyOf } from "./fast.js";

/** Options of {@link objectiveProgress}. */
export interface ObjectiveProgressOptions extends PolicyOptions {}

/** The exact weighted mean of an objective's own key results. @internal */
export function objectiveScore(objective: ObjectiveRead, policy: PolicyNumbers): Exact {
	if (objective.keyResults.length === 0) {
		throw new OkrError(
			"NO_KEY_RESULTS",
			`Objective ${JSON.stringify(objective.id)} has no key results to score.`,
			at(objective.path, "keyResults"),
		);
	}
	return weightedMean(
		objective.keyResults.map((kr) => ({ weight: kr.weight, progress: progressOf(kr, policy) })),
		at(objective.path, "keyResults"),
		`the key results of objective ${JSON.stringify(objective.id)}`,
	);
}

/**
 * The progress of an objective: the weighted mean `Σ wᵢ·pᵢ / Σ wᵢ` of its key results' progress
 * (each clamped by the policy first), computed exactly and converted once.
 *
 * @param objective - The objective, as a plain object.
 * @param options - `policy`: a partial scoring policy.
 * @returns The score as a number.
 * @throws {OkrError} `NO_KEY_RESULTS` when it has none; `ZERO_TOTAL_WEIGHT` when the weights sum to 0.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or policy.
 *
 * @example
 * ```ts
 * objectiveProgress({
 *   id: "growth", title: "Make the website a growth engine",
 *   keyResults: [
 *     { id: "traffic", title: "Visits 100k → 250k", kind: "metric", start: 100_000, target: 250_000, current: 175_000 },
 *     { id: "nps", title: "NPS 6 → 8", kind: "metric", start: 6, target: 8, current: 8, weight: 3 },
 *   ],
 * });
 * //=> 0.875
 * ```
 */
export function objectiveProgress(
	objective: Objective,
	options?: ObjectiveProgressOptions,
): number {
	const policy = numbersOf(options);
	// Plain data takes a fast path proven to give the same number (it gives up, with NaN, wherever
	// it cannot prove that: then the exact path below computes and reports).
	const fast = fastPolicyOf(policy);
	// Stryker disable next-line ConditionalExpression,BlockStatement: skipping the fast path gives the same number (tests/property/fastScores.test.ts)
	if (fast !== null) {
		const score = fastObjectiveProgress(objective, fast);
		// Stryker disable next-line ConditionalExpression: the exact path gives the same number
		if (!Number.isNaN(score)) return score;
	}
	return toNumber(objectiveScore(readObjective(objective, []), policy));
}
