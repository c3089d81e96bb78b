import { describe, expect, it } from "vitest";
import { type Kpi, kpiStatus } from "../../src/index.js";
import { defaultSvgColors, kpiBulletSvg, type SvgOptions } from "../../src/svg.js";
import { expectCode, expectIssue, expectUnmutated } from "../support/foundation.js";
import { issuesOf, tickLabels } from "../support/pictures.js";
import { firstResponse, hostile, hostileAsText, roomTemperature, uptime } from "./fixtures.js";
import { descOf, expectPicture, find, titleOf, visibleTexts, type XmlElement } from "./xml.js";

const c = defaultSvgColors;

/** The qualitative ranges, left to right: their fill and their extent. */
function ranges(root: XmlElement) {
	const fills = new Map([
		[c.rangeRed, "red"],
		[c.rangeYellow, "yellow"],
		[c.rangeGreen, "green"],
	]);
	return find(root, "rect")
		.filter((r) => fills.has(r.attrs.get("fill") ?? ""))
		.map((r) => ({
			status: fills.get(r.attrs.get("fill") ?? ""),
			x: r.attrs.get("x"),
			width: r.attrs.get("width"),
		}));
}

const measure = (root: XmlElement) => find(root, "rect", { fill: c.measure })[0];
const target = (root: XmlElement) => find(root, "line", { stroke: c.marker })[0];

describe("kpiBulletSvg", () => {
	it("states the value, date, target, direction, status, shortfall and ranges in words", () => {
		const svg = kpiBulletSvg(uptime);
		expectPicture(svg);
		expect(descOf(svg)).toBe(
			"Platform uptime: 89.1% on 2025-08-15 against a target of 99% (higher is better); yellow, 9.9% short of the target. Ranges: red below 89.1%, yellow from 89.1% to below 99%, green from 99%.",
		);
		expect(titleOf(svg)).toBe("Platform uptime");
		expect(visibleTexts(expectPicture(svg))).toEqual([
			"Platform uptime",
			"89.1% · yellow",
			"0",
			"50",
			"100",
		]);
	});

	it("draws Few's bullet: ranges from the thresholds, the value as a bar from zero, the target as a line", () => {
		const root = expectPicture(kpiBulletSvg(uptime));
		// Scale 0–108.9 (a tenth beyond the target) over 323.6 px from x = 18.2.
		expect(ranges(root)).toEqual([
			{ status: "red", x: "18.2", width: "264.76" },
			{ status: "yellow", x: "282.96", width: "29.42" },
			{ status: "green", x: "312.38", width: "29.42" },
		]);
		expect(measure(root)?.attrs.get("x")).toBe("18.2");
		expect(measure(root)?.attrs.get("width")).toBe("264.76");
		expect(measure(root)?.attrs.get("height")).toBe("6.67");
		expect(target(root)?.attrs.get("x1")).toBe("312.38");
	});

	it("shows the status kpiStatus gives, with the boundary value in the better range", () => {
		for (const value of [50, 89.09, 89.1, 95, 98.99, 99, 100]) {
			const status = kpiStatus(uptime, { value }).status;
			const svg = kpiBulletSvg(uptime, { value });
			expect(descOf(svg)).toContain(`(higher is better); ${status},`);
			expect(visibleTexts(expectPicture(svg))[1]).toBe(`${value}% · ${status}`);
		}
	});

	it("puts the green range first for lowerIsBetter", () => {
		const svg = kpiBulletSvg(firstResponse);
		expect(descOf(svg)).toBe(
			"First response time: 40 min on 2025-08-01 against a target of 30 min (lower is better); yellow, 10 min short of the target. Ranges: green up to 35 min, yellow above 35 min up to 45 min, red above 45 min.",
		);
		expect(ranges(expectPicture(svg)).map((r) => r.status)).toEqual(["green", "yellow", "red"]);
	});

	it("draws a green range around the target with yellow and red on both sides for onTarget", () => {
		const svg = kpiBulletSvg(roomTemperature);
		expect(descOf(svg)).toBe(
			"Server room temperature: 23.5 °C on 2025-08-01 against a target of 21 °C (closest to the target is best); yellow, 2.5 °C off the target. Ranges: green from 20 °C to 22 °C, yellow from 18 °C to 24 °C outside the green range, red beyond.",
		);
		expect(ranges(expectPicture(svg)).map((r) => r.status)).toEqual([
			"red",
			"yellow",
			"green",
			"yellow",
			"red",
		]);
	});

	it("has two ranges when the green and yellow limits coincide", () => {
		const strict: Kpi = { ...uptime, thresholds: { mode: "absolute", green: 0, yellow: 0 } };
		const svg = kpiBulletSvg(strict);
		expect(descOf(svg)).toContain(
			"red, 9.9% short of the target. Ranges: red below 99%, green from 99%.",
		);
		expect(ranges(expectPicture(svg)).map((r) => r.status)).toEqual(["red", "green"]);
		const lower = kpiBulletSvg({
			...firstResponse,
			thresholds: { mode: "absolute", green: 5, yellow: 5 },
		});
		expect(descOf(lower)).toContain("Ranges: green up to 35 min, red above 35 min.");
		const around = kpiBulletSvg({
			...roomTemperature,
			thresholds: { mode: "absolute", green: 1, yellow: 1 },
		});
		expect(descOf(around)).toContain("Ranges: green from 20 °C to 22 °C, red beyond.");
		expect(ranges(expectPicture(around)).map((r) => r.status)).toEqual(["red", "green", "red"]);
	});

	it("uses the policy's thresholds for a KPI without its own", () => {
		const svg = kpiBulletSvg(uptime, {
			policy: { kpi: { thresholds: { mode: "relative", green: 0, yellow: 0.2 } } },
		});
		expect(descOf(svg)).toContain("Ranges: red below 79.2%, yellow from 79.2% to below 99%");
	});

	it("says ahead of or on the target", () => {
		expect(descOf(kpiBulletSvg(uptime, { value: 99.5 }))).toContain(
			"green, 0.5% ahead of the target.",
		);
		expect(descOf(kpiBulletSvg(uptime, { value: "99.0" }))).toContain(
			"99% against a target of 99% (higher is better); green, on target.",
		);
	});

	it("leaves the bar out when there is no value, and says so", () => {
		const svg = kpiBulletSvg({ ...uptime, measurements: [] });
		expect(descOf(svg)).toBe(
			"Platform uptime: no value yet; target 99% (higher is better); unknown. Ranges: red below 89.1%, yellow from 89.1% to below 99%, green from 99%.",
		);
		const root = expectPicture(svg);
		expect(measure(root)).toBeUndefined();
		expect(visibleTexts(root)[1]).toBe("no value · unknown");
		expect(find(root, "rect", { fill: c.unknown })).toHaveLength(1);
	});

	it("judges options.value (no date) and the KPI as of options.asOf", () => {
		expect(descOf(kpiBulletSvg(uptime, { value: 50 }))).toMatch(
			/^Platform uptime: 50% against a target of 99% \(higher is better\); red, 49% short of the target\./,
		);
		expect(descOf(kpiBulletSvg(uptime, { asOf: "2025-08-14" }))).toMatch(
			/^Platform uptime: 99\.2% on 2025-08-14 against .*; green, 0\.2% ahead of the target\./,
		);
	});

	it("fades a stale value and calls the status unknown", () => {
		const svg = kpiBulletSvg(uptime, { asOf: "2025-08-20" });
		expect(descOf(svg)).toMatch(
			/^Platform uptime: 89\.1% on 2025-08-15 \(stale on 2025-08-20\) against a target of 99% \(higher is better\); unknown, 9\.9% short of the target\./,
		);
		const root = expectPicture(svg);
		expect(measure(root)?.attrs.get("fill-opacity")).toBe("0.4");
		expect(visibleTexts(root)[1]).toBe("89.1% (stale) · unknown");
	});

	it("draws a negative value as a bar to the left of zero", () => {
		const churn: Kpi = {
			id: "churn",
			name: "Net revenue churn",
			unit: "%",
			direction: "lowerIsBetter",
			target: -2,
			thresholds: { mode: "absolute", green: 0.5, yellow: 1 },
			measurements: [{ at: "2025-08-01", value: -3 }],
		};
		const root = expectPicture(kpiBulletSvg(churn));
		const bar = measure(root);
		const zero = find(root, "text").find((t) => t.children[0] === "0");
		expect(zero).toBeDefined();
		expect(Number(bar?.attrs.get("x")) + Number(bar?.attrs.get("width"))).toBeCloseTo(
			Number(zero?.attrs.get("x")),
			1,
		);
		expect(descOf(kpiBulletSvg(churn))).toContain("-3% on 2025-08-01 against a target of -2%");
	});

	it("labels the scale at round steps, grouped in thousands", () => {
		const traffic: Kpi = {
			id: "traffic",
			name: "Monthly website visitors",
			unit: "visitors",
			direction: "higherIsBetter",
			target: 250_000,
			measurements: [{ at: "2025-08-01", value: 175_000 }],
		};
		const svg = kpiBulletSvg(traffic);
		expect(visibleTexts(expectPicture(svg)).slice(1)).toEqual([
			"175,000 visitors · red",
			"0",
			"100,000",
			"200,000",
		]);
		expect(descOf(svg)).toContain(
			"175,000 visitors on 2025-08-01 against a target of 250,000 visitors",
		);
	});

	it("takes the scale's ends from min and max", () => {
		const root = expectPicture(kpiBulletSvg(uptime, { min: 80, max: 100 }));
		expect(target(root)?.attrs.get("x1")).toBe("325.62");
		expect(visibleTexts(root).slice(2)).toEqual(["80", "85", "90", "95", "100"]);
		expectIssue(() => kpiBulletSvg(uptime, { min: 100, max: 100 }), "OUT_OF_RANGE", [
			"options",
			"max",
		]);
		expectIssue(() => kpiBulletSvg(uptime, { min: 200 }), "OUT_OF_RANGE", ["options", "min"]);
		expectIssue(() => kpiBulletSvg(uptime, { max: "lots" }), "INVALID_NUMBER", ["options", "max"]);
	});

	it("draws very large and very small numbers without exponents", () => {
		for (const t of ["1e300", "0.000001", "-1e-9"]) {
			const svg = kpiBulletSvg({
				id: "k",
				name: "k",
				direction: "onTarget",
				target: t,
				measurements: [{ at: "2025-01-01", value: t }],
			});
			expectPicture(svg);
			expect(descOf(svg)).not.toMatch(/\de[+-]?\d/);
		}
	});

	it("draws a KPI whose value, target and limits are all zero on a scale of 0–1.1", () => {
		const svg = kpiBulletSvg({
			id: "incidents",
			name: "Incidents",
			direction: "lowerIsBetter",
			target: 0,
		});
		const root = expectPicture(svg);
		expect(visibleTexts(root).slice(2)).toEqual(["0", "0.5", "1"]);
		expect(descOf(svg)).toBe(
			"Incidents: no value yet; target 0 (lower is better); unknown. Ranges: green up to 0, red above 0.",
		);
	});

	it("leaves out the ticks where no round step can be drawn", () => {
		const tiny = kpiBulletSvg({ id: "k", name: "k", direction: "onTarget", target: "1e-350" });
		expect(visibleTexts(expectPicture(tiny))).toEqual(["k", "no value · unknown"]);
		const far = kpiBulletSvg(uptime, { min: "1e20", max: "100000000000000000001" });
		expect(visibleTexts(expectPicture(far))).toEqual(["Platform uptime", "89.1% · yellow"]);
	});

	it("escapes the name and unit: a <script> name stays text", () => {
		const svg = kpiBulletSvg({ ...uptime, name: hostile, unit: `"><script>` });
		const root = expectPicture(svg);
		expect(svg).not.toContain("<script");
		expect(titleOf(svg)).toBe(hostileAsText);
		expect(descOf(svg)).toContain(`89.1 "><script> on 2025-08-15`);
		expect(find(root, "script")).toEqual([]);
	});

	it("is titled KPI when the name is empty, and by options.title when given", () => {
		expect(titleOf(kpiBulletSvg({ ...uptime, name: "" }))).toBe("KPI");
		expect(descOf(kpiBulletSvg({ ...uptime, name: "  " }))).toMatch(/^KPI: 89\.1%/);
		expect(titleOf(kpiBulletSvg(uptime, { title: " " }))).toBe("Platform uptime");
		expect(titleOf(kpiBulletSvg(uptime, { title: "Uptime, Q3" }))).toBe("Uptime, Q3");
	});

	it("gives the same bytes for the same input", () => {
		expect(kpiBulletSvg(uptime)).toBe(kpiBulletSvg(structuredClone(uptime)));
		expect(kpiBulletSvg(uptime)).not.toBe(kpiBulletSvg(uptime, { value: 90 }));
	});

	it("does not mutate its input or options", () => {
		expectUnmutated(
			{
				kpi: structuredClone(uptime) as Kpi,
				options: { asOf: "2025-08-15", colors: { measure: "navy" } },
			},
			({ kpi, options }) => kpiBulletSvg(kpi, options),
		);
	});

	it("reports a bad KPI or option at its path", () => {
		expectIssue(() => kpiBulletSvg({ ...uptime, direction: "up" as never }), "INVALID_ENUM", [
			"direction",
		]);
		expectIssue(
			() => kpiBulletSvg({ ...uptime, target: Number.POSITIVE_INFINITY }),
			"INVALID_NUMBER",
			["target"],
		);
		expectIssue(() => kpiBulletSvg(uptime, { asOf: "2025-02-30" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(() => kpiBulletSvg(uptime, { value: "NaN" }), "INVALID_NUMBER", [
			"options",
			"value",
		]);
		expectIssue(() => kpiBulletSvg(undefined as never), "INVALID_TYPE", []);
	});

	it("reports a number beyond the range of a JavaScript number as OUT_OF_RANGE", () => {
		expectCode(
			() =>
				kpiBulletSvg({
					id: "k",
					name: "k",
					direction: "higherIsBetter",
					target: "1e400",
					measurements: [{ at: "2025-01-01", value: 1 }],
				}),
			"OUT_OF_RANGE",
		);
	});
});

describe("kpiBulletSvg's scale", () => {
	const ticks = tickLabels;
	const bullet = (options: object, kpi: object = uptime) =>
		kpiBulletSvg(kpi as never, options as SvgOptions);

	it("steps by 1, 2 or 5 times a power of ten, a span of exactly 5, 10 or 25 steps included", () => {
		expect(ticks(bullet({ min: 0, max: 50 }))).toEqual(["0", "10", "20", "30", "40", "50"]);
		expect(ticks(bullet({ min: 0, max: 100 }))).toEqual(["0", "20", "40", "60", "80", "100"]);
		expect(ticks(bullet({ min: 0, max: 250 }))).toEqual(["0", "50", "100", "150", "200", "250"]);
	});

	it("draws 101 ticks on a picture wide enough for 100 steps", () => {
		const labels = ticks(bullet({ min: 100, max: 200, width: 6040 }));
		expect(labels).toHaveLength(101);
		expect([labels[0], labels[50], labels[100]]).toEqual(["100", "150", "200"]);
	});

	it("keeps a scale of at most 100 steps on the widest pictures", () => {
		const labels = ticks(bullet({ width: 100_000 }));
		expect(labels).toHaveLength(55);
		expect([labels[0], labels[1], labels[54]]).toEqual(["0", "2", "108"]);
	});

	it("draws no ticks when the ends are too many steps from zero to count exactly", () => {
		expect(ticks(bullet({ min: "9007199254740991", max: "9007199254740992", width: 100 }))).toEqual(
			[],
		);
	});

	it("draws no tick outside the scale when its ends are a hair inside round values", () => {
		expect(ticks(bullet({ min: "1.00000000000000000001", max: "1.99999999999999999999" }))).toEqual(
			["1.2", "1.4", "1.6", "1.8"],
		);
	});

	it("cuts tick labels to the room each tick has", () => {
		expect(ticks(bullet({ min: "1000000000000", max: "1000000000100" }))).toEqual(
			new Array(6).fill("1,000,00…"),
		);
	});

	it("reaches out to a value above the target, and a tenth further below a negative one", () => {
		const high = {
			...uptime,
			cadence: undefined,
			measurements: [{ at: "2025-08-01", value: 150 }],
		};
		expect(ticks(bullet({}, high))).toEqual(["0", "50", "100", "150"]);
		expect(bullet({}, high)).toContain('<rect x="18.2" y="35.67" width="294.18" height="6.67"');
		const low = {
			id: "neg",
			name: "Balance",
			direction: "lowerIsBetter",
			target: -5,
			measurements: [{ at: "2025-08-01", value: -20 }],
		};
		expect(ticks(bullet({}, low))).toEqual(["-20", "-15", "-10", "-5", "0"]);
		expect(bullet({}, low)).toContain('<rect x="45.17" y="35.67" width="269.67" height="6.67"');
		expect(bullet({}, low)).toContain('<rect x="18.2" y="29" width="229.22" height="20"');
	});

	it("reads the scale ends and sizes from their own options", () => {
		expect(issuesOf(() => bullet({ min: "abc" }))).toEqual([
			{
				code: "INVALID_NUMBER",
				path: ["options", "min"],
				message: 'Expected a decimal number such as "12.5" or "1e3", received "abc".',
			},
		]);
		expect(issuesOf(() => bullet({ min: 200 }))).toEqual([
			{
				code: "OUT_OF_RANGE",
				path: ["options", "min"],
				message: "The scale's max must be above its min (and the value, target and ranges).",
			},
		]);
		const svg = bullet({ barHeight: 30, width: 500, height: 200 });
		expect(svg).toMatch(/^<svg [^>]*width="500" height="200" viewBox="0 0 500 200"/);
		expect(svg.match(/<rect [^>]*y="29" [^>]*height="30"/g)).toHaveLength(3);
	});
});
