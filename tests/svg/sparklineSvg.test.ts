import { describe, expect, it } from "vitest";
import type { Kpi } from "../../src/index.js";
import { defaultSvgColors, sparklineSvg } from "../../src/svg.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";
import { hostile, hostileAsText, nps, uptime } from "./fixtures.js";
import { descOf, expectPicture, find, titleOf, visibleTexts, type XmlElement } from "./xml.js";

const c = defaultSvgColors;

/** The markers in order: green circles, yellow squares, red triangles. */
function markers(root: XmlElement): string[] {
	const out: { x: number; status: string }[] = [];
	for (const e of find(root, "circle", { fill: c.green })) {
		out.push({ x: Number(e.attrs.get("cx")), status: "green" });
	}
	for (const e of find(root, "rect", { fill: c.yellow, width: "6.5" })) {
		out.push({ x: Number(e.attrs.get("x")) + 3.25, status: "yellow" });
	}
	for (const e of find(root, "path", { fill: c.red })) {
		out.push({ x: Number(/^M([-\d.]+)/.exec(e.attrs.get("d") ?? "")?.[1]) + 4, status: "red" });
	}
	return out.sort((a, b) => a.x - b.x).map((m) => m.status);
}

/** The status strip's stretches, left to right: their fill. */
function strip(root: XmlElement): string[] {
	return find(root, "rect", { height: "8" })
		.sort((a, b) => Number(a.attrs.get("x")) - Number(b.attrs.get("x")))
		.map((r) => r.attrs.get("fill") ?? "");
}

describe("sparklineSvg", () => {
	it("states the measurements, target, latest status and status changes in words", () => {
		const svg = sparklineSvg(nps);
		expectPicture(svg);
		expect(descOf(svg)).toBe(
			"Net Promoter Score: 5 measurements from 2025-07-01 to 2025-11-01, from 72 to 57, lowest 55, highest 72; target 70 (higher is better). Latest: 57, red. Status: green from 2025-07-01, red from 2025-08-01, green from 2025-09-01, red from 2025-10-01.",
		);
		expect(titleOf(svg)).toBe("Net Promoter Score");
		expect(visibleTexts(expectPicture(svg))).toEqual([
			"Net Promoter Score",
			"57 · red",
			"2025-07-01",
			"2025-11-01",
			"target 70",
		]);
	});

	it("draws the values as a line by date, and marks each by its band's shape", () => {
		const root = expectPicture(sparklineSvg(nps, { idPrefix: "s" }));
		const line = find(root, "polyline")[0];
		const points = (line?.attrs.get("points") ?? "")
			.split(" ")
			.map((p) => p.split(",").map(Number));
		expect(points).toHaveLength(5);
		// x by date: Jul 1, Aug 1 (+31 d), Sep 1 (+62 d), Oct 1 (+92 d), Nov 1 (+123 d) over 297 px.
		expect(points.map(([x]) => x)).toEqual([11.5, 86.35, 161.21, 233.65, 308.5]);
		// y: 72 is highest (top of the plot), 55 lowest (bottom).
		const ys = points.map(([, y]) => y as number);
		expect(Math.min(...ys)).toBe(ys[0]);
		expect(Math.max(...ys)).toBe(ys[1]);
		expect(markers(root)).toEqual(["green", "red", "green", "red", "red"]);
		expect(strip(root)).toEqual([c.green, "url(#s-pattern-red)", c.green, "url(#s-pattern-red)"]);
		const targetLine = find(root, "line", { "stroke-dasharray": "4 3" })[0];
		expect(Number(targetLine?.attrs.get("y1"))).toBeGreaterThan(ys[0] as number);
	});

	it("smooths the strip and the words with policy.kpi.confirmations, but marks each reading's own band", () => {
		const svg = sparklineSvg(nps, { policy: { kpi: { confirmations: 2 } }, patterns: false });
		expect(descOf(svg)).toContain(
			"Latest: 57, red. Status: green from 2025-07-01, red from 2025-11-01.",
		);
		const root = expectPicture(svg);
		expect(strip(root)).toEqual([c.green, c.red]);
		expect(markers(root)).toEqual(["green", "red", "green", "red", "red"]);
	});

	it("leaves out measurements after options.asOf", () => {
		const svg = sparklineSvg(nps, { asOf: "2025-09-15" });
		expect(descOf(svg)).toMatch(
			/^Net Promoter Score: 3 measurements from 2025-07-01 to 2025-09-01, from 72 to 71, lowest 55, highest 72;.* Latest: 71, green\./,
		);
	});

	it("describes a single measurement, drawn in the middle without a line", () => {
		const svg = sparklineSvg({ ...nps, measurements: [{ at: "2025-07-01", value: 64 }] });
		expect(descOf(svg)).toBe(
			"Net Promoter Score: 1 measurement, on 2025-07-01: 64; target 70 (higher is better). Latest: 64, yellow. Status: yellow from 2025-07-01.",
		);
		const root = expectPicture(svg);
		expect(find(root, "polyline")).toEqual([]);
		expect(find(root, "rect", { fill: c.yellow, width: "6.5" })[0]?.attrs.get("x")).toBe("156.75");
	});

	it("draws a flat series at the target without dividing by zero", () => {
		const flat: Kpi = {
			...uptime,
			measurements: [
				{ at: "2025-08-01", value: 99 },
				{ at: "2025-08-02", value: 99 },
			],
		};
		const root = expectPicture(sparklineSvg(flat));
		expect(find(root, "polyline")[0]?.attrs.get("points")).toMatch(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
	});

	it("says so when there are no measurements", () => {
		const svg = sparklineSvg({ ...nps, measurements: [] });
		expect(descOf(svg)).toBe("Net Promoter Score: no measurements; target 70 (higher is better).");
		expect(visibleTexts(expectPicture(svg))).toEqual([
			"Net Promoter Score",
			"no measurements · unknown",
			"no measurements",
		]);
	});

	it("marks only the latest reading beyond 60 measurements, and keeps the strip compact", () => {
		const measurements = Array.from({ length: 365 }, (_, i) => ({
			at: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
			value: 95 + (i % 7),
		}));
		const svg = sparklineSvg({ ...uptime, measurements });
		const root = expectPicture(svg);
		// The latest, Dec 31, is 95: yellow.
		expect(markers(root)).toEqual(["yellow"]);
		expect(descOf(svg)).toContain("365 measurements from 2025-01-01 to 2025-12-31");
		// Runs of the same status are one stretch each.
		expect(strip(root).length).toBeLessThan(365);
	});

	it("escapes the name and unit", () => {
		const svg = sparklineSvg({ ...nps, name: hostile, unit: "<b>" });
		expect(svg).not.toContain("<script");
		expect(svg).not.toContain("<b>");
		expect(titleOf(svg)).toBe(hostileAsText);
		expect(descOf(svg)).toContain("from 72 <b> to 57 <b>");
	});

	it("gives the same bytes for the same input, whatever the order of measurements", () => {
		const shuffled = { ...nps, measurements: [...nps.measurements].reverse() };
		expect(sparklineSvg(shuffled)).toBe(sparklineSvg(nps));
	});

	it("does not mutate its input or options", () => {
		expectUnmutated(
			{ kpi: structuredClone(nps) as Kpi, options: { asOf: "2025-10-01", labels: { red: "rot" } } },
			({ kpi, options }) => sparklineSvg(kpi, options),
		);
	});

	it("reports a bad KPI or option at its path", () => {
		expectIssue(
			() => sparklineSvg({ ...nps, measurements: [{ at: "yesterday", value: 1 }] }),
			"INVALID_DATE",
			["measurements", 0, "at"],
		);
		expectIssue(() => sparklineSvg(nps, { asOf: 20250101 as never }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(() => sparklineSvg(nps, { plotHeight: 0 }), "OUT_OF_RANGE", [
			"options",
			"plotHeight",
		]);
	});
});
