// Tests written for the mutants of src/svg that survived `npm run mutation` (issue 8): each pins an
// exact value that one of those mutants changed.
import { describe, expect, it } from "vitest";
import { OkrValidationError } from "../../src/index.js";
import { fromResult } from "../../src/numeric/index.js";
import {
	escapeXml,
	fitText,
	groupThousands,
	num,
	plainNumber,
	showNumber,
	wrapText,
} from "../../src/svg/markup.js";
import { isSafeColor } from "../../src/svg/options.js";
import { shortfallWords, withUnit } from "../../src/svg/words.js";
import {
	cascadeTreeSvg,
	kpiBulletSvg,
	progressBarSvg,
	type SvgOptions,
	sparklineSvg,
} from "../../src/svg.js";
import { nps, uptime } from "./fixtures.js";

/** The issues of the validation error `fn` throws: code, path and message. */
function issuesOf(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(OkrValidationError);
		return (error as OkrValidationError).issues;
	}
	throw new Error("expected a validation error");
}

const bar = (options: unknown) => progressBarSvg({ score: 0.5 }, options as SvgOptions);

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

describe("isSafeColor", () => {
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

describe("the shared options' errors", () => {
	it("names what it expected and what it received", () => {
		expect(issuesOf(() => bar({ colors: { red: 5 } }))).toEqual([
			{
				code: "INVALID_TYPE",
				path: ["options", "colors", "red"],
				message: "Expected a string, received a number.",
			},
		]);
		expect(issuesOf(() => bar({ colors: "x" }))).toEqual([
			{
				code: "INVALID_TYPE",
				path: ["options", "colors"],
				message: "Expected an object, received a string.",
			},
		]);
		expect(issuesOf(() => bar({ colors: { purple: "x" } }))).toEqual([
			{
				code: "UNKNOWN_KEY",
				path: ["options", "colors", "purple"],
				message: 'Unknown colors key "purple".',
			},
		]);
		expect(issuesOf(() => bar({ patterns: "yes" }))).toEqual([
			{
				code: "INVALID_TYPE",
				path: ["options", "patterns"],
				message: "Expected true or false, received a string.",
			},
		]);
	});

	it("shows at most 40 characters of a bad size or colour", () => {
		expect(issuesOf(() => bar({ width: "1".repeat(50) }))).toEqual([
			{
				code: "OUT_OF_RANGE",
				path: ["options", "width"],
				message: `Expected a size above 0 and at most 100000, received "${"1".repeat(40)}".`,
			},
		]);
		expect(issuesOf(() => bar({ colors: { red: `${"x".repeat(50)}"` } }))).toEqual([
			{
				code: "INVALID_COLOR",
				path: ["options", "colors", "red"],
				message: `Expected a CSS colour such as "#D55E00", "teal" or "rgb(0 158 115)", received "${"x".repeat(40)}".`,
			},
		]);
	});

	it("accepts a size of exactly 100000", () => {
		expect(bar({ width: 100_000 })).toContain('width="100000"');
	});

	it("accepts id prefixes of up to 64 characters starting with a letter or _", () => {
		expect(bar({ idPrefix: "_x" })).toContain('id="_x-');
		expect(bar({ idPrefix: "a".repeat(64) })).toContain(`id="${"a".repeat(64)}-`);
		expect(issuesOf(() => bar({ idPrefix: "a".repeat(65) }))).toEqual([
			{
				code: "INVALID_ID",
				path: ["options", "idPrefix"],
				message:
					"Expected an id prefix: a letter or _, then letters, digits, - or _, at most 64 characters.",
			},
		]);
	});
});

describe("kpiBulletSvg's scale", () => {
	/** The tick labels under the bullet, in order. */
	const ticks = (svg: string) =>
		[...svg.matchAll(/<text[^>]*text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
	const bullet = (options: object, kpi: object = uptime) =>
		kpiBulletSvg(kpi as never, options as SvgOptions);

	it("steps by 1, 2 or 5 times a power of ten, a span of exactly 5, 10 or 25 steps included", () => {
		expect(ticks(bullet({ min: 0, max: 50 }))).toEqual(["0", "10", "20", "30", "40", "50"]);
		expect(ticks(bullet({ min: 0, max: 100 }))).toEqual(["0", "20", "40", "60", "80", "100"]);
		expect(ticks(bullet({ min: 0, max: 250 }))).toEqual(["0", "50", "100", "150", "200", "250"]);
	});

	it("draws 101 ticks on a picture wide enough for 100 steps", () => {
		const labels = ticks(bullet({ min: 100, max: 200, width: 6040 }));
		expect(labels).toHaveLength(101);
		expect([labels[0], labels[50], labels[100]]).toEqual(["100", "150", "200"]);
	});

	it("keeps a scale of at most 100 steps on the widest pictures", () => {
		const labels = ticks(bullet({ width: 100_000 }));
		expect(labels).toHaveLength(55);
		expect([labels[0], labels[1], labels[54]]).toEqual(["0", "2", "108"]);
	});

	it("draws no ticks when the ends are too many steps from zero to count exactly", () => {
		expect(ticks(bullet({ min: "9007199254740991", max: "9007199254740992", width: 100 }))).toEqual(
			[],
		);
	});

	it("draws no tick outside the scale when its ends are a hair inside round values", () => {
		expect(ticks(bullet({ min: "1.00000000000000000001", max: "1.99999999999999999999" }))).toEqual(
			["1.2", "1.4", "1.6", "1.8"],
		);
	});

	it("cuts tick labels to the room each tick has", () => {
		expect(ticks(bullet({ min: "1000000000000", max: "1000000000100" }))).toEqual(
			new Array(6).fill("1,000,00…"),
		);
	});

	it("reaches out to a value above the target, and a tenth further below a negative one", () => {
		const high = {
			...uptime,
			cadence: undefined,
			measurements: [{ at: "2025-08-01", value: 150 }],
		};
		expect(ticks(bullet({}, high))).toEqual(["0", "50", "100", "150"]);
		expect(bullet({}, high)).toContain('<rect x="18.2" y="35.67" width="294.18" height="6.67"');
		const low = {
			id: "neg",
			name: "Balance",
			direction: "lowerIsBetter",
			target: -5,
			measurements: [{ at: "2025-08-01", value: -20 }],
		};
		expect(ticks(bullet({}, low))).toEqual(["-20", "-15", "-10", "-5", "0"]);
		expect(bullet({}, low)).toContain('<rect x="45.17" y="35.67" width="269.67" height="6.67"');
		expect(bullet({}, low)).toContain('<rect x="18.2" y="29" width="229.22" height="20"');
	});

	it("reads the scale ends and sizes from their own options", () => {
		expect(issuesOf(() => bullet({ min: "abc" }))).toEqual([
			{
				code: "INVALID_NUMBER",
				path: ["options", "min"],
				message: 'Expected a decimal number such as "12.5" or "1e3", received "abc".',
			},
		]);
		expect(issuesOf(() => bullet({ min: 200 }))).toEqual([
			{
				code: "OUT_OF_RANGE",
				path: ["options", "min"],
				message: "The scale's max must be above its min (and the value, target and ranges).",
			},
		]);
		const svg = bullet({ barHeight: 30, width: 500, height: 200 });
		expect(svg).toMatch(/^<svg [^>]*width="500" height="200" viewBox="0 0 500 200"/);
		expect(svg.match(/<rect [^>]*y="29" [^>]*height="30"/g)).toHaveLength(3);
	});
});

describe("sparklineSvg", () => {
	const spark = (kpi: object, options: object = {}) =>
		sparklineSvg(kpi as never, options as SvgOptions);
	const markers = (svg: string) =>
		svg.match(/<(rect|circle|path)[^>]*stroke="[^"]*" stroke-width="1"\/>/g);
	const yellow = { ...nps, measurements: [{ at: "2025-07-01", value: 65 }] };

	it("outlines markers in the background colour, or the pattern colour on no background", () => {
		expect(
			markers(spark(yellow, { colors: { background: "#ABCDEF", pattern: "#123456" } })),
		).toEqual([
			'<rect x="156.75" y="66.25" width="6.5" height="6.5" fill="#E69F00" stroke="#ABCDEF" stroke-width="1"/>',
		]);
		expect(markers(spark(yellow, { colors: { background: "none", pattern: "#123456" } }))).toEqual([
			'<rect x="156.75" y="66.25" width="6.5" height="6.5" fill="#E69F00" stroke="#123456" stroke-width="1"/>',
		]);
	});

	it("writes a single measurement's date once", () => {
		const dates = spark(yellow).match(/>\d{4}-\d\d-\d\d</g);
		expect(dates).toEqual([">2025-07-01<"]);
	});

	it("draws every marker up to 60 measurements", () => {
		const many = {
			...nps,
			measurements: Array.from({ length: 60 }, (_, i) => ({
				at: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
				value: 72,
			})),
		};
		expect(spark(many).match(/<circle /g)).toHaveLength(60);
	});

	it("draws no stretch of the status strip for runs that take no width", () => {
		const sameDay = {
			...nps,
			measurements: [
				{ at: "2025-07-01", value: 72 },
				{ at: "2025-08-01", value: 72 },
				{ at: "2025-08-01", value: 40 },
				{ at: "2025-08-01", value: 72 },
			],
		};
		const svg = spark(sameDay, { policy: { kpi: { confirmations: 1 } } });
		expect(svg.match(/<rect [^>]*height="8"[^>]*>/g)).toEqual([
			'<rect x="11.5" y="77" width="297" height="8" fill="#009E73"/>',
		]);
		expect(svg).toContain(
			"Status: green from 2025-07-01, red from 2025-08-01, green from 2025-08-01.",
		);
	});

	it("puts a target below every value at the bottom of the plot", () => {
		const svg = spark({ ...nps, target: 50 });
		expect(svg).toContain('<line x1="11.5" y1="69.5" x2="308.5" y2="69.5"');
		expect(svg).toContain(
			'<polyline points="11.5,29.5 86.35,60.41 161.21,31.32 233.65,54.95 308.5,56.77"',
		);
	});

	it("is titled KPI when the KPI's name is blank, and takes its own sizes", () => {
		expect(spark({ ...nps, name: "  " })).toMatch(/<title id="[^"]+">KPI<\/title>/);
		expect(spark(nps, { width: 500, height: 200 })).toMatch(
			/^<svg [^>]*width="500" height="200" viewBox="0 0 500 200"/,
		);
	});
});

describe("cascadeTreeSvg", () => {
	const metric = (id: string) => ({
		id,
		title: id,
		kind: "metric",
		start: 0,
		target: 10,
		current: 5,
	});
	const tree = (objectives: object[], options: object = {}) =>
		cascadeTreeSvg(objectives as never, options as SvgOptions);
	const alone = [{ id: "a", title: "Alone", keyResults: [metric("k")] }];

	it("draws no link path for a single objective", () => {
		const svg = tree(alone);
		expect(svg).not.toContain("<path");
		expect(svg).toMatch(/^<svg [^>]*width="224" height="88" viewBox="0 0 224 88"/);
	});

	it("is as tall as its deepest branch, wherever that is in the input", () => {
		const svg = tree([
			{ id: "c", title: "Company", keyResults: [metric("k1")] },
			{ id: "t", title: "Team", parentId: "c", keyResults: [metric("k2")] },
			{ id: "s", title: "Squad", parentId: "t", keyResults: [metric("k3")] },
			{ id: "o", title: "Other", parentId: "c", keyResults: [metric("k4")] },
		]);
		expect(svg).toMatch(/^<svg [^>]*width="448" height="280" viewBox="0 0 448 280"/);
	});

	it("cuts the score line to the box", () => {
		const long = "somewhat behind the plan but recovering";
		const svg = tree(alone, { labels: { red: long, yellow: long, green: long } });
		expect(svg).toContain(
			'<text x="27" y="66" fill="#595959" font-size="10.8">0.5 · grade 0.5 · somewhat b…</text>',
		);
	});
});

describe("progressBarSvg", () => {
	const texts = (svg: string) => svg.match(/<text[^>]*>[^<]*<\/text>/g);

	it("names the input it expected", () => {
		expect(issuesOf(() => progressBarSvg(5 as never))).toEqual([
			{
				code: "INVALID_TYPE",
				path: [],
				message:
					"Expected a progress bar input { score, expected?, type? } (an object), received a number.",
			},
		]);
	});

	it("leaves out the legend's row for a committed objective without an expected score", () => {
		expect(progressBarSvg({ score: 0.5, type: "committed" })).toMatch(
			/^<svg [^>]*width="320" height="63" viewBox="0 0 320 63"/,
		);
	});

	it("cuts the legend's entries to their room on a narrow picture", () => {
		expect(texts(progressBarSvg({ score: 0.5, expected: 0.123456 }, { width: 120 }))).toEqual([
			'<text x="8" y="20" font-weight="600">…</text>',
			'<text x="98" y="20" text-anchor="end">0.5 · grade…</text>',
			'<text x="19" y="70.8" fill="#595959" font-size="10.8">expec…</text>',
			'<text x="84.64" y="70.8" fill="#595959" font-size="10.8">str…</text>',
		]);
		expect(texts(progressBarSvg({ score: 0.5, expected: 0.5 }, { width: 200 }))).toEqual([
			'<text x="8" y="20" font-weight="600">…</text>',
			'<text x="178" y="20" text-anchor="end">0.5 · grade 0.5 · yellow</text>',
			'<text x="19" y="70.8" fill="#595959" font-size="10.8">expected 0.5</text>',
			'<text x="120.28" y="70.8" fill="#595959" font-size="10.8">stretch ban…</text>',
		]);
	});

	it("rounds a small swatch's corners by a quarter of its size", () => {
		expect(progressBarSvg({ score: 0.5 }, { fontSize: 8 })).toContain(
			'<rect x="305" y="10" width="7" height="7" rx="1.75" fill=',
		);
	});
});

describe("KPI words", () => {
	it("writes no unit for an empty one", () => {
		expect(withUnit("5", "")).toBe("5");
		expect(withUnit("5", undefined)).toBe("5");
		expect(withUnit("5", "%")).toBe("5%");
		expect(withUnit("5", "ms")).toBe("5 ms");
	});

	it("says on target, ahead or short of it by the sign of the shortfall", () => {
		expect(shortfallWords(fromResult(0), "higherIsBetter", "%")).toBe("on target");
		expect(shortfallWords(fromResult(-0.2), "higherIsBetter", "%")).toBe(
			"0.2% ahead of the target",
		);
		expect(shortfallWords(fromResult(9.9), "higherIsBetter", "%")).toBe("9.9% short of the target");
		expect(shortfallWords(fromResult(2), "onTarget", "°C")).toBe("2 °C off the target");
	});
});
