/**
 * The arithmetic the scoring algorithms are written against (dinero.js's "calculator" idea): a
 * small record of operations on some number type `T`. Scoring, grading and roll-ups are written
 * once over it; the caller plugs in an arithmetic:
 *
 * - {@link exactArithmetic}: decimal.js values (`Exact`), the reference every result is defined by.
 * - `wideArithmetic` (`numeric/wideArithmetic.ts`): proven floating-point enclosures of those exact
 *   values that are much faster, and that **give up** (throw {@link GiveUp}) wherever they cannot
 *   prove the exact answer. The caller then runs the same algorithm again with the exact one.
 *
 * @module
 * @internal
 */
import { add, cmp, divide, type Exact, isZero, mul, sub, toNumber, ZERO } from "./index.js";

/** Operations on the values `T` of one arithmetic. Every result is the exact path's, or gives up. */
export interface Arithmetic<T> {
	readonly zero: T;
	readonly add: (a: T, b: T) => T;
	readonly sub: (a: T, b: T) => T;
	readonly mul: (a: T, b: T) => T;
	/** `acc + a·b` (one step of a sum of products). */
	readonly mulAdd: (acc: T, a: T, b: T) => T;
	/**
	 * The sums of a weighted mean, `Σ wᵢ·pᵢ` and `Σ wᵢ`: what `mulAdd` and `add` give term by term
	 * (one step here, so that an arithmetic can keep its partial sums unboxed).
	 */
	readonly sums: (
		weights: readonly T[],
		progress: readonly T[],
	) => { readonly points: T; readonly weight: T };
	/** `a / b` as the exact path's `divide` computes it (40 significant digits); `b` is not 0. */
	readonly divide: (a: T, b: T) => T;
	/** Whether `a` is exactly 0. */
	readonly isZero: (a: T) => boolean;
	/** `true` only when `a` and `b` are known to be the same value (`false` when not, or unknown). */
	readonly same: (a: T, b: T) => boolean;
	/** An exact value in this arithmetic. */
	readonly fromExact: (x: Exact) => T;
	/** The nearest `number` to the exact value `a` stands for (as `toNumber` of the exact path). */
	readonly toNumber: (a: T) => number;
}

/**
 * Thrown by an arithmetic that cannot prove a result; never escapes the library: whoever runs a
 * computation with such an arithmetic catches it and runs the computation exactly.
 */
export class GiveUp {}

const GIVE_UP = new GiveUp();

/** Gives up (see {@link GiveUp}). */
export function giveUp(): never {
	throw GIVE_UP;
}

/** `sums` term by term, with `mulAdd` and `add`. */
export function sumsByTerms<T>(
	ar: Pick<Arithmetic<T>, "zero" | "add" | "mulAdd">,
	weights: readonly T[],
	progress: readonly T[],
): { readonly points: T; readonly weight: T } {
	let points = ar.zero;
	let weight = ar.zero;
	for (let i = 0; i < weights.length; i++) {
		points = ar.mulAdd(points, weights[i] as T, progress[i] as T);
		weight = ar.add(weight, weights[i] as T);
	}
	return { points, weight };
}

const mulAddExact = (acc: Exact, a: Exact, b: Exact): Exact => add(acc, mul(a, b));

/** The exact arithmetic: decimal.js values, `+ − ×` exact, quotients to 40 significant digits. */
export const exactArithmetic: Arithmetic<Exact> = Object.freeze({
	zero: ZERO,
	add,
	sub,
	mul,
	mulAdd: mulAddExact,
	sums: (weights: readonly Exact[], progress: readonly Exact[]) =>
		sumsByTerms({ zero: ZERO, add, mulAdd: mulAddExact }, weights, progress),
	divide,
	isZero,
	same: (a: Exact, b: Exact): boolean => cmp(a, b) === 0,
	fromExact: (x: Exact): Exact => x,
	toNumber,
});
