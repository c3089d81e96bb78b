// Tests written for the mutants of src/svg that survived `npm run mutation` (issue 8): each pins an
// exact value that one of those mutants changed.
import { describe, expect, it } from "vitest";
import {
	escapeXml,
	fitText,
	groupThousands,
	num,
	plainNumber,
	showNumber,
	wrapText,
} from "../../src/svg/markup.js";

describe("escapeXml at the edges of the surrogate ranges", () => {
	it("keeps every surrogate pair, from the lowest to the highest code units", () => {
		for (const pair of ["\uD800\uDC00", "\uD800\uDFFF", "\uDBFF\uDC00", "\uDBFF\uDFFF"]) {
			expect(escapeXml(`<${pair}>`)).toBe(`&lt;${pair}&gt;`);
		}
	});

	it("keeps the characters just outside the surrogate ranges", () => {
		expect(escapeXml("\uD7FF<\uE000<\uE000")).toBe("\uD7FF&lt;\uE000&lt;\uE000");
		expect(escapeXml("\uFF04")).toBe("\uFF04");
	});

	it("replaces a high surrogate not followed by a low one, and a lone low one", () => {
		expect(escapeXml("\uD800\uE000")).toBe("\uFFFD\uE000");
		expect(escapeXml("\uD800\uDBFF")).toBe("\uFFFD\uFFFD");
		expect(escapeXml("\uDC00\uDC00")).toBe("\uFFFD\uFFFD");
		expect(escapeXml("a\uDFFF")).toBe("a\uFFFD");
	});
});

describe("num and plain numbers", () => {
	it("writes a non-finite coordinate as 0", () => {
		expect(num(Number.NaN)).toBe("0");
		expect(num(Number.POSITIVE_INFINITY)).toBe("0");
		expect(num(Number.NEGATIVE_INFINITY)).toBe("0");
	});

	it("writes one and ten hundredths with their zeros", () => {
		expect(num(0.01)).toBe("0.01");
		expect(num(-0.01)).toBe("-0.01");
		expect(num(2.1)).toBe("2.1");
		expect(num(2.09)).toBe("2.09");
	});

	it("writes large and tiny numbers in plain digits", () => {
		expect(plainNumber(1e-7)).toBe("0.0000001");
		expect(plainNumber(-1e21)).toBe("-1000000000000000000000");
		expect(plainNumber(1.2345e21)).toBe("1234500000000000000000");
		expect(plainNumber(123456.5)).toBe("123456.5");
	});

	it("groups the whole part of negative numbers after the sign", () => {
		expect(groupThousands("-250000")).toBe("-250,000");
		expect(groupThousands("-250")).toBe("-250");
		expect(groupThousands("123.4567")).toBe("123.4567");
		expect(groupThousands("1234")).toBe("1,234");
		expect(showNumber(-1234.5)).toBe("-1,234.5");
	});
});

describe("fitText and wrapText count lone surrogates as one character each", () => {
	it("counts a lone low surrogate after a letter as its own character", () => {
		expect(fitText("a\uDC00bc", 3)).toBe("a\uDC00…");
		expect(fitText("a\uDC00b", 3)).toBe("a\uDC00b");
	});

	it("counts a high surrogate followed by anything but a low one as one character", () => {
		expect(fitText("\uD800ab", 2)).toBe("\uD800…");
		expect(fitText("\uD800\uE000b", 2)).toBe("\uD800…");
		expect(fitText("ab\uD800", 3)).toBe("ab\uD800");
	});

	it("counts pairs at the edges of the ranges as one character", () => {
		for (const pair of ["\uD800\uDC00", "\uDBFF\uDFFF"]) {
			expect(fitText(`${pair}${pair}`, 2)).toBe(`${pair}${pair}`);
			expect(wrapText(`${pair}${pair} ${pair}`, 2, 2)).toEqual([`${pair}${pair}`, pair]);
		}
	});

	it("goes on after a word cut in the middle lines", () => {
		expect(wrapText("a verylongword b", 4, 3)).toEqual(["a", "ver…", "b"]);
	});
});
