import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade, type Kpi, type KpiDirection, kpiStatus, type Objective } from "../../src/index.js";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg, sparklineSvg } from "../../src/svg.js";
import { anyDouble, dayString } from "../support/arbitraries.js";
import { descOf, expectPicture, find, titleOf } from "../svg/xml.js";

/** Any UTF-16 string: specials, controls, lone surrogates and all. */
const anyText = fc.oneof(
	fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
	fc.string({
		unit: fc.constantFrom("<", ">", "&", '"', "'", "script", "]]>", "\u0000", "\uD800", " "),
	}),
);

/** What a string reads back as from the markup: characters XML forbids become U+FFFD. */
function asXmlText(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				out += text.slice(i, i + 2);
				i++;
				continue;
			}
			out += "\uFFFD";
		} else if (
			(c >= 0xdc00 && c <= 0xdfff) ||
			(c < 32 && c !== 9 && c !== 10 && c !== 13) ||
			c === 0xfffe ||
			c === 0xffff
		) {
			out += "\uFFFD";
		} else {
			out += text[i];
		}
	}
	return out;
}

const directionArb = fc.constantFrom<KpiDirection>("higherIsBetter", "lowerIsBetter", "onTarget");

const kpiArb = fc
	.record({
		name: anyText,
		unit: fc.option(anyText, { nil: undefined }),
		direction: directionArb,
		target: anyDouble,
		thresholds: fc.option(
			fc
				.record({
					mode: fc.constant("absolute" as const),
					green: fc.double({ min: 0, max: 1e6, noNaN: true }),
					extra: fc.double({ min: 0, max: 1e6, noNaN: true }),
				})
				.map(({ mode, green, extra }) => ({ mode, green, yellow: green + extra })),
			{ nil: undefined },
		),
		measurements: fc.array(fc.record({ at: dayString, value: anyDouble }), { maxLength: 8 }),
	})
	.map(
		({ unit, thresholds, ...rest }): Kpi => ({
			id: "k",
			...rest,
			...(unit === undefined ? {} : { unit }),
			...(thresholds === undefined ? {} : { thresholds }),
		}),
	);

describe("pictures: properties", () => {
	it("any title and status words give well-formed markup that reads back as written", () => {
		fc.assert(
			fc.property(anyText, anyText, (title, word) => {
				const svg = progressBarSvg({ score: 0.5 }, { title, labels: { yellow: word } });
				expectPicture(svg);
				expect(titleOf(svg)).toBe(title.trim() === "" ? "Objective progress" : asXmlText(title));
				expect(descOf(svg)).toContain(`grade 0.5, ${asXmlText(word)}.`);
			}),
			{ numRuns: 200 },
		);
	});

	it("any score and expected pace give a bar inside the track, graded as grade() does", () => {
		fc.assert(
			fc.property(anyDouble, fc.option(anyDouble, { nil: undefined }), (score, expected) => {
				const svg = progressBarSvg({ score, expected, type: "aspirational" }, { idPrefix: "p" });
				const root = expectPicture(svg);
				const { grade: g, color } = grade(score);
				expect(descOf(svg)).toContain(`, grade ${g}, ${color}`);
				for (const rect of find(root, "rect")) {
					const x = Number(rect.attrs.get("x") ?? 0);
					const width = Number(rect.attrs.get("width"));
					expect(width).toBeGreaterThanOrEqual(0);
					expect(x + width).toBeLessThanOrEqual(320);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("any KPI gives a well-formed bullet graph stating kpiStatus's colour, and a sparkline", () => {
		fc.assert(
			fc.property(kpiArb, (kpi) => {
				const bullet = kpiBulletSvg(kpi);
				expectPicture(bullet);
				const status = kpiStatus(kpi).status;
				expect(descOf(bullet)).toMatch(new RegExp(`\\); ${status}[,.]`));
				expect(kpiBulletSvg(structuredClone(kpi))).toBe(bullet);
				const spark = sparklineSvg(kpi);
				expectPicture(spark);
				expect(sparklineSvg(structuredClone(kpi))).toBe(spark);
			}),
			{ numRuns: 150 },
		);
	});

	it("any forest gives boxes inside the picture that never overlap", () => {
		const forestArb = fc
			.array(fc.record({ parent: fc.nat(), root: fc.boolean(), current: fc.nat({ max: 10 }) }), {
				minLength: 1,
				maxLength: 25,
			})
			.map((specs) =>
				specs.map(({ parent, root, current }, i): Objective => {
					const parentId = i === 0 || root ? undefined : `o${parent % i}`;
					return {
						id: `o${i}`,
						title: `Objective ${i}`,
						...(parentId === undefined ? {} : { parentId }),
						keyResults: [
							{ id: `k${i}`, title: "kr", kind: "metric", start: 0, target: 10, current },
						],
					};
				}),
			);
		fc.assert(
			fc.property(forestArb, (objectives) => {
				const root = expectPicture(cascadeTreeSvg(objectives));
				const width = Number(root.attrs.get("width"));
				const height = Number(root.attrs.get("height"));
				const boxes = find(root, "g").map((g) => {
					const frame = find(g, "rect")[0];
					return { x: Number(frame?.attrs.get("x")), y: Number(frame?.attrs.get("y")) };
				});
				expect(boxes).toHaveLength(objectives.length);
				for (const [i, a] of boxes.entries()) {
					expect(a.x).toBeGreaterThanOrEqual(0);
					expect(a.y).toBeGreaterThanOrEqual(0);
					expect(a.x + 200).toBeLessThanOrEqual(width);
					expect(a.y + 64).toBeLessThanOrEqual(height);
					for (const b of boxes.slice(i + 1)) {
						const apart = Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 64;
						expect(apart).toBe(true);
					}
				}
			}),
			{ numRuns: 100 },
		);
	});
});
