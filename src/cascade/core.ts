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
 * An objective that cannot be scored for a reason of its own (its key results and the cascade's
 * shape alone decide it) is found whatever its children score, so the error of a roll-up, the
 * first such objective in input order, does not depend on the order of the walk. A partial roll-up
 * keeps it unscored and leaves it out of its parent's sums (they run over the scored children).
 *
 * @module
 * @internal
 */

import { invalid, OkrError } from "../errors/index.js";
import { gradeWith, numberScale } from "../grading/core.js";
import { type Arithmetic, exactArithmetic } from "../numeric/arithmetic.js";
import type { Exact } from "../numeric/index.js";
import { describeString, typeName } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import type { RollUpSource } from "../policy/defaults.js";
import { policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import type { Terms } from "../progress/core.js";
import { progressOf } from "../progress/core.js";
import { asOfOption } from "../progress/options.js";
import type { Loose } from "../read/fast.js";
import type { KeyResultRead } from "../read/keyResult.js";
import type { Day, Zone } from "../time/day.js";
import { zoneOption } from "../time/zone.js";
import { bottomUp, type CascadeGraph, readCascade, rootsOf, soundCascade } from "./graph.js";
import type { RollUpScore, UnscoredRollUpEntry } from "./types.js";

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

/** A parent's sums over its children: those scored, and the weight of all of them. */
export interface ChildSums<T> {
	/** `Σ cⱼsⱼ` over the children scored. */
	readonly points: T;
	/** `Σ cⱼ` over the children scored. */
	readonly weight: T;
	/** How many children are scored. */
	readonly scored: number;
	/** `Σ cⱼ` over all its children, scored or not (fixed by the cascade's shape). */
	readonly all: T;
}

/** What an objective's score is made of, and the score (`null`: not scored). */
export interface ObjectiveState<T> {
	readonly terms: KeyResultTerms<T>;
	readonly children: ChildSums<T>;
	readonly score: T | null;
	readonly source: RollUpSource | null;
	/**
	 * Why it cannot be scored for a reason of its own, whatever its children score (thrown unless
	 * the roll-up is partial), or `null`.
	 */
	readonly own: OkrError | null;
	/** The entry as the caller sees it. */
	readonly entry: RollUpScore<boolean>;
}

/** The policy a roll-up runs with: its numbers and source rule, the day and whether partial. */
export interface RollUpRules {
	readonly numbers: PolicyNumbers;
	readonly source: RollUpSource;
	/** Read the key results as of this day (a snapshot), or as they stand when `null`. */
	readonly asOf: Day | null;
	/** Whether an objective that cannot be scored gets an unscored entry instead of throwing. */
	readonly partial: boolean;
	/** The zone the dates of the data are read in (`options.timeZone`). */
	readonly zone: Zone;
}

/**
 * The policy's numbers and source rule, `asOf`, `partial` and `timeZone` for `options` (`INVALID_TYPE` at
 * `["options", "partial"]` for a `partial` that is not a boolean).
 */
export function rulesOf(options: unknown): RollUpRules {
	const policy = policyOf(options);
	const asOf = asOfOption(options);
	const partial = isRecord(options) ? own(options, "partial") : undefined;
	if (partial !== undefined && typeof partial !== "boolean") {
		throw invalid(
			"INVALID_TYPE",
			["options", "partial"],
			`Expected true or false, received ${typeName(partial)}.`,
		);
	}
	return {
		numbers: policyNumbers(policy),
		source: policy.rollup.source,
		asOf,
		partial: partial === true,
		zone: zoneOption(options),
	};
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
 * The exact terms of key results already read, as of `asOf` (now, when `null`). A domain failure
 * (`OkrError`, not bad input) is kept and reported when the objective is scored, so a cascade's
 * structure is checked before any score.
 */
export function exactTermsOf(
	keyResults: readonly KeyResultRead[],
	numbers: PolicyNumbers,
	keep: boolean,
	asOf: Day | null,
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
	const graph: CascadeGraph = readCascade(
		value,
		(objective) => {
			terms.push(exactTermsOf(objective.keyResults, rules.numbers, keep, rules.asOf));
		},
		rules.zone,
	);
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

/** Which items make an objective's score under `rule`; `null` when it has neither. */
export function sourceOf(
	hasKeyResults: boolean,
	hasChildren: boolean,
	rule: RollUpSource,
): RollUpSource | null {
	if (hasKeyResults && hasChildren) return rule;
	if (hasKeyResults) return "keyResults";
	return hasChildren ? "children" : null;
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
 * Why the objective at `index` cannot be scored whatever its children score, or `null`: neither
 * key results nor children (`NO_KEY_RESULTS`), a key result that cannot be scored, or the weights
 * of the items its score takes, every child counted, summing to 0 (`ZERO_TOTAL_WEIGHT`).
 */
export function ownFailure<T>(
	ar: Arithmetic<T>,
	tree: Tree<T>,
	index: number,
	terms: KeyResultTerms<T>,
	allChildren: T,
	rules: RollUpRules,
): OkrError | null {
	const id = tree.ids[index] as string;
	const source = sourceOf(terms.count > 0, (tree.childCount[index] as number) > 0, rules.source);
	if (source === null) {
		return new OkrError(
			"NO_KEY_RESULTS",
			`Objective ${describeString(id)} has neither key results nor children to score it.`,
			[index, "keyResults"],
		);
	}
	if (terms.error !== undefined) return terms.error;
	if (!ar.isZero(pooled(ar, source, terms, ar.zero, allChildren).weight)) return null;
	return new OkrError(
		"ZERO_TOTAL_WEIGHT",
		`The weights of the ${ITEMS[source]} of objective ${describeString(id)} sum to 0: its score is undefined.`,
		source === "keyResults" ? [index, "keyResults"] : [index],
	);
}

/**
 * The state of the objective at `index` from its key results' terms and its children's sums. An
 * objective that cannot be scored for a reason of its own ({@link ownFailure}), or whose items
 * left once its unscored children are set aside weigh nothing (`CHILDREN_NOT_SCORED`), is not
 * scored; the caller decides whether to throw. Unscored children are left out as if they were not
 * there: a parent whose children are all unscored is a leaf. An unchanged entry keeps `previous`'s
 * entry object, so versions share what did not change.
 */
export function stateOf<T>(
	ar: Arithmetic<T>,
	tree: Tree<T>,
	index: number,
	terms: KeyResultTerms<T>,
	children: ChildSums<T>,
	rules: RollUpRules,
	previous?: ObjectiveState<T>,
): ObjectiveState<T> {
	const mine = ownFailure(ar, tree, index, terms, children.all, rules);
	if (mine !== null) return unscored(terms, children, mine, mine, previous);
	const source = sourceOf(terms.count > 0, children.scored > 0, rules.source);
	const { points, weight } =
		source === null
			? { points: ar.zero, weight: ar.zero }
			: pooled(ar, source, terms, children.points, children.weight);
	if (source === null || ar.isZero(weight)) {
		const id = describeString(tree.ids[index] as string);
		const what =
			source === null
				? "none of its children could be scored"
				: `what could be scored of its ${ITEMS[source]} weighs 0`;
		const failure = new OkrError("CHILDREN_NOT_SCORED", `Objective ${id} is not scored: ${what}.`, [
			index,
		]);
		return unscored(terms, children, failure, null, previous);
	}
	const score = ar.divide(points, weight);
	const n = ar.toNumber(score);
	const entry =
		previous?.entry.source === source && previous.entry.score === n
			? previous.entry
			: entryOf(n, source, rules);
	return { terms, children, score, source, own: null, entry };
}

function unscored<T>(
	terms: KeyResultTerms<T>,
	children: ChildSums<T>,
	failure: OkrError,
	mine: OkrError | null,
	previous: ObjectiveState<T> | undefined,
): ObjectiveState<T> {
	const issue = previous?.entry.issue;
	const same = issue?.code === failure.code && issue.message === failure.message;
	const entry = same ? (previous?.entry as RollUpScore<boolean>) : unscoredEntry(failure);
	return { terms, children, score: null, source: null, own: mine, entry };
}

/** The caller's view of a score: graded from the number returned, as `grade` does it. */
export function entryOf(score: number, source: RollUpSource, rules: RollUpRules): RollUpScore {
	const { grade, color } = gradeWith(numberScale(rules.numbers), score);
	return Object.freeze({ score, grade, color, source });
}

/** The caller's view of an objective not scored: its issue. */
function unscoredEntry(failure: OkrError): UnscoredRollUpEntry {
	const issue = Object.freeze({ code: failure.code, message: failure.message });
	return Object.freeze({ score: null, grade: null, color: null, source: null, issue });
}

/** Each objective's `Σ cⱼ` over all its children. */
function allChildWeights<T>(ar: Arithmetic<T>, tree: Tree<T>): T[] {
	const all: T[] = new Array(tree.ids.length).fill(ar.zero);
	for (let i = 0; i < tree.ids.length; i++) {
		const p = tree.parent[i] as number;
		if (p !== -1) all[p] = ar.add(all[p] as T, tree.contribution[i] as T);
	}
	return all;
}

/**
 * Scores the objectives at the indices of `scored.order` (each after its children), from their
 * key results' terms and their children's scores, each scored child's term added to its parent's
 * sums. Returns the states by index (others undefined). Unless `rules.partial`, throws the failure
 * of the first objective in input order that cannot be scored for a reason of its own: the same
 * error whatever the cascade's shape.
 */
export function scoreInOrder<T>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
): (ObjectiveState<T> | undefined)[] {
	const { tree, terms, order } = scored;
	const n = tree.ids.length;
	const states: (ObjectiveState<T> | undefined)[] = new Array(n);
	const all = allChildWeights(ar, tree);
	const childPoints: T[] = new Array(n).fill(ar.zero);
	const childWeight: T[] = new Array(n).fill(ar.zero);
	const scoredChildren = new Int32Array(n);
	let failed = false;
	for (let k = 0; k < order.length; k++) {
		const i = order[k] as number;
		const children: ChildSums<T> = {
			points: childPoints[i] as T,
			weight: childWeight[i] as T,
			scored: scoredChildren[i] as number,
			all: all[i] as T,
		};
		const state = stateOf(ar, tree, i, terms[i] as KeyResultTerms<T>, children, rules);
		states[i] = state;
		if (state.own !== null) failed = true;
		const p = tree.parent[i] as number;
		if (p === -1 || state.score === null) continue;
		const contribution = tree.contribution[i] as T;
		childPoints[p] = ar.mulAdd(childPoints[p] as T, contribution, state.score);
		childWeight[p] = ar.add(childWeight[p] as T, contribution);
		scoredChildren[p] = (scoredChildren[p] as number) + 1;
	}
	if (failed && !rules.partial) throw firstFailure(states);
	return states;
}

/** The own failure of the first objective in input order that has one. */
export function firstFailure<T>(states: readonly (ObjectiveState<T> | undefined)[]): OkrError {
	let i = 0;
	while (states[i]?.own == null) i++;
	return (states[i] as ObjectiveState<T>).own as OkrError;
}
