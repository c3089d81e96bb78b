import { describe, expect, it } from "vitest";
import {
	escapeXml,
	fingerprint,
	fitText,
	groupThousands,
	num,
	plainNumber,
	showNumber,
	withIds,
	wrapText,
} from "../../src/svg/markup.js";
import { isSafeColor } from "../../src/svg/options.js";
import { parseXml, textOf } from "./xml.js";

describe("escapeXml", () => {
	it("escapes the five XML specials", () => {
		expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
	});

	it("returns text without specials unchanged", () => {
		expect(escapeXml("Platform uptime ≥ 99% — 🚀")).toBe("Platform uptime ≥ 99% — 🚀");
	});

	it("replaces characters XML forbids (controls, U+FFFE/U+FFFF, lone surrogates) by U+FFFD", () => {
		expect(escapeXml("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf")).toBe(
			"a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf",
		);
		expect(escapeXml("x\uD800y\uDC00z\uD83D")).toBe("x\uFFFDy\uFFFDz\uFFFD");
		expect(escapeXml("tab\tnew\nline\r")).toBe("tab\tnew\nline\r");
	});

	it("keeps surrogate pairs", () => {
		expect(escapeXml("🚀<")).toBe("🚀&lt;");
	});

	it("gives text that parses back to itself inside an element and an attribute", () => {
		const text = `<script>alert("x")</script> & 'y' ]]> <!-- -->`;
		const root = parseXml(
			`<t a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</t>`,
		);
		expect(textOf(root)).toBe(text);
		expect(root.attrs.get("a")).toBe(text);
		expect(root.attrs.get("b")).toBe(text);
	});

	it("is linear: a megabyte of specials is escaped at once", () => {
		const big = "<&>".repeat(350_000);
		expect(escapeXml(big).length).toBe(350_000 * 13);
	});

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

describe("num (coordinates)", () => {
	it.each([
		[0, "0"],
		[-0, "0"],
		[-0.001, "0"],
		[0.004, "0"],
		[0.005, "0.01"],
		[12, "12"],
		[12.5, "12.5"],
		[12.345, "12.35"],
		[197.6, "197.6"],
		[-3.1, "-3.1"],
		[-3.05, "-3.05"],
		[0.1 + 0.2, "0.3"],
		[1e-9, "0"],
		[123_456_789.987, "123456789.99"],
	])("writes %d as %s", (n, text) => {
		expect(num(n)).toBe(text);
	});

	it("never writes an exponent or -0", () => {
		for (const n of [1e-7, -1e-7, 1e12, -1e12, 5e-3, -5e-3]) {
			expect(num(n)).not.toMatch(/e|^-0$/);
		}
	});

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
});

describe("plainNumber and showNumber (values in words)", () => {
	it.each([
		[0, "0"],
		[-0, "0"],
		[0.1, "0.1"],
		[99.2, "99.2"],
		[-12.5, "-12.5"],
		[1e21, "1000000000000000000000"],
		[1.5e-7, "0.00000015"],
		[-2.5e-8, "-0.000000025"],
		[1.23e25, "12300000000000000000000000"],
	])("writes %d as %s", (n, text) => {
		expect(plainNumber(n)).toBe(text);
	});

	it("groups the whole part in threes", () => {
		expect(groupThousands("250000")).toBe("250,000");
		expect(groupThousands("-1234567.891")).toBe("-1,234,567.891");
		expect(groupThousands("999")).toBe("999");
		expect(groupThousands("1000")).toBe("1,000");
		expect(showNumber(175_000)).toBe("175,000");
		expect(showNumber(0.65)).toBe("0.65");
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

describe("fitText", () => {
	it("keeps text that fits", () => {
		expect(fitText("Marketing", 9)).toBe("Marketing");
	});

	it("cuts longer text to the limit, ending with an ellipsis", () => {
		expect(fitText("Become the market leader", 10)).toBe("Become th…");
		expect(fitText("Become the market leader", 10)).toHaveLength(10);
		expect(fitText("Become the market", 8)).toBe("Become…");
		expect(fitText("abc", 1)).toBe("…");
		expect(fitText("abc", 0)).toBe("…");
	});

	it("counts code points and never splits a surrogate pair", () => {
		expect(fitText("🚀🚀🚀🚀", 3)).toBe("🚀🚀…");
		expect(fitText("🚀🚀🚀", 3)).toBe("🚀🚀🚀");
	});

	it("counts a lone low surrogate after a letter as its own character", () => {
		expect(fitText("a\uDC00bc", 3)).toBe("a\uDC00…");
		expect(fitText("a\uDC00b", 3)).toBe("a\uDC00b");
	});

	it("counts a high surrogate followed by anything but a low one as one character", () => {
		expect(fitText("\uD800ab", 2)).toBe("\uD800…");
		expect(fitText("\uD800\uE000b", 2)).toBe("\uD800…");
		expect(fitText("ab\uD800", 3)).toBe("ab\uD800");
	});
});

describe("wrapText", () => {
	it("breaks at spaces into lines that fit, cutting the last", () => {
		expect(wrapText("Become the market leader in customer satisfaction", 25, 2)).toEqual([
			"Become the market leader",
			"in customer satisfaction",
		]);
		expect(wrapText("Become the market leader in customer satisfaction", 20, 2)).toEqual([
			"Become the market",
			"leader in customer…",
		]);
		expect(wrapText("Short", 20, 2)).toEqual(["Short"]);
		expect(wrapText("  spaced \n\t out  ", 20, 2)).toEqual(["spaced out"]);
		expect(wrapText("", 20, 2)).toEqual([]);
	});

	it("counts code points, so emoji take one place each", () => {
		expect(wrapText("🚀🚀🚀 🚀🚀🚀 🚀", 7, 2)).toEqual(["🚀🚀🚀 🚀🚀🚀", "🚀"]);
	});

	it("cuts a word longer than a line", () => {
		expect(wrapText("Supercalifragilistic expialidocious", 8, 2)).toEqual(["Superca…", "expiali…"]);
		expect(wrapText("a b c", 5, 1)).toEqual(["a b c"]);
		expect(wrapText("a b c d", 5, 1)).toEqual(["a b…"]);
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

describe("ids", () => {
	it("fingerprints text as 8 hex digits, stable and content-dependent", () => {
		expect(fingerprint("")).toBe("811c9dc5");
		expect(fingerprint("a")).toBe("e40c292c");
		expect(fingerprint("a")).not.toBe(fingerprint("b"));
	});

	it("uses the caller's prefix, else one derived from the body", () => {
		expect(withIds('<t id="\u0001-title"/>', "kind", "p")).toBe('<t id="p-title"/>');
		expect(withIds('<t id="\u0001-title"/>', "kind", null)).toMatch(
			/^<t id="okr-kind-[0-9a-f]{8}-title"\/>$/,
		);
	});
});

describe("isSafeColor", () => {
	it.each([
		"#fff",
		"#FFFA",
		"#D55E00",
		"#D55E00CC",
		"teal",
		"transparent",
		"currentColor",
		"none",
		"rgb(0 158 115)",
		"rgba(0, 158, 115, 0.5)",
		"hsl(120deg 50% 40% / 0.8)",
		"oklch(70% 0.1 145)",
	])("accepts %s", (color) => {
		expect(isSafeColor(color)).toBe(true);
	});

	it.each([
		"",
		"#ff",
		"#fffff",
		"#ggg",
		'red" onload="alert(1)',
		"red'",
		"red>",
		"red<",
		"red&amp;",
		"red;",
		"url(#x)",
		"url(javascript:alert(1))",
		"rgb(0 0 0",
		"rgb(0 0 0))",
		"rgb((0) 0 0)",
		"expression(alert(1))",
		"red blue",
		"rgb(0 0 0)x",
		" red",
		"a".repeat(65),
	])("refuses %j", (color) => {
		expect(isSafeColor(color)).toBe(false);
	});

	it("accepts words of upper- and lower-case letters from A to z", () => {
		expect(isSafeColor("AZaz")).toBe(true);
		expect(isSafeColor("Z")).toBe(true);
		expect(isSafeColor("z")).toBe(true);
	});

	it("accepts hex digits A-F and a-f only", () => {
		expect(isSafeColor("#ABCDEF")).toBe(true);
		expect(isSafeColor("#abcdef")).toBe(true);
		expect(isSafeColor("#GGG")).toBe(false);
		expect(isSafeColor("#ggg")).toBe(false);
	});

	it("allows at most 64 characters", () => {
		expect(isSafeColor("a".repeat(64))).toBe(true);
		expect(isSafeColor("a".repeat(65))).toBe(false);
		expect(isSafeColor("")).toBe(false);
	});

	it("accepts each colour function, with signs inside", () => {
		for (const name of ["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch"]) {
			expect(isSafeColor(`${name}(+1 -2 3)`)).toBe(true);
			expect(isSafeColor(`${name.toUpperCase()}(1, 2, 3)`)).toBe(true);
		}
	});

	it("refuses other functions and anything but parentheses around the arguments", () => {
		expect(isSafeColor("foo(1 2 3)")).toBe(false);
		expect(isSafeColor('rgb"0 0 0"')).toBe(false);
		expect(isSafeColor("rgb(0 0 0")).toBe(false);
		expect(isSafeColor("rgb 0 0 0)")).toBe(false);
		expect(isSafeColor("(0 0 0)")).toBe(false);
	});
});
