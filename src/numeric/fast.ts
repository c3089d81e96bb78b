/**
 * A fast path for the most common computation, `(c − s) / (t − s)` on plain JS numbers, that is
 * provably identical to the exact decimal result converted to a `number`.
 *
 * Each number is read as its shortest decimal (as the exact path reads it). When all three are
 * multiples of 10^-k whose scaled integers stay within ±2^50, both differences of the scaled
 * integers are exact in floating point, and one IEEE division of two exact integers is correctly
 * rounded: the nearest double to the exact quotient, which is what the exact path returns.
 * Anything else returns `NaN`, and the caller takes the exact path.
 *
 * @module
 * @internal
 */

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
		const m = Math.round(x * p);
		if (m > LIMIT || m < -LIMIT) return -1;
		if (m / p === x) return k;
	}
	return -1;
}

/**
 * `(c − s) / (t − s)` exactly rounded to the nearest double, or `NaN` when this fast path cannot
 * prove it (the caller then computes exactly). `t !== s` is the caller's check.
 */
export function ratioOfDifferences(c: number, s: number, t: number): number {
	const kc = scaleOf(c);
	const ks = scaleOf(s);
	const kt = scaleOf(t);
	if (kc < 0 || ks < 0 || kt < 0) return Number.NaN;
	const k = Math.max(kc, ks, kt);
	if (k === 0) return (c - s) / (t - s);
	const p = POW10[k] as number;
	const mc = Math.round(c * p);
	const ms = Math.round(s * p);
	const mt = Math.round(t * p);
	if (mc > LIMIT || mc < -LIMIT || ms > LIMIT || ms < -LIMIT || mt > LIMIT || mt < -LIMIT) {
		return Number.NaN;
	}
	return (mc - ms) / (mt - ms);
}
