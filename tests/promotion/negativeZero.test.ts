/**
 * Found by the fuzz suite: values copied from the caller's input into a new model object kept a
 * `-0`, though no result holds `-0` (docs/errors.md, "The promise"). A copied `-0` is `0`; a copy
 * still keeps its type (`"-0"` stays the string the caller wrote).
 */
import { describe, expect, it } from "vitest";
import { okrFromKpi, promoteToKpi } from "../../src/index.js";

describe("copied values are never -0", () => {
	it("promoteToKpi copies a -0 check-in value and target as 0", () => {
		const kpi = promoteToKpi(
			{
				id: "o",
				title: "O",
				keyResults: [
					{
						id: "kr",
						title: "Errors down to zero",
						kind: "metric",
						start: 5,
						target: -0,
						current: -0,
						checkIns: [{ at: "2025-07-01", value: -0 }],
					},
				],
			},
			"kr",
		);
		expect(Object.is(kpi.target, 0)).toBe(true);
		expect(Object.is(kpi.measurements[0]?.value, 0)).toBe(true);
		const achieved = promoteToKpi(
			{
				id: "o",
				title: "O",
				keyResults: [{ id: "kr", title: "T", kind: "metric", start: 5, target: 0, current: -0 }],
			},
			"kr",
			{ baseline: "achieved" },
		);
		expect(Object.is(achieved.target, 0)).toBe(true);
	});

	it("okrFromKpi starts a key result at 0, not -0, and keeps a string as written", () => {
		const draft = okrFromKpi(
			{
				id: "k",
				name: "Incidents",
				direction: "lowerIsBetter",
				target: -0,
				measurements: [{ at: "2025-07-01", value: -0 }],
			},
			{ title: "Fewer incidents", target: -5 },
		);
		expect(Object.is(draft.keyResults[0].start, 0)).toBe(true);
		const written = okrFromKpi(
			{
				id: "k",
				name: "Incidents",
				direction: "lowerIsBetter",
				target: 0,
				measurements: [{ at: "2025-07-01", value: "-0" }],
			},
			{ title: "Fewer incidents", target: -5 },
		);
		expect(written.keyResults[0].start).toBe("-0");
		const lowered = okrFromKpi(
			{
				id: "k",
				name: "Incidents",
				direction: "lowerIsBetter",
				target: 0,
				measurements: [{ at: "2025-07-01", value: 5 }],
			},
			{ title: "No incidents", target: -0 },
		);
		expect(Object.is(lowered.keyResults[0].target, 0)).toBe(true);
	});
});
