import { describe, expect, it } from "vitest";
import type { Objective } from "../../src/index.js";
import { cascadeTreeSvg, defaultSvgColors, type SvgOptions } from "../../src/svg.js";
import { midQuarter } from "../cascade/fixtures.js";
import { expectCode, expectIssue, expectUnmutated, metric } from "../support/foundation.js";
import { company, hostile, hostileAsText } from "./fixtures.js";
import {
	descOf,
	expectPicture,
	find,
	textOf,
	titleOf,
	visibleTexts,
	type XmlElement,
} from "./xml.js";

const c = defaultSvgColors;

/** Each objective's box: its data-id, position and the texts in it. */
function boxes(root: XmlElement) {
	return find(root, "g")
		.filter((g) => g.attrs.has("data-id"))
		.map((g) => {
			const frame = find(g, "rect", { fill: c.node })[0];
			return {
				id: g.attrs.get("data-id"),
				x: frame?.attrs.get("x"),
				y: frame?.attrs.get("y"),
				texts: visibleTexts(g),
				stripe: find(g, "rect", { width: "8" })[0]?.attrs.get("fill"),
				tooltip: textOf(find(g, "title")[0] as XmlElement),
			};
		});
}

const leaf = (id: string, parentId?: string): Objective => ({
	id,
	title: `Objective ${id}`,
	...(parentId === undefined ? {} : { parentId }),
	keyResults: [{ id: `${id}-kr`, title: "kr", kind: "metric", start: 0, target: 4, current: 1 }],
});

describe("cascadeTreeSvg", () => {
	it("states every objective's score, grade, colour and source in words, parents first", () => {
		const svg = cascadeTreeSvg(company);
		expectPicture(svg);
		const parent = "Become the market leader in customer satisfaction";
		expect(descOf(svg)).toBe(
			[
				"4 objectives.",
				`${parent}: score 0.415, grade 0.4, yellow, from its children.`,
				`Become the go-to thought leader in our industry (under ${parent}): score 0.56, grade 0.6, yellow, from its key results.`,
				`Transform customer support into a competitive advantage (under ${parent}): score 0.5, grade 0.5, yellow, from its key results.`,
				`Dominate the enterprise market segment (under ${parent}): score 0.1, grade 0.1, red, from its key results.`,
			].join(" "),
		);
		expect(titleOf(svg)).toBe("Objective cascade");
	});

	it("lays the tree out top-down, each parent centred over its children", () => {
		const root = expectPicture(cascadeTreeSvg(company, { idPrefix: "t" }));
		expect(root.attrs.get("width")).toBe("672");
		expect(root.attrs.get("height")).toBe("184");
		expect(boxes(root).map(({ id, x, y, stripe }) => ({ id, x, y, stripe }))).toEqual([
			{ id: "company", x: "236", y: "12", stripe: "url(#t-pattern-yellow)" },
			{ id: "marketing", x: "12", y: "108", stripe: "url(#t-pattern-yellow)" },
			{ id: "support", x: "236", y: "108", stripe: "url(#t-pattern-yellow)" },
			{ id: "sales", x: "460", y: "108", stripe: "url(#t-pattern-red)" },
		]);
		expect(find(root, "path", { stroke: c.edge })[0]?.attrs.get("d")).toBe(
			"M336 76V92H112V108M336 76V92H336V108M336 76V92H560V108",
		);
	});

	it("shows each title (on two lines, cut beyond) and score line, with the whole sentence as a tooltip", () => {
		const [top, marketing] = boxes(expectPicture(cascadeTreeSvg(company)));
		expect(top?.texts).toEqual([
			"Become the market leader",
			"in customer satisfaction",
			"0.415 · grade 0.4 · yellow",
		]);
		expect(top?.tooltip).toBe(
			"Become the market leader in customer satisfaction: score 0.415, grade 0.4, yellow, from its children.",
		);
		expect(marketing?.texts).toEqual([
			"Become the go-to thought",
			"leader in our industry",
			"0.56 · grade 0.6 · yellow",
		]);
		const long = boxes(
			expectPicture(
				cascadeTreeSvg([
					{ ...company[1], id: "x", parentId: undefined, title: "word ".repeat(40) } as Objective,
				]),
			),
		);
		expect(long[0]?.texts.slice(0, 2)).toEqual([
			"word word word word word",
			"word word word word wor…",
		]);
	});

	it("scores through rollUp with the policy's roll-up source", () => {
		const withOwn: Objective[] = [
			{
				id: "p",
				title: "Parent",
				keyResults: [{ id: "p-kr", title: "kr", kind: "milestone", done: true }],
			},
			leaf("a", "p"),
		];
		expect(descOf(cascadeTreeSvg(withOwn))).toContain(
			"Parent: score 1, grade 1, green, from its key results.",
		);
		expect(
			descOf(cascadeTreeSvg(withOwn, { policy: { rollup: { source: "children" } } })),
		).toContain("Parent: score 0.25, grade 0.3, red, from its children.");
		expect(descOf(cascadeTreeSvg(withOwn, { policy: { rollup: { source: "both" } } }))).toContain(
			"Parent: score 0.625, grade 0.6, yellow, from its key results and children.",
		);
	});

	it("puts several roots side by side, in input order", () => {
		const root = expectPicture(cascadeTreeSvg([leaf("b"), leaf("a"), leaf("c", "a")]));
		expect(boxes(root).map(({ id, x, y }) => ({ id, x, y }))).toEqual([
			{ id: "b", x: "12", y: "12" },
			{ id: "a", x: "236", y: "12" },
			{ id: "c", x: "236", y: "108" },
		]);
		expect(descOf(cascadeTreeSvg([leaf("b"), leaf("a")]))).toMatch(/^2 objectives\. Objective b: /);
		expect(descOf(cascadeTreeSvg([leaf("a")]))).toMatch(/^1 objective\. Objective a: /);
	});

	it("lays out a chain 20,000 deep without overflowing the stack", () => {
		const chain: Objective[] = [];
		for (let i = 0; i < 20_000; i++) {
			chain.push(
				i === 19_999
					? leaf(`o${i}`, `o${i - 1}`)
					: { id: `o${i}`, title: `O${i}`, ...(i > 0 ? { parentId: `o${i - 1}` } : {}) },
			);
		}
		const svg = cascadeTreeSvg(chain);
		expect(svg.startsWith("<svg")).toBe(true);
		expect(svg).toContain(`height="${2 * 12 + 20_000 * 64 + 19_999 * 32}"`);
		expect(svg).toContain(`data-id="o19999"`);
		expect(descOf(svg)).toMatch(
			/^20000 objectives\. O0: score 0\.25, grade 0\.3, red, from its children\./,
		);
	});

	it("lays out a wide cascade in one row of leaves", () => {
		const wide = [
			{ id: "root", title: "Root" },
			...Array.from({ length: 500 }, (_, i) => leaf(`t${i}`, "root")),
		];
		const root = expectPicture(cascadeTreeSvg(wide));
		expect(root.attrs.get("width")).toBe(String(2 * 12 + 500 * 200 + 499 * 24));
	});

	it("draws an empty cascade as a picture that says so", () => {
		const svg = cascadeTreeSvg([]);
		expect(descOf(svg)).toBe("No objectives.");
		expect(visibleTexts(expectPicture(svg))).toEqual(["no objectives"]);
	});

	it("escapes titles and ids: a <script> title stays text, an id cannot leave its attribute", () => {
		const svg = cascadeTreeSvg([
			{ ...leaf("x"), id: `"><script>alert(1)</script>`, title: hostile },
			{ ...leaf("__proto__"), parentId: `"><script>alert(1)</script>` },
			{ ...leaf("constructor"), title: "toString" },
		]);
		const root = expectPicture(svg);
		expect(svg).not.toContain("<script");
		expect(find(root, "script")).toEqual([]);
		expect(boxes(root).map((b) => b.id)).toEqual([
			`"><script>alert(1)</script>`,
			"__proto__",
			"constructor",
		]);
		expect(descOf(svg)).toContain(`${hostileAsText}: score 0.25`);
		expect(descOf(svg)).toContain(`Objective __proto__ (under ${hostileAsText}): score 0.25`);
	});

	it("takes sizes, colours, words and the title from the options", () => {
		const svg = cascadeTreeSvg(company, {
			nodeWidth: 150,
			nodeHeight: 40,
			gapX: 10,
			gapY: 20,
			colors: { node: "#F5F5F5", edge: "#333" },
			labels: { yellow: "amber" },
			title: "Q3 cascade",
			patterns: false,
		});
		const root = expectPicture(svg);
		expect(root.attrs.get("width")).toBe(String(24 + 3 * 150 + 2 * 10));
		expect(root.attrs.get("height")).toBe(String(24 + 2 * 40 + 20));
		expect(find(root, "rect", { fill: "#F5F5F5", stroke: "#333", width: "150" })).toHaveLength(4);
		expect(find(root, "rect", { fill: c.yellow, width: "8" })).toHaveLength(3);
		expect(titleOf(svg)).toBe("Q3 cascade");
		expect(descOf(svg)).toContain("grade 0.4, amber");
	});

	it("gives the same bytes for the same input", () => {
		expect(cascadeTreeSvg(structuredClone(company) as Objective[])).toBe(cascadeTreeSvg(company));
	});

	it("does not mutate its input or options", () => {
		expectUnmutated(
			{
				objectives: structuredClone(company) as Objective[],
				options: { gapX: 30, policy: { rollup: { source: "both" as const } } },
			},
			({ objectives, options }) => cascadeTreeSvg(objectives, options),
		);
	});

	it("refuses an unsound cascade as rollUp does, never drawing a wrong number", () => {
		expectIssue(() => cascadeTreeSvg([leaf("a", "missing")]), "UNKNOWN_PARENT", [0, "parentId"]);
		expectIssue(() => cascadeTreeSvg([leaf("a", "b"), leaf("b", "a")]), "ALIGNMENT_CYCLE", [
			0,
			"parentId",
		]);
		expectIssue(() => cascadeTreeSvg([leaf("a"), leaf("a")]), "DUPLICATE_ID", [1, "id"]);
		expectCode(() => cascadeTreeSvg([{ id: "a", title: "A" }]), "NO_KEY_RESULTS");
		expectIssue(() => cascadeTreeSvg({} as never), "INVALID_TYPE", []);
		expectIssue(() => cascadeTreeSvg([leaf("a")], { nodeWidth: -1 }), "OUT_OF_RANGE", [
			"options",
			"nodeWidth",
		]);
	});

	describe("exact sizes and lines", () => {
		const half = (id: string) => metric(0, 10, 5, { id, title: id });
		const tree = (objectives: object[], options: object = {}) =>
			cascadeTreeSvg(objectives as never, options as SvgOptions);
		const alone = [{ id: "a", title: "Alone", keyResults: [half("k")] }];

		it("draws no link path for a single objective", () => {
			const svg = tree(alone);
			expect(svg).not.toContain("<path");
			expect(svg).toMatch(/^<svg [^>]*width="224" height="88" viewBox="0 0 224 88"/);
		});

		it("is as tall as its deepest branch, wherever that is in the input", () => {
			const svg = tree([
				{ id: "c", title: "Company", keyResults: [half("k1")] },
				{ id: "t", title: "Team", parentId: "c", keyResults: [half("k2")] },
				{ id: "s", title: "Squad", parentId: "t", keyResults: [half("k3")] },
				{ id: "o", title: "Other", parentId: "c", keyResults: [half("k4")] },
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
});

describe("cascadeTreeSvg as of a day, and partial", () => {
	it("draws the snapshot of the day", () => {
		expect(descOf(cascadeTreeSvg(midQuarter(), { asOf: "2025-08-15" }))).toBe(
			"2 objectives. company: score 0.4, grade 0.4, yellow, from its children. team (under company): score 0.4, grade 0.4, yellow, from its key results.",
		);
		expect(descOf(cascadeTreeSvg(midQuarter()))).toContain("company: score 0.6,");
	});

	it("draws an objective that cannot be scored as not scored, with the reason in the desc, never a 0", () => {
		const objectives = [
			...midQuarter(),
			{ id: "draft", title: "Expand to Europe", parentId: "company" },
		];
		expectCode(() => cascadeTreeSvg(objectives), "NO_KEY_RESULTS", [2, "keyResults"]);
		const svg = cascadeTreeSvg(objectives, { partial: true, idPrefix: "t" });
		const root = expectPicture(svg);
		const draft = boxes(root).find((box) => box.id === "draft");
		expect(draft?.texts).toEqual(["Expand to Europe", "not scored"]);
		expect(draft?.stripe).toBe(c.unknown);
		expect(draft?.tooltip).toBe(
			'Expand to Europe (under company): not scored. Objective "draft" has neither key results nor children to score it.',
		);
		expect(descOf(svg)).toContain(
			'Expand to Europe (under company): not scored. Objective "draft" has neither key results nor children to score it.',
		);
		// The company is scored from the team alone.
		expect(descOf(svg)).toContain("company: score 0.6, grade 0.6, yellow, from its children.");
		expect(descOf(svg)).not.toContain("score 0,");
	});

	it("draws a parent left with nothing to pool as not scored too", () => {
		const svg = cascadeTreeSvg(
			[
				{ id: "p", title: "Parent" },
				{ id: "d", title: "Draft", parentId: "p" },
			],
			{ partial: true },
		);
		expect(descOf(svg)).toBe(
			'2 objectives. Parent: not scored. Objective "p" is not scored: none of its children could be scored. Draft (under Parent): not scored. Objective "d" has neither key results nor children to score it.',
		);
	});
});
