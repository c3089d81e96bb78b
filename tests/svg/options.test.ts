import { describe, expect, it } from "vitest";
import { OkrError } from "../../src/index.js";
import {
	cascadeTreeSvg,
	defaultSvgColors,
	kpiBulletSvg,
	progressBarSvg,
	type SvgColors,
	type SvgOptions,
	sparklineSvg,
} from "../../src/svg.js";
import { expectIssue } from "../support/foundation.js";
import { issuesOf } from "../support/pictures.js";
import { company, nps, uptime } from "./fixtures.js";
import { expectPicture, find, parseXml } from "./xml.js";

/** Every picture, drawn from seed data with the given options. */
const pictures: readonly [string, (options: unknown) => string][] = [
	["progressBarSvg", (o) => progressBarSvg({ score: 0.2, expected: 0.5 }, o as SvgOptions)],
	["kpiBulletSvg", (o) => kpiBulletSvg(uptime, o as SvgOptions)],
	["sparklineSvg", (o) => sparklineSvg(nps, o as SvgOptions)],
	["cascadeTreeSvg", (o) => cascadeTreeSvg(company, o as SvgOptions)],
];

describe.each(pictures)("%s options", (_, draw) => {
	it("refuses a colour that could leave its attribute (INVALID_COLOR)", () => {
		for (const bad of ['red" onload="alert(1)', "red'", "url(#x)", "red;x:y", "#12345", ""]) {
			expectIssue(() => draw({ colors: { red: bad } }), "INVALID_COLOR", [
				"options",
				"colors",
				"red",
			]);
		}
	});

	it("refuses colours, words and titles that are not strings, and unknown colour names", () => {
		expectIssue(() => draw({ colors: { green: 5 } }), "INVALID_TYPE", [
			"options",
			"colors",
			"green",
		]);
		expectIssue(() => draw({ colors: "red" }), "INVALID_TYPE", ["options", "colors"]);
		expectIssue(() => draw({ colors: { purple: "#800080" } }), "UNKNOWN_KEY", [
			"options",
			"colors",
			"purple",
		]);
		expectIssue(() => draw({ labels: { red: null } }), "INVALID_TYPE", [
			"options",
			"labels",
			"red",
		]);
		expectIssue(() => draw({ labels: [] }), "INVALID_TYPE", ["options", "labels"]);
		expectIssue(() => draw({ title: 42 }), "INVALID_TYPE", ["options", "title"]);
		expectIssue(() => draw({ patterns: "yes" }), "INVALID_TYPE", ["options", "patterns"]);
	});

	it("refuses an id prefix that is not a plain XML name (INVALID_ID)", () => {
		for (const bad of ["", "1st", "a b", 'a"b', "a:b", "é", "x".repeat(65)]) {
			expectIssue(() => draw({ idPrefix: bad }), "INVALID_ID", ["options", "idPrefix"]);
		}
		expectIssue(() => draw({ idPrefix: 7 }), "INVALID_TYPE", ["options", "idPrefix"]);
	});

	it("refuses sizes that are not finite and positive, at most 100000", () => {
		for (const bad of [0, -1, 100_001, "1e6"]) {
			expectIssue(() => draw({ fontSize: bad }), "OUT_OF_RANGE", ["options", "fontSize"]);
		}
		for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "big", null]) {
			expectIssue(() => draw({ fontSize: bad }), "INVALID_NUMBER", ["options", "fontSize"]);
		}
	});

	it("refuses options that are not an object, and a bad policy, under options", () => {
		expectIssue(() => draw(5), "INVALID_TYPE", ["options"]);
		expectIssue(
			() => draw({ policy: { grading: { bands: { yellow: 0.8, green: 0.7 } } } }),
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "bands"],
		);
	});

	it("accepts sizes as decimal strings, and colours of every plain CSS form", () => {
		const svg = draw({
			fontSize: "13.5",
			colors: { text: "rgb(10 20 30)", muted: "hsl(0 0% 40%)", background: "none" },
		});
		const root = expectPicture(svg);
		expect(svg).toContain('font-size="13.5"');
		expect(svg).toContain('fill="rgb(10 20 30)"');
		// No background rectangle over the whole picture.
		const width = root.attrs.get("width") ?? "";
		expect(find(root, "rect", { width, fill: defaultSvgColors.background })).toEqual([]);
	});

	it("uses every colour given instead of the default", () => {
		const defaults = defaultSvgColors as unknown as Record<string, string>;
		const colors: Record<string, string> = {};
		Object.keys(defaults).forEach((name, i) => {
			colors[name] = `#${(0x100000 + i).toString(16)}`;
		});
		const svg = draw({ colors: colors as unknown as SvgColors });
		expectPicture(svg);
		for (const value of Object.values(defaults)) expect(svg).not.toContain(`"${value}"`);
	});

	it("reads only the options' own properties, and a JSON __proto__ pollutes nothing", () => {
		const inherited = Object.create({ red: 'x" onload="y' }) as object;
		expect(() => draw({ colors: inherited })).not.toThrow();
		const policy = JSON.parse('{"__proto__": {"polluted": 1}, "progress": {"cap": 1}}') as unknown;
		try {
			expectPicture(draw({ policy }));
		} catch (error) {
			expect(error).toBeInstanceOf(OkrError);
		}
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
		expectIssue(() => draw({ colors: JSON.parse('{"__proto__": {"red": "x"}}') }), "UNKNOWN_KEY", [
			"options",
			"colors",
			"__proto__",
		]);
	});

	it("names every id after the prefix given", () => {
		const root = parseXml(draw({ idPrefix: "pic_1-a" }));
		expect(root.attrs.get("aria-labelledby")).toBe("pic_1-a-title pic_1-a-desc");
	});
});

describe("the shared options' errors", () => {
	const bar = (options: unknown) => progressBarSvg({ score: 0.5 }, options as SvgOptions);

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
