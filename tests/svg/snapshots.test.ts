/**
 * The pictures' exact bytes, kept as SVG files in `__snapshots__/` (open them in a browser to see
 * them). A change to any picture shows up here as a diff to review; update with `vitest -u`.
 */
import { describe, expect, it } from "vitest";
import type { Kpi } from "../../src/index.js";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg, sparklineSvg } from "../../src/svg.js";
import { company, firstResponse, hostile, nps, roomTemperature, uptime } from "./fixtures.js";
import { expectPicture } from "./xml.js";

const cases: readonly [string, () => string][] = [
	["progress-aspirational", () => progressBarSvg({ score: 0.65, expected: 0.5 })],
	[
		"progress-committed-red",
		() => progressBarSvg({ score: 0.3, expected: 0.8, type: "committed" }),
	],
	["progress-yellow-no-patterns", () => progressBarSvg({ score: "0.575" }, { patterns: false })],
	[
		"progress-options",
		() =>
			progressBarSvg(
				{ score: 0.9, expected: 0.75 },
				{
					title: "Q3: grow the website",
					width: 480,
					barHeight: 24,
					fontSize: 14,
					labels: { green: "on track" },
					colors: { green: "#1B9E77", band: "#7570B3", background: "none" },
					idPrefix: "q3",
				},
			),
	],
	["bullet-higher", () => kpiBulletSvg(uptime)],
	["bullet-lower", () => kpiBulletSvg(firstResponse)],
	["bullet-on-target", () => kpiBulletSvg(roomTemperature)],
	["bullet-stale", () => kpiBulletSvg(uptime, { asOf: "2025-08-20" })],
	["bullet-no-value", () => kpiBulletSvg({ ...uptime, measurements: [] } as Kpi)],
	["sparkline", () => sparklineSvg(nps)],
	["sparkline-confirmations", () => sparklineSvg(nps, { policy: { kpi: { confirmations: 2 } } })],
	["sparkline-empty", () => sparklineSvg({ ...nps, measurements: [] } as Kpi)],
	["cascade", () => cascadeTreeSvg(company)],
	["cascade-empty", () => cascadeTreeSvg([])],
	["escaped", () => progressBarSvg({ score: 0.5 }, { title: hostile })],
];

describe("picture snapshots", () => {
	it.each(cases)("%s", async (name, draw) => {
		const svg = draw();
		expectPicture(svg);
		expect(draw()).toBe(svg);
		await expect(`${svg}\n`).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
	});
});
