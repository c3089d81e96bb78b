import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade } from "../../src/index.js";
import { gradeUnits, scaledDifferences, setDecimal } from "../../src/numeric/fast.js";
import { exact, fromBinary } from "../../src/numeric/index.js";
import {
	addInto,
	divideInto,
	inRange,
	mulAddInto,
	nearestOf,
	setExact,
	setNumber,
	setQuotient,
	wideArray,
} from "../../src/numeric/wide.js";
import {
	add,
	cmp,
	div,
	mul,
	nearestDouble,
	parseDecimal,
	type Rational,
	rational,
	sub,
} from "../support/rational.js";

// The wide numbers' promise: the exact value lies within hi + lo ± err, and `nearestOf` returns
// the exact value's nearest double or gives up (NaN). Checked against BigInt rationals.

/** The exact value of a double, as a rational. */
function exactDouble(x: number): Rational {
	let m = x;
	let e = 0;
	while (!Number.isInteger(m)) {
		m *= 2;
		e--;
	}
	while (Math.abs(m) > 2 ** 53) {
		m /= 2;
		e++;
	}
	return e >= 0 ? rational(BigInt(m) << BigInt(e)) : rational(BigInt(m), 1n << BigInt(-e));
}

const abs = (x: Rational): Rational => (x.num < 0n ? rational(-x.num, x.den) : x);

/** Whether `x` lies within the wide number at offset `i` of `t`. */
function encloses(t: Float64Array, i: number, x: Rational): boolean {
	const centre = add(exactDouble(t[i] as number), exactDouble(t[i + 1] as number));
	return cmp(abs(sub(x, centre)), exactDouble(t[i + 2] as number)) <= 0;
}

/** A wide number's value is decided correctly: NaN, or the nearest double of `x`. */
function decidesCorrectly(t: Float64Array, i: number, x: Rational): boolean {
	const n = nearestOf(t, i);
	return Number.isNaN(n) || Object.is(n, nearestDouble(x));
}

/** Integers of the fast path's scaled differences (|n| ≤ 2^51). */
const scaledInt = fc.oneof(
	fc.integer({ min: -1000, max: 1000 }),
	fc.double({ min: -(2 ** 51), max: 2 ** 51, noNaN: true }).map(Math.trunc),
);
const nonZeroScaled = scaledInt.filter((d) => d !== 0);

/** Doubles in the magnitudes wide numbers take, some with short decimals. */
const value = fc.oneof(
	fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter(inRange),
	fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((m) => m / 1000),
	fc.constantFrom(0, 1, 0.1, 0.2, 0.3, 1.1, 2.2, 3.3, 0.65, 0.05, 1e-15, 1e15),
);

describe("wide numbers", () => {
	it("enclose a quotient of scaled integers and decide its nearest double", () => {
		let undecided = 0;
		fc.assert(
			fc.property(scaledInt, nonZeroScaled, (n, d) => {
				const t = wideArray(1);
				setQuotient(t, 0, n, d);
				const x = rational(BigInt(n), BigInt(d));
				expect(encloses(t, 0, x)).toBe(true);
				expect(decidesCorrectly(t, 0, x)).toBe(true);
				if (Number.isNaN(nearestOf(t, 0))) undecided++;
			}),
			{ numRuns: 3000 },
		);
		// Giving up is for values within ~2^-50 of a spacing from a midpoint (5 / (2^51 − 1) is one).
		expect(undecided).toBeLessThan(30);
		const t = wideArray(1);
		setQuotient(t, 0, -5, 2 ** 51 - 1);
		expect(nearestOf(t, 0)).toBeNaN();
	});

	it("enclose sums, products and quotients of enclosed values", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 8 }), (pairs) => {
				// points = Σ wᵢ·pᵢ with pᵢ = a decimal read exactly, weights |wᵢ|; then points / Σ wᵢ.
				const t = wideArray(5);
				let points = rational(0n);
				let weight = rational(0n);
				for (const [w0, p] of pairs) {
					const w = Math.abs(w0);
					setNumber(t, 6, w);
					if (!setDecimal(t, 9, p)) setExact(t, 9, exact(p, []));
					mulAddInto(t, 0, t, 6, t, 9);
					addInto(t, 3, t, 6);
					points = add(points, mul(exactDouble(w), parseDecimal(String(p))));
					weight = add(weight, exactDouble(w));
				}
				expect(encloses(t, 0, points)).toBe(true);
				expect(encloses(t, 3, weight)).toBe(true);
				fc.pre(weight.num !== 0n);
				expect(divideInto(t, 12, t, 0, t, 3)).toBe(true);
				const mean = div(points, weight);
				expect(encloses(t, 12, mean)).toBe(true);
				expect(decidesCorrectly(t, 12, mean)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it("give up on an exact midpoint between two doubles, and on unsure bounds", () => {
		// (1 + 2^-50 + 7) / 8 = 1 + 2^-53: halfway between 1 and the next double.
		const t = wideArray(3);
		setQuotient(t, 0, 2 ** 50 + 1, 2 ** 50);
		setNumber(t, 3, 7);
		addInto(t, 0, t, 3);
		setNumber(t, 3, 8);
		expect(divideInto(t, 6, t, 0, t, 3)).toBe(true);
		expect(nearestOf(t, 6)).toBeNaN();
		// A divisor whose enclosure contains 0 has no quotient.
		const w = wideArray(2);
		w[3] = 1e-20;
		w[5] = 1e-19;
		expect(divideInto(w, 0, w, 0, w, 3)).toBe(false);
		// Zero is decided only when exact; values outside the range are not decided.
		const z = wideArray(1);
		expect(nearestOf(z, 0)).toBe(0);
		z[2] = 1e-300;
		expect(nearestOf(z, 0)).toBeNaN();
		setNumber(z, 0, 2 ** 500);
		expect(nearestOf(z, 0)).toBeNaN();
		expect(inRange(2 ** -500)).toBe(false);
		expect(inRange(0)).toBe(true);
	});

	it("decide values next to powers of two, where the spacing of doubles halves", () => {
		fc.assert(
			fc.property(fc.integer({ min: -300, max: 300 }), fc.boolean(), (e, negative) => {
				const p = (negative ? -1 : 1) * 2 ** e;
				const t = wideArray(1);
				for (const lo of [p * 2 ** -54, -p * 2 ** -54, p * 2 ** -55, -p * 2 ** -56, 0]) {
					setNumber(t, 0, p);
					t[1] = lo;
					const x = add(exactDouble(p), exactDouble(lo));
					expect(decidesCorrectly(t, 0, x)).toBe(true);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("read exact values outside the fast readers: nearest double plus the rest", () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
				fc.integer({ min: 0, max: 40 }),
				(m, k) => {
					const text = `${m}e-${k}`;
					const t = wideArray(1);
					expect(setExact(t, 0, exact(text, []))).toBe(true);
					const x = rational(m, 10n ** BigInt(k));
					expect(encloses(t, 0, x)).toBe(true);
					expect(decidesCorrectly(t, 0, x)).toBe(true);
				},
			),
			{ numRuns: 1000 },
		);
		const t = wideArray(1);
		// Far below a double's reach: zero, with a bound; far above: not a wide number.
		expect(setExact(t, 0, exact("1e-399", []))).toBe(true);
		expect([t[0], t[1]]).toEqual([0, 0]);
		expect(nearestOf(t, 0)).toBeNaN();
		expect(setExact(t, 0, exact("1e300", []))).toBe(false);
		// A rest below any normal double is bounded, not kept.
		expect(setExact(t, 0, exact(`1${"0".repeat(20)}e-380`, []).plus("1e-399"))).toBe(true);
		expect(t[2]).toBeGreaterThan(0);
	});

	it("fromBinary gives every binary digit of a double", () => {
		expect(fromBinary(0.1).toString()).toBe(
			"0.1000000000000000055511151231257827021181583404541015625",
		);
		expect(fromBinary(2 ** 60).toString()).toBe("1152921504606846976");
		expect(fromBinary(-3.5).toString()).toBe("-3.5");
	});
});

describe("scaled differences and decimals", () => {
	it("give (c − s)·10^k and (t − s)·10^k exactly, or give up", () => {
		const out = new Float64Array(2);
		// Two places first, the most common case.
		expect(scaledDifferences(0.3, 0.1, 0.2, out, 0)).toBe(true);
		expect([...out]).toEqual([20, 10]);
		expect(scaledDifferences(1, 2, 3, out, 0)).toBe(true);
		expect([...out]).toEqual([-100, 100]);
		// More places, or whole numbers too large for two: the places the numbers need.
		expect(scaledDifferences(0.125, 0, 1, out, 0)).toBe(true);
		expect([...out]).toEqual([125, 1000]);
		expect(scaledDifferences(1e14, 0, 2e14, out, 0)).toBe(true);
		expect([...out]).toEqual([1e14, 2e14]);
		expect(scaledDifferences(0.5, 0.25, 1e13, out, 0)).toBe(true);
		expect([...out]).toEqual([25, 1e15 - 25]);
		expect(scaledDifferences(Math.PI, 0, 1, out, 0)).toBe(false);
		expect(scaledDifferences(2 ** 52, 0, 1, out, 0)).toBe(false);
		expect(scaledDifferences(0.5, 1e15 + 0.5, 1, out, 0)).toBe(false);
		// Each of these reads back from its value times 100 rounded, but those products are past
		// 2^53, no longer exact: their differences would give 16 : 96, not 1 : 4.
		expect(scaledDifferences(2 ** 50 + 0.5, 2 ** 50 + 0.25, 2 ** 50 + 1.25, out, 0)).toBe(false);
	});

	it("give differences in the ratio of the numbers' decimals, sharing their places or not", () => {
		const out = new Float64Array(2);
		const places = fc.integer({ min: 0, max: 16 });
		const scaled = (k: number) =>
			fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map((m) => m / 10 ** k);
		const oneScale = places.chain((k) => fc.tuple(scaled(k), scaled(k), scaled(k)));
		const threeScales = fc
			.tuple(places, places, places)
			.chain(([a, b, c]) => fc.tuple(scaled(a), scaled(b), scaled(c)));
		// Around where two places stop fitting (2^50 hundredths), and any double at all.
		const edge = fc.oneof(
			fc.integer({ min: -(2 ** 51), max: 2 ** 51 }).map((m) => m / 100),
			fc.integer({ min: -(2 ** 51), max: 2 ** 51 }),
			fc.double({ noNaN: true, noDefaultInfinity: true }),
		);
		const edges = fc.tuple(edge, edge, edge);
		let proven = 0;
		fc.assert(
			fc.property(fc.oneof(oneScale, threeScales, edges), ([c, s, t]) => {
				if (!scaledDifferences(c, s, t, out, 0)) return;
				proven++;
				const [n, d] = [exact(out[0] as number, []), exact(out[1] as number, [])];
				const [dc, ds, dt] = [exact(c, []), exact(s, []), exact(t, [])];
				// Whole numbers, and n : d = (c − s) : (t − s), exactly.
				expect(n.isInteger() && d.isInteger()).toBe(true);
				expect(n.times(dt.minus(ds)).equals(d.times(dc.minus(ds)))).toBe(true);
			}),
			{ numRuns: 4000 },
		);
		expect(proven).toBeGreaterThan(1000);
	});

	it("read a number's shortest decimal exactly", () => {
		fc.assert(
			fc.property(value, (x) => {
				const t = wideArray(1);
				if (setDecimal(t, 0, x)) expect(encloses(t, 0, parseDecimal(String(x)))).toBe(true);
			}),
			{ numRuns: 1000 },
		);
		const t = wideArray(1);
		expect(setDecimal(t, 0, 2 ** 500)).toBe(false);
		expect(setDecimal(t, 0, Math.PI)).toBe(false);
	});
});

describe("grades from a number without decimal arithmetic", () => {
	const bits = new Float64Array(1);
	const word = new BigInt64Array(bits.buffer);
	/** The next double above (k > 0) or below (k < 0) a positive x, |k| steps away. */
	const step = (x: number, k: number): number => {
		bits[0] = x;
		word[0] = (word[0] as bigint) + BigInt(k);
		return bits[0] as number;
	};

	it("equal the exact grade on random scores and on every midpoint's neighbours", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10 }),
				fc.oneof(
					fc.double({ min: -0.5, max: 1.5, noNaN: true }),
					fc
						.tuple(fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: -3, max: 3 }))
						.map(([j, k]) => [j, k] as const),
				),
				(decimals, sample) => {
					const scale = 10 ** decimals;
					const xs =
						typeof sample === "number"
							? [sample]
							: [step((2 * (sample[0] % scale) + 1) / (2 * scale), sample[1])];
					for (const x of xs) {
						const expected = grade(x, { policy: { grading: { decimals } } }).grade;
						expect(gradeUnits(x, decimals) / scale).toBe(expected);
					}
				},
			),
			{ numRuns: 3000 },
		);
	});

	it("round the usual edges half up", () => {
		expect(gradeUnits(0.65, 1)).toBe(7);
		expect(gradeUnits(0.35, 1)).toBe(4);
		expect(gradeUnits(0.05, 1)).toBe(1);
		expect(gradeUnits(step(0.05, -1), 1)).toBe(0);
		expect(gradeUnits(0.95, 1)).toBe(10);
		expect(gradeUnits(step(1, -1), 0)).toBe(1);
		expect(gradeUnits(0.49, 0)).toBe(0);
		expect(gradeUnits(-0.2, 1)).toBe(0);
		expect(gradeUnits(3, 2)).toBe(100);
	});
});
