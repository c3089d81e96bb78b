import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { riskOf } from "../../src/index.js";
import { cmp, exact, roundHalfUp } from "../../src/numeric/index.js";
import { defaultSvgColors, progressBarSvg } from "../../src/svg.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";
import { issuesOf, textMarkup } from "../support/pictures.js";
import { hostile, hostileAsText } from "./fixtures.js";
import { descOf, expectPicture, find, titleOf, visibleTexts } from "./xml.js";

const c = defaultSvgColors;

describe("progressBarSvg", () => {
	it("states the score, grade, colour and expected pace in words", () => {
		const svg = progressBarSvg({ score: 0.65, expected: 0.5 });
		expectPicture(svg);
		expect(descOf(svg)).toBe(
			"Score 0.65, grade 0.7, green; expected 0.5 by now. Aspirational: the stretch band from 0.6 to 0.7 is shaded.",
		);
		expect(titleOf(svg)).toBe("Objective progress");
		expect(visibleTexts(expectPicture(svg))).toEqual([
			"Objective progress",
			"0.65 · grade 0.7 · green",
			"expected 0.5",
			"stretch band 0.6–0.7",
		]);
	});

	it("draws the score's length on a 0–1 track, in the grade colour", () => {
		const root = expectPicture(progressBarSvg({ score: 0.65 }));
		// 320 px wide, 8 px padding: the track is 304 px from x = 8.
		expect(find(root, "rect", { fill: c.track })[0]?.attrs.get("width")).toBe("304");
		const bar = find(root, "rect", { fill: c.green }).find((r) => r.attrs.get("height") === "16");
		expect(bar?.attrs.get("x")).toBe("8");
		expect(bar?.attrs.get("width")).toBe("197.6");
	});

	it("shades the stretch band from the policy's sweet spot and marks the expected pace", () => {
		const root = expectPicture(progressBarSvg({ score: 0.2, expected: 0.5 }));
		const band = find(root, "rect", { fill: c.band, "fill-opacity": "0.4" })[0];
		expect(band?.attrs.get("x")).toBe("190.4");
		expect(band?.attrs.get("width")).toBe("30.4");
		const marker = find(root, "line", { stroke: c.marker })[0];
		expect(marker?.attrs.get("x1")).toBe("160");
	});

	it("takes the band's edges from grading.aspirational", () => {
		const svg = progressBarSvg(
			{ score: 0.65 },
			{ policy: { grading: { aspirational: { sweetSpotFrom: 0.5, sweetSpotTo: 0.8 } } } },
		);
		const band = find(expectPicture(svg), "rect", { fill: c.band, "fill-opacity": "0.4" })[0];
		expect(band?.attrs.get("x")).toBe("160");
		expect(band?.attrs.get("width")).toBe("91.2");
		expect(descOf(svg)).toContain("the stretch band from 0.5 to 0.8 is shaded");
	});

	it("draws no band for a committed objective", () => {
		const svg = progressBarSvg({ score: 0.65, type: "committed" });
		expect(find(expectPicture(svg), "rect", { fill: c.band })).toEqual([]);
		expect(descOf(svg)).toBe("Score 0.65, grade 0.7, green. Committed: succeeds at a score of 1.");
	});

	it("hatches red and dots yellow, and names the colour in words", () => {
		const red = expectPicture(progressBarSvg({ score: 0.2 }, { idPrefix: "p" }));
		expect(find(red, "pattern", { id: "p-pattern-red" })).toHaveLength(1);
		expect(find(red, "rect", { fill: "url(#p-pattern-red)", height: "16" })).toHaveLength(1);
		expect(visibleTexts(red)).toContain("0.2 · grade 0.2 · red");
		const yellow = expectPicture(progressBarSvg({ score: 0.5 }, { idPrefix: "p" }));
		expect(find(yellow, "pattern", { id: "p-pattern-yellow" })).toHaveLength(1);
		expect(visibleTexts(yellow)).toContain("0.5 · grade 0.5 · yellow");
	});

	it("fills with plain colours when patterns are off, and defines no patterns", () => {
		const root = expectPicture(progressBarSvg({ score: 0.2 }, { patterns: false }));
		expect(find(root, "pattern")).toEqual([]);
		expect(find(root, "rect", { fill: c.red, height: "16" })).toHaveLength(1);
	});

	it("clamps the drawn bar to 0–1 but states the score as it is", () => {
		const over = progressBarSvg({ score: 1.2 }, { policy: { progress: { cap: 1.2 } } });
		const bar = find(expectPicture(over), "rect", { fill: c.green, height: "16" })[0];
		expect(bar?.attrs.get("width")).toBe("304");
		expect(descOf(over)).toMatch(/^Score 1\.2, grade 1, green\./);
		const under = progressBarSvg({ score: -0.5, expected: -1 });
		expect(descOf(under)).toMatch(/^Score -0\.5, grade 0, red; expected -1 by now\./);
		const empty = find(expectPicture(under), "rect", { height: "16" }).find(
			(r) => r.attrs.get("fill")?.startsWith("url(") === true,
		);
		expect(empty?.attrs.get("width")).toBe("0");
	});

	it("reads decimal strings exactly: the score cut beside its grade, the expected score rounded", () => {
		expect(descOf(progressBarSvg({ score: "0.575", expected: "0.125" }))).toMatch(
			/^Score 0\.575, grade 0\.6, yellow; expected 0\.13 by now\./,
		);
		expect(descOf(progressBarSvg({ score: "0.6499999999999999999999" }))).toMatch(
			/^Score 0\.649, grade 0\.6, yellow\./,
		);
	});

	it("shows a score the grade beside it is the rounding of: 0.4467 as 0.446 beside 0.4, never 0.45", () => {
		// Rounded to two decimals, 0.4467 would read "0.45 · grade 0.4": it looks like a rounding error.
		const svg = progressBarSvg({ score: 0.4467 });
		expect(visibleTexts(expectPicture(svg))).toContain("0.446 · grade 0.4 · yellow");
		expect(descOf(svg)).toMatch(/^Score 0\.446, grade 0\.4, yellow\./);
		expect(visibleTexts(expectPicture(progressBarSvg({ score: 0.45 })))).toContain(
			"0.45 · grade 0.5 · yellow",
		);
		// A grade with two decimals gets a score with four.
		const fine = progressBarSvg({ score: "0.444999" }, { policy: { grading: { decimals: 2 } } });
		expect(descOf(fine)).toMatch(/^Score 0\.4449, grade 0\.44, yellow\./);
	});

	it("shows every score so that it rounds half-up to the grade shown beside it", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.integer({ min: 0, max: 3 }),
				(millionths, decimals) => {
					const score = (millionths / 1_000_000).toFixed(6);
					const svg = progressBarSvg({ score }, { policy: { grading: { decimals } } });
					const [, shown, grade] = /^Score ([\d.]+), grade ([\d.]+),/.exec(descOf(svg)) ?? [];
					expect(roundHalfUp(exact(shown, []), decimals).toString()).toBe(grade);
					expect(cmp(exact(shown, []), exact(score, []))).toBeLessThanOrEqual(0);
				},
			),
		);
	});

	it("uses the policy's grade bands for the colour", () => {
		const svg = progressBarSvg({ score: 0.65 }, { policy: { grading: { bands: { green: 0.8 } } } });
		expect(descOf(svg)).toMatch(/^Score 0\.65, grade 0\.7, yellow\./);
	});

	it("takes the status words, title, colours and sizes from the options", () => {
		const svg = progressBarSvg(
			{ score: 0.65 },
			{
				labels: { green: "grün" },
				title: "Q3: growth",
				colors: { green: "rgb(0 100 0)", background: "none" },
				width: 500,
				height: 90,
				barHeight: 20,
				fontSize: 14,
			},
		);
		const root = expectPicture(svg);
		expect(root.attrs.get("width")).toBe("500");
		expect(root.attrs.get("height")).toBe("90");
		expect(root.attrs.get("viewBox")).toBe("0 0 500 90");
		expect(root.attrs.get("font-size")).toBe("14");
		expect(titleOf(svg)).toBe("Q3: growth");
		expect(descOf(svg)).toContain("grade 0.7, grün");
		expect(visibleTexts(root)).toContain("0.65 · grade 0.7 · grün");
		expect(find(root, "rect", { fill: "rgb(0 100 0)", height: "20" })).toHaveLength(1);
		expect(find(root, "rect", { fill: "#FFFFFF" })).toEqual([]);
	});

	it("grows its default height with the font and drops the legend row when there is no legend", () => {
		const withLegend = expectPicture(progressBarSvg({ score: 0.5 }));
		const without = expectPicture(progressBarSvg({ score: 0.5, type: "committed" }));
		expect(Number(without.attrs.get("height"))).toBeLessThan(
			Number(withLegend.attrs.get("height")),
		);
		const bigger = expectPicture(progressBarSvg({ score: 0.5 }, { fontSize: 20 }));
		expect(Number(bigger.attrs.get("height"))).toBeGreaterThan(
			Number(withLegend.attrs.get("height")),
		);
	});

	it("escapes the title and status words: a <script> title stays text", () => {
		const svg = progressBarSvg({ score: 0.5 }, { title: hostile, labels: { yellow: hostile } });
		const root = expectPicture(svg);
		expect(svg).not.toContain("<script");
		expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
		expect(titleOf(svg)).toBe(hostileAsText);
		expect(find(root, "script")).toEqual([]);
	});

	it("gives the title a row of its own: 40 characters show whole at the default size", () => {
		const title = "Make self-serve the default for onboard.";
		expect(title).toHaveLength(40);
		const root = expectPicture(progressBarSvg({ score: 0.5, expected: 0.4 }, { title }));
		expect(root.attrs.get("width")).toBe("320");
		expect(visibleTexts(root)[0]).toBe(title);
		expect(visibleTexts(root)[1]).toBe("0.5 · grade 0.5 · yellow");
	});

	it("cuts a title longer than the picture is wide, keeping it whole in the <title>", () => {
		const long = "x".repeat(200);
		const svg = progressBarSvg({ score: 0.5 }, { title: long });
		const heading = visibleTexts(expectPicture(svg))[0] ?? "";
		expect(heading.endsWith("…")).toBe(true);
		expect(heading.length).toBe(41);
		expect(titleOf(svg)).toBe(long);
	});

	it("gives the same bytes for the same input, and other ids for another picture", () => {
		const a = progressBarSvg({ score: 0.65, expected: 0.5 });
		expect(progressBarSvg({ score: "0.65", expected: "0.50" })).toBe(a);
		const b = progressBarSvg({ score: 0.66, expected: 0.5 });
		const id = (svg: string) => /id="([^"]+)-title"/.exec(svg)?.[1];
		expect(id(a)).toMatch(/^okr-progress-[0-9a-f]{8}$/);
		expect(id(b)).not.toBe(id(a));
		expect(id(progressBarSvg({ score: 0.65 }, { idPrefix: "q3_growth-1" }))).toBe("q3_growth-1");
	});

	it("does not mutate its input or options", () => {
		const svg = expectUnmutated(
			{
				input: { score: "0.65", expected: 0.5, type: "aspirational" as const },
				options: {
					colors: { green: "#0A0" },
					labels: { green: "ok" },
					policy: { progress: { cap: 1 } },
				},
			},
			({ input, options }) => progressBarSvg(input, options),
		);
		expect(svg).toContain("#0A0");
	});

	it("reports bad input at its path", () => {
		expectIssue(() => progressBarSvg({ score: Number.NaN }), "INVALID_NUMBER", ["score"]);
		expectIssue(() => progressBarSvg({} as never), "REQUIRED", ["score"]);
		expectIssue(() => progressBarSvg({ score: 1, expected: "soon" }), "INVALID_NUMBER", [
			"expected",
		]);
		expectIssue(() => progressBarSvg({ score: 1, type: "stretch" as never }), "INVALID_ENUM", [
			"type",
		]);
		expectIssue(() => progressBarSvg(null as never), "INVALID_TYPE", []);
		expectIssue(() => progressBarSvg(0.5 as never), "INVALID_TYPE", []);
	});

	describe("exact errors and sizes", () => {
		const texts = textMarkup;

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
				/^<svg [^>]*width="320" height="80" viewBox="0 0 320 80"/,
			);
		});

		it("cuts the legend's entries to their room on a narrow picture", () => {
			expect(texts(progressBarSvg({ score: 0.5, expected: 0.123456 }, { width: 120 }))).toEqual([
				'<text x="8" y="20" font-weight="600">Objective pro…</text>',
				'<text x="23" y="36.8">0.5 · grade…</text>',
				'<text x="19" y="87.6" fill="#595959" font-size="10.8">expec…</text>',
				'<text x="84.64" y="87.6" fill="#595959" font-size="10.8">str…</text>',
			]);
			expect(texts(progressBarSvg({ score: 0.5, expected: 0.5 }, { width: 200 }))).toEqual([
				'<text x="8" y="20" font-weight="600">Objective progress</text>',
				'<text x="23" y="36.8">0.5 · grade 0.5 · yellow</text>',
				'<text x="19" y="87.6" fill="#595959" font-size="10.8">expected 0.5</text>',
				'<text x="120.28" y="87.6" fill="#595959" font-size="10.8">stretch ban…</text>',
			]);
		});

		it("rounds a small swatch's corners by a quarter of its size", () => {
			expect(progressBarSvg({ score: 0.5 }, { fontSize: 8 })).toContain(
				'<rect x="8" y="21.2" width="7" height="7" rx="1.75" fill=',
			);
		});
	});

	describe("options.risk: riskOf's level and reasons in the <desc>", () => {
		const growth = {
			id: "growth",
			title: "Grow revenue",
			type: "committed" as const,
			cycle: { start: "2025-07-01", end: "2025-09-30" },
			keyResults: [
				{
					id: "mrr",
					title: "MRR 10k → 20k",
					kind: "metric" as const,
					start: 10_000,
					target: 20_000,
					checkIns: [{ at: "2025-08-11", value: 12_000, confidence: 2 }],
				},
			],
		};

		it("adds the level and every reason's message, in riskOf's order, after the rest", () => {
			const risk = riskOf(growth, "2025-08-15");
			expect(risk.level).toBe("high");
			expect(risk.reasons).toHaveLength(2);
			const plain = descOf(progressBarSvg({ score: 0.2, type: "committed" }));
			expect(descOf(progressBarSvg({ score: 0.2, type: "committed" }, { risk }))).toBe(
				`${plain} Risk: high — ${risk.reasons[0]?.message} ${risk.reasons[1]?.message}`,
			);
		});

		it("says a low risk without reasons in one word", () => {
			// Judged by a score of 0.5 on the cycle's 10th day: on pace, nothing said, no silence yet.
			const risk = riskOf(growth, "2025-07-10", { score: 0.5 });
			expect(risk).toEqual({ level: "low", reasons: [] });
			expect(descOf(progressBarSvg({ score: 0.2 }, { risk }))).toMatch(/shaded\. Risk: low\.$/);
		});

		it("leaves the default picture as it was: no risk, null and undefined give the same bytes", () => {
			const plain = progressBarSvg({ score: 0.65, expected: 0.5 });
			expect(plain).not.toContain("Risk");
			expect(progressBarSvg({ score: 0.65, expected: 0.5 }, { risk: null })).toBe(plain);
			expect(progressBarSvg({ score: 0.65, expected: 0.5 }, { risk: undefined })).toBe(plain);
		});

		it("escapes the messages and never mutates the risk", () => {
			const risk = {
				level: "medium" as const,
				reasons: [{ code: "LOW_CONFIDENCE" as const, ids: ["x"], message: hostile }],
			};
			const svg = expectUnmutated(risk, (r) => progressBarSvg({ score: 0.5 }, { risk: r }));
			expectPicture(svg);
			expect(descOf(svg)).toContain(`Risk: medium — ${hostileAsText}`);
		});

		it("reports a malformed risk at its path", () => {
			const bar = (risk: unknown) => () => progressBarSvg({ score: 0.5 }, { risk: risk as never });
			expectIssue(bar("high"), "INVALID_TYPE", ["options", "risk"]);
			expectIssue(bar({ level: "severe", reasons: [] }), "INVALID_ENUM", [
				"options",
				"risk",
				"level",
			]);
			expectIssue(bar({ level: "low" }), "INVALID_TYPE", ["options", "risk", "reasons"]);
			expectIssue(bar({ level: "low", reasons: [{}] }), "REQUIRED", [
				"options",
				"risk",
				"reasons",
				0,
				"message",
			]);
			// A hole in the reasons is read, and reported, at its index.
			const holey: unknown[] = [];
			holey[1] = { message: "x" };
			expectIssue(bar({ level: "low", reasons: holey }), "INVALID_TYPE", [
				"options",
				"risk",
				"reasons",
				0,
			]);
		});
	});
});
