import { invalid, OkrError } from "../errors/index.js";
import type {
	ChecklistKeyResult,
	MetricKeyResult,
	MilestoneKeyResult,
	Objective,
	RangeKeyResult,
	ThresholdKeyResult,
} from "../model/types.js";
import { type Arithmetic, exactArithmetic, GiveUp } from "../numeric/arithmetic.js";
import { describeString, type Exact, exact, ONE } from "../numeric/index.js";
import { wideArithmetic } from "../numeric/wideArithmetic.js";
import { progressOf } from "../progress/core.js";
import { asObject } from "../read/common.js";
import type { Loose } from "../read/fast.js";
import { type KeyResultRead, readKeyResult } from "../read/keyResult.js";
import type { Zone } from "../time/day.js";
import {
	type ChildSums,
	exactTermsOf,
	type KeyResultTerms,
	type ObjectiveState,
	type RollUpRules,
	readExact,
	rulesOf,
	type Scored,
	scoreInOrder,
	stateOf,
	type Tree,
	termsOf,
} from "./core.js";
import { readWide } from "./fast.js";
import { findId } from "./idTable.js";
import type { RollUpOptions } from "./rollUp.js";
import type { RollUpScore } from "./types.js";
import { type Vector, vectorForEach, vectorGet, vectorOf, vectorSet } from "./vector.js";

/**
 * Options of {@link createRollUp}: those of {@link rollUp}.
 *
 * @typeParam Partial - The type of `partial`.
 */
export interface CreateRollUpOptions<Partial extends boolean = boolean>
	extends RollUpOptions<Partial> {}

/** Fields to merge into a key result: any subset of the fields of one kind of key result. */
export type KeyResultPatch =
	| Partial<MetricKeyResult>
	| Partial<ThresholdKeyResult>
	| Partial<RangeKeyResult>
	| Partial<MilestoneKeyResult>
	| Partial<ChecklistKeyResult>;

/**
 * A roll-up that can be updated one key result at a time. Immutable.
 *
 * @typeParam Partial - Whether it is partial (`options.partial: true`): entries may be unscored.
 */
export interface IncrementalRollUp<Partial extends boolean = false> {
	/**
	 * Each objective's score, as {@link rollUp} returns them. Read-only: `set`, `delete` and `clear`
	 * throw a `TypeError`, as writing to a frozen object does. Built on first access, then kept.
	 */
	readonly scores: ReadonlyMap<string, RollUpScore<Partial>>;
	/**
	 * A new roll-up with `patch` merged into the key result `keyResultId`; this one is unchanged.
	 * Re-scores only the objectives from that key result's objective up towards the root, stopping
	 * where an entry does not change. It keeps the options it was created with: the same day
	 * (`asOf`), and a partial roll-up stays partial (the patched objective, and so its parents, may
	 * become unscored or scored again).
	 *
	 * @throws {OkrError} `UNKNOWN_KEY_RESULT` for an id that no key result has; without `partial`,
	 * `ZERO_TOTAL_WEIGHT` when the patch leaves an objective's weights summing to 0.
	 * @throws {OkrValidationError} `INVALID_INPUT` for a patch that is not an object or leaves the key
	 * result invalid (paths start with `"patch"`), or that changes its `id` (`IMMUTABLE_ID`).
	 */
	readonly update: (keyResultId: string, patch: KeyResultPatch) => IncrementalRollUp<Partial>;
}

/** What every version of one roll-up shares: the structure never changes, only values do. */
interface Frame<T> {
	/** The arithmetic this roll-up's versions compute in. */
	readonly ar: Arithmetic<T>;
	readonly tree: Tree<T>;
	readonly order: ArrayLike<number>;
	readonly rules: RollUpRules;
	/**
	 * Where each key result sits: its number in input order (`-1` for an unknown id), then
	 * `objectiveOf` and `positionOf` by number.
	 */
	readonly keyResultNumber: (id: string) => number;
	readonly objectiveOf: Int32Array;
	readonly positionOf: Int32Array;
	/** In the wide arithmetic: each objective's `contribution` as given, to go exact later. */
	readonly contributionInputs?: readonly unknown[];
}

/**
 * Scores a cascade like {@link rollUp} and returns a value that can be updated one key result at a
 * time: `update(keyResultId, patch)` returns a new value that re-scores only the objectives on the
 * path from that key result to its root, sharing everything else with the old value (which stays
 * as it was). An update costs O(depth × log n) plus the patched objective's own key results, not
 * O(n): a parent's sums over its children change by one term, exactly, without visiting siblings.
 *
 * With `options.asOf` it is a snapshot of that day, and so is every version after an update; with
 * `options.partial: true` objectives that cannot be scored are left unscored, as {@link rollUp}
 * does, in every version.
 *
 * @typeParam Partial - `true` when `options.partial` is `true`.
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - `policy`, `asOf`, `partial`, as for {@link rollUp}.
 * @returns `{ scores, update }`, frozen.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or an unsound cascade (the
 * issues of {@link validateCascade}).
 * @throws {OkrError} Without `partial`: `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as {@link rollUp}.
 *
 * @example
 * ```ts
 * const live = createRollUp([
 *   { id: "company", title: "Become the market leader in customer satisfaction", level: "company" },
 *   { id: "product", title: "Create the most user-friendly product", parentId: "company",
 *     keyResults: [{ id: "activation", title: "Activation 50% → 80%", kind: "metric", start: 50, target: 80, current: 68 }] },
 * ]);
 * live.scores.get("company").score;
 * //=> 0.6
 * const next = live.update("activation", { current: 74 });
 * next.scores.get("company").score;
 * //=> 0.8
 * live.scores.get("company").score;
 * //=> 0.6
 * ```
 */
export function createRollUp<Partial extends boolean = false>(
	objectives: readonly Objective[],
	options?: CreateRollUpOptions<Partial>,
): IncrementalRollUp<Partial> {
	const rules = rulesOf(options);
	// Plain data is scored first in the fast arithmetic, which gives up wherever it cannot prove
	// the exact scores, and on every error: the same algorithm then runs exactly and reports.
	try {
		const scored = readWide(objectives, rules, true);
		if (scored !== null) {
			const { keyResultIds, contributionInputs } = scored;
			// Ids are strings, and a probe too long (-2) means the id is not there.
			const numberOf = (id: string): number =>
				typeof id === "string" ? Math.max(-1, findId(keyResultIds, id)) : -1;
			return started(wideArithmetic, scored, rules, numberOf, contributionInputs);
		}
	} catch {
		// Given up, or a problem that the exact run reports in its own order.
	}
	const scored = readExact(objectives, rules, true);
	const numbers = new Map<string, number>();
	let g = 0;
	for (const terms of scored.terms) for (const id of terms.ids) numbers.set(id, g++);
	// A key that is not a string is never in the map.
	return started(exactArithmetic, scored, rules, (id) => numbers.get(id) ?? -1);
}

/** The first version of a roll-up of `scored`, in the arithmetic `ar`. */
function started<T, Partial extends boolean>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
	keyResultNumber: (id: string) => number,
	contributionInputs?: readonly unknown[],
): IncrementalRollUp<Partial> {
	const states = scoreInOrder(ar, scored, rules) as ObjectiveState<T>[];
	const frame = frameOf(ar, scored, rules, keyResultNumber, contributionInputs);
	return version(frame, vectorOf(states));
}

function frameOf<T>(
	ar: Arithmetic<T>,
	scored: Scored<T>,
	rules: RollUpRules,
	keyResultNumber: (id: string) => number,
	contributionInputs?: readonly unknown[],
): Frame<T> {
	let count = 0;
	for (const terms of scored.terms) count += terms.ids.length;
	const objectiveOf = new Int32Array(count);
	const positionOf = new Int32Array(count);
	let g = 0;
	scored.terms.forEach((terms, i) => {
		for (let k = 0; k < terms.ids.length; k++) {
			objectiveOf[g] = i;
			positionOf[g] = k;
			g++;
		}
	});
	const frame = {
		ar,
		tree: scored.tree,
		order: scored.order,
		rules,
		keyResultNumber,
		objectiveOf,
		positionOf,
	};
	return contributionInputs === undefined ? frame : { ...frame, contributionInputs };
}

function version<T, Partial extends boolean>(
	frame: Frame<T>,
	states: Vector<ObjectiveState<T>>,
): IncrementalRollUp<Partial> {
	let scores: ReadonlyMap<string, RollUpScore<Partial>> | undefined;
	return Object.freeze({
		get scores(): ReadonlyMap<string, RollUpScore<Partial>> {
			if (scores === undefined) {
				scores = readOnlyScores(frame, states) as ReadonlyMap<string, RollUpScore<Partial>>;
			}
			return scores;
		},
		update: (keyResultId: string, patch: KeyResultPatch): IncrementalRollUp<Partial> => {
			try {
				return version(frame, updated(frame, states, keyResultId, patch));
			} catch (error) {
				if (!(error instanceof GiveUp)) throw error;
				// The wide arithmetic could not prove a step: the same update, exactly.
				const exact = exactVersion(frame, states);
				return version(exact.frame, updated(exact.frame, exact.states, keyResultId, patch));
			}
		},
	});
}

/** The states of a wide version computed again exactly, from the key results it holds. */
function exactVersion<T>(
	frame: Frame<T>,
	states: Vector<ObjectiveState<T>>,
): { frame: Frame<Exact>; states: Vector<ObjectiveState<Exact>> } {
	const { tree, rules } = frame;
	const inputs = frame.contributionInputs as readonly unknown[];
	const terms: KeyResultTerms<Exact>[] = [];
	vectorForEach(states, (state) => {
		const keyResults = state.terms.sources.map((source) => readKeyResult(source, [], rules.zone));
		terms.push(exactTermsOf(keyResults, rules.numbers, true, rules.asOf));
	});
	const exactTree: Tree<Exact> = {
		ids: tree.ids,
		parent: tree.parent,
		childCount: tree.childCount,
		contribution: inputs.map((c) => (c === undefined ? ONE : exact(c, []))),
	};
	const scored: Scored<Exact> = { tree: exactTree, terms, order: frame.order };
	const exactStates = scoreInOrder(exactArithmetic, scored, rules) as ObjectiveState<Exact>[];
	return {
		frame: { ...frame, ar: exactArithmetic, tree: exactTree },
		states: vectorOf(exactStates),
	};
}

function readOnlyScores<T>(
	frame: Frame<T>,
	states: Vector<ObjectiveState<T>>,
): ReadonlyMap<string, RollUpScore<boolean>> {
	const map = new Map<string, RollUpScore<boolean>>();
	const ids = frame.tree.ids;
	vectorForEach(states, (state, i) => {
		map.set(ids[i] as string, state.entry);
	});
	// A real Map (so it compares equal to rollUp's), whose mutators refuse to run.
	for (const name of ["set", "delete", "clear"] as const) {
		Object.defineProperty(map, name, {
			value: () => {
				throw new TypeError(`The scores of a roll-up are read-only: ${name} is not allowed.`);
			},
		});
	}
	return Object.freeze(map);
}

function updated<T>(
	frame: Frame<T>,
	states: Vector<ObjectiveState<T>>,
	keyResultId: string,
	patch: KeyResultPatch,
): Vector<ObjectiveState<T>> {
	const { ar, tree, rules } = frame;
	const g = frame.keyResultNumber(keyResultId);
	if (g === -1) {
		throw new OkrError(
			"UNKNOWN_KEY_RESULT",
			`No key result has id ${typeof keyResultId === "string" ? describeString(keyResultId) : String(keyResultId)}.`,
			["keyResultId"],
		);
	}
	const index = frame.objectiveOf[g] as number;
	const position = frame.positionOf[g] as number;
	const state = vectorGet(states, index);
	const { terms } = state;
	const kr = readPatched(terms.sources[position] as Loose, keyResultId, patch, rules.zone);
	const progress = terms.progress.slice();
	const weights = terms.weights.slice();
	progress[position] = ar.fromExact(progressOf(kr, rules.numbers, rules.asOf));
	weights[position] = ar.fromExact(kr.weight);
	const sources = terms.sources.slice();
	sources[position] = kr.source;
	const patched = termsOf(ar, { ids: terms.ids, weights, progress }, sources, true);
	let i = index;
	let next = stateOf(ar, tree, i, patched, state.children, rules, state);
	if (next.own !== null && !rules.partial) throw next.own;
	let out = vectorSet(states, i, next);
	let before = state.score;
	// Up towards the root: each parent's sums over its children change by one term.
	for (;;) {
		const p = tree.parent[i] as number;
		if (p === -1 || unchanged(ar, before, next.score)) return out;
		const old = vectorGet(out, p);
		const children = movedChild(ar, old.children, tree.contribution[i] as T, before, next.score);
		next = stateOf(ar, tree, p, old.terms, children, rules, old);
		out = vectorSet(out, p, next);
		before = old.score;
		i = p;
	}
}

/** Whether a child's score is the same before and after (both unscored counts as the same). */
function unchanged<T>(ar: Arithmetic<T>, before: T | null, after: T | null): boolean {
	if (before === null || after === null) return before === after;
	return ar.same(before, after);
}

/** A parent's sums with one child's term (contribution `c`) moved from `before` to `after`. */
function movedChild<T>(
	ar: Arithmetic<T>,
	sums: ChildSums<T>,
	c: T,
	before: T | null,
	after: T | null,
): ChildSums<T> {
	if (before !== null && after !== null) {
		const points = ar.add(ar.sub(sums.points, ar.mul(c, before)), ar.mul(c, after));
		return { ...sums, points };
	}
	let { points, weight, scored } = sums;
	if (before !== null) {
		points = ar.sub(points, ar.mul(c, before));
		weight = ar.sub(weight, c);
		scored--;
	}
	if (after !== null) {
		points = ar.mulAdd(points, c, after);
		weight = ar.add(weight, c);
		scored++;
	}
	return { points, weight, scored, all: sums.all };
}

/** The key result with `patch` merged in, read and checked (paths start with `"patch"`). */
function readPatched(source: Loose, id: string, patch: unknown, zone: Zone): KeyResultRead {
	const fields = asObject(patch, ["patch"], "a patch of key result fields");
	// Spreading defines own data properties, so no key (not even "__proto__") reaches a prototype.
	const merged: Record<string, unknown> = { ...source, ...fields };
	if (merged["id"] !== id) {
		throw invalid(
			"IMMUTABLE_ID",
			["patch", "id"],
			`A patch cannot change a key result's id (${describeString(id)}).`,
		);
	}
	return readKeyResult(merged, ["patch"], zone);
}
