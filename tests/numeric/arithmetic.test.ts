/**
 * The arithmetic records the scoring algorithms are written against (src/numeric/arithmetic.ts,
 * src/numeric/wideArithmetic.ts): the wide arithmetic gives the exact arithmetic's answers, or
 * gives up — never another number.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Arithmetic, exactArithmetic, GiveUp } from "../../src/numeric/arithmetic.js";
import { type Exact, exact } from "../../src/numeric/index.js";
import { type Wide, wideArithmetic, wideOf } from "../../src/numeric/wideArithmetic.js";

/** Decimals with up to 9 places, and a few awkward ones. */
const decimal = fc.oneof(
	fc
		.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9 }))
		.map(([m, k]) =>
			`${m < 0 ? "-" : ""}${String(Math.abs(m))
				.padStart(k + 1, "0")
				.replace(new RegExp(`(\\d{${k}})$`), ".$1")}`.replace(/\.$/, ""),
		),
	fc.constantFrom("0.1", "0.2", "0.3", "1e-20", "123456789.123456789", "1e100", "3"),
);

/** A computation written once, run in either arithmetic. */
function mean<T>(ar: Arithmetic<T>, weights: readonly T[], progress: readonly T[], c: T): number {
	const { points, weight } = ar.sums(weights, progress);
	let p = ar.sub(ar.mulAdd(points, c, c), ar.mul(c, c));
	p = ar.add(p, ar.zero);
	if (ar.isZero(weight)) return Number.NaN;
	return ar.toNumber(ar.divide(p, weight));
}

/** What `run` returned, or "gave up". */
function orGiveUp(run: () => number): number | "gave up" {
	try {
		return run();
	} catch (error) {
		if (error instanceof GiveUp) return "gave up";
		throw error;
	}
}

describe("wideArithmetic", () => {
	it("computes what the exact arithmetic computes, or gives up", () => {
		let decided = 0;
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						decimal.map((d) => d.replace("-", "")),
						decimal,
					),
					{
						minLength: 1,
						maxLength: 6,
					},
				),
				decimal,
				(terms, contribution) => {
					const weights = terms.map(([w]) => exact(w, []));
					const progress = terms.map(([, p]) => exact(p, []));
					const c = exact(contribution, []);
					const expected = mean(exactArithmetic, weights, progress, c);
					const fast = orGiveUp(() =>
						mean(
							wideArithmetic,
							weights.map(wideArithmetic.fromExact),
							progress.map(wideArithmetic.fromExact),
							wideArithmetic.fromExact(c),
						),
					);
					if (fast === "gave up") return;
					decided++;
					expect(Object.is(fast, expected)).toBe(true);
				},
			),
			{ numRuns: 2000 },
		);
		expect(decided).toBeGreaterThan(1500);
	});

	it("gives up on a score halfway between two doubles, where the exact one decides", () => {
		// (1 + 2^-52)·½ + 1·½ is 1 + 2^-53: halfway between 1 and the next double.
		const half = wideOf(0.5);
		const x = wideArithmetic.add(wideOf(1), wideOf(2 ** -52));
		const sum = wideArithmetic.add(wideArithmetic.mul(x, half), half);
		expect(() => wideArithmetic.toNumber(wideArithmetic.divide(sum, wideOf(1)))).toThrow(GiveUp);
		const exactSum = exact("1.00000000000000011102230246251565404236316680908203125", []);
		expect(exactArithmetic.toNumber(exactSum)).toBe(1);
	});

	it("gives up on a divisor or a zero test it cannot decide, and on values out of range", () => {
		const blurred: Wide = { h: 1e-10, l: 0, e: 1e-10 };
		expect(() => wideArithmetic.isZero(blurred)).toThrow(GiveUp);
		expect(() => wideArithmetic.divide(wideOf(1), blurred)).toThrow(GiveUp);
		expect(() => wideArithmetic.fromExact(exact("1e300", []))).toThrow(GiveUp);
		expect(wideArithmetic.isZero(wideArithmetic.zero)).toBe(true);
		expect(wideArithmetic.isZero(wideOf(-3))).toBe(false);
	});

	it("knows two values are the same only when both are exact and equal", () => {
		const third = wideArithmetic.divide(wideOf(1), wideOf(3));
		expect(wideArithmetic.same(third, third)).toBe(true);
		expect(wideArithmetic.same(third, wideArithmetic.divide(wideOf(1), wideOf(3)))).toBe(false);
		expect(wideArithmetic.same(wideOf(0.5), wideArithmetic.add(wideOf(0.25), wideOf(0.25)))).toBe(
			true,
		);
		expect(wideArithmetic.same(wideOf(0.5), wideOf(0.75))).toBe(false);
		expect(exactArithmetic.same(exact("0.50", []), exact("0.5", []))).toBe(true);
	});

	it("shares small whole numbers and keeps every other double as it is", () => {
		expect(wideOf(3)).toBe(wideOf(3));
		expect(Object.is(wideOf(-0).h, -0)).toBe(true);
		expect(wideOf(0.5)).toEqual({ h: 0.5, l: 0, e: 0 });
		expect(wideOf(65)).toEqual({ h: 65, l: 0, e: 0 });
		expect(wideOf(-1)).toEqual({ h: -1, l: 0, e: 0 });
	});
});

describe("exactArithmetic", () => {
	it("is decimal.js arithmetic: sums of products exact, quotients carried past 40 digits", () => {
		const x = (s: string): Exact => exact(s, []);
		const { points, weight } = exactArithmetic.sums([x("0.1"), x("0.2")], [x("3"), x("0.5")]);
		expect(points.toFixed()).toBe("0.4");
		expect(weight.toFixed()).toBe("0.3");
		expect(exactArithmetic.divide(x("1"), x("3")).toFixed()).toBe(`0.${"3".repeat(41)}`);
		expect(exactArithmetic.fromExact(points)).toBe(points);
	});
});
