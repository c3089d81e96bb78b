/**
 * The internal numeric layer (src/numeric): the one private decimal constructor and the exact
 * operations everything else is written with. Tested directly, since other modules build on it.
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { OkrError } from "../../src/index.js";
import {
	abs,
	add,
	clamp,
	cmp,
	describeString,
	divide,
	divideParts,
	type Exact,
	exact,
	fromBinary,
	fromInt,
	fromResult,
	isExact,
	isNumberInput,
	isZero,
	MAX_STRING_LENGTH,
	max,
	min,
	mul,
	nearestNumber,
	neg,
	nonNegative,
	ONE,
	QUOTIENT_DIGITS,
	roundHalfUp,
	sub,
	sum,
	toNumber,
	typeName,
	ZERO,
} from "../../src/numeric/index.js";
import { expectCode, expectIssue } from "../support/foundation.js";

const x = (value: number | string): Exact => exact(value, []);
const texts = (values: readonly Exact[]) => values.map((v) => v.toFixed());

describe("reading", () => {
	it("isNumberInput agrees with exact", () => {
		for (const value of [0, -1.5, "1e5", ".5", "5.", "+3", "-0"]) {
			expect(isNumberInput(value)).toBe(true);
			expect(() => exact(value, [])).not.toThrow();
		}
		for (const value of [Number.NaN, "", " 1", "0x1", "1e401", null, undefined, {}, 1n]) {
			expect(isNumberInput(value)).toBe(false);
			expectIssue(() => exact(value, ["here"]), "INVALID_NUMBER", ["here"]);
		}
		expect(isNumberInput("9".repeat(MAX_STRING_LENGTH))).toBe(false); // 1e500: out of range
		expect(isNumberInput(`0.${"9".repeat(MAX_STRING_LENGTH - 2)}`)).toBe(true);
		expect(isNumberInput(`0.${"9".repeat(MAX_STRING_LENGTH - 1)}`)).toBe(false);
	});

	it("reads a number as its shortest decimal", () => {
		expect(x(0.1).toString()).toBe("0.1");
		expect(x(1e21).toString()).toBe("1000000000000000000000");
		expect(x(5e-324).equals(new Decimal("5e-324"))).toBe(true);
	});

	it("nonNegative accepts 0 and -0 and refuses negatives with NEGATIVE", () => {
		expect(isZero(nonNegative(-0, []))).toBe(true);
		expect(isZero(nonNegative("-0.000", []))).toBe(true);
		expectIssue(() => nonNegative("-0.001", ["w"]), "NEGATIVE", ["w"]);
		expectIssue(() => nonNegative("w", ["w"]), "INVALID_NUMBER", ["w"]);
	});

	it("isExact tells its values from plain numbers and strings", () => {
		expect(isExact(x(1))).toBe(true);
		expect(isExact(1)).toBe(false);
		expect(isExact("1")).toBe(false);
	});

	it("is not affected by the host changing decimal.js's global settings", () => {
		const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
		try {
			Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
			expect(toNumber(divide(x(1), x(3)))).toBe(1 / 3);
			expect(toNumber(add(x("0.123456"), x("0.000001")))).toBe(0.123457);
		} finally {
			Decimal.set(saved);
		}
	});

	it("refuses a 501-character string even when its value is in range", () => {
		const long = `1.${"0".repeat(499)}`;
		expect(long).toHaveLength(501);
		expect(isNumberInput(long)).toBe(false);
		expect(isNumberInput(long.slice(0, 500))).toBe(true);
		expectIssue(() => exact("0".repeat(501), ["v"]), "INVALID_NUMBER", ["v"]);
	});

	it("accepts exponents of up to 6 digits, not 7", () => {
		expect(isNumberInput("0e123456")).toBe(true);
		expect(isNumberInput("0e-123456")).toBe(true);
		expect(isNumberInput("0e1234567")).toBe(false);
		expect(isNumberInput("1e")).toBe(false);
		expect(isNumberInput("1e+")).toBe(false);
	});

	it("fromBinary gives every binary digit of a double", () => {
		expect(fromBinary(0.1).toFixed()).toBe(
			"0.1000000000000000055511151231257827021181583404541015625",
		);
		expect(fromBinary(-0.5).toFixed()).toBe("-0.5");
		expect(fromBinary(3).toFixed()).toBe("3");
		expect(fromBinary(2 ** 60).toFixed()).toBe("1152921504606846976");
		expect(fromBinary(2 ** 53 + 2).toFixed()).toBe("9007199254740994");
	});

	it("fromResult reads a computed number as its shortest decimal, as inputs are read", () => {
		expect(fromResult(0.1).toFixed()).toBe("0.1");
		expect(fromResult(0.65).toFixed()).toBe("0.65");
		expect(fromResult(-2.5e-7).toFixed()).toBe("-0.00000025");
	});
});

describe("arithmetic", () => {
	it("+ − × are exact, however long the operands", () => {
		const a = x("123456789012345678901234567890.123456789");
		const b = x("0.000000000000000000000000000001");
		expect(add(a, b).toString()).toBe(
			"123456789012345678901234567890.123456789000000000000000000001",
		);
		expect(sub(b, a).toString()).toBe(
			"-123456789012345678901234567890.123456788999999999999999999999",
		);
		// Checked against BigInt: a = 123456789012345678901234567890123456789 / 10^9.
		const big = 123456789012345678901234567890123456789n;
		const square = (big * big).toString();
		expect(mul(a, a).toString()).toBe(`${square.slice(0, -18)}.${square.slice(-18)}`);
		expect(neg(b).toString()).toBe("-0.000000000000000000000000000001");
		expect(abs(neg(a)).equals(a)).toBe(true);
	});

	it("sum, min, max, cmp, clamp", () => {
		expect(sum([x("0.1"), x("0.2"), x("-0.3")]).isZero()).toBe(true);
		expect(sum([]).isZero()).toBe(true);
		expect(min(x(1), x(2)).toNumber()).toBe(1);
		expect(max(x(1), x(2)).toNumber()).toBe(2);
		expect([cmp(x(1), x(2)), cmp(x(2), x(2)), cmp(x(3), x(2))]).toEqual([-1, 0, 1]);
		expect(clamp(x(5), ZERO, ONE)).toBe(ONE);
		expect(clamp(x(-5), ZERO, ONE)).toBe(ZERO);
		expect(clamp(x(5), ZERO, null).toNumber()).toBe(5);
		expect(clamp(x(-5), null, ONE).toNumber()).toBe(-5);
		expect(fromInt(42).toNumber()).toBe(42);
	});

	it("divide carries at least QUOTIENT_DIGITS significant digits, exact when the quotient terminates", () => {
		expect(divide(x(1), x(8)).toString()).toBe("0.125");
		expect(divide(x("0.1"), x("0.3")).toString()).toBe(`0.${"3".repeat(QUOTIENT_DIGITS + 1)}`);
		expect(divide(x(-2), x(3)).toString()).toBe(`-0.${"6".repeat(QUOTIENT_DIGITS + 1)}`);
		expect(divide(x("1e300"), x("1e-300")).equals(new Decimal("1e600"))).toBe(true);
		expect(divide(ZERO, x(7)).isZero()).toBe(true);
	});

	it("divide by zero is an OkrError OUT_OF_RANGE (callers check first and throw their own code)", () => {
		expectCode(() => divide(ONE, ZERO), "OUT_OF_RANGE");
	});

	it("roundHalfUp rounds half away from zero at the given places", () => {
		expect(roundHalfUp(x("0.05"), 1).toString()).toBe("0.1");
		expect(roundHalfUp(x("0.0499999"), 1).toString()).toBe("0");
		expect(roundHalfUp(x("0.655"), 2).toString()).toBe("0.66");
		expect(roundHalfUp(x("2.5"), 0).toString()).toBe("3");
	});

	it("min and max pick the right operand, the first on ties", () => {
		const [one, two, alsoOne] = [x(1), x(2), x("1.0")];
		expect(min(two, one)).toBe(one);
		expect(min(one, two)).toBe(one);
		expect(min(one, alsoOne)).toBe(one);
		expect(max(one, two)).toBe(two);
		expect(max(two, one)).toBe(two);
		expect(max(alsoOne, one)).toBe(alsoOne);
	});

	it("clamp returns the value itself within the bounds, the bounds included", () => {
		const [low, high] = [x(0), x(1)];
		const atLow = x("0.0");
		const atHigh = x("1.00");
		expect(clamp(atLow, low, high)).toBe(atLow);
		expect(clamp(atHigh, low, high)).toBe(atHigh);
		expect(clamp(x(-1), low, high)).toBe(low);
		expect(clamp(x(2), low, high)).toBe(high);
		expect(clamp(x(2), null, null).toFixed()).toBe("2");
	});
});

describe("divideParts", () => {
	it("splits a quotient into parts whose exact sum is divide(Σ parts, divisor)", () => {
		const parts = [x(1), x(1), x(1)];
		const quotients = divideParts(parts, x(3));
		expect(sum(quotients).equals(divide(x(3), x(3)))).toBe(true);
		expect(sum(divideParts([x(2), x(1)], x(7))).equals(divide(x(3), x(7)))).toBe(true);
	});

	it("keeps each part within one unit of its exact quotient, negative parts included", () => {
		const parts = [x("-0.5"), x(2), x("1.25"), x("0.000001")];
		const divisor = x(3);
		const quotients = divideParts(parts, divisor);
		expect(sum(quotients).equals(divide(sum(parts), divisor))).toBe(true);
		parts.forEach((part, i) => {
			const error = abs(sub(quotients[i] as Exact, divide(part, divisor)));
			expect(cmp(error, x(`1e-${QUOTIENT_DIGITS - 1}`))).toBeLessThanOrEqual(0);
		});
	});

	it("gives zeros for zero parts, and refuses a divisor that is not positive", () => {
		expect(divideParts([ZERO, ZERO], x(2)).every(isZero)).toBe(true);
		expectCode(() => divideParts([ONE], ZERO), "OUT_OF_RANGE");
		expectCode(() => divideParts([ONE], x(-1)), "OUT_OF_RANGE");
	});

	describe("sharing the units lost to rounding", () => {
		// 1/3 carried to 41 digits (QUOTIENT_DIGITS + 1 for a one-digit quotient), and its neighbours.
		const third = `0.${"3".repeat(41)}`;
		const thirdUp = `0.${"3".repeat(40)}4`;
		const twoThirds = `0.${"6".repeat(41)}`;
		const twoThirdsUp = `0.${"6".repeat(40)}7`;

		it("gives the units lost to rounding to the largest remainders, ties to the earlier part", () => {
			expect(texts(divideParts([x(1), x(1), x(1)], x(3)))).toEqual([thirdUp, third, third]);
			// Two units lost: the two earlier parts get one each.
			expect(texts(divideParts([x(2), x(2), x(2)], x(3)))).toEqual([
				twoThirdsUp,
				twoThirdsUp,
				twoThirds,
			]);
			// The larger remainder wins over the earlier part.
			expect(texts(divideParts([x(1), x(2)], x(3)))).toEqual([third, twoThirdsUp]);
		});

		it("floors negative parts (remainders kept positive) before sharing the lost units", () => {
			expect(texts(divideParts([x(2), x(-1)], x(3)))).toEqual([twoThirdsUp, `-${thirdUp}`]);
			expect(texts(divideParts([x(-2), x(1), x(2)], x(3)))).toEqual([
				`-${twoThirdsUp}`,
				third,
				twoThirdsUp,
			]);
			const quotients = divideParts([x(-5), x(7)], x(3));
			expect(texts(quotients)).toEqual([`-1.${"6".repeat(40)}7`, `2.${"3".repeat(41)}`]);
			expect(sum(quotients).equals(divide(x(2), x(3)))).toBe(true);
		});

		it("splits a zero total of non-zero parts into their own quotients", () => {
			expect(texts(divideParts([x(1), x(-1)], x(3)))).toEqual([third, `-${third}`]);
		});
	});

	it("gives the lost units of equal remainders to the earlier parts, in order, over many parts", () => {
		// 40 parts of 1 over 3: every remainder is equal, and 13 units (of 10⁻⁴⁰ here) are lost.
		const parts = Array.from({ length: 40 }, () => x(1));
		const quotients = texts(divideParts(parts, x(3)));
		const third = `0.${"3".repeat(40)}`;
		const thirdUp = `0.${"3".repeat(39)}4`;
		expect(quotients).toEqual([
			...Array.from({ length: 13 }, () => thirdUp),
			...Array.from({ length: 27 }, () => third),
		]);
	});
});

describe("conversion to number", () => {
	it("is the nearest double and never -0", () => {
		expect(toNumber(x("0.1"))).toBe(0.1);
		expect(Object.is(toNumber(x("-0")), 0)).toBe(true);
		expect(Object.is(toNumber(neg(ZERO)), 0)).toBe(true);
		expect(Object.is(nearestNumber(x("-1e-400")), 0)).toBe(true);
		expect(toNumber(x("9007199254740993"))).toBe(9007199254740992);
	});

	it("beyond the double range is OUT_OF_RANGE, never Infinity", () => {
		const error = expectCode(() => toNumber(x("1e309")), "OUT_OF_RANGE");
		expect(error).toBeInstanceOf(OkrError);
		expectCode(() => toNumber(x("-1e309")), "OUT_OF_RANGE");
		expect(nearestNumber(x("1e309"))).toBe(Number.POSITIVE_INFINITY);
	});
});

describe("messages", () => {
	it("names what it refused, at its path", () => {
		expect(expectIssue(() => exact(Number.NaN, []), "INVALID_NUMBER", []).message).toBe(
			"(root): Expected a finite number, received NaN.",
		);
		expect(expectIssue(() => exact("1e401", ["v"]), "INVALID_NUMBER", ["v"]).message).toBe(
			"v: The number is out of range (its magnitude must be within 1e-400 to 1e400).",
		);
		expect(expectIssue(() => exact(null, ["v"]), "INVALID_NUMBER", ["v"]).message).toBe(
			"v: Expected a number or a decimal string, received null.",
		);
		expect(expectIssue(() => nonNegative("-1.50", ["w"]), "NEGATIVE", ["w"]).message).toBe(
			"w: Must be zero or more, received -1.5.",
		);
		expect(expectCode(() => divide(x(1), x(0)), "OUT_OF_RANGE").message).toBe("Division by zero.");
		expect(expectCode(() => divideParts([x(1)], x(0)), "OUT_OF_RANGE").message).toBe(
			"Parts are divided by a positive number only.",
		);
		expect(expectCode(() => toNumber(x("1e400")), "OUT_OF_RANGE").message).toBe(
			"A result is beyond the range of a JavaScript number.",
		);
	});

	it("cuts strings longer than 40 characters in messages, not at 40", () => {
		const forty = "x".repeat(40);
		expect(describeString(forty)).toBe(JSON.stringify(forty));
		expect(describeString(`${forty}y`)).toBe(JSON.stringify(`${forty}…`));
	});

	it("typeName names each kind of value in words", () => {
		expect(
			[null, undefined, [], new Date(0), {}, 1, "s", true, 1n, Symbol("s"), () => 1].map(typeName),
		).toEqual([
			"null",
			"nothing",
			"an array",
			"a Date",
			"an object",
			"a number",
			"a string",
			"a boolean",
			"a bigint",
			"a symbol",
			"a function",
		]);
	});
});
