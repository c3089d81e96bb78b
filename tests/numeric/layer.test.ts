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
	divide,
	divideParts,
	type Exact,
	exact,
	fromInt,
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
