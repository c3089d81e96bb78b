/** fast-check generators shared by the foundation's property tests. */
import fc from "fast-check";
import { type Rational, rational } from "./rational.js";

/** A decimal number written as text, with its exact value. */
export interface DecimalSample {
	readonly text: string;
	readonly value: Rational;
}

/** Writes `m · 10^-k` as a plain decimal ("-12.345") or in exponent form ("-12345e-3"). */
export function decimalText(m: bigint, k: number, exponentForm: boolean): string {
	if (exponentForm) return `${m}e-${k}`;
	const negative = m < 0n;
	const digits = (negative ? -m : m).toString().padStart(k + 1, "0");
	const text = k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
	return negative ? `-${text}` : text;
}

/** Decimal strings `m · 10^-k` with |m| up to `maxMantissa` and up to `maxScale` decimals. */
export function decimalString(maxMantissa = 10n ** 12n, maxScale = 8): fc.Arbitrary<DecimalSample> {
	return fc
		.tuple(
			fc.bigInt({ min: -maxMantissa, max: maxMantissa }),
			fc.integer({ min: 0, max: maxScale }),
			fc.boolean(),
		)
		.map(([m, k, exponentForm]) => ({
			text: decimalText(m, k, exponentForm),
			value: rational(m, 10n ** BigInt(k)),
		}));
}

/** Small integers, so that sums and products in laws stay exact as JS numbers. */
export const smallInt = fc.integer({ min: -1_000_000, max: 1_000_000 });

/** Finite doubles of any magnitude within ±1e300 (and exactly 0). */
export const anyDouble = fc.double({
	noNaN: true,
	noDefaultInfinity: true,
	min: -1e300,
	max: 1e300,
});

/** A calendar date string in 2024–2026. */
export const dayString = fc
	.integer({ min: 0, max: 3 * 365 })
	.map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
