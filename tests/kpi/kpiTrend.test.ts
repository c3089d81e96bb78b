import { describe, expect, it } from "vitest";
import { type Kpi, type KpiDirection, kpiTrend, type Measurement } from "../../src/index.js";
import { deepFreeze, expectIssue } from "../support/foundation.js";

const kpi = (direction: KpiDirection, values: readonly (number | string)[], target = 100): Kpi => ({
	id: "k",
	name: "KPI",
	direction,
	target,
	measurements: values.map((value, i) => ({
		at: `2025-0${i + 1}-01`,
		value,
	})),
});

describe("kpiTrend", () => {
	it("is flat with improving null for fewer than two measurements", () => {
		expect(kpiTrend(kpi("higherIsBetter", []))).toEqual({ direction: "flat", improving: null });
		expect(kpiTrend(kpi("higherIsBetter", [5]))).toEqual({ direction: "flat", improving: null });
		expect(kpiTrend({ id: "k", name: "K", direction: "onTarget", target: 1 })).toEqual({
			direction: "flat",
			improving: null,
		});
	});

	it("is flat with improving null when the last two values are equal", () => {
		expect(kpiTrend(kpi("higherIsBetter", [1, 5, 5]))).toEqual({
			direction: "flat",
			improving: null,
		});
		expect(kpiTrend(kpi("onTarget", ["5.0", 5]))).toEqual({ direction: "flat", improving: null });
	});

	it("higherIsBetter improves going up and worsens going down", () => {
		expect(kpiTrend(kpi("higherIsBetter", [98, 99.2]))).toEqual({
			direction: "up",
			improving: true,
		});
		expect(kpiTrend(kpi("higherIsBetter", [99.2, 89.1]))).toEqual({
			direction: "down",
			improving: false,
		});
	});

	it("lowerIsBetter improves going down and worsens going up", () => {
		expect(kpiTrend(kpi("lowerIsBetter", [240, 75], 30))).toEqual({
			direction: "down",
			improving: true,
		});
		expect(kpiTrend(kpi("lowerIsBetter", [5.4, 5.8], 5))).toEqual({
			direction: "up",
			improving: false,
		});
	});

	it("onTarget improves when the distance to the target shrinks", () => {
		expect(kpiTrend(kpi("onTarget", [90, 95]))).toEqual({ direction: "up", improving: true });
		expect(kpiTrend(kpi("onTarget", [110, 104]))).toEqual({ direction: "down", improving: true });
		expect(kpiTrend(kpi("onTarget", [95, 90]))).toEqual({ direction: "down", improving: false });
		expect(kpiTrend(kpi("onTarget", [98, 103]))).toEqual({ direction: "up", improving: false });
		expect(kpiTrend(kpi("onTarget", [97, 100]))).toEqual({ direction: "up", improving: true });
	});

	it("onTarget crossing the target to the same distance is not improving", () => {
		expect(kpiTrend(kpi("onTarget", [105, 95]))).toEqual({ direction: "down", improving: false });
		expect(kpiTrend(kpi("onTarget", ["99.9", "100.1"]))).toEqual({
			direction: "up",
			improving: false,
		});
	});

	it("compares exactly: decimal strings and tiny moves count", () => {
		expect(kpiTrend(kpi("higherIsBetter", ["0.1", "0.10000000000000000001"]))).toEqual({
			direction: "up",
			improving: true,
		});
		expect(kpiTrend(kpi("higherIsBetter", ["0.3", 0.3]))).toEqual({
			direction: "flat",
			improving: null,
		});
	});

	it("uses the last two measurements by date, not by array order", () => {
		const measurements: Measurement[] = [
			{ at: "2025-03-01", value: 10 },
			{ at: "2025-01-01", value: 50 },
			{ at: "2025-02-01", value: 20 },
		];
		expect(
			kpiTrend({ id: "k", name: "K", direction: "higherIsBetter", target: 1, measurements }),
		).toEqual({ direction: "down", improving: false });
	});

	it("orders measurements on the same date by array position", () => {
		const measurements: Measurement[] = [
			{ at: "2025-01-01", value: 1 },
			{ at: "2025-02-01", value: 7 },
			{ at: "2025-02-01", value: 3 },
		];
		expect(
			kpiTrend({ id: "k", name: "K", direction: "higherIsBetter", target: 1, measurements }),
		).toEqual({ direction: "down", improving: false });
	});

	it("considers only measurements on or before options.asOf", () => {
		const churn: Kpi = {
			id: "churn",
			name: "Monthly churn",
			direction: "lowerIsBetter",
			target: 5,
			measurements: [
				{ at: "2025-06-30", value: 6.1 },
				{ at: "2025-07-31", value: 5.4 },
				{ at: "2025-08-31", value: 5.8 },
			],
		};
		expect(kpiTrend(churn)).toEqual({ direction: "up", improving: false });
		expect(kpiTrend(churn, { asOf: "2025-08-30" })).toEqual({ direction: "down", improving: true });
		expect(kpiTrend(churn, { asOf: "2025-08-31" })).toEqual({ direction: "up", improving: false });
		expect(kpiTrend(churn, { asOf: "2025-07-30" })).toEqual({ direction: "flat", improving: null });
		expect(kpiTrend(churn, { asOf: "2025-01-01" })).toEqual({ direction: "flat", improving: null });
		expect(kpiTrend(churn, { asOf: new Date(Date.UTC(2025, 7, 30, 23)) })).toEqual({
			direction: "down",
			improving: true,
		});
	});

	it("rejects a bad asOf with INVALID_DATE and a bad KPI with its issue", () => {
		expectIssue(() => kpiTrend(kpi("onTarget", [1, 2]), { asOf: "yesterday" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(
			() => kpiTrend({ ...kpi("onTarget", [1, 2]), direction: "sideways" as KpiDirection }),
			"INVALID_ENUM",
			["direction"],
		);
		expectIssue(
			() => kpiTrend({ ...kpi("onTarget", [1]), measurements: [{ at: "2025-01-01", value: "x" }] }),
			"INVALID_NUMBER",
			["measurements", 0, "value"],
		);
	});

	it("lowerIsBetter improves going down below the target too (not a distance to it)", () => {
		expect(kpiTrend(kpi("lowerIsBetter", [4, 2], 5))).toEqual({
			direction: "down",
			improving: true,
		});
		expect(kpiTrend(kpi("lowerIsBetter", [2, 4], 5))).toEqual({
			direction: "up",
			improving: false,
		});
	});

	it("ignores a value option, which only kpiStatus takes", () => {
		const options = { value: "not a number" } as never;
		expect(kpiTrend(kpi("higherIsBetter", [98, 99.5], 99), options)).toEqual({
			direction: "up",
			improving: true,
		});
	});

	it("reads null options as none", () => {
		const none = null as unknown as undefined;
		const defects = kpi("lowerIsBetter", [4, 6], 5);
		expect(kpiTrend(defects, none)).toEqual(kpiTrend(defects));
		expect(kpiTrend(defects, none)).toEqual({ direction: "up", improving: false });
	});

	it("does not mutate its input", () => {
		const input = deepFreeze(kpi("lowerIsBetter", [3, 1, 2], 1));
		const before = structuredClone(input);
		expect(kpiTrend(input, deepFreeze({ asOf: "2025-02-15" }))).toEqual({
			direction: "down",
			improving: true,
		});
		expect(input).toEqual(before);
	});
});
