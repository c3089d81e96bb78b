/**
 * The numeric layer: the one private decimal.js constructor and the few exact operations the
 * domain uses. Domain code never imports decimal.js; it sees `Exact` values through this module.
 *
 * Sums, differences and products are exact (the constructor's precision is far beyond any input
 * the parser admits). Quotients are carried to {@link QUOTIENT_DIGITS} significant digits and
 * converted to a `number` once, at the output.
 *
 * @module
 * @internal
 */
import { Decimal } from "decimal.js";
import { invalid, OkrError, type Path } from "../errors/index.js";

// An independent constructor: the host's global Decimal and its settings are never touched.
// Precision is effectively unlimited so that + − × never round; division goes through `divide`.
const D = Decimal.clone({
	precision: 1e9,
	rounding: Decimal.ROUND_HALF_UP,
	toExpNeg: -1e9,
	toExpPos: 1e9,
	minE: -9e15,
	maxE: 9e15,
	// Stryker disable next-line BooleanLiteral: random numbers are never drawn; set only so nothing is inherited
	crypto: false,
	modulo: Decimal.ROUND_DOWN,
});

/** An exact decimal value. Immutable. */
export type Exact = Decimal;

/** A number as callers write it: a JS number, or a decimal string read exactly. */
export type NumberInput = number | string;

/** Significant digits to which a quotient is carried before the one conversion to `number`. */
export const QUOTIENT_DIGITS = 40;

/** The largest decimal exponent (either sign) an input may have: beyond any finite double. */
export const MAX_EXPONENT = 400;

/** The longest decimal string accepted: keeps every operation on inputs cheap. */
export const MAX_STRING_LENGTH = 500;

export const ZERO: Exact = new D(0);
export const ONE: Exact = new D(1);

/**
 * Whether `value` is a valid number input: a finite JS number, or a plain decimal string
 * (`[+-]digits[.digits][e[+-]digits]`, no spaces, no hex, no `_`, no `Infinity`).
 * Scanned in one linear pass, without regular expressions.
 */
export function isNumberInput(value: unknown): value is NumberInput {
	if (typeof value === "number") return Number.isFinite(value);
	if (typeof value !== "string") return false;
	return isDecimalString(value) && exponentInRange(new D(value));
}

function isDecimalString(s: string): boolean {
	const n = s.length;
	if (n > MAX_STRING_LENGTH) return false;
	// Past the end, `charCodeAt` gives NaN, which is no digit, sign, point or "e": no bounds checks.
	let i = 0;
	if (isSign(s.charCodeAt(0))) i++;
	const intStart = i;
	while (isDigit(s.charCodeAt(i))) i++;
	let digits = i - intStart;
	if (s.charCodeAt(i) === 46) {
		i++;
		const fracStart = i;
		while (isDigit(s.charCodeAt(i))) i++;
		digits += i - fracStart;
	}
	if (digits === 0) return false;
	if (i < n) {
		const c = s.charCodeAt(i);
		if (c !== 101 && c !== 69) return false; // e E
		i++;
		if (isSign(s.charCodeAt(i))) i++;
		const expStart = i;
		while (isDigit(s.charCodeAt(i))) i++;
		const expDigits = i - expStart;
		if (expDigits === 0 || expDigits > 6) return false;
	}
	return i === n;
}

function isSign(c: number): boolean {
	return c === 43 || c === 45; // + -
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function exponentInRange(d: Exact): boolean {
	return d.isZero() || (d.e <= MAX_EXPONENT && d.e >= -MAX_EXPONENT);
}

/**
 * Reads a number input exactly, or throws an `OkrValidationError` (`INVALID_NUMBER`) at `path`.
 * A JS number is read as its shortest round-trip decimal (`0.1` is one tenth).
 */
export function exact(value: unknown, path: Path): Exact {
	if (typeof value === "number") {
		if (Number.isFinite(value)) return new D(value);
		throw invalid("INVALID_NUMBER", path, `Expected a finite number, received ${String(value)}.`);
	}
	if (typeof value === "string") {
		if (isDecimalString(value)) {
			const d = new D(value);
			if (exponentInRange(d)) return d;
			throw invalid(
				"INVALID_NUMBER",
				path,
				`The number is out of range (its magnitude must be within 1e-${MAX_EXPONENT} to 1e${MAX_EXPONENT}).`,
			);
		}
		throw invalid(
			"INVALID_NUMBER",
			path,
			`Expected a decimal number such as "12.5" or "1e3", received ${describeString(value)}.`,
		);
	}
	throw invalid(
		"INVALID_NUMBER",
		path,
		`Expected a number or a decimal string, received ${typeName(value)}.`,
	);
}

/** Reads a number input that must be `>= 0` (`NEGATIVE` otherwise). */
export function nonNegative(value: unknown, path: Path): Exact {
	const d = exact(value, path);
	if (d.isNegative() && !d.isZero()) {
		throw invalid("NEGATIVE", path, `Must be zero or more, received ${d.toString()}.`);
	}
	return d;
}

/**
 * The exact value of a finite number computed here or already checked (read as its shortest
 * round-trip decimal, as inputs are): for grading a result from the very number returned, or
 * writing a checked input. Never for unchecked input, which goes through {@link exact}.
 */
export function fromResult(n: number): Exact {
	return new D(n);
}

/** An exact value from a safe integer (counts, indices). */
export function fromInt(n: number): Exact {
	return new D(n);
}

export const add = (a: Exact, b: Exact): Exact => a.plus(b);
export const sub = (a: Exact, b: Exact): Exact => a.minus(b);
export const mul = (a: Exact, b: Exact): Exact => a.times(b);
export const neg = (a: Exact): Exact => a.negated();
export const abs = (a: Exact): Exact => a.abs();
/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`. */
export const cmp = (a: Exact, b: Exact): number => a.comparedTo(b);
export const isZero = (a: Exact): boolean => a.isZero();
/** The least integer at or above `a`. */
export const ceil = (a: Exact): Exact => a.ceil();
export const min = (a: Exact, b: Exact): Exact => (a.comparedTo(b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (a.comparedTo(b) >= 0 ? a : b);

/** Σ of the values, exactly. */
export function sum(values: Iterable<Exact>): Exact {
	let total = ZERO;
	for (const v of values) total = total.plus(v);
	return total;
}

/**
 * `a / b`, carried to at least {@link QUOTIENT_DIGITS} significant digits (truncated beyond them,
 * far below what a `number` can hold). Exact whenever the quotient terminates within them.
 * `b` must not be zero: callers check and throw their own coded error first.
 */
export function divide(a: Exact, b: Exact): Exact {
	if (b.isZero()) throw new OkrError("OUT_OF_RANGE", "Division by zero.");
	// Scale so the integer quotient has QUOTIENT_DIGITS + 1 or more digits, then divide to an integer:
	// decimal.js computes only the digits asked for, never the constructor's (huge) precision.
	const shift = quotientShift(a, b);
	const q = a.times(pow10(shift)).divToInt(b);
	return q.times(pow10(-shift));
}

// Powers of ten for `divide`, made once each (decimal values are immutable, so sharing is safe):
// parsing "1e41" twice per division was a third of the cost of a large roll-up.
const powers = new Map<number, Exact>();

/** `10^n` as an exact value. */
function pow10(n: number): Exact {
	let p = powers.get(n);
	// Stryker disable next-line ConditionalExpression: a cache; making the power again gives the same value
	if (p === undefined) {
		p = new D(`1e${n}`);
		// Stryker disable next-line all: only bounds the cache's size, which no result can show
		if (powers.size < 4096) powers.set(n, p);
	}
	return p;
}

/** The power of ten by which `divide(a, b)` scales `a` before its integer division. */
function quotientShift(a: Exact, b: Exact): number {
	return QUOTIENT_DIGITS + 1 - (a.e - b.e);
}

/**
 * Splits `divide(Σ parts, divisor)` into one quotient per part whose exact sum is that quotient.
 *
 * Every part is divided at the scale `divide` uses for the total, rounded down to a whole number of
 * units of that scale; the units the rounding lost (between 0 and the number of parts) go back one
 * each to the parts with the largest remainders, ties to the earlier part (largest remainder
 * apportionment). So each quotient is within one unit (about 10⁻⁴⁰ of the total) of its exact value
 * `part / divisor`, and the quotients add up to the total's quotient exactly. `divisor` must be > 0.
 */
export function divideParts(parts: readonly Exact[], divisor: Exact): Exact[] {
	if (divisor.isNegative() || divisor.isZero()) {
		throw new OkrError("OUT_OF_RANGE", "Parts are divided by a positive number only.");
	}
	const total = sum(parts);
	const shift = quotientShift(total, divisor);
	const scale = pow10(shift);
	// What `divide` returns for the total, in units of 10^-shift (truncated toward zero).
	const goal = total.times(scale).divToInt(divisor);
	const units: Exact[] = [];
	const remainders: Exact[] = [];
	let given = ZERO;
	for (const part of parts) {
		const scaled = part.times(scale);
		let q = scaled.divToInt(divisor);
		let r = scaled.minus(q.times(divisor));
		if (r.isNegative() && !r.isZero()) {
			q = q.minus(1);
			r = r.plus(divisor);
		}
		units.push(q);
		remainders.push(r);
		given = given.plus(q);
	}
	// Flooring each part loses less than one unit per part, so 0 <= missing <= parts.length.
	const missing = goal.minus(given).toNumber();
	// Largest remainder first; `sort` is stable, so equal remainders keep the parts' order.
	const order = parts.map((_, i) => i);
	order.sort((i, j) => (remainders[j] as Exact).comparedTo(remainders[i] as Exact));
	for (let k = 0; k < missing; k++) {
		const i = order[k] as number;
		units[i] = (units[i] as Exact).plus(1);
	}
	const unscale = pow10(-shift);
	return units.map((u) => (u.isZero() ? ZERO : u.times(unscale)));
}

/** `value` clamped into `[low, high]`; `null` bounds are open. */
export function clamp(value: Exact, low: Exact | null, high: Exact | null): Exact {
	if (low !== null && value.comparedTo(low) < 0) return low;
	if (high !== null && value.comparedTo(high) > 0) return high;
	return value;
}

/** Rounds half away from zero (half-up for the non-negative values it is used on) to `places`. */
export function roundHalfUp(value: Exact, places: number): Exact {
	return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * The one conversion to `number`: the nearest double to the exact value, never `-0`.
 * A value beyond the double range is an `OkrError` (`OUT_OF_RANGE`), never `Infinity`.
 */
export function toNumber(value: Exact): number {
	const n = nearestNumber(value);
	if (!Number.isFinite(n)) {
		throw new OkrError("OUT_OF_RANGE", "A result is beyond the range of a JavaScript number.");
	}
	return n;
}

/** The nearest double to the exact value (`±Infinity` beyond the range), never `-0`. */
export function nearestNumber(value: Exact): number {
	const n = Number(value.toString());
	return n === 0 ? 0 : n;
}

/**
 * The exact value of a finite double, every binary digit of it (`fromBinary(0.1)` is
 * 0.1000000000000000055511151231257827…, not one tenth): for error bounds, never for inputs.
 */
export function fromBinary(x: number): Exact {
	// x = m · 2^e with m an integer of at most 53 bits; scaling by 2 is exact.
	let m = x;
	let e = 0;
	while (!Number.isInteger(m)) {
		m *= 2;
		e--;
	}
	// Stryker disable next-line EqualityOperator: halving 2^53 is exact too
	while (Math.abs(m) > 2 ** 53) {
		m /= 2;
		e++;
	}
	// Stryker disable next-line all: 2^e and 0.5^-e are the same exact value; the branch picks the cheaper
	const scale = e >= 0 ? new D(2).pow(e) : new D("0.5").pow(-e);
	return new D(m).times(scale);
}

/** Whether the value is a decimal value of this layer (for internal dispatch). */
export function isExact(value: unknown): value is Exact {
	return value instanceof D;
}

/** A short, safe description of a string for messages (long strings are cut). */
export function describeString(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * The type of a value in words, for messages. A number that is not finite is named for what it
 * is (`NaN`, `Infinity`, `-Infinity`): "received a number" would hide why it was refused.
 */
export function typeName(value: unknown): string {
	if (value === null) return "null";
	if (typeof value === "number" && !Number.isFinite(value)) return String(value);
	if (Array.isArray(value)) return "an array";
	if (value instanceof Date) return "a Date";
	const t = typeof value;
	return t === "object" ? "an object" : t === "undefined" ? "nothing" : `a ${t}`;
}
