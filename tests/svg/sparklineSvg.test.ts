import { describe, expect, it } from "vitest";
import type { Kpi } from "../../src/index.js";
import { defaultSvgColors, type SvgOptions, sparklineSvg } from "../../src/svg.js";
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

	describe("exact marks and sizes", () => {
		const spark = (kpi: object, options: object = {}) =>
			sparklineSvg(kpi as never, options as SvgOptions);
		const outlined = (svg: string) =>
			svg.match(/<(rect|circle|path)[^>]*stroke="[^"]*" stroke-width="1"\/>/g);
		const yellow = { ...nps, measurements: [{ at: "2025-07-01", value: 65 }] };

		it("outlines markers in the background colour, or the pattern colour on no background", () => {
			expect(
				outlined(spark(yellow, { colors: { background: "#ABCDEF", pattern: "#123456" } })),
			).toEqual([
				'<rect x="156.75" y="66.25" width="6.5" height="6.5" fill="#E69F00" stroke="#ABCDEF" stroke-width="1"/>',
			]);
			expect(
				outlined(spark(yellow, { colors: { background: "none", pattern: "#123456" } })),
			).toEqual([
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
});
