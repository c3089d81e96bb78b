/**
 * An independent reference for exactness tests: rational numbers as BigInt pairs, and the nearest
 * double to a rational (round half to even), computed without floating point and without the
 * library's numeric layer.
 */

/** `num / den` with `den > 0`, not necessarily in lowest terms. */
export interface Rational {
	readonly num: bigint;
	readonly den: bigint;
}

export const rational = (num: bigint, den = 1n): Rational =>
	den < 0n ? { num: -num, den: -den } : { num, den };

export const add = (a: Rational, b: Rational): Rational =>
	rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational =>
	rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => {
	if (b.num === 0n) throw new Error("division by zero");
	return rational(a.num * b.den, a.den * b.num);
};
export const cmp = (a: Rational, b: Rational): number => {
	const d = a.num * b.den - b.num * a.den;
	return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const clamp = (x: Rational, low: Rational, high: Rational | null): Rational =>
	high === null ? max(x, low) : min(max(x, low), high);

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/**
 * Parses a decimal literal `[+-]digits[.digits][e[+-]digits]` (what `String(number)` produces,
 * and what the tests generate) into an exact rational.
 */
export function parseDecimal(text: string): Rational {
	let s = text.trim();
	let sign = 1n;
	if (s.startsWith("-")) {
		sign = -1n;
		s = s.slice(1);
	} else if (s.startsWith("+")) {
		s = s.slice(1);
	}
	let exponent = 0;
	const e = s.search(/[eE]/);
	if (e >= 0) {
		exponent = Number(s.slice(e + 1));
		s = s.slice(0, e);
	}
	const point = s.indexOf(".");
	const intPart = point < 0 ? s : s.slice(0, point);
	const fracPart = point < 0 ? "" : s.slice(point + 1);
	const digits = BigInt(`${intPart}${fracPart}` || "0");
	const scale = fracPart.length - exponent;
	return scale >= 0
		? rational(sign * digits, pow10(scale))
		: rational(sign * digits * pow10(-scale), 1n);
}

function bitLength(n: bigint): number {
	return n === 0n ? 0 : n.toString(2).length;
}

/**
 * The double nearest to `x` (ties to even), `±Infinity` beyond the largest finite double, never
 * `-0`. Computed on integers: find the 53-bit (or subnormal) significand and round by the remainder.
 */
export function nearestDouble(x: Rational): number {
	let { num } = x;
	const { den } = x;
	if (num === 0n) return 0;
	const negative = num < 0n;
	if (negative) num = -num;
	// Exponent e with 2^52 <= num / den / 2^e < 2^53, then limited to the subnormal exponent.
	let e = bitLength(num) - bitLength(den) - 53;
	const scaled = (k: number): [bigint, bigint] =>
		k >= 0 ? [num, den << BigInt(k)] : [num << BigInt(-k), den];
	for (;;) {
		const [n, d] = scaled(e);
		const m = n / d;
		if (m >= 1n << 53n) e++;
		else if (m < 1n << 52n && e > -1074) e--;
		else break;
	}
	if (e < -1074) e = -1074;
	const [n, d] = scaled(e);
	let m = n / d;
	const r2 = 2n * (n - m * d);
	if (r2 > d || (r2 === d && (m & 1n) === 1n)) m += 1n;
	const magnitude = e > 971 ? Number.POSITIVE_INFINITY : Number(m) * 2 ** e;
	const result = negative ? -magnitude : magnitude;
	return result === 0 ? 0 : result;
}

/** Rounds a non-negative rational half up to `places` decimals, as an exact rational. */
export function roundHalfUp(x: Rational, places: number): Rational {
	const scale = pow10(places);
	const n = x.num * scale * 2n + x.den;
	const d = x.den * 2n;
	// floor((x · 10^p) + 1/2) for x >= 0
	return rational(n / d, scale);
}

/**
 * `x` truncated toward zero to `digits` significant decimal digits: what the library's `divide`
 * keeps of a quotient (41 or 42 digits) before its one conversion to a number.
 */
export function truncateSignificant(x: Rational, digits: number): Rational {
	if (x.num === 0n) return x;
	const negative = x.num < 0n;
	const n = negative ? -x.num : x.num;
	const d = x.den;
	const pow = (k: number): bigint => 10n ** BigInt(k);
	// Whether n / d >= 10^k.
	const atLeast = (k: number): boolean => (k >= 0 ? n >= d * pow(k) : n * pow(-k) >= d);
	let e = n.toString().length - d.toString().length;
	while (!atLeast(e)) e--;
	while (atLeast(e + 1)) e++;
	const shift = digits - 1 - e;
	const kept =
		shift >= 0
			? rational((n * pow(shift)) / d, pow(shift))
			: rational((n / (d * pow(-shift))) * pow(-shift));
	return negative ? rational(-kept.num, kept.den) : kept;
}
