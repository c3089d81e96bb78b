/**
 * Exact expectations on KPI history that mutation testing (issue 8) showed were missing: a
 * measurement on asOf belongs to the history, and options a function does not take are ignored.
 */
import { describe, expect, it } from "vitest";
import { type Kpi, kpiStatus, kpiStatusHistory, kpiTrend } from "../../src/index.js";

const kpi: Kpi = {
	id: "k",
	name: "Uptime",
	direction: "higherIsBetter",
	target: 99,
	measurements: [
		{ at: "2025-07-01", value: 98 },
		{ at: "2025-07-08", value: 99.5 },
	],
};

describe("KPI history options", () => {
	it("keeps a measurement taken on asOf", () => {
		expect(kpiStatusHistory(kpi, { asOf: "2025-07-08" }).map((p) => p.at)).toEqual([
			"2025-07-01",
			"2025-07-08",
		]);
		expect(kpiStatusHistory(kpi, { asOf: "2025-07-07" }).map((p) => p.at)).toEqual(["2025-07-01"]);
	});

	it("ignores a value option, which only kpiStatus takes", () => {
		const options = { value: "not a number" } as never;
		expect(kpiStatusHistory(kpi, options)).toEqual(kpiStatusHistory(kpi));
		expect(kpiTrend(kpi, options)).toEqual({ direction: "up", improving: true });
	});
});

describe("KPI functions: the other direction, old dates and null options", () => {
	const defects = (values: readonly number[]): Kpi => ({
		id: "defects",
		name: "Defects per release",
		direction: "lowerIsBetter",
		target: 5,
		measurements: values.map((value, i) => ({ at: `2025-0${i + 1}-01`, value })),
	});

	it("lower is better below the target too (not a distance to it)", () => {
		expect(kpiTrend(defects([4, 2]))).toEqual({ direction: "down", improving: true });
		expect(kpiTrend(defects([2, 4]))).toEqual({ direction: "up", improving: false });
	});

	it("is never stale without an asOf, even for a reading before 1970", () => {
		const old: Kpi = {
			id: "uptime",
			name: "Uptime",
			direction: "higherIsBetter",
			target: 99,
			cadence: "daily",
			measurements: [{ at: "1960-01-01", value: 99.5 }],
		};
		expect(kpiStatus(old)).toEqual({
			status: "green",
			value: 99.5,
			at: "1960-01-01",
			shortfall: -0.5,
			stale: false,
		});
	});

	it("reads null options as none", () => {
		const kpi = defects([4, 6]);
		const none = null as unknown as undefined;
		expect(kpiStatus(kpi, none)).toEqual(kpiStatus(kpi));
		expect(kpiTrend(kpi, none)).toEqual(kpiTrend(kpi));
		expect(kpiStatusHistory(kpi, none)).toEqual(kpiStatusHistory(kpi));
	});
});
