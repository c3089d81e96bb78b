/**
 * Exact expectations on KPI history that mutation testing (issue 8) showed were missing: a
 * measurement on asOf belongs to the history, and options a function does not take are ignored.
 */
import { describe, expect, it } from "vitest";
import { type Kpi, kpiStatusHistory, kpiTrend } from "../../src/index.js";

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
