import { describe, expect, it } from "vitest";
import { type Kpi, kpiStatus, kpiStatusHistory } from "../../src/index.js";
import { deepFreeze, expectIssue } from "../support/foundation.js";

// NPS of 70+ (seed guide), absolute limits in points.
const nps = (values: readonly number[]): Kpi => ({
	id: "nps",
	name: "Net Promoter Score",
	direction: "higherIsBetter",
	target: 70,
	thresholds: { mode: "absolute", green: 0, yellow: 10 },
	cadence: "monthly",
	measurements: values.map((value, i) => ({
		at: `2025-${String(i + 1).padStart(2, "0")}-01`,
		value,
	})),
});

const statuses = (kpi: Kpi, confirmations?: number) =>
	kpiStatusHistory(
		kpi,
		confirmations === undefined ? undefined : { policy: { kpi: { confirmations } } },
	).map((point) => point.status);

const bands = (kpi: Kpi) => kpiStatusHistory(kpi).map((point) => point.band);

describe("kpiStatusHistory", () => {
	it("is empty without measurements", () => {
		expect(kpiStatusHistory({ id: "k", name: "K", direction: "onTarget", target: 1 })).toEqual([]);
		expect(kpiStatusHistory(nps([]))).toEqual([]);
	});

	it("gives one point per measurement with its date, value, shortfall and colour", () => {
		expect(kpiStatusHistory(nps([72, 65, 55]))).toEqual([
			{ at: "2025-01-01", value: 72, shortfall: -2, band: "green", status: "green" },
			{ at: "2025-02-01", value: 65, shortfall: 5, band: "yellow", status: "yellow" },
			{ at: "2025-03-01", value: 55, shortfall: 15, band: "red", status: "red" },
		]);
	});

	it("colours each point as kpiStatus colours that value", () => {
		const kpi = nps([72, 60, 59.99, 70, 80, 45]);
		for (const point of kpiStatusHistory(kpi)) {
			expect(point.band).toBe(kpiStatus(kpi, { value: point.value }).status);
			expect(point.band).toBe(kpiStatus(kpi, { asOf: point.at }).status);
		}
	});

	it("uses the default relative thresholds when the KPI has none", () => {
		const uptime: Kpi = {
			id: "uptime",
			name: "Uptime",
			direction: "higherIsBetter",
			target: 99,
			measurements: [
				{ at: "2025-08-13", value: 50 },
				{ at: "2025-08-14", value: 99.2 },
				{ at: "2025-08-15", value: 89.1 },
			],
		};
		expect(bands(uptime)).toEqual(["red", "green", "yellow"]);
	});

	it("is ordered by date, ties in array order", () => {
		const kpi: Kpi = {
			...nps([]),
			measurements: [
				{ at: "2025-03-01", value: 50 },
				{ at: "2025-01-01", value: 71 },
				{ at: "2025-03-01", value: 65 },
			],
		};
		expect(kpiStatusHistory(kpi).map((p) => [p.at, p.value])).toEqual([
			["2025-01-01", 71],
			["2025-03-01", 50],
			["2025-03-01", 65],
		]);
	});

	it("leaves out measurements after options.asOf", () => {
		expect(kpiStatusHistory(nps([72, 65, 55]), { asOf: "2025-02-15" }).map((p) => p.at)).toEqual([
			"2025-01-01",
			"2025-02-01",
		]);
		expect(kpiStatusHistory(nps([72, 65, 55]), { asOf: "2024-12-31" })).toEqual([]);
	});

	it("with the default of 1 confirmation shows each reading's own band", () => {
		const kpi = nps([72, 55, 71, 58, 57]);
		expect(statuses(kpi)).toEqual(["green", "red", "green", "red", "red"]);
		expect(statuses(kpi, 1)).toEqual(bands(kpi));
	});

	it("with 2 confirmations changes colour only after two readings in the new band", () => {
		expect(statuses(nps([72, 55, 71, 58, 57]), 2)).toEqual([
			"green",
			"green",
			"green",
			"green",
			"red",
		]);
		expect(statuses(nps([50, 50, 72, 72, 72]), 2)).toEqual(["red", "red", "red", "green", "green"]);
	});

	it("restarts the count when a reading falls in a third band", () => {
		// green, then red, yellow, red, red: only the last two reds are consecutive.
		expect(statuses(nps([72, 50, 65, 50, 50]), 2)).toEqual([
			"green",
			"green",
			"green",
			"green",
			"red",
		]);
	});

	it("restarts the count when a reading returns to the shown band", () => {
		expect(statuses(nps([72, 50, 72, 50, 72, 50]), 2)).toEqual([
			"green",
			"green",
			"green",
			"green",
			"green",
			"green",
		]);
	});

	it("with 3 confirmations needs three in a row", () => {
		expect(statuses(nps([72, 65, 65, 65, 65]), 3)).toEqual([
			"green",
			"green",
			"green",
			"yellow",
			"yellow",
		]);
	});

	it("shows the first reading's band as it is", () => {
		expect(statuses(nps([40, 72]), 5)).toEqual(["red", "red"]);
	});

	it("keeps each point's band whatever the confirmations", () => {
		const kpi = nps([72, 55, 71, 58, 57]);
		expect(
			kpiStatusHistory(kpi, { policy: { kpi: { confirmations: 3 } } }).map((p) => p.band),
		).toEqual(bands(kpi));
	});

	it("rejects confirmations below 1 with OUT_OF_RANGE and non-integers with INVALID_NUMBER", () => {
		expectIssue(
			() => kpiStatusHistory(nps([1]), { policy: { kpi: { confirmations: 0 } } }),
			"OUT_OF_RANGE",
			["options", "policy", "kpi", "confirmations"],
		);
		expectIssue(
			() => kpiStatusHistory(nps([1]), { policy: { kpi: { confirmations: 1.5 } } }),
			"INVALID_NUMBER",
			["options", "policy", "kpi", "confirmations"],
		);
	});

	it("rejects a bad asOf and a bad KPI", () => {
		expectIssue(() => kpiStatusHistory(nps([1]), { asOf: "2025-13-01" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(
			() =>
				kpiStatusHistory({
					...nps([1]),
					thresholds: { mode: "absolute", green: 3, yellow: 2 },
				}),
			"THRESHOLDS_OUT_OF_ORDER",
			["thresholds"],
		);
	});

	it("keeps a measurement taken on asOf and drops the ones after it", () => {
		const kpi = nps([72, 65]);
		expect(kpiStatusHistory(kpi, { asOf: "2025-02-01" }).map((p) => p.at)).toEqual([
			"2025-01-01",
			"2025-02-01",
		]);
		expect(kpiStatusHistory(kpi, { asOf: "2025-01-31" }).map((p) => p.at)).toEqual(["2025-01-01"]);
	});

	it("ignores a value option, which only kpiStatus takes", () => {
		const kpi = nps([72, 65]);
		const options = { value: "not a number" } as never;
		expect(kpiStatusHistory(kpi, options)).toEqual(kpiStatusHistory(kpi));
	});

	it("reads null options as none", () => {
		const kpi = nps([72, 55, 71]);
		const none = null as unknown as undefined;
		expect(kpiStatusHistory(kpi, none)).toEqual(kpiStatusHistory(kpi));
	});

	it("does not mutate its input", () => {
		const kpi = deepFreeze(nps([72, 55, 71]));
		const before = structuredClone(kpi);
		const options = deepFreeze({ asOf: "2025-12-31", policy: { kpi: { confirmations: 2 } } });
		expect(kpiStatusHistory(kpi, options)).toHaveLength(3);
		expect(kpi).toEqual(before);
	});
});
