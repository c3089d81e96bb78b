/**
 * The pictures in a real browser: each is opened by headless Chromium (Debian's `chromium`) as an
 * SVG document, screenshotted to PNG, and the PNG's pixels are checked where the bars, ranges,
 * markers and patterns must be. A hostile title is opened too, and the DOM after load must show that
 * no script ran. Skipped, with a message, where Chromium is not installed (CI does not install it;
 * `CHROMIUM=/path/to/chrome` points elsewhere).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
	cascadeTreeSvg,
	defaultSvgColors,
	kpiBulletSvg,
	progressBarSvg,
	sparklineSvg,
} from "../../src/svg.js";
import { company, nps, uptime } from "./fixtures.js";
import { decodePng, type Png } from "./png.js";

const chromium = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
const available = existsSync(chromium);
const SKIPPED = `Chromium not found at ${chromium}: the browser rendering checks are skipped (install Debian's chromium, or set CHROMIUM to a Chrome binary, to run them).`;

const work = available ? mkdtempSync(join(tmpdir(), "okr-kit-chromium-")) : "";
afterAll(() => {
	if (work !== "") rmSync(work, { recursive: true, force: true });
});

let runs = 0;

/** Runs Chromium headless on an SVG file with a fresh profile; resolves with its stdout. */
function chrome(file: string, mode: string[], window: readonly [number, number]): Promise<string> {
	const profile = join(work, `profile-${runs++}`);
	const args = [
		"--headless",
		"--no-sandbox",
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--hide-scrollbars",
		"--force-device-scale-factor=1",
		`--user-data-dir=${profile}`,
		`--window-size=${window[0]},${window[1]}`,
		...mode,
		pathToFileURL(file).href,
	];
	return new Promise((resolve, reject) => {
		execFile(chromium, args, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
			if (error) reject(error);
			else resolve(stdout);
		});
	});
}

/** Screenshots a picture (the window is larger than small pictures: Chromium paints tiny windows partly). */
async function screenshot(name: string, svg: string): Promise<Png> {
	const file = join(work, `${name}.svg`);
	const png = join(work, `${name}.png`);
	writeFileSync(file, svg);
	const width = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
	const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
	await chrome(
		file,
		[`--screenshot=${png}`],
		[Math.max(600, Math.ceil(width)), Math.max(400, Math.ceil(height))],
	);
	return decodePng(readFileSync(png));
}

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether two colours are within `tolerance` on every channel. */
function near(actual: readonly number[], expected: readonly number[], tolerance = 16): boolean {
	return actual.every((v, i) => Math.abs(v - (expected[i] as number)) <= tolerance);
}

/** How many pixels of a rectangle are near a colour. */
function count(png: Png, x0: number, y0: number, x1: number, y1: number, color: readonly number[]) {
	let n = 0;
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) if (near(png.at(x, y), color, 24)) n++;
	return n;
}

const c = defaultSvgColors;
const dark = [26, 26, 26];

describe("pictures rendered by headless Chromium", () => {
	it("progressBarSvg: the green bar to 0.65, the track, the shaded band, the marker and the text", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const png = await screenshot("progress", progressBarSvg({ score: 0.65, expected: 0.5 }));
		// Bar from x = 8 to 205.6 and y = 34.8 to 50.8; track to 312; band 190.4–220.8; marker at 160.
		expect(near(png.at(60, 43), rgb(c.green))).toBe(true);
		expect(near(png.at(120, 43), rgb(c.green))).toBe(true);
		expect(near(png.at(280, 43), rgb(c.track))).toBe(true);
		const band = png.at(214, 43);
		expect(band[2] - band[0]).toBeGreaterThan(40); // light blue over the grey track
		expect(near(png.at(160, 43), [0, 0, 0], 60)).toBe(true);
		expect(count(png, 8, 8, 140, 24, dark)).toBeGreaterThan(30); // the title's glyphs
		expect(near(png.at(500, 200), [255, 255, 255], 0)).toBe(true);
	});

	it("progressBarSvg: a red bar is hatched (red and light stripes)", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const png = await screenshot("progress-red", progressBarSvg({ score: 0.3 }));
		const red = count(png, 10, 36, 90, 50, rgb(c.red));
		const light = count(png, 10, 36, 90, 50, [238, 190, 153]);
		expect(red).toBeGreaterThan(150);
		expect(light).toBeGreaterThan(60);
	});

	it("kpiBulletSvg: grey ranges darkest for red, the measure bar, the target line", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const png = await screenshot("bullet", kpiBulletSvg(uptime));
		// Ranges from y = 29 to 49: red to x = 283, yellow to 312.4, green to 341.8; measure y 35.7–42.3.
		expect(near(png.at(100, 31), rgb(c.rangeRed), 8)).toBe(true);
		expect(near(png.at(297, 31), rgb(c.rangeYellow), 8)).toBe(true);
		expect(near(png.at(330, 31), rgb(c.rangeGreen), 8)).toBe(true);
		expect(near(png.at(100, 39), rgb(c.measure), 8)).toBe(true);
		expect(near(png.at(297, 39), rgb(c.rangeYellow), 8)).toBe(true);
		expect(near(png.at(312, 39), rgb(c.marker), 40)).toBe(true);
	});

	it("sparklineSvg: the status strip shows green and hatched red stretches, and the line is drawn", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const png = await screenshot("sparkline", sparklineSvg(nps));
		// Strip y = 77–85: green to x = 48.9, red to 123.8.
		expect(near(png.at(25, 81), rgb(c.green))).toBe(true);
		expect(count(png, 55, 77, 120, 85, rgb(c.red))).toBeGreaterThan(100);
		expect(count(png, 55, 77, 120, 85, [238, 190, 153])).toBeGreaterThan(30);
		expect(count(png, 20, 28, 300, 72, rgb(c.line))).toBeGreaterThan(100);
	});

	it("cascadeTreeSvg: boxes, links and stripes where the layout puts them", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const png = await screenshot("cascade", cascadeTreeSvg(company));
		expect(png.width).toBeGreaterThanOrEqual(672);
		expect(near(png.at(336, 84), rgb(c.edge), 30)).toBe(true); // the trunk under the company box
		expect(near(png.at(420, 70), rgb(c.node), 4)).toBe(true); // inside the company box
		expect(count(png, 460, 108, 468, 172, rgb(c.red))).toBeGreaterThan(100); // sales: red stripe
		expect(count(png, 12, 108, 20, 172, rgb(c.yellow))).toBeGreaterThan(100); // marketing: yellow
	});

	it("runs no script from a hostile title, name or id (the DOM after load is untouched)", async (context) => {
		if (!available) return context.skip(SKIPPED);
		const payload = `<script>document.documentElement.setAttribute("data-pwned","1")</script>`;
		const pictures = {
			progress: progressBarSvg({ score: 0.5 }, { title: payload }),
			bullet: kpiBulletSvg({ ...uptime, name: payload, unit: `"/>${payload}` }),
			cascade: cascadeTreeSvg([
				{ ...company[1], id: `"/>${payload}<g x="`, title: payload, parentId: undefined },
			] as never),
		};
		for (const [name, svg] of Object.entries(pictures)) {
			const file = join(work, `hostile-${name}.svg`);
			writeFileSync(file, svg);
			const dom = await chrome(file, ["--dump-dom"], [600, 400]);
			expect(dom).toContain("<svg");
			expect(dom).not.toContain('data-pwned="1"');
			expect(dom).not.toContain("<script");
		}
		// The check itself works: the same payload unescaped does run.
		const file = join(work, "control.svg");
		writeFileSync(file, `<svg xmlns="http://www.w3.org/2000/svg">${payload}</svg>`);
		expect(await chrome(file, ["--dump-dom"], [600, 400])).toContain('data-pwned="1"');
	});
});
