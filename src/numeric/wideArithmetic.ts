/**
 * The fast arithmetic: wide numbers (`numeric/wide.ts`) as values, each a double-double `h + l`
 * with a rigorous bound `e` on its distance to the exact path's value. Every operation is one of
 * `wide.ts`'s proven steps; whatever they cannot prove (a divisor whose enclosure may hold 0, a
 * nearest double the bound cannot decide, a value outside 2^±400) gives up, and the caller runs
 * the same algorithm with the exact arithmetic.
 *
 * @module
 * @internal
 */
import { type Arithmetic, giveUp } from "./arithmetic.js";
import type { Exact } from "./index.js";
import { addParts, divideInto, mulAddInto, nearestOf, setExact } from "./wide.js";

/** A wide number: the exact value `x` lies within `e` of `h + l`. */
export interface Wide {
	readonly h: number;
	readonly l: number;
	readonly e: number;
}

const SMALL: readonly Wide[] = Array.from({ length: 65 }, (_, k) =>
	Object.freeze({ h: k, l: 0, e: 0 }),
);

/** A wide number holding the double `x` exactly. */
export function wideOf(x: number): Wide {
	// Small whole numbers (weights, counts) are shared: values are never changed.
	return Number.isInteger(x) && x >= 0 && x <= 64 && !Object.is(x, -0)
		? (SMALL[x] as Wide)
		: { h: x, l: 0, e: 0 };
}

// One scratch buffer of four slots for the slot-based steps of wide.ts (single-threaded).
const t = new Float64Array(12);

function load(i: number, a: Wide): void {
	t[i] = a.h;
	t[i + 1] = a.l;
	t[i + 2] = a.e;
}

function take(i: number): Wide {
	return { h: t[i] as number, l: t[i + 1] as number, e: t[i + 2] as number };
}

function add(a: Wide, b: Wide): Wide {
	if (b.h === 0 && b.l === 0 && b.e === 0) return a;
	load(0, a);
	addParts(t, 0, b.h, b.l, b.e);
	return take(0);
}

function mul(a: Wide, b: Wide): Wide {
	t[0] = 0;
	t[1] = 0;
	t[2] = 0;
	load(3, a);
	load(6, b);
	mulAddInto(t, 0, t, 3, t, 6);
	return take(0);
}

function mulAdd(acc: Wide, a: Wide, b: Wide): Wide {
	load(0, acc);
	load(3, a);
	load(6, b);
	mulAddInto(t, 0, t, 3, t, 6);
	return take(0);
}

function sums(
	weights: readonly Wide[],
	progress: readonly Wide[],
): { readonly points: Wide; readonly weight: Wide } {
	// The partial sums stay in slots 0 (points) and 1 (weight): no value per step.
	t.fill(0, 0, 6);
	for (let i = 0; i < weights.length; i++) {
		const w = weights[i] as Wide;
		load(6, w);
		const p = progress[i] as Wide;
		t[9] = p.h;
		t[10] = p.l;
		t[11] = p.e;
		mulAddInto(t, 0, t, 6, t, 9);
		addParts(t, 3, w.h, w.l, w.e);
	}
	return { points: take(0), weight: take(3) };
}

function divide(a: Wide, b: Wide): Wide {
	load(3, a);
	load(6, b);
	if (!divideInto(t, 0, t, 3, t, 6)) giveUp();
	return take(0);
}

/** The wide arithmetic (see the module's description). */
export const wideArithmetic: Arithmetic<Wide> = Object.freeze({
	zero: wideOf(0),
	add,
	sub: (a: Wide, b: Wide): Wide => add(a, { h: -b.h, l: -b.l, e: b.e }),
	mul,
	mulAdd,
	sums,
	divide,
	isZero(a: Wide): boolean {
		if (a.h === 0 && a.l === 0 && a.e === 0) return true;
		if (Math.abs(a.h) - Math.abs(a.l) > 2 * a.e) return false;
		return giveUp();
	},
	same: (a: Wide, b: Wide): boolean =>
		a === b || (a.e === 0 && b.e === 0 && a.h === b.h && a.l === b.l),
	fromExact(x: Exact): Wide {
		if (!setExact(t, 0, x)) giveUp();
		return take(0);
	},
	toNumber(a: Wide): number {
		load(0, a);
		const n = nearestOf(t, 0);
		return Number.isNaN(n) ? giveUp() : n;
	},
});
