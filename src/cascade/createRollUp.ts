import { invalid, OkrError } from "../errors/index.js";
import type {
	ChecklistKeyResult,
	MetricKeyResult,
	MilestoneKeyResult,
	Objective,
	RangeKeyResult,
	ThresholdKeyResult,
} from "../model/types.js";
import { add, cmp, mul, sub } from "../numeric/index.js";
import type { PolicyOptions } from "../policy/resolve.js";
import { progressOf } from "../progress/core.js";
import { asObject } from "../read/common.js";
import { type KeyResultRead, readKeyResult } from "../read/keyResult.js";
import {
	keyResultSums,
	type ObjectiveState,
	type RollUpRules,
	readScored,
	rulesOf,
	scoreInOrder,
	stateOf,
} from "./core.js";
import { bottomUp, type ObjectiveLink, rootsOf, type SoundCascade } from "./graph.js";
import type { RollUpScore } from "./types.js";
import { type Vector, vectorForEach, vectorGet, vectorOf, vectorSet } from "./vector.js";

/** Options of {@link createRollUp}. */
export interface CreateRollUpOptions extends PolicyOptions {}

/** Fields to merge into a key result: any subset of the fields of one kind of key result. */
export type KeyResultPatch =
	| Partial<MetricKeyResult>
	| Partial<ThresholdKeyResult>
	| Partial<RangeKeyResult>
	| Partial<MilestoneKeyResult>
	| Partial<ChecklistKeyResult>;

/** A roll-up that can be updated one key result at a time. Immutable. */
export interface IncrementalRollUp {
	/**
	 * Each objective's score, as {@link rollUp} returns them. Read-only: `set`, `delete` and `clear`
	 * throw a `TypeError`, as writing to a frozen object does. Built on first access, then kept.
	 */
	readonly scores: ReadonlyMap<string, RollUpScore>;
	/**
	 * A new roll-up with `patch` merged into the key result `keyResultId`; this one is unchanged.
	 * Re-scores only the objectives from that key result's objective up towards the root, stopping
	 * where a score does not change.
	 *
	 * @throws {OkrError} `UNKNOWN_KEY_RESULT` for an id that no key result has; `ZERO_TOTAL_WEIGHT`
	 * when the patch leaves an objective's weights summing to 0.
	 * @throws {OkrValidationError} `INVALID_INPUT` for a patch that is not an object or leaves the key
	 * result invalid (paths start with `"patch"`), or that changes its `id` (`IMMUTABLE_ID`).
	 */
	readonly update: (keyResultId: string, patch: KeyResultPatch) => IncrementalRollUp;
}

/** What every version of one roll-up shares: the structure never changes, only values do. */
interface Frame {
	readonly cascade: SoundCascade;
	readonly rules: RollUpRules;
	/** Where each key result sits: objective index and position among its key results. */
	readonly keyResultAt: ReadonlyMap<string, readonly [number, number]>;
}

/**
 * Scores a cascade like {@link rollUp} and returns a value that can be updated one key result at a
 * time: `update(keyResultId, patch)` returns a new value that re-scores only the objectives on the
 * path from that key result to its root, sharing everything else with the old value (which stays
 * as it was). An update costs O(depth × log n) plus the patched objective's own key results, not
 * O(n): a parent's sums over its children change by one term, exactly, without visiting siblings.
 *
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param options - `policy`: a partial scoring policy, as for {@link rollUp}.
 * @returns `{ scores, update }`, frozen.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or an unsound cascade (the
 * issues of {@link validateCascade}).
 * @throws {OkrError} `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as {@link rollUp}.
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
export function createRollUp(
	objectives: readonly Objective[],
	options?: CreateRollUpOptions,
): IncrementalRollUp {
	const rules = rulesOf(options);
	const { cascade, terms } = readScored(objectives, rules, true);
	const states = scoreInOrder(cascade, terms, bottomUp(cascade, rootsOf(cascade)), rules);
	const keyResultAt = new Map<string, readonly [number, number]>();
	cascade.objectives.forEach((o, i) => {
		o.keyResultIds.forEach((id, k) => {
			keyResultAt.set(id, [i, k]);
		});
	});
	return version({ cascade, rules, keyResultAt }, vectorOf(states as ObjectiveState[]));
}

function version(frame: Frame, states: Vector<ObjectiveState>): IncrementalRollUp {
	let scores: ReadonlyMap<string, RollUpScore> | undefined;
	return Object.freeze({
		get scores(): ReadonlyMap<string, RollUpScore> {
			if (scores === undefined) scores = readOnlyScores(frame, states);
			return scores;
		},
		update: (keyResultId: string, patch: KeyResultPatch): IncrementalRollUp =>
			version(frame, updated(frame, states, keyResultId, patch)),
	});
}

function readOnlyScores(
	frame: Frame,
	states: Vector<ObjectiveState>,
): ReadonlyMap<string, RollUpScore> {
	const map = new Map<string, RollUpScore>();
	const objectives = frame.cascade.objectives;
	vectorForEach(states, (state, i) => {
		map.set((objectives[i] as ObjectiveLink).id, state.entry);
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

function updated(
	frame: Frame,
	states: Vector<ObjectiveState>,
	keyResultId: string,
	patch: KeyResultPatch,
): Vector<ObjectiveState> {
	const { cascade, rules } = frame;
	// A key that is not a string is never in the map.
	const where = frame.keyResultAt.get(keyResultId);
	if (where === undefined) {
		throw new OkrError(
			"UNKNOWN_KEY_RESULT",
			`No key result has id ${typeof keyResultId === "string" ? JSON.stringify(keyResultId) : String(keyResultId)}.`,
			["keyResultId"],
		);
	}
	const [index, position] = where;
	const state = vectorGet(states, index);
	const kr = readPatched(state.terms.keyResults[position] as KeyResultRead, patch);
	const keyResults = state.terms.keyResults.slice();
	keyResults[position] = kr;
	const progress = state.terms.progress.slice();
	progress[position] = progressOf(kr, rules.numbers);
	let i = index;
	let next = stateOf(
		cascade.objectives[i] as ObjectiveLink,
		(cascade.children[i] as readonly number[]).length > 0,
		keyResultSums(keyResults, progress),
		state.childPoints,
		state.childWeight,
		rules,
		state,
	);
	let out = vectorSet(states, i, next);
	let before = state.score;
	// Up towards the root: each parent's sum over its children changes by one exact term.
	for (;;) {
		const p = cascade.parent[i] as number;
		if (p === -1 || cmp(before, next.score) === 0) return out;
		const contribution = (cascade.objectives[i] as ObjectiveLink).contribution;
		const old = vectorGet(out, p);
		const childPoints = add(
			sub(old.childPoints, mul(contribution, before)),
			mul(contribution, next.score),
		);
		next = stateOf(
			cascade.objectives[p] as ObjectiveLink,
			true,
			old.terms,
			childPoints,
			old.childWeight,
			rules,
			old,
		);
		out = vectorSet(out, p, next);
		before = old.score;
		i = p;
	}
}

/** The key result with `patch` merged in, read and checked (paths start with `"patch"`). */
function readPatched(kr: KeyResultRead, patch: unknown): KeyResultRead {
	const fields = asObject(patch, ["patch"], "a patch of key result fields");
	// Spreading defines own data properties, so no key (not even "__proto__") reaches a prototype.
	const merged: Record<string, unknown> = { ...kr.source, ...fields };
	if (merged["id"] !== kr.id) {
		throw invalid(
			"IMMUTABLE_ID",
			["patch", "id"],
			`A patch cannot change a key result's id (${JSON.stringify(kr.id)}).`,
		);
	}
	return readKeyResult(merged, ["patch"]);
}
