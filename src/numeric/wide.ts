/**
 * Wide numbers: fast, rigorous enclosures of exact values, for weighted means that must come out
 * as the exact value's nearest `number` without decimal arithmetic.
 *
 * A wide number is three doubles `[hi, lo, err]` in a `Float64Array` slot: the value `hi + lo`
 * (about 106 bits, a "double-double") and a bound `err` such that the exact value `x` the exact
 * path computes satisfies `|x − (hi + lo)| ≤ err`. Sums and products use error-free transformations
 * (TwoSum, and Dekker's TwoProduct with Veltkamp's split: JavaScript has no fused multiply-add),
 * and every rounding that is not error-free adds its own bound to `err`, so the bound holds by
 * construction. {@link nearestOf} then returns the nearest double of `x` when the whole interval
 * `hi + lo ± err` rounds to one double, and `NaN` when it may straddle a rounding midpoint: then
 * the caller computes exactly. With `err` around 2⁻¹⁰⁰ of the value, that happens only for values
 * within ~2⁻¹⁰⁰ of a midpoint between two doubles.
 *
 * Every value here stays within 2^±400 in magnitude (or is zero); callers check their inputs, so
 * nothing overflows and nothing underflows into subnormal numbers, where the bounds below would
 * not hold.
 *
 * @module
 * @internal
 */
import { type Exact, fromBinary, isZero, nearestNumber, sub } from "./index.js";

/**
 * Twice the unit roundoff: a rounding to nearest errs by at most 2⁻⁵³ of its result; bounds use
 * 2⁻⁵² so that the roundings of the bound arithmetic itself are covered with room to spare.
 */
const U = 2 ** -52;
/** Veltkamp's splitting constant for doubles, 2²⁷ + 1. */
const SPLIT = 134217729;
/**
 * The relative truncation of the exact path's `divide` (`QUOTIENT_DIGITS` = 40 significant
 * digits or more, truncated): below 10⁻³⁹ < 2⁻¹²⁹. Added wherever the exact path divides.
 */
export const TRUNCATION = 2 ** -125;
/** The magnitudes a wide number's parts may take: zero, or within 2^±400. */
export const SMALLEST = 2 ** -400;
export const LARGEST = 2 ** 400;

/** A new array of `slots` wide numbers, all exactly zero. */
export function wideArray(slots: number): Float64Array {
	return new Float64Array(3 * slots);
}

/** Whether `x` is zero or within the magnitudes wide numbers work with. */
export function inRange(x: number): boolean {
	const a = Math.abs(x);
	return a === 0 || (a >= SMALLEST && a <= LARGEST);
}

/** Writes the exact double `x` into slot `i` (offset `3i`) of `t`. */
export function setNumber(t: Float64Array, i: number, x: number): void {
	t[i] = x;
	t[i + 1] = 0;
	t[i + 2] = 0;
}

/**
 * Writes `n / d` into slot offset `i` of `t`, for doubles `n`, `d ≠ 0` whose quotient the exact path
 * computes with `divide` (so the truncation is counted). `|n|`, `|d|` within the range above.
 */
export function setQuotient(t: Float64Array, i: number, n: number, d: number): void {
	const q1 = n / d;
	// TwoProduct(q1, d) = p + e exactly.
	const p = q1 * d;
	let c = SPLIT * q1;
	const qh = c - (c - q1);
	const ql = q1 - qh;
	c = SPLIT * d;
	const dh = c - (c - d);
	const dl = d - dh;
	const e = qh * dh - p + qh * dl + ql * dh + ql * dl;
	// n − p is exact (Sterbenz: p is within a factor 2 of n); the remainder n − q1·d then costs at
	// most one rounding, and its quotient one more.
	const r = n - p - e;
	const q2 = r / d;
	const hi = q1 + q2;
	t[i] = hi;
	t[i + 1] = q2 - (hi - q1);
	t[i + 2] = 2 * U * Math.abs(q2) + TRUNCATION * Math.abs(hi);
}

/** Adds the wide number at offset `j` of `a` into the one at offset `i` of `t`. */
export function addInto(t: Float64Array, i: number, a: Float64Array, j: number): void {
	addParts(t, i, a[j] as number, a[j + 1] as number, a[j + 2] as number);
}

/** Adds `hi + lo ± err` into the wide number at offset `i` of `t`. */
export function addParts(t: Float64Array, i: number, hi: number, lo: number, err: number): void {
	const x = t[i] as number;
	// TwoSum(x, hi) = s + e exactly.
	const s = x + hi;
	const b = s - x;
	const e = x - (s - b) + (hi - b);
	const v1 = e + (t[i + 1] as number);
	const v = v1 + lo;
	// TwoSum(s, v), renormalizing without assuming |s| ≥ |v|.
	const h = s + v;
	const b2 = h - s;
	t[i] = h;
	t[i + 1] = s - (h - b2) + (v - b2);
	t[i + 2] = (t[i + 2] as number) + err + U * (Math.abs(v1) + Math.abs(v));
}

/**
 * Adds the product of the wide numbers at offset `j` of `a` and offset `k` of `b` into the one at
 * offset `i` of `t` (`a`/`b` may be `t` at other offsets).
 */
export function mulAddInto(
	t: Float64Array,
	i: number,
	a: Float64Array,
	j: number,
	b: Float64Array,
	k: number,
): void {
	const ah = a[j] as number;
	const al = a[j + 1] as number;
	const ae = a[j + 2] as number;
	const bh = b[k] as number;
	const bl = b[k + 1] as number;
	const be = b[k + 2] as number;
	// TwoProduct(ah, bh) = p + e exactly.
	const p = ah * bh;
	let c = SPLIT * ah;
	const ahh = c - (c - ah);
	const ahl = ah - ahh;
	c = SPLIT * bh;
	const bhh = c - (c - bh);
	const bhl = bh - bhh;
	const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
	const c1 = ah * bl;
	const c2 = al * bh;
	const v1 = c1 + c2;
	const v = e + v1;
	// Left out: al·bl (below 2⁻¹⁰⁴ of the product), and the inputs' own errors.
	const aa = Math.abs(ah) + Math.abs(al);
	const ba = Math.abs(bh) + Math.abs(bl);
	const err =
		aa * be +
		ba * ae +
		ae * be +
		Math.abs(al * bl) +
		U * (Math.abs(c1) + Math.abs(c2) + Math.abs(v1) + Math.abs(v));
	addParts(t, i, p, v, err);
}

/**
 * The quotient of the wide numbers at offset `i` of `s` and offset `j` of `w`, as a wide number
 * written to offset `k` of `out` (truncation of the exact path's `divide` included). Returns
 * `false` when the divisor's enclosure may contain zero (then there is no bound).
 */
export function divideInto(
	out: Float64Array,
	k: number,
	s: Float64Array,
	i: number,
	w: Float64Array,
	j: number,
): boolean {
	const xh = s[i] as number;
	const xl = s[i + 1] as number;
	const xe = s[i + 2] as number;
	const yh = w[j] as number;
	const yl = w[j + 1] as number;
	const ye = w[j + 2] as number;
	const ya = Math.abs(yh) - Math.abs(yl);
	if (!(ya > 2 * ye)) return false;
	const q1 = xh / yh;
	// TwoProduct(q1, yh) = p + e exactly.
	const p = q1 * yh;
	let c = SPLIT * q1;
	const qh = c - (c - q1);
	const ql = q1 - qh;
	c = SPLIT * yh;
	const yhh = c - (c - yh);
	const yhl = yh - yhh;
	const e = qh * yhh - p + qh * yhl + ql * yhh + ql * yhl;
	// The residual x̃ − q1·ỹ = (xh − p) − e + xl − q1·yl, with xh − p exact when p is within a factor
	// 2 of xh (Sterbenz), which holds unless xl or yl are abnormally large: checked, not assumed.
	const a1 = xh - p;
	if (!(p === 0 ? xh === 0 : (xh >= p / 2 && xh <= 2 * p) || (xh <= p / 2 && xh >= 2 * p))) {
		return false;
	}
	const a2 = a1 - e;
	const a3 = q1 * yl;
	const a4 = xl - a3;
	const r = a2 + a4;
	const q2 = r / yh;
	const hi = q1 + q2;
	const lo = q2 - (hi - q1);
	// |x̃/ỹ − (q1 + q2)| ≤ (rounding of r + rounding of q2·yh + |q2·yl|) / |ỹ|.
	const residual =
		U * (Math.abs(a2) + Math.abs(a3) + Math.abs(a4) + 2 * Math.abs(r)) + Math.abs(q2 * yl);
	const approx = Math.abs(hi) + Math.abs(lo);
	// |x/y − x̃/ỹ| ≤ (xe + |x̃/ỹ|·ye) / (|ỹ| − ye), with |x̃/ỹ| ≤ approx + residual/|ỹ|.
	const quotientErr = residual / ya;
	const inputErr = (xe + (approx + quotientErr) * ye) / (ya - ye);
	out[k] = hi;
	out[k + 1] = lo;
	out[k + 2] = (quotientErr + inputErr) * (1 + U) + TRUNCATION * approx;
	return true;
}

// A view of one double's bits, to read its exponent exactly (little- or big-endian hosts).
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// The high word is the second on little-endian hosts (where the first byte of 1 is 1), else the first.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] as number;
const LOW = 1 - HIGH;

/**
 * The nearest double to every value within the wide number at offset `i` of `t`, or `NaN` when
 * they do not all round to the same double (or the bound is not finite): the caller then computes
 * exactly. Never `-0`. Only values within 2^±400 (or an exact zero) are decided.
 */
export function nearestOf(t: Float64Array, i: number): number {
	const hi0 = t[i] as number;
	const lo0 = t[i + 1] as number;
	const err = t[i + 2] as number;
	const s = hi0 + lo0;
	const b = s - hi0;
	const lo = hi0 - (s - b) + (lo0 - b);
	if (s === 0) return lo === 0 && err === 0 ? 0 : Number.NaN;
	const a = Math.abs(s);
	if (!(a >= SMALLEST && a <= LARGEST && err < a)) return Number.NaN;
	bits[0] = a;
	const high = words[HIGH] as number;
	const exponent = high >>> 20;
	// The spacing of doubles above a: 2^(exponent − 1075), built from its bits.
	bits[0] = 0;
	words[HIGH] = (exponent - 52) << 20;
	const up = bits[0] as number;
	bits[0] = a;
	const powerOfTwo = (high & 0xfffff) === 0 && words[LOW] === 0;
	const down = powerOfTwo ? up / 2 : up;
	// `lo` measured away from zero; slack for the roundings of this comparison.
	const away = s > 0 ? lo : -lo;
	const e = err * (1 + 2 ** -40) + up * 2 ** -50;
	return away + e < up / 2 && e - away < down / 2 ? s : Number.NaN;
}

/**
 * Writes an exact value into slot offset `i` of `t` as a wide number: `hi` its nearest double, `lo`
 * the nearest double to the rest. Returns `false` outside the magnitudes wide numbers work with.
 * Slow (decimal arithmetic): for values the fast readers do not cover.
 */
export function setExact(t: Float64Array, i: number, x: Exact): boolean {
	const hi = nearestNumber(x);
	if (!inRange(hi)) return false;
	setNumber(t, i, hi);
	const rest = sub(x, fromBinary(hi));
	if (isZero(rest)) return true;
	const lo = nearestNumber(rest);
	// The rest rounded once; a rest too small to be a normal double is only bounded.
	if (Math.abs(lo) >= 2 ** -900) {
		t[i + 1] = lo;
		t[i + 2] = U * Math.abs(lo);
	} else {
		t[i + 2] = 2 ** -899;
	}
	return true;
}
