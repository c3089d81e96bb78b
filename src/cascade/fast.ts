/**
 * The fast reading of a cascade, for the roll-up algorithm (`core.ts`) to run in the wide
 * arithmetic: the same checks as the exact readers (without reporting: any doubt gives up),
 * each key result's term as wide numbers, parents linked by id, and an order children first.
 *
 * Giving up (`null`) is always safe: the caller reads exactly, which computes the same scores or
 * reports every problem exactly as it always has. This reading gives up on a malformed or unsound
 * cascade (duplicate ids, unknown parents, loops, negative contributions) and on values outside
 * what wide numbers cover.
 *
 * Memory: a few typed arrays with a slot per objective and a hash table of the key results' ids;
 * per key result only its term (and nothing at all past the sums unless `keep`).
 *
 * @module
 * @internal
 */
import { setDecimal } from "../numeric/fast.js";
import { cmp, exact, ZERO } from "../numeric/index.js";
import { type Wide, wideArithmetic, wideOf } from "../numeric/wideArithmetic.js";
import type { TermLists } from "../progress/core.js";
import { addWideTerm, widePolicyOf } from "../progress/fast.js";
import { isRecord, type Loose, objectiveFieldsPass } from "../read/fast.js";
import { type KeyResultTerms, type RollUpRules, type Scored, termsOf } from "./core.js";
import { findId, type IdTable, idTable, insertId } from "./idTable.js";

/** What the fast reading found, or `null` to read exactly. */
export interface WideScored extends Scored<Wide> {
	/** Each objective's `contribution` as given (for an exact rerun later). */
	readonly contributionInputs: readonly unknown[];
	/** The key results' ids, numbered in input order. */
	readonly keyResultIds: IdTable;
}

/**
 * Reads a cascade for the wide arithmetic (see the module's description), or `null` when the
 * exact reading must do it. `keep`: as for `termsOf`. Key results are read as of `rules.asOf`
 * (absent or `null`: now).
 */
export function readWide(value: unknown, rules: RollUpRules, keep: boolean): WideScored | null {
	const policy = widePolicyOf(rules.numbers);
	if (policy === null || !Array.isArray(value)) return null;
	const list: readonly unknown[] = value;
	const n = list.length;
	const contribution: Wide[] = new Array(n);
	const contributionInputs: unknown[] = new Array(n);
	const terms: KeyResultTerms<Wide>[] = new Array(n);
	const parentIds: (string | null)[] = new Array(n);
	const objectiveIds = idTable(n);
	const keyResultIds = idTable(countKeyResults(list));
	const none: readonly Loose[] = [];

	for (let i = 0; i < n; i++) {
		const o = list[i];
		if (!isRecord(o) || !objectiveFieldsPass(o)) return null;
		// Index i, or a duplicate (-1), or a probe too long (-2): give up on both.
		if (insertId(objectiveIds, o["id"] as string) !== i) return null;
		const parentId = o["parentId"];
		parentIds[i] = parentId === undefined || parentId === null ? null : (parentId as string);
		const c = readContribution(o["contribution"]);
		if (c === null) return null;
		contribution[i] = c;
		contributionInputs[i] = o["contribution"];
		const given = o["keyResults"];
		if (given !== undefined && !Array.isArray(given)) return null;
		const krs: readonly unknown[] = given === undefined ? none : given;
		const count = krs.length;
		const items: TermLists<Wide> = { ids: [], weights: [], progress: [] };
		for (let k = 0; k < count; k++) {
			if (!addWideTerm(krs[k], policy, items, rules.asOf, rules.zone)) return null;
			if (insertId(keyResultIds, items.ids[k] as string) < 0) return null;
		}
		terms[i] = termsOf(wideArithmetic, items, keep ? (krs.slice() as Loose[]) : none, keep);
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
	const order = childrenFirst(parent, childCount);
	if (order === null) return null;
	return {
		tree: { ids: objectiveIds.ids, parent, childCount, contribution },
		terms,
		order,
		contributionInputs,
		keyResultIds,
	};
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

const slot = new Float64Array(3);

/** A contribution (default 1, never negative here) as a wide number; `null` to give up. */
function readContribution(value: unknown): Wide | null {
	if (value === undefined) return wideOf(1);
	if (typeof value === "number") {
		if (value < 0) return null;
		if (setDecimal(slot, 0, value)) {
			return { h: slot[0] as number, l: slot[1] as number, e: slot[2] as number };
		}
	}
	// A decimal string (already checked) or a number with many digits: read exactly, once.
	const c = exact(value, []);
	if (cmp(c, ZERO) < 0) return null;
	try {
		return wideArithmetic.fromExact(c);
	} catch {
		return null;
	}
}

/**
 * Every objective after its children (Kahn's order), or `null` when a loop leaves some out
 * (objectives on, or above, an alignment loop).
 */
function childrenFirst(parent: Int32Array, childCount: Int32Array): Int32Array | null {
	const n = parent.length;
	const waiting = childCount.slice();
	const order = new Int32Array(n);
	let tail = 0;
	for (let i = 0; i < n; i++) {
		if (waiting[i] === 0) {
			order[tail] = i;
			tail++;
		}
	}
	for (let head = 0; head < tail; head++) {
		const p = parent[order[head] as number] as number;
		if (p === -1) continue;
		waiting[p] = (waiting[p] as number) - 1;
		if (waiting[p] === 0) {
			order[tail] = p;
			tail++;
		}
	}
	return tail === n ? order : null;
}
