/**
 * Exact expectations on the numeric layer that mutation testing (issue 8) showed were missing:
 * boundaries of the decimal-string scanner, messages, ties in min/max/clamp, and how divideParts
 * shares the units its rounding lost.
 */
import { describe, expect, it } from "vitest";
import {
	clamp,
	describeString,
	divide,
	divideParts,
	type Exact,
	exact,
	fromBinary,
	fromResult,
	isNumberInput,
	max,
	min,
	nonNegative,
	sum,
	toNumber,
} from "../../src/numeric/index.js";
import { expectCode, expectIssue } from "../support/foundation.js";

const x = (value: number | string): Exact => exact(value, []);
const texts = (values: readonly Exact[]) => values.map((v) => v.toFixed());

describe("the decimal-string scanner at its limits", () => {
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
});

describe("messages", () => {
	it("names what it refused", () => {
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
});

describe("min, max and clamp", () => {
	it("pick the right operand, the first on ties", () => {
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

describe("divideParts shares the lost units", () => {
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

describe("fromBinary", () => {
	it("gives every binary digit of a double", () => {
		expect(fromBinary(0.1).toFixed()).toBe(
			"0.1000000000000000055511151231257827021181583404541015625",
		);
		expect(fromBinary(-0.5).toFixed()).toBe("-0.5");
		expect(fromBinary(3).toFixed()).toBe("3");
		expect(fromBinary(2 ** 60).toFixed()).toBe("1152921504606846976");
		expect(fromBinary(2 ** 53 + 2).toFixed()).toBe("9007199254740994");
	});
});

describe("fromResult", () => {
	it("reads a computed number as its shortest decimal, as inputs are read", () => {
		expect(fromResult(0.1).toFixed()).toBe("0.1");
		expect(fromResult(0.65).toFixed()).toBe("0.65");
		expect(fromResult(-2.5e-7).toFixed()).toBe("-0.00000025");
	});
});

describe("divideParts with equal remainders", () => {
	it("gives the lost units to the earlier parts, in order, over many parts", () => {
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
