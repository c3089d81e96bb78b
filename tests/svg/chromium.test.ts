/**
 * The pictures in a real browser: pictures with hostile titles, names and ids are opened by headless
 * Chromium (Debian's `chromium`) as SVG documents, and the DOM after load must show that no script
 * ran. What the pictures show is checked in pixels by pixels.test.ts (resvg, no browser needed);
 * this check needs a browser's script engine, so it is skipped, with a message, where Chromium is
 * not installed (`CHROMIUM=/path/to/chrome` points elsewhere).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg } from "../../src/svg.js";
import { company, uptime } from "./fixtures.js";

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

describe("pictures opened by headless Chromium", () => {
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
