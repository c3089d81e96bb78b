import { describe, expect, it } from "vitest";
import { type Cadence, type Kpi, kpiStatus } from "../../src/index.js";
import { deepFreeze, expectCode, expectIssue } from "../support/foundation.js";

// Seed guides: 99% uptime for a patient registration platform (it stood at 50%), first response
// time 4 h → 30 min, NPS of 70+, churn under 5%.
const uptime: Kpi = {
	id: "uptime",
	name: "Patient registration uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	cadence: "daily",
	owner: "Platform",
	measurements: [
		{ at: "2025-08-13", value: 50 },
		{ at: "2025-08-14", value: 99.2 },
		{ at: "2025-08-15", value: 89.1 },
	],
};

const firstResponse: Kpi = {
	id: "frt",
	name: "First response time",
	unit: "min",
	direction: "lowerIsBetter",
	target: 30,
	thresholds: { mode: "absolute", green: 5, yellow: 15 },
	cadence: "weekly",
	measurements: [{ at: "2025-08-11", value: 40 }],
};

const churn: Kpi = {
	id: "churn",
	name: "Monthly churn",
	unit: "%",
	direction: "lowerIsBetter",
	target: 5,
	cadence: "monthly",
};

const nps: Kpi = { id: "nps", name: "Net Promoter Score", direction: "higherIsBetter", target: 70 };

const withValue = (kpi: Kpi, value: number | string) => kpiStatus(kpi, { value });

describe("kpiStatus: the value judged", () => {
	it("takes the latest measurement by date without asOf", () => {
		expect(kpiStatus(uptime)).toEqual({
			status: "yellow",
			value: 89.1,
			at: "2025-08-15",
			shortfall: 9.9,
			stale: false,
		});
	});

	it("takes the latest measurement on or before asOf", () => {
		expect(kpiStatus(uptime, { asOf: "2025-08-14" })).toEqual({
			status: "green",
			value: 99.2,
			at: "2025-08-14",
			shortfall: -0.2,
			stale: false,
		});
	});

	it("ignores measurements after asOf", () => {
		expect(kpiStatus(uptime, { asOf: "2025-08-13" }).value).toBe(50);
	});

	it("reads measurements in any array order, by date", () => {
		const shuffled: Kpi = {
			...uptime,
			measurements: [
				{ at: "2025-08-15", value: 89.1 },
				{ at: "2025-08-13", value: 50 },
				{ at: "2025-08-14", value: 99.2 },
			],
		};
		expect(kpiStatus(shuffled).at).toBe("2025-08-15");
		expect(kpiStatus(shuffled, { asOf: "2025-08-14" }).value).toBe(99.2);
	});

	it("takes the later in the array when two measurements share a date", () => {
		const tied: Kpi = {
			...nps,
			measurements: [
				{ at: "2025-08-01", value: 72 },
				{ at: "2025-08-01", value: 60 },
				{ at: "2025-07-01", value: 90 },
			],
		};
		expect(kpiStatus(tied).value).toBe(60);
		expect(kpiStatus(tied, { asOf: "2025-08-01" }).value).toBe(60);
	});

	it("prefers options.value over the measurements and reports at as null", () => {
		expect(kpiStatus(uptime, { value: 50 })).toEqual({
			status: "red",
			value: 50,
			at: null,
			shortfall: 49,
			stale: false,
		});
	});

	it("is unknown with null value, at and shortfall when there is no measurement", () => {
		expect(kpiStatus(nps)).toEqual({
			status: "unknown",
			value: null,
			at: null,
			shortfall: null,
			stale: false,
		});
		expect(kpiStatus({ ...nps, measurements: [] })).toEqual({
			status: "unknown",
			value: null,
			at: null,
			shortfall: null,
			stale: false,
		});
	});

	it("is unknown, not stale, when asOf is before the first measurement", () => {
		expect(kpiStatus(uptime, { asOf: "2025-08-12" })).toEqual({
			status: "unknown",
			value: null,
			at: null,
			shortfall: null,
			stale: false,
		});
	});

	it("accepts a Date for asOf, read as its UTC calendar date", () => {
		expect(kpiStatus(uptime, { asOf: new Date(Date.UTC(2025, 7, 14, 23, 59)) }).value).toBe(99.2);
	});

	it("accepts Date measurement dates and reports them as YYYY-MM-DD", () => {
		const kpi: Kpi = { ...nps, measurements: [{ at: new Date(Date.UTC(2025, 0, 5)), value: 71 }] };
		expect(kpiStatus(kpi).at).toBe("2025-01-05");
	});
});

describe("kpiStatus: shortfall by direction", () => {
	it("is target − value for higherIsBetter", () => {
		expect(withValue(nps, 64).shortfall).toBe(6);
		expect(withValue(nps, 75).shortfall).toBe(-5);
	});

	it("is value − target for lowerIsBetter", () => {
		expect(withValue(churn, 5.5).shortfall).toBe(0.5);
		expect(withValue(churn, 4).shortfall).toBe(-1);
	});

	it("is |value − target| for onTarget", () => {
		const headcount: Kpi = { id: "hc", name: "Headcount", direction: "onTarget", target: 100 };
		expect(withValue(headcount, 95).shortfall).toBe(5);
		expect(withValue(headcount, 105).shortfall).toBe(5);
		expect(withValue(headcount, 100).shortfall).toBe(0);
	});

	it("is exact for decimal strings and never -0", () => {
		expect(withValue({ ...churn, target: "0.3" }, "0.1").shortfall).toBe(-0.2);
		expect(withValue({ ...nps, target: "0.3" }, "0.1").shortfall).toBe(0.2);
		expect(Object.is(withValue(nps, 70).shortfall, 0)).toBe(true);
		expect(Object.is(withValue(churn, 5).shortfall, 0)).toBe(true);
	});
});

describe("kpiStatus: default thresholds (relative, green 0, yellow 0.1)", () => {
	it("is green when the target is met or beaten", () => {
		expect(withValue(uptime, 99).status).toBe("green");
		expect(withValue(uptime, 100).status).toBe("green");
		expect(withValue(churn, 5).status).toBe("green");
		expect(withValue(churn, 3).status).toBe("green");
	});

	it("is yellow within 10% of the target, the boundary included", () => {
		expect(withValue(uptime, 95).status).toBe("yellow");
		// target 99, value 89.1: shortfall 9.9 is exactly 10% of 99, so yellow (the better colour).
		expect(withValue(uptime, 89.1)).toMatchObject({ status: "yellow", shortfall: 9.9 });
		expect(withValue(uptime, "89.1").status).toBe("yellow");
		expect(withValue(churn, 5.5).status).toBe("yellow");
	});

	it("is red beyond 10% of the target", () => {
		expect(withValue(uptime, 89.09).status).toBe("red");
		expect(withValue(uptime, 50).status).toBe("red");
		expect(withValue(churn, 5.51).status).toBe("red");
	});

	it("scales by |target| for a negative target", () => {
		const cashFlow: Kpi = {
			id: "cf",
			name: "Net cash flow",
			direction: "higherIsBetter",
			target: -10,
		};
		expect(withValue(cashFlow, -10).status).toBe("green");
		expect(withValue(cashFlow, -11).status).toBe("yellow");
		expect(withValue(cashFlow, "-11.01").status).toBe("red");
	});

	it("on a zero target gives green when met, else red, without an error", () => {
		const incidents: Kpi = {
			id: "inc",
			name: "Sev-1 incidents",
			direction: "lowerIsBetter",
			target: 0,
		};
		expect(withValue(incidents, 0).status).toBe("green");
		expect(withValue(incidents, -1).status).toBe("green");
		expect(withValue(incidents, "0.0001").status).toBe("red");
		expect(withValue(incidents, 1).status).toBe("red");
		const drift: Kpi = { id: "d", name: "Clock drift", direction: "onTarget", target: 0 };
		expect(withValue(drift, 0).status).toBe("green");
		expect(withValue(drift, -1).status).toBe("red");
	});

	it("onTarget is yellow within 10% on either side", () => {
		const headcount: Kpi = { id: "hc", name: "Headcount", direction: "onTarget", target: 100 };
		expect(withValue(headcount, 90).status).toBe("yellow");
		expect(withValue(headcount, 110).status).toBe("yellow");
		expect(withValue(headcount, 110.5).status).toBe("red");
		expect(withValue(headcount, 89).status).toBe("red");
	});
});

describe("kpiStatus: a KPI's own thresholds", () => {
	it("absolute limits are in the KPI's unit", () => {
		expect(withValue(firstResponse, 30).status).toBe("green");
		expect(withValue(firstResponse, 35).status).toBe("green");
		expect(withValue(firstResponse, 35.01).status).toBe("yellow");
		expect(withValue(firstResponse, 45).status).toBe("yellow");
		expect(withValue(firstResponse, 45.01).status).toBe("red");
		expect(kpiStatus(firstResponse)).toEqual({
			status: "yellow",
			value: 40,
			at: "2025-08-11",
			shortfall: 10,
			stale: false,
		});
	});

	it("relative limits are shares of |target|", () => {
		const kpi: Kpi = { ...nps, thresholds: { mode: "relative", green: 0.05, yellow: 0.2 } };
		expect(withValue(kpi, "66.5").status).toBe("green");
		expect(withValue(kpi, "66.49").status).toBe("yellow");
		expect(withValue(kpi, 56).status).toBe("yellow");
		expect(withValue(kpi, "55.99").status).toBe("red");
	});

	it("are exact at boundaries for decimal inputs", () => {
		const kpi: Kpi = {
			id: "x",
			name: "x",
			direction: "higherIsBetter",
			target: 0.3,
			thresholds: { mode: "absolute", green: 0, yellow: 0.1 },
		};
		// 0.3 − 0.2 is exactly 0.1 here (in floating point it is 0.09999999999999998).
		expect(withValue(kpi, 0.2)).toMatchObject({ status: "yellow", shortfall: 0.1 });
		expect(withValue(kpi, "0.19999999999999999999").status).toBe("red");
	});

	it("with green equal to yellow has no yellow band", () => {
		const kpi: Kpi = { ...nps, thresholds: { mode: "absolute", green: 5, yellow: 5 } };
		expect(withValue(kpi, 65).status).toBe("green");
		expect(withValue(kpi, "64.999").status).toBe("red");
	});

	it("take precedence over the policy's thresholds", () => {
		const policy = { kpi: { thresholds: { mode: "absolute" as const, green: 100, yellow: 200 } } };
		expect(kpiStatus(firstResponse, { value: 50, policy }).status).toBe("red");
		expect(kpiStatus(nps, { value: 0, policy }).status).toBe("green");
	});

	it("absolute thresholds work on a zero target", () => {
		const incidents: Kpi = {
			id: "inc",
			name: "Incidents",
			direction: "lowerIsBetter",
			target: 0,
			thresholds: { mode: "absolute", green: 1, yellow: 3 },
		};
		expect(withValue(incidents, 1).status).toBe("green");
		expect(withValue(incidents, 3).status).toBe("yellow");
		expect(withValue(incidents, 4).status).toBe("red");
	});
});

describe("kpiStatus: policy thresholds", () => {
	it("apply to a KPI without thresholds of its own", () => {
		const policy = { kpi: { thresholds: { mode: "relative" as const, green: 0.05, yellow: 0.2 } } };
		expect(kpiStatus(nps, { value: 67, policy }).status).toBe("green");
		expect(kpiStatus(nps, { value: 60, policy }).status).toBe("yellow");
	});

	it("merge field by field over the defaults", () => {
		expect(
			kpiStatus(nps, { value: 60, policy: { kpi: { thresholds: { yellow: 0.2 } } } }).status,
		).toBe("yellow");
	});

	it("relative policy limits on a zero target give green when met, else red", () => {
		const incidents: Kpi = { id: "inc", name: "Incidents", direction: "lowerIsBetter", target: 0 };
		const policy = { kpi: { thresholds: { yellow: 0.5 } } };
		expect(kpiStatus(incidents, { value: 0, policy }).status).toBe("green");
		expect(kpiStatus(incidents, { value: 1, policy }).status).toBe("red");
	});
});

const cadenceCases: readonly {
	cadence: Cadence;
	at: string;
	fresh: string;
	stale: string;
}[] = [
	{ cadence: "daily", at: "2025-08-15", fresh: "2025-08-16", stale: "2025-08-17" },
	{ cadence: "daily", at: "2024-12-31", fresh: "2025-01-01", stale: "2025-01-02" },
	{ cadence: "weekly", at: "2025-08-15", fresh: "2025-08-22", stale: "2025-08-23" },
	{ cadence: "weekly", at: "2024-02-26", fresh: "2024-03-04", stale: "2024-03-05" },
	{ cadence: "monthly", at: "2025-08-15", fresh: "2025-09-15", stale: "2025-09-16" },
	{ cadence: "monthly", at: "2025-01-31", fresh: "2025-02-28", stale: "2025-03-01" },
	{ cadence: "monthly", at: "2024-01-31", fresh: "2024-02-29", stale: "2024-03-01" },
	{ cadence: "monthly", at: "2025-12-20", fresh: "2026-01-20", stale: "2026-01-21" },
	{ cadence: "quarterly", at: "2025-01-15", fresh: "2025-04-15", stale: "2025-04-16" },
	{ cadence: "quarterly", at: "2024-11-30", fresh: "2025-02-28", stale: "2025-03-01" },
	{ cadence: "quarterly", at: "2025-08-31", fresh: "2025-11-30", stale: "2025-12-01" },
];

describe("kpiStatus: staleness by cadence", () => {
	for (const { cadence, at, fresh, stale } of cadenceCases) {
		it(`${cadence}: a measurement of ${at} is fresh on ${fresh} (the limit) and stale on ${stale}`, () => {
			const kpi: Kpi = { ...nps, cadence, measurements: [{ at, value: 71 }] };
			expect(kpiStatus(kpi, { asOf: at })).toEqual({
				status: "green",
				value: 71,
				at,
				shortfall: -1,
				stale: false,
			});
			expect(kpiStatus(kpi, { asOf: fresh })).toEqual({
				status: "green",
				value: 71,
				at,
				shortfall: -1,
				stale: false,
			});
			expect(kpiStatus(kpi, { asOf: stale })).toEqual({
				status: "unknown",
				value: 71,
				at,
				shortfall: -1,
				stale: true,
			});
		});
	}

	it("a stale status still reports the value, date and shortfall it would have judged", () => {
		expect(kpiStatus(uptime, { asOf: "2025-08-20" })).toEqual({
			status: "unknown",
			value: 89.1,
			at: "2025-08-15",
			shortfall: 9.9,
			stale: true,
		});
	});

	it("judges staleness on the latest measurement on or before asOf", () => {
		// The 2025-08-14 measurement is stale on 2025-08-16 even though a later one exists after asOf…
		const kpi: Kpi = {
			...nps,
			cadence: "daily",
			measurements: [
				{ at: "2025-08-14", value: 71 },
				{ at: "2025-08-20", value: 60 },
			],
		};
		expect(kpiStatus(kpi, { asOf: "2025-08-16" })).toMatchObject({
			status: "unknown",
			stale: true,
		});
		// …and fresh again once the next measurement counts.
		expect(kpiStatus(kpi, { asOf: "2025-08-20" })).toMatchObject({ status: "red", stale: false });
	});

	it("is never stale without asOf, however old the measurement", () => {
		const kpi: Kpi = { ...nps, cadence: "daily", measurements: [{ at: "2001-01-01", value: 71 }] };
		expect(kpiStatus(kpi)).toMatchObject({ status: "green", stale: false });
	});

	it("is never stale without asOf, even for a measurement before 1970", () => {
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

	it("is never stale for a KPI without a cadence", () => {
		const kpi: Kpi = { ...nps, measurements: [{ at: "2001-01-01", value: 71 }] };
		expect(kpiStatus(kpi, { asOf: "2025-08-15" })).toMatchObject({ status: "green", stale: false });
	});

	it("never calls options.value stale: it has no date", () => {
		const kpi: Kpi = { ...nps, cadence: "daily", measurements: [{ at: "2001-01-01", value: 10 }] };
		expect(kpiStatus(kpi, { value: 71, asOf: "2025-08-15" })).toEqual({
			status: "green",
			value: 71,
			at: null,
			shortfall: -1,
			stale: false,
		});
	});

	it("takes its limits from policy kpi.staleAfter", () => {
		const kpi: Kpi = { ...nps, cadence: "weekly", measurements: [{ at: "2025-08-01", value: 71 }] };
		const policy = { kpi: { staleAfter: { weekly: { days: 14 } } } };
		expect(kpiStatus(kpi, { asOf: "2025-08-15", policy }).stale).toBe(false);
		expect(kpiStatus(kpi, { asOf: "2025-08-16", policy }).stale).toBe(true);
		const monthly = { kpi: { staleAfter: { weekly: { months: 1 } } } };
		expect(kpiStatus(kpi, { asOf: "2025-09-01", policy: monthly }).stale).toBe(false);
		expect(kpiStatus(kpi, { asOf: "2025-09-02", policy: monthly }).stale).toBe(true);
	});

	it("a limit of 0 days makes a measurement fresh on its own day only", () => {
		const kpi: Kpi = { ...nps, cadence: "daily", measurements: [{ at: "2025-08-01", value: 71 }] };
		const policy = { kpi: { staleAfter: { daily: { days: 0 } } } };
		expect(kpiStatus(kpi, { asOf: "2025-08-01", policy }).stale).toBe(false);
		expect(kpiStatus(kpi, { asOf: "2025-08-02", policy }).stale).toBe(true);
	});
});

describe("kpiStatus: invalid thresholds", () => {
	const withThresholds = (thresholds: unknown) =>
		kpiStatus({ ...nps, thresholds } as unknown as Kpi, { value: 70 });

	it("green above yellow is THRESHOLDS_OUT_OF_ORDER at thresholds", () => {
		expectIssue(
			() => withThresholds({ mode: "absolute", green: 10, yellow: 5 }),
			"THRESHOLDS_OUT_OF_ORDER",
			["thresholds"],
		);
		expectIssue(
			() => withThresholds({ mode: "relative", green: "0.2", yellow: "0.1" }),
			"THRESHOLDS_OUT_OF_ORDER",
			["thresholds"],
		);
	});

	it("a negative green limit is NEGATIVE at thresholds.green", () => {
		expectIssue(() => withThresholds({ mode: "absolute", green: -1, yellow: 5 }), "NEGATIVE", [
			"thresholds",
			"green",
		]);
		expectIssue(() => withThresholds({ mode: "absolute", green: -2, yellow: -1 }), "NEGATIVE", [
			"thresholds",
			"green",
		]);
	});

	it("a negative yellow limit (green >= 0) is THRESHOLDS_OUT_OF_ORDER", () => {
		expectIssue(
			() => withThresholds({ mode: "absolute", green: 0, yellow: -1 }),
			"THRESHOLDS_OUT_OF_ORDER",
			["thresholds"],
		);
	});

	it("an unknown mode is INVALID_ENUM at thresholds.mode", () => {
		expectIssue(() => withThresholds({ mode: "percent", green: 0, yellow: 1 }), "INVALID_ENUM", [
			"thresholds",
			"mode",
		]);
		expectIssue(() => withThresholds({ green: 0, yellow: 1 }), "REQUIRED", ["thresholds", "mode"]);
	});

	it("a limit that is not a number is INVALID_NUMBER; a missing one is REQUIRED", () => {
		expectIssue(
			() => withThresholds({ mode: "absolute", green: Number.NaN, yellow: 1 }),
			"INVALID_NUMBER",
			["thresholds", "green"],
		);
		expectIssue(
			() => withThresholds({ mode: "absolute", green: 0, yellow: "ten" }),
			"INVALID_NUMBER",
			["thresholds", "yellow"],
		);
		expectIssue(() => withThresholds({ mode: "absolute", green: 0 }), "REQUIRED", [
			"thresholds",
			"yellow",
		]);
	});

	it("thresholds that are not an object are INVALID_TYPE", () => {
		expectIssue(() => withThresholds("relative"), "INVALID_TYPE", ["thresholds"]);
		expectIssue(() => withThresholds(null), "INVALID_TYPE", ["thresholds"]);
		expectIssue(() => withThresholds([0, 0.1]), "INVALID_TYPE", ["thresholds"]);
	});

	it("relative thresholds on a zero target are RELATIVE_TO_ZERO_TARGET", () => {
		const kpi: Kpi = {
			id: "inc",
			name: "Incidents",
			direction: "lowerIsBetter",
			target: "0.0",
			thresholds: { mode: "relative", green: 0, yellow: 0.1 },
		};
		expectIssue(() => kpiStatus(kpi), "RELATIVE_TO_ZERO_TARGET", ["thresholds", "mode"]);
	});

	it("bad policy thresholds are reported under policy", () => {
		expectIssue(
			() => kpiStatus(nps, { policy: { kpi: { thresholds: { green: 0.2, yellow: 0.1 } } } }),
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "kpi", "thresholds"],
		);
		expectIssue(
			() => kpiStatus(nps, { policy: { kpi: { thresholds: { green: -0.1 } } } }),
			"NEGATIVE",
			["options", "policy", "kpi", "thresholds", "green"],
		);
		expectIssue(
			() =>
				kpiStatus(nps, {
					policy: { kpi: { thresholds: { mode: "percent" } } },
				} as unknown as Parameters<typeof kpiStatus>[1]),
			"INVALID_ENUM",
			["options", "policy", "kpi", "thresholds", "mode"],
		);
	});
});

describe("kpiStatus: invalid options", () => {
	it("options.value that is NaN is INVALID_NUMBER at value", () => {
		expectIssue(() => kpiStatus(nps, { value: Number.NaN }), "INVALID_NUMBER", [
			"options",
			"value",
		]);
	});

	it("options.value that is infinite, empty or not numeric is INVALID_NUMBER", () => {
		expectIssue(() => kpiStatus(nps, { value: Number.POSITIVE_INFINITY }), "INVALID_NUMBER", [
			"options",
			"value",
		]);
		expectIssue(() => kpiStatus(nps, { value: "" }), "INVALID_NUMBER", ["options", "value"]);
		expectIssue(() => kpiStatus(nps, { value: "7O" }), "INVALID_NUMBER", ["options", "value"]);
		expectIssue(
			() => kpiStatus(nps, { value: null } as unknown as Parameters<typeof kpiStatus>[1]),
			"INVALID_NUMBER",
			["options", "value"],
		);
	});

	it("a bad asOf is INVALID_DATE at asOf", () => {
		expectIssue(() => kpiStatus(nps, { asOf: "2025-02-30" }), "INVALID_DATE", ["options", "asOf"]);
		expectIssue(() => kpiStatus(nps, { asOf: new Date(Number.NaN) }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
	});

	it("null options are read as none", () => {
		const none = null as unknown as undefined;
		expect(kpiStatus(uptime, none)).toEqual(kpiStatus(uptime));
		expect(kpiStatus(firstResponse, none)).toEqual(kpiStatus(firstResponse));
	});

	it("options that are not an object are INVALID_TYPE", () => {
		expectIssue(
			() => kpiStatus(nps, 5 as unknown as Parameters<typeof kpiStatus>[1]),
			"INVALID_TYPE",
			["options"],
		);
	});

	it("an unknown policy key is UNKNOWN_KEY", () => {
		expectIssue(
			() =>
				kpiStatus(nps, {
					policy: { kpi: { colours: 3 } },
				} as unknown as Parameters<typeof kpiStatus>[1]),
			"UNKNOWN_KEY",
			["options", "policy", "kpi", "colours"],
		);
	});
});

describe("kpiStatus: invalid KPIs", () => {
	const bad = (patch: Record<string, unknown>) =>
		kpiStatus({ ...uptime, ...patch } as unknown as Kpi);

	it("reports each bad field with its code and path", () => {
		expectIssue(() => bad({ id: undefined }), "REQUIRED", ["id"]);
		expectIssue(() => bad({ id: "" }), "EMPTY_STRING", ["id"]);
		expectIssue(() => bad({ name: 3 }), "INVALID_TYPE", ["name"]);
		expectIssue(() => bad({ direction: "up" }), "INVALID_ENUM", ["direction"]);
		expectIssue(() => bad({ target: Number.NaN }), "INVALID_NUMBER", ["target"]);
		expectIssue(() => bad({ target: undefined }), "REQUIRED", ["target"]);
		expectIssue(() => bad({ cadence: "hourly" }), "INVALID_ENUM", ["cadence"]);
		expectIssue(() => bad({ unit: 1 }), "INVALID_TYPE", ["unit"]);
		expectIssue(() => bad({ owner: ["a"] }), "INVALID_TYPE", ["owner"]);
		expectIssue(() => bad({ measurements: {} }), "INVALID_TYPE", ["measurements"]);
		expectIssue(() => bad({ measurements: [null] }), "INVALID_TYPE", ["measurements", 0]);
		expectIssue(
			() =>
				bad({
					measurements: [
						{ at: "2025-08-01", value: 1 },
						{ at: "01/08/2025", value: 1 },
					],
				}),
			"INVALID_DATE",
			["measurements", 1, "at"],
		);
		expectIssue(
			() => bad({ measurements: [{ at: "2025-08-01", value: "1,5" }] }),
			"INVALID_NUMBER",
			["measurements", 0, "value"],
		);
		expectIssue(() => bad({ origin: "okr" }), "INVALID_TYPE", ["origin"]);
	});

	it("a KPI that is not an object is INVALID_TYPE at the root", () => {
		for (const value of [null, undefined, 3, "kpi", [], new Date(0)]) {
			expectIssue(() => kpiStatus(value as unknown as Kpi), "INVALID_TYPE", []);
		}
	});

	it("accepts hostile ids such as __proto__", () => {
		const kpi = JSON.parse(
			'{"id":"__proto__","name":"constructor","direction":"onTarget","target":1,"measurements":[{"at":"2025-01-01","value":1}]}',
		) as Kpi;
		expect(kpiStatus(kpi).status).toBe("green");
	});

	it("an out-of-range result is OUT_OF_RANGE, never Infinity", () => {
		expectCode(() => kpiStatus({ ...nps, target: "1e308" }, { value: "-1e308" }), "OUT_OF_RANGE");
	});
});

describe("kpiStatus: purity", () => {
	it("does not mutate its input", () => {
		const kpi = deepFreeze(structuredClone({ ...uptime, thresholds: firstResponse.thresholds }));
		const options = deepFreeze({ asOf: "2025-08-15", policy: { kpi: { confirmations: 2 } } });
		const before = structuredClone(kpi);
		expect(() => kpiStatus(kpi, options)).not.toThrow();
		expect(kpiStatus(kpi)).toEqual(kpiStatus(before));
		expect(kpi).toEqual(before);
	});

	it("gives the same output for the same input", () => {
		expect(kpiStatus(uptime, { asOf: "2025-08-15" })).toEqual(
			kpiStatus(uptime, { asOf: "2025-08-15" }),
		);
	});
});
