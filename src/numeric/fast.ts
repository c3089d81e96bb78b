/**
 * A fast path for the most common computation, `(c − s) / (t − s)` on plain JS numbers, that is
 * provably identical to the exact decimal result converted to a `number`.
 *
 * Each number is read as its shortest decimal (as the exact path reads it). When all three are
 * multiples of 10^-k whose scaled integers stay within ±2^50, both differences of the scaled
 * integers are exact in floating point, and one IEEE division of two exact integers is correctly
 * rounded: the nearest double to the exact quotient, which is what the exact path returns.
 * Anything else is refused (`false`), and the caller takes the exact path.
 *
 * @module
 * @internal
 */
import { inRange, setNumber, setQuotient } from "./wide.js";

const POW10 = [
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
] as const;
const LIMIT = 2 ** 50;
const MAX_SCALE = POW10.length - 1;

/**
 * The number of decimal places `k` of `x`'s shortest decimal, when `x · 10^k` is an integer within
 * ±2^50 (then that decimal is the only one with `k` places that rounds to `x`), else `-1`.
 */
function scaleOf(x: number): number {
	if (Number.isInteger(x)) return x <= LIMIT && x >= -LIMIT ? 0 : -1;
	for (let k = 1; k <= MAX_SCALE; k++) {
		const p = POW10[k] as number;
		const y = x * p;
		const m = Math.round(y);
		if (m > LIMIT || m < -LIMIT) return -1;
		// The division decides; it is skipped where it must fail. When m / 10^k rounds to x,
		// x = (m / 10^k)(1 + δ) and y = x·10^k(1 + δ'), |δ|, |δ'| ≤ 2^-53, so |y − m| < |m|·2^-51;
		// y − m is exact (Sterbenz: |m| ≥ 1 and |y − m| ≤ 1/2), and so is its product by 2^50.
		if (Math.abs(y - m) * LIMIT <= Math.abs(m) && m / p === x) return k;
	}
	return -1;
}

/**
 * Whether `x · 10^k` is an integer within ±2^50 whose decimal `m / 10^k` rounds to `x`: the test
 * {@link scaleOf} makes at each `k`. It needs no `k` to be the fewest places: a decimal with `k`
 * places that rounds to `x` is then the only one, so it is `x`'s shortest decimal written with
 * `k` places.
 */
function fitsAt(x: number, k: number): boolean {
	if (k === 0) return Number.isInteger(x) && x <= LIMIT && x >= -LIMIT;
	const p = POW10[k] as number;
	const y = x * p;
	const m = Math.round(y);
	return m <= LIMIT && m >= -LIMIT && Math.abs(y - m) * LIMIT <= Math.abs(m) && m / p === x;
}

/**
 * Writes the scaled integers `N = (c − s)·10^k` and `D = (t − s)·10^k` into `out[at]`, `out[at+1]`, so
 * that `(c − s) / (t − s) = N / D` exactly, both within ±2^51 (exact doubles). Returns `false`
 * when this fast path cannot prove them exact (the caller then computes exactly).
 */
export function scaledDifferences(
	c: number,
	s: number,
	t: number,
	out: Float64Array,
	at: number,
): boolean {
	// Most values in goal data are whole or have one or two decimal places (counts, percentages,
	// money): for them one test of each at two places proves all three, with no search and the
	// same branches taken on every call (a search's branches, which the processor cannot predict
	// from one key result to the next, cost more than its arithmetic). The test is `fitsAt`'s at
	// two places, written out: its first comparison only skips a division that must fail.
	const s2 = Math.round(s * 100);
	const c2 = Math.round(c * 100);
	const t2 = Math.round(t * 100);
	if (
		s2 / 100 === s &&
		c2 / 100 === c &&
		t2 / 100 === t &&
		Math.max(Math.abs(s2), Math.abs(c2), Math.abs(t2)) <= LIMIT
	) {
		out[at] = c2 - s2;
		out[at + 1] = t2 - s2;
		return true;
	}
	const ks = scaleOf(s);
	if (ks < 0) return false;
	let k = ks;
	// Values of one key result mostly share their places: then one step checks each of the others.
	if (!fitsAt(c, ks) || !fitsAt(t, ks)) {
		const kc = scaleOf(c);
		const kt = scaleOf(t);
		if (kc < 0 || kt < 0) return false;
		k = Math.max(kc, ks, kt);
	}
	if (k === 0) {
		out[at] = c - s;
		out[at + 1] = t - s;
		return true;
	}
	const p = POW10[k] as number;
	const mc = Math.round(c * p);
	const ms = Math.round(s * p);
	const mt = Math.round(t * p);
	if (mc > LIMIT || mc < -LIMIT || ms > LIMIT || ms < -LIMIT || mt > LIMIT || mt < -LIMIT) {
		return false;
	}
	out[at] = mc - ms;
	out[at + 1] = mt - ms;
	return true;
}

/**
 * Writes the exact value of the number input `x` (its shortest decimal, as the exact path reads
 * it) into slot offset `i` of `t` as a wide number. Returns `false` when `x` is not a multiple of
 * 10^-k (k ≤ 15) within ±2^50, or is outside the magnitudes wide numbers take.
 */
export function setDecimal(t: Float64Array, i: number, x: number): boolean {
	if (Number.isInteger(x)) {
		if (!inRange(x)) return false;
		setNumber(t, i, x);
		return true;
	}
	const k = scaleOf(x);
	if (k < 0) return false;
	const p = POW10[k] as number;
	const m = Math.round(x * p);
	// One tenth and the like: m / 10^k, divided once (the truncation term is harmless).
	setQuotient(t, i, m, p);
	return true;
}

/** Powers of ten up to the grading policy's most decimals (10), all exact doubles. */
const GRADE_SCALE = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10] as const;

/**
 * The grade of the number `x` in units of 10^-decimals: `x`'s shortest decimal (the exact path's
 * reading of a number) clamped to [0, 1] and rounded half-up to `decimals` places (0–10), times
 * 10^decimals. Exact, without decimal arithmetic:
 *
 * the rounded grade counts the midpoints `Mⱼ = (j + ½)/10^decimals` at or below the decimal, and
 * for each of them "decimal ≥ Mⱼ" holds exactly when `x ≥ nearest(Mⱼ)`: rounding to nearest is
 * monotonic, and when `x` is `nearest(Mⱼ)` its shortest decimal is `Mⱼ` itself (any other decimal
 * that close to `Mⱼ` has more digits). `nearest(Mⱼ)` is one correctly rounded division.
 */
export function gradeUnits(x: number, decimals: number): number {
	const scale = GRADE_SCALE[decimals] as number;
	if (x <= 0) return 0;
	if (x >= 1) return scale;
	// x·scale is rounded once, so j is ⌊decimal·scale⌋ give or take one, and only next to an
	// integer: one below it only when the decimal sits just above an integer f (then the answer
	// is f, and the test below adds one); one above it only just below f + 1 (the answer then).
	// Otherwise j is ⌊decimal·scale⌋ and the test decides whether the decimal rounds up.
	const j = Math.floor(x * scale);
	return x >= (2 * j + 1) / (2 * scale) ? j + 1 : j;
}
