/**
 * The fast path of `rollUp`: the same scores, bit for bit, without decimal arithmetic.
 *
 * One pass reads and checks every objective and key result as the readers would (without
 * reporting: any doubt gives up), sums each objective's key-result terms as wide numbers
 * (`numeric/wide.ts`), and links parents by id. A second pass scores the objectives children
 * first (Kahn's order, which also finds alignment loops) and adds each child's contribution to its
 * parent's sums. Each score is the wide quotient of its sums rounded once, decided or given up.
 *
 * Giving up (`null`) is always safe: the caller runs the exact path, which computes the same
 * scores or reports every problem exactly as it always has. The fast path gives up on a malformed
 * or unsound cascade (duplicate ids, unknown parents, loops, negative contributions), on scoring
 * failures (`NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT`), and on a score its error bound cannot decide.
 *
 * Memory: a few typed arrays with a slot per objective, a hash table of the key results' ids, and
 * the result; no object per key result.
 *
 * @module
 * @internal
 */
import { gradeUnits, setDecimal } from "../numeric/fast.js";
import { cmp, exact, ZERO } from "../numeric/index.js";
import {
	addInto,
	divideInto,
	mulAddInto,
	nearestOf,
	setExact,
	setNumber,
	wideArray,
} from "../numeric/wide.js";
import type { RollUpSource } from "../policy/defaults.js";
import { addKeyResultTerm, type FastPolicy, fastPolicyOf } from "../progress/fast.js";
import { isRecord, objectiveFieldsPass } from "../read/fast.js";
import type { RollUpRules } from "./core.js";
import { findId, idTable, insertId } from "./idTable.js";
import type { RollUpScore } from "./types.js";

/** The scores `rollUp` returns, computed on the fast path, or `null` to take the exact path. */
export function fastRollUp(value: unknown, rules: RollUpRules): Map<string, RollUpScore> | null {
	const policy = fastPolicyOf(rules.numbers);
	if (policy === null || !Array.isArray(value)) return null;
	const list: readonly unknown[] = value;
	const n = list.length;
	// Per objective (wide numbers): key-result points and weight, children's points and weight,
	// contribution; and a scratch pair.
	const keyPoints = wideArray(2 * n);
	const childSums = wideArray(2 * n);
	const contribution = wideArray(n);
	const scratch = wideArray(2);
	const keyResultCount = new Int32Array(n);
	const parentIds: (string | null)[] = new Array(n);
	const objectiveIds = idTable(n);
	const keyResultIds = idTable(countKeyResults(list));

	for (let i = 0; i < n; i++) {
		const o = list[i];
		if (!isRecord(o) || !objectiveFieldsPass(o)) return null;
		// Index i, or a duplicate (-1), or a probe too long (-2): give up on both.
		if (insertId(objectiveIds, o["id"] as string) !== i) return null;
		const parentId = o["parentId"];
		parentIds[i] = parentId === undefined || parentId === null ? null : (parentId as string);
		if (!readContribution(o["contribution"], contribution, 3 * i)) return null;
		const krs = o["keyResults"];
		if (krs === undefined) continue;
		if (!Array.isArray(krs)) return null;
		for (let k = 0; k < krs.length; k++) {
			const krId = addKeyResultTerm(krs[k], policy, keyPoints, 6 * i, scratch, 0);
			if (krId === null || insertId(keyResultIds, krId) < 0) return null;
		}
		keyResultCount[i] = krs.length;
	}

	const parent = new Int32Array(n);
	const childCount = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const parentId = parentIds[i] as string | null;
		if (parentId === null) {
			parent[i] = -1;
			continue;
		}
		const p = findId(objectiveIds, parentId);
		if (p < 0) return null;
		parent[i] = p;
		childCount[p] = (childCount[p] as number) + 1;
	}
	const entries = scoreChildrenFirst(
		{ keyPoints, childSums, contribution, keyResultCount, parent, childCount },
		policy,
		rules.source,
	);
	if (entries === null) return null;
	const scores = new Map<string, RollUpScore>();
	const ids = objectiveIds.ids;
	for (let i = 0; i < n; i++) scores.set(ids[i] as string, entries[i] as RollUpScore);
	return scores;
}

/** How many key results the objectives list (a first guess: each list is read again later). */
function countKeyResults(list: readonly unknown[]): number {
	let count = 0;
	for (let i = 0; i < list.length; i++) {
		const o = list[i];
		const krs = isRecord(o) ? o["keyResults"] : undefined;
		if (Array.isArray(krs)) count += krs.length;
	}
	return count;
}

/** Reads a contribution (default 1, never negative here) into `t` at `at`; `false` to give up. */
function readContribution(value: unknown, t: Float64Array, at: number): boolean {
	if (value === undefined) {
		setNumber(t, at, 1);
		return true;
	}
	if (typeof value === "number") {
		if (value < 0) return false;
		if (setDecimal(t, at, value)) return true;
	}
	// A decimal string (already checked) or a number with many digits: read exactly, once.
	const c = exact(value, []);
	return cmp(c, ZERO) >= 0 && setExact(t, at, c);
}

interface Sums {
	/** Per objective i: key-result points at 6i, weight at 6i + 3. */
	readonly keyPoints: Float64Array;
	/** Per objective i: children's points at 6i, weight at 6i + 3. */
	readonly childSums: Float64Array;
	readonly contribution: Float64Array;
	readonly keyResultCount: Int32Array;
	readonly parent: Int32Array;
	readonly childCount: Int32Array;
}

/**
 * Scores every objective after its children, adding each score into its parent's sums; `null`
 * when a loop leaves some unscored, or a score fails or cannot be decided.
 */
function scoreChildrenFirst(
	sums: Sums,
	policy: FastPolicy,
	rule: RollUpSource,
): (RollUpScore | undefined)[] | null {
	const { keyPoints, childSums, contribution, keyResultCount, parent, childCount } = sums;
	const n = parent.length;
	const waiting = childCount.slice();
	const queue = new Int32Array(n);
	let tail = 0;
	for (let i = 0; i < n; i++) {
		if (waiting[i] === 0) {
			queue[tail] = i;
			tail++;
		}
	}
	const score = wideArray(1);
	const pooled = wideArray(2);
	const entries: (RollUpScore | undefined)[] = new Array(n);
	for (let head = 0; head < tail; head++) {
		const i = queue[head] as number;
		const hasKeyResults = (keyResultCount[i] as number) > 0;
		const hasChildren = (childCount[i] as number) > 0;
		let source: RollUpSource;
		let from: Float64Array = keyPoints;
		let at = 6 * i;
		if (hasKeyResults && hasChildren) source = rule;
		else if (hasKeyResults) source = "keyResults";
		else if (hasChildren) source = "children";
		else return null;
		if (source === "children") {
			from = childSums;
		} else if (source === "both") {
			for (let k = 0; k < 6; k++) pooled[k] = keyPoints[at + k] as number;
			addInto(pooled, 0, childSums, at);
			addInto(pooled, 3, childSums, at + 3);
			from = pooled;
			at = 0;
		}
		// Weights are never negative, so they sum to 0 only when all are 0: ZERO_TOTAL_WEIGHT.
		if (!((from[at + 3] as number) > 0) || !divideInto(score, 0, from, at, from, at + 3)) {
			return null;
		}
		const value = nearestOf(score, 0);
		if (Number.isNaN(value)) return null;
		entries[i] = fastEntry(value, source, policy);
		const p = parent[i] as number;
		if (p === -1) continue;
		mulAddInto(childSums, 6 * p, contribution, 3 * i, score, 0);
		addInto(childSums, 6 * p + 3, contribution, 3 * i);
		waiting[p] = (waiting[p] as number) - 1;
		if (waiting[p] === 0) {
			queue[tail] = p;
			tail++;
		}
	}
	// Objectives never scored sit on, or above, an alignment loop.
	return tail === n ? entries : null;
}

/** The caller's view of a score, graded from the number as `grade` does it (exactly). */
export function fastEntry(score: number, source: RollUpSource, policy: FastPolicy): RollUpScore {
	const units = gradeUnits(score, policy.numbers.decimals);
	const color = units < policy.yellowUnits ? "red" : units < policy.greenUnits ? "yellow" : "green";
	return Object.freeze({ score, grade: units / policy.gradeScale, color, source });
}
