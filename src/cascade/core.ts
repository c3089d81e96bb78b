/**
 * The roll-up engine: each objective's score from its key results and its children's exact
 * scores, by the policy's `rollup.source`. Scores stay exact all the way up; the one conversion to
 * `number` happens per objective, for the output only.
 *
 * An objective's state keeps the two sums its score is made of (`Σ wᵢpᵢ`, `Σ wᵢ` over its key
 * results and `Σ cⱼsⱼ`, `Σ cⱼ` over its children), so an incremental update can change one term of
 * a parent's sum without visiting its other children. Sums, differences and products of exact
 * values are exact, so a sum updated that way is the same value as one recomputed from scratch.
 *
 * @module
 * @internal
 */
import { OkrError } from "../errors/index.js";
import { type Color, gradeColor, roundedGrade } from "../grading/core.js";
import {
	add,
	cmp,
	divide,
	type Exact,
	exact,
	isZero,
	mul,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import type { RollUpSource } from "../policy/defaults.js";
import { policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { progressOf } from "../progress/core.js";
import type { KeyResultRead } from "../read/keyResult.js";
import type { ObjectiveRead } from "../read/objective.js";
import type { SoundCascade } from "./graph.js";
import type { RollUpScore } from "./types.js";

/** What an objective's score is made of, and the score. */
export interface ObjectiveState {
	readonly keyResults: readonly KeyResultRead[];
	/** Clamped progress of each key result. */
	readonly progress: readonly Exact[];
	readonly krPoints: Exact;
	readonly krWeight: Exact;
	readonly childPoints: Exact;
	readonly childWeight: Exact;
	readonly score: Exact;
	readonly source: RollUpSource;
	/** The score as the caller sees it. */
	readonly entry: RollUpScore;
}

/** The policy a roll-up runs with: its numbers and the source rule. */
export interface RollUpRules {
	readonly numbers: PolicyNumbers;
	readonly source: RollUpSource;
}

/** Progress of each key result and the two sums over them. */
export function keyResultTerms(
	keyResults: readonly KeyResultRead[],
	numbers: PolicyNumbers,
): { progress: Exact[]; points: Exact; weight: Exact } {
	const progress = keyResults.map((kr) => progressOf(kr, numbers));
	return { progress, ...keyResultSums(keyResults, progress) };
}

/** `Σ wᵢpᵢ` and `Σ wᵢ` over key results whose progress is known. */
export function keyResultSums(
	keyResults: readonly KeyResultRead[],
	progress: readonly Exact[],
): { points: Exact; weight: Exact } {
	let points = ZERO;
	let weight = ZERO;
	keyResults.forEach((kr, k) => {
		points = add(points, mul(kr.weight, progress[k] as Exact));
		weight = add(weight, kr.weight);
	});
	return { points, weight };
}

/** Which items make an objective's score under `rule` (`NO_KEY_RESULTS` when it has none). */
export function sourceOf(
	objective: ObjectiveRead,
	hasKeyResults: boolean,
	hasChildren: boolean,
	rule: RollUpSource,
): RollUpSource {
	if (hasKeyResults && hasChildren) return rule;
	if (hasKeyResults) return "keyResults";
	if (hasChildren) return "children";
	throw new OkrError(
		"NO_KEY_RESULTS",
		`Objective ${JSON.stringify(objective.id)} has neither key results nor children to score it.`,
		[...objective.path, "keyResults"],
	);
}

/** The points and weight of the items `source` takes. */
export function pooled(
	source: RollUpSource,
	krPoints: Exact,
	krWeight: Exact,
	childPoints: Exact,
	childWeight: Exact,
): { points: Exact; weight: Exact } {
	if (source === "keyResults") return { points: krPoints, weight: krWeight };
	if (source === "children") return { points: childPoints, weight: childWeight };
	return { points: add(krPoints, childPoints), weight: add(krWeight, childWeight) };
}

/** The score of an objective from its sums; `ZERO_TOTAL_WEIGHT` when the weights taken sum to 0. */
export function stateOf(
	objective: ObjectiveRead,
	hasChildren: boolean,
	keyResults: readonly KeyResultRead[],
	progress: readonly Exact[],
	krPoints: Exact,
	krWeight: Exact,
	childPoints: Exact,
	childWeight: Exact,
	rules: RollUpRules,
	previous?: ObjectiveState,
): ObjectiveState {
	const source = sourceOf(objective, keyResults.length > 0, hasChildren, rules.source);
	const { points, weight } = pooled(source, krPoints, krWeight, childPoints, childWeight);
	if (isZero(weight)) {
		throw new OkrError(
			"ZERO_TOTAL_WEIGHT",
			`The weights of the ${ITEMS[source]} of objective ${JSON.stringify(objective.id)} sum to 0: its score is undefined.`,
			source === "keyResults" ? [...objective.path, "keyResults"] : objective.path,
		);
	}
	const score = divide(points, weight);
	return {
		keyResults,
		progress,
		krPoints,
		krWeight,
		childPoints,
		childWeight,
		score,
		source,
		// An unchanged score keeps its entry object, so versions share what did not change.
		entry:
			previous !== undefined && previous.source === source && cmp(previous.score, score) === 0
				? previous.entry
				: entryOf(score, source, rules),
	};
}

const ITEMS: Readonly<Record<RollUpSource, string>> = {
	keyResults: "key results",
	children: "children (their contributions)",
	both: "key results and children",
};

/** The caller's view of a score: converted once, graded from the number returned (as `grade` does). */
export function entryOf(score: Exact, source: RollUpSource, rules: RollUpRules): RollUpScore {
	const n = toNumber(score);
	const g = gradeOf(n, rules.numbers);
	return Object.freeze({ score: n, grade: g.grade, color: g.color, source });
}

function gradeOf(score: number, numbers: PolicyNumbers): { grade: number; color: Color } {
	const rounded = roundedGrade(exact(score, ["score"]), numbers);
	return { grade: toNumber(rounded), color: gradeColor(rounded, numbers) };
}

/** The policy's numbers and source rule for `options`. */
export function rulesOf(options: unknown): RollUpRules {
	const policy = policyOf(options);
	return { numbers: policyNumbers(policy), source: policy.rollup.source };
}

/**
 * Scores the objectives at the indices of `order` (each after its children), from their key
 * results and their children's exact scores. Returns the states by index (others undefined).
 */
export function scoreInOrder(
	cascade: SoundCascade,
	order: readonly number[],
	rules: RollUpRules,
): (ObjectiveState | undefined)[] {
	const { objectives, children } = cascade;
	const states: (ObjectiveState | undefined)[] = new Array(objectives.length);
	for (const i of order) {
		const objective = objectives[i] as ObjectiveRead;
		const kids = children[i] as readonly number[];
		let childPoints = ZERO;
		let childWeight = ZERO;
		for (const c of kids) {
			const contribution = (objectives[c] as ObjectiveRead).contribution;
			childPoints = add(childPoints, mul(contribution, (states[c] as ObjectiveState).score));
			childWeight = add(childWeight, contribution);
		}
		const { progress, points, weight } = keyResultTerms(objective.keyResults, rules.numbers);
		states[i] = stateOf(
			objective,
			kids.length > 0,
			objective.keyResults,
			progress,
			points,
			weight,
			childPoints,
			childWeight,
			rules,
		);
	}
	return states;
}
