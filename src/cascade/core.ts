/**
 * The roll-up algorithm, written once over an arithmetic (`numeric/arithmetic.ts`): each
 * objective's score from its key results' terms and its children's scores, by the policy's
 * `rollup.source`, children first. `rollUp`, `createRollUp` and `explain` run it with the fast
 * arithmetic first where they can, and with the exact one when that gives up: the same steps
 * either way, so the same scores.
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
import { gradeWith, numberScale } from "../grading/core.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import type { Exact } from "../numeric/index.js";
import { describeString } from "../numeric/index.js";
import type { RollUpSource } from "../policy/defaults.js";
import { policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { progressOf } from "../progress/core.js";
import type { Terms } from "../progress/fast.js";
import type { Loose } from "../read/fast.js";
import type { KeyResultRead } from "../read/keyResult.js";
import type { Day } from "../time/day.js";
import { bottomUp, type CascadeGraph, readCascade, rootsOf, soundCascade } from "./graph.js";
import type { RollUpScore } from "./types.js";

/** An objective's key results as a score sees them: their terms and the two sums over them. */
export interface KeyResultTerms<T> {
	/** How many key results the objective has. */
	readonly count: number;
	/**
	 * The key results' ids, their fields as given (merged into by patches), weights and clamped
	 * progress; empty when not kept (see {@link termsOf}).
	 */
	readonly ids: readonly string[];
	readonly sources: readonly Loose[];
	readonly weights: readonly T[];
	readonly progress: readonly T[];
	/** `Σ wᵢpᵢ` */
	readonly points: T;
	/** `Σ wᵢ` */
	readonly weight: T;
	/** A failure computing them (e.g. a checklist's zero total weight), thrown when scored. */
	readonly error?: OkrError;
}

/** The links of a cascade that scoring follows. */
export interface Tree<T> {
	readonly ids: readonly string[];
	/** Each objective's parent index, or -1. */
	readonly parent: ArrayLike<number>;
	readonly childCount: ArrayLike<number>;
	readonly contribution: readonly T[];
}

/** A cascade ready to score: its links, its key results' terms, and an order children first. */
export interface Scored<T> {
	readonly tree: Tree<T>;
	readonly terms: readonly KeyResultTerms<T>[];
	readonly order: ArrayLike<number>;
}

/** What an objective's score is made of, and the score. */
export interface ObjectiveState<T> {
	readonly terms: KeyResultTerms<T>;
	readonly childPoints: T;
	readonly childWeight: T;
	readonly score: T;
	readonly source: RollUpSource;
	/** The score as the caller sees it. */
	readonly entry: RollUpScore;
}

/** The policy a roll-up runs with: its numbers and the source rule. */
export interface RollUpRules {
	readonly numbers: PolicyNumbers;
	readonly source: RollUpSource;
	/** The day key results are read as of (absent or `null`: now). */
	readonly asOf?: Day | null;
}

/** The policy's numbers and source rule for `options`. */
export function rulesOf(options: unknown): RollUpRules {
	const policy = policyOf(options);
	return { numbers: policyNumbers(policy), source: policy.rollup.source };
}

const NONE: readonly never[] = Object.freeze([]);
const NO_TERMS: Terms<never> = { ids: [], weights: [], progress: [] };

/**
 * The terms of an objective's key results and their sums. `keep`: whether to keep each key
 * result's id, fields and values (for updates and explanations), or only the sums (a roll-up: far
 * less memory for large cascades). The lists given are kept as they are: the caller's to let go.
 */
export function termsOf<T>(
	ar: Arithmetic<T>,
	terms: Terms<T>,
	sources: readonly Loose[],
	keep: boolean,
): KeyResultTerms<T> {
	const { points, weight } = ar.sums(terms.weights, terms.progress);
	const count = terms.ids.length;
	if (!keep)
		return { count, ids: NONE, sources: NONE, weights: NONE, progress: NONE, points, weight };
	return {
		count,
		ids: terms.ids,
		sources,
		weights: terms.weights,
		progress: terms.progress,
		points,
		weight,
	};
}

/**
 * The exact terms of key results already read. A domain failure (`OkrError`, not bad input) is
 * kept and thrown when the objective is scored, so a cascade's structure is checked before any
 * score.
 */
export function exactTermsOf(
	keyResults: readonly KeyResultRead[],
	numbers: PolicyNumbers,
	keep: boolean,
	asOf: Day | null = null,
): KeyResultTerms<Exact> {
	try {
		const terms = {
			ids: keyResults.map((kr) => kr.id),
			weights: keyResults.map((kr) => kr.weight),
			progress: keyResults.map((kr) => progressOf(kr, numbers, asOf)),
		};
		return termsOf(
			exactArithmetic,
			terms,
			keyResults.map((kr) => kr.source),
			keep,
		);
	} catch (error) {
		// Defensive: the key results were read already, so only scoring errors (ZERO_TOTAL_WEIGHT,
		// OUT_OF_RANGE) can arrive here.
		// Stryker disable next-line all: see above
		if (!(error instanceof OkrError) || error.code === "INVALID_INPUT") throw error;
		return { ...termsOf(exactArithmetic, NO_TERMS, NONE, false), count: keyResults.length, error };
	}
}

/**
 * Reads a cascade exactly, reporting every problem: each objective and key result read and
 * checked, the terms of its key results, and the cascade's structure (`INVALID_INPUT` with the
 * issues of `validateCascade`). Scores in the order of `bottomUp` from `roots` (default: all).
 */
export function readExact(
	value: unknown,
	rules: RollUpRules,
	keep: boolean,
	root?: (indexOf: ReadonlyMap<string, number>) => number,
): Scored<Exact> {
	const terms: KeyResultTerms<Exact>[] = [];
	const graph: CascadeGraph = readCascade(value, (objective) => {
		terms.push(exactTermsOf(objective.keyResults, rules.numbers, keep, rules.asOf ?? null));
	});
	const cascade = soundCascade(graph);
	const tree: Tree<Exact> = {
		ids: cascade.objectives.map((o) => o.id),
		parent: cascade.parent,
		childCount: cascade.children.map((kids) => kids.length),
		contribution: cascade.objectives.map((o) => o.contribution),
	};
	const roots = root === undefined ? rootsOf(cascade) : [root(cascade.indexOf)];
	return { tree, terms, order: bottomUp(cascade, roots) };
}

/** Which items make an objective's score under `rule` (`NO_KEY_RESULTS` when it has none). */
export function sourceOf(
	id: string,
	index: number,
	hasKeyResults: boolean,
	hasChildren: boolean,
	rule: RollUpSource,
): RollUpSource {
	if (hasKeyResults && hasChildren) return rule;
	if (hasKeyResults) return "keyResults";
	if (hasChildren) return "children";
	throw new OkrError(
		"NO_KEY_RESULTS",
		`Objective ${describeString(id)} has neither key results nor children to score it.`,
		[index, "keyResults"],
	);
}

/** The points and weight of the items `source` takes. */
export function pooled<T>(
	ar: Arithmetic<T>,
	source: RollUpSource,
	terms: KeyResultTerms<T>,
	childPoints: T,
	childWeight: T,
): { points: T; weight: T } {
	if (source === "keyResults") return { points: terms.points, weight: terms.weight };
	if (source === "children") return { points: childPoints, weight: childWeight };
	return {
		points: ar.add(terms.points, childPoints),
		weight: ar.add(terms.weight, childWeight),
	};
}

const ITEMS: Readonly<Record<RollUpSource, string>> = {
	keyResults: "key results",
	children: "children (their contributions)",
	both: "key results and children",
};

/**
 * The state of the objective at `index` from its sums; `ZERO_TOTAL_WEIGHT` when the weights taken
 * sum to 0. An unchanged score keeps `previous`'s entry object, so versions share what did not
 * change.
 */
export function stateOf<T>(
	ar: Arithmetic<T>,
	tree: Tree<T>,
	index: number,
	terms: KeyResultTerms<T>,
	childPoints: T,
	childWeight: T,
	rules: RollUpRules,
	previous?: ObjectiveState<T>,
): ObjectiveState<T> {
	const id = tree.ids[index] as string;
	const hasChildren = (tree.childCount[index] as number) > 0;
	const source = sourceOf(id, index, terms.count > 0, hasChildren, rules.source);
	if (terms.error !== undefined) throw terms.error;
	const { points, weight } = pooled(ar, source, terms, childPoints, childWeight);
	if (ar.isZero(weight)) {
		throw new OkrError(
			"ZERO_TOTAL_WEIGHT",
			`The weights of the ${ITEMS[source]} of objective ${describeString(id)} sum to 0: its score is undefined.`,
			source === "keyResults" ? [index, "keyResults"] : [index],
		);
	}
	const score = ar.divide(points, weight);
	const n = ar.toNumber(score);
	const entry =
		previous !== undefined && previous.source === source && previous.entry.score === n
			? previous.entry
			: entryOf(n, source, rules);
	return { terms, childPoints, childWeight, score, source, entry };
}

/** The caller's view of a score: graded from the number returned, as `grade` does it. */
export function entryOf(score: number, source: RollUpSource, rules: RollUpRules): RollUpScore {
	const { grade, color } = gradeWith(numberScale(rules.numbers), score);
	return Object.freeze({ score, grade, color, source });
}

/**
 * Scores the objectives at the indices of `scored.order` (each after its children), from their
 * key results' terms and their children's scores, each child's term added to its parent's sums
 * once it is scored. Returns the states by index (others undefined).
 */
export function scoreInOrder<T>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
): (ObjectiveState<T> | undefined)[] {
	const { tree, terms, order } = scored;
	const n = tree.ids.length;
	const states: (ObjectiveState<T> | undefined)[] = new Array(n);
	const childPoints: T[] = new Array(n).fill(ar.zero);
	const childWeight: T[] = new Array(n).fill(ar.zero);
	for (let k = 0; k < order.length; k++) {
		const i = order[k] as number;
		const state = stateOf(
			ar,
			tree,
			i,
			terms[i] as KeyResultTerms<T>,
			childPoints[i] as T,
			childWeight[i] as T,
			rules,
		);
		states[i] = state;
		const p = tree.parent[i] as number;
		if (p === -1) continue;
		const contribution = tree.contribution[i] as T;
		childPoints[p] = ar.mulAdd(childPoints[p] as T, contribution, state.score);
		childWeight[p] = ar.add(childWeight[p] as T, contribution);
	}
	return states;
}
