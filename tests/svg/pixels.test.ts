/**
 * What the pictures show, rendered to pixels by resvg (no browser needed, so these run everywhere
 * `npm test` does): the length of a progress bar, the colour of a KPI's status, the hatching of red,
 * and that nothing (no text either) is painted outside the picture. Positions are read from the
 * markup, so the checks follow the layout.
 */
import { describe, expect, it } from "vitest";
import type { Kpi } from "../../src/index.js";
import {
	cascadeTreeSvg,
	defaultSvgColors,
	kpiBulletSvg,
	progressBarSvg,
	sparklineSvg,
} from "../../src/svg.js";
import { near, type Pixels, renderPicture, rgb } from "../support/pictures.js";
import { company, nps, uptime } from "./fixtures.js";
import { expectPicture, find, type XmlElement } from "./xml.js";

const c = defaultSvgColors;
const transparent = { colors: { background: "none" } } as const;

/** A rect's box, as numbers. */
function box(rect: XmlElement | undefined) {
	if (rect === undefined) throw new Error("no such rect in the picture");
	const n = (name: string) => Number(rect.attrs.get(name) ?? 0);
	return { x: n("x"), y: n("y"), width: n("width"), height: n("height") };
}

/** Renders each picture once, however many rows are counted. */
const cache = new Map<string, Pixels>();
function rendered(svg: string): Pixels {
	const hit = cache.get(svg);
	if (hit !== undefined) return hit;
	const pixels = renderPicture(svg);
	cache.set(svg, pixels);
	return pixels;
}

/** How many pixels of the row at `y`, from `x0` to `x1`, are near `color`. */
function countRow(
	svg: string,
	y: number,
	x0: number,
	x1: number,
	color: readonly number[],
	tolerance?: number,
) {
	const pixels = rendered(svg);
	let n = 0;
	for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
		if (near(pixels.at(x, y), color, tolerance)) n++;
	}
	return n;
}

describe("progressBarSvg, rendered", () => {
	it.each([0, 0.1, 0.25, 0.5, 0.65, 0.9, 1])(
		"fills the share %d of the track in the grade's colour",
		(score) => {
			const svg = progressBarSvg({ score, type: "committed" }, { patterns: false });
			const track = box(find(expectPicture(svg), "rect", { fill: c.track })[0]);
			const middle = track.y + track.height / 2;
			const colors = [rgb(c.red), rgb(c.yellow), rgb(c.green)];
			const filled = colors
				.map((color) => countRow(svg, middle, track.x, track.x + track.width, color))
				.reduce((a, b) => a + b, 0);
			const empty = countRow(svg, middle, track.x, track.x + track.width, rgb(c.track));
			expect(filled + empty).toBeGreaterThanOrEqual(track.width - 1);
			expect(Math.abs(filled - score * track.width)).toBeLessThanOrEqual(1);
		},
	);

	it("draws a score above 1 as a full bar, and one below 0 as an empty track", () => {
		const over = progressBarSvg(
			{ score: 1.3, type: "committed" },
			{ policy: { progress: { cap: 2 } }, patterns: false },
		);
		const track = box(find(expectPicture(over), "rect", { fill: c.track })[0]);
		const middle = track.y + track.height / 2;
		expect(countRow(over, middle, track.x, track.x + track.width, rgb(c.green))).toBe(track.width);
		const under = progressBarSvg({ score: -0.2, type: "committed" }, { patterns: false });
		expect(countRow(under, middle, track.x, track.x + track.width, rgb(c.track))).toBe(track.width);
	});

	it("hatches a red bar: red and light stripes across it", () => {
		const svg = progressBarSvg({ score: 0.3, type: "committed" });
		const track = box(find(expectPicture(svg), "rect", { fill: c.track })[0]);
		const end = track.x + 0.3 * track.width;
		let red = 0;
		let light = 0;
		for (let y = track.y + 1; y < track.y + track.height - 1; y++) {
			red += countRow(svg, y, track.x, end, rgb(c.red));
			light += countRow(svg, y, track.x, end, [238, 190, 153], 30);
		}
		expect(red).toBeGreaterThan(track.height * 30);
		expect(light).toBeGreaterThan(track.height * 8);
	});
});

describe("kpiBulletSvg, rendered", () => {
	const red: Kpi = { ...uptime, measurements: [{ at: "2025-08-15", value: 80 }] };

	/** The colour in the middle of the status swatch beside the title. */
	function swatchColor(svg: string) {
		const swatch = box(
			find(expectPicture(svg), "rect", { stroke: c.muted, "stroke-width": "0.5" })[0],
		);
		return renderPicture(svg).at(swatch.x + swatch.width / 2, swatch.y + swatch.height / 2);
	}

	it("shows a red KPI in the red status colour, a yellow one in yellow, a green one in green", () => {
		expect(near(swatchColor(kpiBulletSvg(red, { patterns: false })), rgb(c.red))).toBe(true);
		expect(near(swatchColor(kpiBulletSvg(uptime, { patterns: false })), rgb(c.yellow))).toBe(true);
		const green: Kpi = { ...uptime, measurements: [{ at: "2025-08-15", value: 99.5 }] };
		expect(near(swatchColor(kpiBulletSvg(green, { patterns: false })), rgb(c.green))).toBe(true);
		expect(
			near(
				swatchColor(kpiBulletSvg(red, { patterns: false, colors: { red: "#112233" } })),
				rgb("#112233"),
			),
		).toBe(true);
	});

	it("draws the value's bar in the red range, darkest grey, up to the value", () => {
		const svg = kpiBulletSvg(red);
		const root = expectPicture(svg);
		const redRange = box(find(root, "rect", { fill: c.rangeRed })[0]);
		const measure = box(find(root, "rect", { fill: c.measure })[0]);
		const pixels = renderPicture(svg);
		const row = measure.y + measure.height / 2;
		expect(near(pixels.at(redRange.x + 2, redRange.y + 2), rgb(c.rangeRed))).toBe(true);
		expect(near(pixels.at(measure.x + measure.width - 2, row), rgb(c.measure))).toBe(true);
		expect(near(pixels.at(measure.x + measure.width + 2, row), rgb(c.rangeRed))).toBe(true);
	});
});

describe("sparklineSvg, rendered", () => {
	it("colours the status strip green, then hatched red where the KPI went red", () => {
		const svg = sparklineSvg(nps);
		const strip = find(expectPicture(svg), "rect", { height: "8" }).map(box);
		const pixels = renderPicture(svg);
		const first = strip[0] as ReturnType<typeof box>;
		expect(near(pixels.at(first.x + first.width / 2, first.y + 4), rgb(c.green))).toBe(true);
		const second = strip[1] as ReturnType<typeof box>;
		let red = 0;
		for (let x = second.x; x < second.x + second.width; x++) {
			if (near(pixels.at(x, second.y + 4), rgb(c.red))) red++;
		}
		expect(red).toBeGreaterThan(second.width / 4);
	});
});

describe("nothing is painted outside the picture", () => {
	const long = "Make self-serve the default for every customer onboarding flow this year";
	const pictures: readonly [string, string][] = [
		["a progress bar", progressBarSvg({ score: 0.4467, expected: 0.35 }, transparent)],
		[
			"a progress bar with a long title",
			progressBarSvg({ score: 0.9, expected: 0.5 }, { ...transparent, title: long }),
		],
		[
			"a narrow progress bar",
			progressBarSvg({ score: 0.2, expected: 0.9 }, { ...transparent, title: long, width: 120 }),
		],
		["a bullet graph", kpiBulletSvg(uptime, transparent)],
		[
			"a bullet graph with a long name",
			kpiBulletSvg({ ...uptime, name: long }, { ...transparent, width: 200 }),
		],
		["a sparkline", sparklineSvg(nps, transparent)],
		[
			"a sparkline with a long name",
			sparklineSvg({ ...nps, name: long }, { ...transparent, width: 200 }),
		],
		["a cascade", cascadeTreeSvg(company, transparent)],
		[
			"a cascade with long titles",
			cascadeTreeSvg(
				company.map((o) => ({ ...o, title: `${o.title} ${long}` })),
				transparent,
			),
		],
	];

	it.each(pictures)("%s", (_, svg) => {
		const margin = 40;
		const pixels = renderPicture(svg, margin);
		const width = pixels.width - 2 * margin;
		const height = pixels.height - 2 * margin;
		let inside = 0;
		const outside: string[] = [];
		for (let y = 0; y < pixels.height; y++) {
			for (let x = 0; x < pixels.width; x++) {
				if ((pixels.at(x, y)[3] as number) === 0) continue;
				const within = x >= margin && y >= margin && x < margin + width && y < margin + height;
				if (within) inside++;
				else outside.push(`(${x - margin}, ${y - margin})`);
			}
		}
		expect(outside.slice(0, 5)).toEqual([]);
		expect(inside).toBeGreaterThan(1000);
	});

	it("draws the title's text (the fonts are there, so the check above sees text)", () => {
		const svg = progressBarSvg({ score: 0.5, type: "committed" }, { ...transparent, title: long });
		const pixels = renderPicture(svg);
		let painted = 0;
		for (let y = 8; y < 22; y++)
			for (let x = 8; x < 300; x++) if ((pixels.at(x, y)[3] as number) > 0) painted++;
		expect(painted).toBeGreaterThan(300);
	});

	it("shows a 40-character title whole at the default size, inside the picture", () => {
		const title = "Make self-serve the default for onboard.";
		const svg = progressBarSvg({ score: 0.5 }, { ...transparent, title });
		const pixels = renderPicture(svg);
		let right = 0;
		for (let y = 8; y < 24; y++)
			for (let x = 0; x < pixels.width; x++)
				if ((pixels.at(x, y)[3] as number) > 0) right = Math.max(right, x);
		// The last character's glyph is painted, well right of the middle, and inside the padding.
		expect(right).toBeGreaterThan(pixels.width / 2);
		expect(right).toBeLessThan(pixels.width - 8);
	});
});
