import type { Objective } from "../model/types.js";
import { exactArithmetic } from "../numeric/arithmetic.js";
import { type Exact, toNumber } from "../numeric/index.js";
import { numbersOf, type PolicyOptions } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import type { DateInput, Day } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { progressOf, scoreWith } from "./core.js";
import { fastObjectiveProgress } from "./fast.js";
import { asOfOption } from "./options.js";

/** Options of {@link objectiveProgress}. */
export interface ObjectiveProgressOptions extends PolicyOptions, TimeZoneOptions {
	/** Score the objective as of this day (each key result as `keyResultProgress` reads it then). */
	readonly asOf?: DateInput | undefined;
}

/** The exact weighted mean of an objective's own key results. @internal */
export function objectiveScore(
	objective: ObjectiveRead,
	policy: PolicyNumbers,
	asOf: Day | null = null,
): Exact {
	return scoreWith(exactArithmetic, objective.id, objective.path, {
		weights: objective.keyResults.map((kr) => kr.weight),
		progress: objective.keyResults.map((kr) => progressOf(kr, policy, asOf)),
	});
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
	const zone = zoneOption(options);
	const asOf = asOfOption(options);
	// Plain data is scored first in the fast arithmetic, which gives up (NaN) wherever it cannot
	// prove the exact result (as of `asOf` too): then the same computation runs exactly, and
	// reports any problem.
	const fast = fastObjectiveProgress(objective, policy, zone, asOf);
	// Stryker disable next-line ConditionalExpression: the exact path gives the same number (tests/property/fastScores.test.ts)
	if (!Number.isNaN(fast)) return fast;
	return toNumber(objectiveScore(readObjective(objective, [], zone), policy, asOf));
}
