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
	fromResult,
	isZero,
	mul,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import type { RollUpSource } from "../policy/defaults.js";
import { policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { progressOf } from "../progress/core.js";
import { fastPolicyOf } from "../progress/fast.js";
import type { KeyResultRead } from "../read/keyResult.js";
import type { ObjectiveRead } from "../read/objective.js";
import { fastEntry } from "./fast.js";
import {
	type CascadeGraph,
	type ObjectiveLink,
	readCascade,
	type SoundCascade,
	soundCascade,
} from "./graph.js";
import type { RollUpScore } from "./types.js";

/** An objective's key results as a score sees them: their progress and the two sums over them. */
export interface KeyResultTerms {
	/** How many key results the objective has. */
	readonly count: number;
	/** The key results and their clamped progress (empty when not kept, see {@link readScored}). */
	readonly keyResults: readonly KeyResultRead[];
	readonly progress: readonly Exact[];
	/** `Σ wᵢpᵢ` */
	readonly points: Exact;
	/** `Σ wᵢ` */
	readonly weight: Exact;
	/** A failure computing them (e.g. a checklist's zero total weight), thrown when scored. */
	readonly error?: OkrError;
}

/** What an objective's score is made of, and the score. */
export interface ObjectiveState {
	readonly terms: KeyResultTerms;
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

/** The policy's numbers and source rule for `options`. */
export function rulesOf(options: unknown): RollUpRules {
	const policy = policyOf(options);
	return { numbers: policyNumbers(policy), source: policy.rollup.source };
}

const NONE: readonly never[] = Object.freeze([]);

/** The terms of key results already read, and with known progress. */
export function keyResultSums(
	keyResults: readonly KeyResultRead[],
	progress: readonly Exact[],
): KeyResultTerms {
	let points = ZERO;
	let weight = ZERO;
	keyResults.forEach((kr, k) => {
		points = add(points, mul(kr.weight, progress[k] as Exact));
		weight = add(weight, kr.weight);
	});
	return { count: keyResults.length, keyResults, progress, points, weight };
}

/**
 * The terms of an objective's key results. A domain failure (`OkrError`, not bad input) is kept
 * and thrown when the objective is scored, so a cascade's structure is checked before any score.
 */
function termsOf(objective: ObjectiveRead, numbers: PolicyNumbers, keep: boolean): KeyResultTerms {
	const { keyResults } = objective;
	try {
		const terms = keyResultSums(
			keyResults,
			keyResults.map((kr) => progressOf(kr, numbers)),
		);
		return keep ? terms : { ...terms, keyResults: NONE, progress: NONE };
	} catch (error) {
		// Defensive: the key results were read already, so only scoring errors (ZERO_TOTAL_WEIGHT,
		// OUT_OF_RANGE) can arrive here.
		// Stryker disable next-line all: see above
		if (!(error instanceof OkrError) || error.code === "INVALID_INPUT") throw error;
		return {
			count: keyResults.length,
			keyResults,
			progress: NONE,
			points: ZERO,
			weight: ZERO,
			error,
		};
	}
}

/**
 * Reads a cascade and the terms of every objective's key results, and checks its structure.
 * `keep`: whether to keep the key results read and their progress (for updates and explanations),
 * or only their sums (a roll-up: far less memory for large cascades).
 */
export function readScored(
	value: unknown,
	rules: RollUpRules,
	keep: boolean,
): { cascade: SoundCascade; terms: readonly KeyResultTerms[] } {
	const terms: KeyResultTerms[] = [];
	const graph: CascadeGraph = readCascade(value, (objective) => {
		terms.push(termsOf(objective, rules.numbers, keep));
	});
	return { cascade: soundCascade(graph), terms };
}

/** Which items make an objective's score under `rule` (`NO_KEY_RESULTS` when it has none). */
export function sourceOf(
	objective: ObjectiveLink,
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
	terms: KeyResultTerms,
	childPoints: Exact,
	childWeight: Exact,
): { points: Exact; weight: Exact } {
	if (source === "keyResults") return { points: terms.points, weight: terms.weight };
	if (source === "children") return { points: childPoints, weight: childWeight };
	return { points: add(terms.points, childPoints), weight: add(terms.weight, childWeight) };
}

const ITEMS: Readonly<Record<RollUpSource, string>> = {
	keyResults: "key results",
	children: "children (their contributions)",
	both: "key results and children",
};

/**
 * The state of an objective from its sums; `ZERO_TOTAL_WEIGHT` when the weights taken sum to 0.
 * An unchanged score keeps `previous`'s entry object, so versions share what did not change.
 */
export function stateOf(
	objective: ObjectiveLink,
	hasChildren: boolean,
	terms: KeyResultTerms,
	childPoints: Exact,
	childWeight: Exact,
	rules: RollUpRules,
	previous?: ObjectiveState,
): ObjectiveState {
	const source = sourceOf(objective, terms.count > 0, hasChildren, rules.source);
	if (terms.error !== undefined) throw terms.error;
	const { points, weight } = pooled(source, terms, childPoints, childWeight);
	if (isZero(weight)) {
		throw new OkrError(
			"ZERO_TOTAL_WEIGHT",
			`The weights of the ${ITEMS[source]} of objective ${JSON.stringify(objective.id)} sum to 0: its score is undefined.`,
			source === "keyResults" ? [...objective.path, "keyResults"] : objective.path,
		);
	}
	const score = divide(points, weight);
	const entry =
		previous !== undefined && previous.source === source && cmp(previous.score, score) === 0
			? previous.entry
			: entryOf(score, source, rules);
	return { terms, childPoints, childWeight, score, source, entry };
}

/** The caller's view of a score: converted once, graded from the number returned (as `grade` does). */
export function entryOf(score: Exact, source: RollUpSource, rules: RollUpRules): RollUpScore {
	const n = toNumber(score);
	// The grade from the number without decimal arithmetic (exact: see `gradeUnits`).
	const fast = fastPolicyOf(rules.numbers);
	if (fast !== null) return fastEntry(n, source, fast);
	const rounded = roundedGrade(fromResult(n), rules.numbers);
	const color: Color = gradeColor(rounded, rules.numbers);
	return Object.freeze({ score: n, grade: toNumber(rounded), color, source });
}

/**
 * Scores the objectives at the indices of `order` (each after its children), from their key
 * results' terms and their children's exact scores. Returns the states by index (others undefined).
 */
export function scoreInOrder(
	cascade: SoundCascade,
	terms: readonly KeyResultTerms[],
	order: readonly number[],
	rules: RollUpRules,
): (ObjectiveState | undefined)[] {
	const { objectives, children } = cascade;
	const states: (ObjectiveState | undefined)[] = new Array(objectives.length);
	for (const i of order) {
		const kids = children[i] as readonly number[];
		let childPoints = ZERO;
		let childWeight = ZERO;
		for (const c of kids) {
			const contribution = (objectives[c] as ObjectiveLink).contribution;
			childPoints = add(childPoints, mul(contribution, (states[c] as ObjectiveState).score));
			childWeight = add(childWeight, contribution);
		}
		states[i] = stateOf(
			objectives[i] as ObjectiveLink,
			kids.length > 0,
			terms[i] as KeyResultTerms,
			childPoints,
			childWeight,
			rules,
		);
	}
	return states;
}
