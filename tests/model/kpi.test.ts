import { describe, expect, it } from "vitest";
import {
	KpiSchema,
	KpiThresholdsSchema,
	kpiStatus,
	MeasurementSchema,
	parseKpi,
	safeParseKpi,
} from "../../src/index.js";
import { deepFreeze, errorOf, issuesOf, uptimeKpi, wordedIssuesOf } from "./fixtures.js";

const minimal = { id: "kpi", name: "Churn", direction: "lowerIsBetter", target: "0.05" } as const;

describe("parseKpi: defaults and normalisation", () => {
	it("fills measurements with [] and keeps the target as written", () => {
		expect(parseKpi(minimal)).toEqual({ ...minimal, measurements: [] });
	});

	it("keeps every field of a full KPI, numbers as written", () => {
		expect(parseKpi(uptimeKpi)).toEqual(uptimeKpi);
	});

	it("keeps a measurement's instant as given (a Date copied), for computations to read in their zone", () => {
		const at = new Date("2025-08-31T23:59:59.999Z");
		const parsed = parseKpi({
			...minimal,
			measurements: [
				{ at, value: "0.04" },
				{ at: "2025-09-01T01:00:00+02:00", value: "0.05" },
			],
		});
		expect(parsed.measurements).toEqual([
			{ at, value: "0.04" },
			{ at: "2025-09-01T01:00:00+02:00", value: "0.05" },
		]);
		expect(parsed.measurements[0]?.at).not.toBe(at);
	});

	it("keeps a promoted KPI's origin", () => {
		const origin = { objectiveId: "o", keyResultId: "kr", promotedAt: "2025-10-01" };
		expect(parseKpi({ ...uptimeKpi, origin }).origin).toEqual(origin);
		const unknownDate = { ...origin, promotedAt: null };
		expect(parseKpi({ ...uptimeKpi, origin: unknownDate }).origin).toEqual(unknownDate);
	});

	it("gives a value kpiStatus reads like the input", () => {
		expect(kpiStatus(parseKpi(uptimeKpi))).toEqual(kpiStatus(uptimeKpi));
	});

	it("accepts absolute thresholds on a target of 0, and relative ones on any other target", () => {
		const zero = { ...minimal, target: 0, thresholds: { mode: "absolute", green: 0, yellow: 1 } };
		expect(safeParseKpi(zero).success).toBe(true);
		const relative = { ...minimal, thresholds: { mode: "relative", green: 0, yellow: 0.1 } };
		expect(safeParseKpi(relative).success).toBe(true);
	});

	it("accepts a KPI with id __proto__ and keeps unknown fields", () => {
		const parsed = parseKpi({ ...minimal, id: "__proto__", color: "red" });
		expect(parsed.id).toBe("__proto__");
		expect(Object.getOwnPropertyDescriptor(parsed, "color")?.value).toBe("red");
	});

	it("returns a frozen value and does not mutate its input", () => {
		const input = deepFreeze({ ...uptimeKpi });
		const before = JSON.stringify(input);
		const parsed = parseKpi(input);
		expect(JSON.stringify(input)).toBe(before);
		expect(Object.isFrozen(parsed)).toBe(true);
		expect(Object.isFrozen(parsed.measurements)).toBe(true);
		expect(Object.isFrozen(parsed.thresholds)).toBe(true);
	});

	it("the measurement and threshold schemas parse their parts alone", () => {
		expect(MeasurementSchema.parse({ at: "2025-01-31", value: 3 })).toEqual({
			at: "2025-01-31",
			value: 3,
		});
		expect(KpiThresholdsSchema.parse(uptimeKpi.thresholds)).toEqual(uptimeKpi.thresholds);
		expect(KpiSchema.parse(minimal)).toEqual(parseKpi(minimal));
	});
});

describe("parseKpi: issues, each with its code and path", () => {
	it.each([
		[
			"a missing id, name, direction and target",
			{},
			[
				["REQUIRED", ["id"]],
				["REQUIRED", ["name"]],
				["REQUIRED", ["direction"]],
				["REQUIRED", ["target"]],
			],
		],
		["an unknown direction", { ...minimal, direction: "up" }, [["INVALID_ENUM", ["direction"]]]],
		["a bad target", { ...minimal, target: "5%" }, [["INVALID_NUMBER", ["target"]]]],
		["an unknown cadence", { ...minimal, cadence: "hourly" }, [["INVALID_ENUM", ["cadence"]]]],
		["a numeric unit", { ...minimal, unit: 1 }, [["INVALID_TYPE", ["unit"]]]],
		[
			"a measurement with a bad date and value",
			{ ...minimal, measurements: [{ at: "31/08/2025", value: "" }] },
			[
				["INVALID_DATE", ["measurements", 0, "at"]],
				["INVALID_NUMBER", ["measurements", 0, "value"]],
			],
		],
		[
			"an unknown threshold mode",
			{ ...minimal, thresholds: { mode: "percent", green: 0, yellow: 1 } },
			[["INVALID_ENUM", ["thresholds", "mode"]]],
		],
		[
			"thresholds without limits",
			{ ...minimal, thresholds: { mode: "absolute" } },
			[
				["REQUIRED", ["thresholds", "green"]],
				["REQUIRED", ["thresholds", "yellow"]],
			],
		],
		[
			"a green limit above the yellow one",
			{ ...minimal, thresholds: { mode: "absolute", green: 2, yellow: 1 } },
			[["THRESHOLDS_OUT_OF_ORDER", ["thresholds"]]],
		],
		[
			"a negative green limit",
			{ ...minimal, thresholds: { mode: "absolute", green: "-0.1", yellow: 1 } },
			[["NEGATIVE", ["thresholds", "green"]]],
		],
		[
			"relative thresholds on a target of 0",
			{ ...minimal, target: "0.0", thresholds: { mode: "relative", green: 0, yellow: 0.1 } },
			[["RELATIVE_TO_ZERO_TARGET", ["thresholds", "mode"]]],
		],
		[
			"an origin without ids",
			{ ...minimal, origin: { promotedAt: null } },
			[
				["REQUIRED", ["origin", "objectiveId"]],
				["REQUIRED", ["origin", "keyResultId"]],
			],
		],
		[
			"an origin promoted at a Date",
			{ ...minimal, origin: { objectiveId: "o", keyResultId: "k", promotedAt: new Date(0) } },
			[["INVALID_DATE", ["origin", "promotedAt"]]],
		],
		[
			"an origin promoted at no date",
			{ ...minimal, origin: { objectiveId: "o", keyResultId: "k", promotedAt: "soon" } },
			[["INVALID_DATE", ["origin", "promotedAt"]]],
		],
	] as const)("reports %s", (_, input, expected) => {
		expect(issuesOf(safeParseKpi(input))).toEqual(expected);
	});

	it("reports relative thresholds on a zero target and out of order together", () => {
		const error = errorOf(
			safeParseKpi({
				...minimal,
				target: 0,
				thresholds: { mode: "relative", green: 1, yellow: 0 },
			}),
		);
		expect(error.issues.map((issue) => issue.code)).toEqual([
			"THRESHOLDS_OUT_OF_ORDER",
			"RELATIVE_TO_ZERO_TARGET",
		]);
		expect(error.issues[1]?.message).toContain('"absolute"');
	});

	it("parseKpi throws the OkrValidationError", () => {
		expect(() => parseKpi({ ...minimal, direction: "up" })).toThrow(
			expect.objectContaining({ code: "INVALID_INPUT" }),
		);
	});

	it("words the issues of direction, cadence and measurements", () => {
		expect(
			wordedIssuesOf(safeParseKpi({ id: "k", name: "K", direction: "up", target: 1 })),
		).toEqual([
			[
				"INVALID_ENUM",
				["direction"],
				'Expected one of "higherIsBetter", "lowerIsBetter", "onTarget", received "up".',
			],
		]);
		expect(
			wordedIssuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 1,
					measurements: [{ at: "2025-02-30", value: "x" }],
					cadence: 5,
				}),
			),
		).toEqual([
			[
				"INVALID_ENUM",
				["cadence"],
				'Expected one of "daily", "weekly", "monthly", "quarterly", received a number.',
			],
			[
				"INVALID_DATE",
				["measurements", 0, "at"],
				'Expected a calendar date "YYYY-MM-DD" or a timestamp with an offset ("Z", "+02:00"), received "2025-02-30".',
			],
			[
				"INVALID_NUMBER",
				["measurements", 0, "value"],
				'Expected a finite number or a decimal string such as "12.5", received "x".',
			],
		]);
	});

	it("words a bad promotion date and a thresholds mode that is not a string", () => {
		expect(
			wordedIssuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 1,
					origin: { objectiveId: "o", keyResultId: "kr", promotedAt: "2025-02-30" },
				}),
			),
		).toEqual([
			[
				"INVALID_DATE",
				["origin", "promotedAt"],
				'Expected a calendar date "YYYY-MM-DD", received "2025-02-30".',
			],
		]);
		expect(
			wordedIssuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 0,
					thresholds: { mode: 5, green: 0, yellow: 1 },
				}),
			),
		).toEqual([
			[
				"INVALID_ENUM",
				["thresholds", "mode"],
				'Expected one of "absolute", "relative", received a number.',
			],
		]);
	});
});
