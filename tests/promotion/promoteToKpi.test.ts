import { describe, expect, it } from "vitest";
import { type KeyResult, type Objective, promoteToKpi } from "../../src/index.js";
import {
	deepFreeze,
	expectCode,
	expectIssue,
	loose,
	objective,
	thrown,
} from "../support/foundation.js";

// Seed guides: the patient registration platform went from 50% to 99% uptime; first response time
// 4 h → 30 min; churn kept under 5%; NPS 6 → 8.
const registration = (keyResults: readonly KeyResult[], owner?: string): Objective => ({
	id: "registration",
	title: "Create an excellent patient registration platform",
	keyResults,
	...(owner === undefined ? {} : { owner }),
});

/** An objective "o" holding this one key result (and any other fields). */
const holding = (kr: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	objective([loose(kr)], extra);

/** Uptime 90 → 99, at 99.5. */
const achieved = {
	id: "kr",
	title: "Uptime to 99",
	kind: "metric",
	start: 90,
	target: 99,
	current: 99.5,
};

const uptimeKr: KeyResult = {
	id: "uptime",
	title: "Increase uptime from 50 to 99",
	kind: "metric",
	start: 50,
	target: 99,
	unit: "%",
	checkIns: [
		{ at: "2025-08-01", value: 80, confidence: 0.5 },
		{ at: "2025-07-01", value: 62 },
		{ at: "2025-09-26", value: 99.2 },
	],
};

describe("promoteToKpi: the KPI it returns", () => {
	it("guards an achieved increase with a higherIsBetter KPI at the key result's target", () => {
		expect(promoteToKpi(registration([uptimeKr]), "uptime")).toEqual({
			id: "uptime",
			name: "Increase uptime from 50 to 99",
			unit: "%",
			direction: "higherIsBetter",
			target: 99,
			measurements: [
				{ at: "2025-08-01", value: 80 },
				{ at: "2025-07-01", value: 62 },
				{ at: "2025-09-26", value: 99.2 },
			],
			origin: { objectiveId: "registration", keyResultId: "uptime", promotedAt: null },
		});
	});

	it("takes id, name, cadence and thresholds from the options and stamps promotedAt with asOf", () => {
		const kpi = promoteToKpi(registration([uptimeKr]), "uptime", {
			id: "uptime-kpi",
			name: "Uptime",
			cadence: "daily",
			asOf: new Date(Date.UTC(2025, 8, 30)),
			thresholds: { mode: "absolute", green: "0.5", yellow: 2 },
		});
		expect(kpi.id).toBe("uptime-kpi");
		expect(kpi.name).toBe("Uptime");
		expect(kpi.cadence).toBe("daily");
		expect(kpi.thresholds).toEqual({ mode: "absolute", green: "0.5", yellow: 2 });
		expect(kpi.origin).toEqual({
			objectiveId: "registration",
			keyResultId: "uptime",
			promotedAt: "2025-09-30",
		});
	});

	it("guards an achieved decrease with a lowerIsBetter KPI", () => {
		const frt: KeyResult = {
			id: "frt",
			title: "First response time 240 → 30 min",
			kind: "metric",
			start: 240,
			target: 30,
			current: 28,
		};
		const kpi = promoteToKpi(registration([frt]), "frt");
		expect(kpi.direction).toBe("lowerIsBetter");
		expect(kpi.target).toBe(30);
	});

	it("maps atLeast to higherIsBetter and atMost to lowerIsBetter at the threshold", () => {
		const nps: KeyResult = {
			id: "nps",
			title: "NPS stays at 70 or more",
			kind: "threshold",
			direction: "atLeast",
			threshold: "70",
			current: 72,
		};
		const churn: KeyResult = {
			id: "churn",
			title: "Churn stays under 5%",
			kind: "threshold",
			direction: "atMost",
			threshold: 5,
			checkIns: [{ at: "2025-09-01", value: 4 }],
		};
		const o = registration([nps, churn]);
		expect(promoteToKpi(o, "nps")).toMatchObject({
			direction: "higherIsBetter",
			target: "70",
		});
		expect(promoteToKpi(o, "churn")).toMatchObject({
			direction: "lowerIsBetter",
			target: 5,
		});
	});

	it("guards a range with an onTarget KPI at the midpoint: green half the width, yellow the width", () => {
		const temp: KeyResult = {
			id: "temp",
			title: "Server room 20–24 °C",
			kind: "range",
			low: 20,
			high: 24,
			current: 23,
		};
		expect(promoteToKpi(registration([temp]), "temp")).toMatchObject({
			direction: "onTarget",
			target: 22,
			thresholds: { mode: "absolute", green: 2, yellow: 4 },
		});
	});

	it("writes a range's computed values as exact decimal strings when its bounds were strings", () => {
		const ratio: KeyResult = {
			id: "ratio",
			title: "Ratio 0.1–0.3",
			kind: "range",
			low: "0.1",
			high: "0.3",
			current: "0.2",
		};
		expect(promoteToKpi(registration([ratio]), "ratio")).toMatchObject({
			target: "0.2",
			thresholds: { mode: "absolute", green: "0.1", yellow: "0.2" },
		});
	});

	it("computes a range's midpoint exactly from numbers", () => {
		const ratio: KeyResult = {
			id: "ratio",
			title: "Ratio 0.1–0.2",
			kind: "range",
			low: 0.1,
			high: 0.2,
			current: 0.15,
		};
		expect(promoteToKpi(registration([ratio]), "ratio")).toMatchObject({
			target: 0.15,
			thresholds: { mode: "absolute", green: 0.05, yellow: 0.1 },
		});
	});

	it('uses the achieved current value with baseline "achieved", keeping its type', () => {
		const kr: KeyResult = { ...uptimeKr, current: "99.5" } as KeyResult;
		expect(promoteToKpi(registration([kr]), "uptime", { baseline: "achieved" }).target).toBe(
			"99.5",
		);
		expect(promoteToKpi(registration([uptimeKr]), "uptime", { baseline: "achieved" }).target).toBe(
			99.2,
		);
	});

	it('uses the achieved value of a threshold and keeps a range\'s widths with baseline "achieved"', () => {
		const churn: KeyResult = {
			id: "churn",
			title: "Churn under 5%",
			kind: "threshold",
			direction: "atMost",
			threshold: 5,
			current: "3.5",
		};
		const temp: KeyResult = {
			id: "temp",
			title: "Server room 20–24 °C",
			kind: "range",
			low: 20,
			high: 24,
			checkIns: [{ at: "2025-09-01", value: 21 }],
		};
		const o = registration([churn, temp]);
		expect(promoteToKpi(o, "churn", { baseline: "achieved" }).target).toBe("3.5");
		expect(promoteToKpi(o, "temp", { baseline: "achieved" })).toMatchObject({
			target: 21,
			thresholds: { mode: "absolute", green: 2, yellow: 4 },
		});
	});

	it("keeps a check-in's value type and writes a Date check-in as YYYY-MM-DD", () => {
		const kr: KeyResult = {
			id: "nps",
			title: "NPS 6 → 8",
			kind: "metric",
			start: "6",
			target: "8",
			checkIns: [
				{ at: new Date(Date.UTC(2025, 7, 15)), value: "7.25" },
				{ at: "2025-09-01", value: 8 },
			],
		};
		expect(promoteToKpi(registration([kr]), "nps").measurements).toEqual([
			{ at: "2025-08-15", value: "7.25" },
			{ at: "2025-09-01", value: 8 },
		]);
	});

	it("carries the key result's owner, else the objective's", () => {
		const owned: KeyResult = { ...uptimeKr, owner: "SRE" } as KeyResult;
		expect(promoteToKpi(registration([owned], "Platform"), "uptime").owner).toBe("SRE");
		expect(promoteToKpi(registration([uptimeKr], "Platform"), "uptime").owner).toBe("Platform");
		expect(promoteToKpi(registration([uptimeKr]), "uptime")).not.toHaveProperty("owner");
	});

	it("accepts over-achievement: unclamped progress above 1", () => {
		const kr: KeyResult = { ...uptimeKr, current: 99.9 } as KeyResult;
		expect(promoteToKpi(registration([kr]), "uptime").target).toBe(99);
	});

	it("judges achievement on unclamped progress whatever the policy's cap", () => {
		const kr: KeyResult = { ...uptimeKr, current: 98 } as KeyResult;
		expectCode(
			() => promoteToKpi(registration([kr]), "uptime", { policy: { progress: { floor: 1 } } }),
			"KEY_RESULT_NOT_ACHIEVED",
		);
	});

	it("promotes a threshold scored by check-ins only when every check-in held", () => {
		const kr: KeyResult = {
			id: "churn",
			title: "Churn under 5% every month",
			kind: "threshold",
			direction: "atMost",
			threshold: 5,
			scoring: "checkIns",
			checkIns: [
				{ at: "2025-07-31", value: 4 },
				{ at: "2025-08-31", value: 5 },
			],
		};
		expect(promoteToKpi(registration([kr]), "churn").measurements).toHaveLength(2);
		const missed = {
			...kr,
			checkIns: [...(kr.checkIns ?? []), { at: "2025-09-30", value: 6 }],
		} as KeyResult;
		expectCode(() => promoteToKpi(registration([missed]), "churn"), "KEY_RESULT_NOT_ACHIEVED");
	});

	it("works with an id such as __proto__", () => {
		const kr = { ...uptimeKr, id: "__proto__" } as KeyResult;
		const kpi = promoteToKpi(registration([kr]), "__proto__");
		expect(kpi.id).toBe("__proto__");
		expect(kpi.origin.keyResultId).toBe("__proto__");
	});

	it("carries unit, thresholds, cadence and owner when given, and nothing when not", () => {
		expect(
			promoteToKpi(holding({ ...achieved, unit: "%" }, { owner: "ann" }), "kr", {
				cadence: "weekly",
				thresholds: { mode: "absolute", green: 0, yellow: 1 },
			}),
		).toEqual({
			id: "kr",
			name: "Uptime to 99",
			unit: "%",
			direction: "higherIsBetter",
			target: 99,
			thresholds: { mode: "absolute", green: 0, yellow: 1 },
			cadence: "weekly",
			measurements: [],
			owner: "ann",
			origin: { objectiveId: "o", keyResultId: "kr", promotedAt: null },
		});
		expect(Object.keys(promoteToKpi(holding(achieved), "kr"))).toEqual([
			"id",
			"name",
			"direction",
			"target",
			"measurements",
			"origin",
		]);
	});

	it("writes a computed value as a string when any input was a string", () => {
		const range = { id: "kr", title: "T", kind: "range", low: 1, high: "2", current: 1.5 };
		expect(promoteToKpi(holding(range), "kr")).toMatchObject({
			direction: "onTarget",
			target: "1.5",
			thresholds: { mode: "absolute", green: "0.5", yellow: "1" },
		});
		const numbers = { ...range, high: 2 };
		expect(promoteToKpi(holding(numbers), "kr")).toMatchObject({
			target: 1.5,
			thresholds: { mode: "absolute", green: 0.5, yellow: 1 },
		});
	});

	it("reads null options as none", () => {
		const o: Objective = {
			id: "o",
			title: "Reliable",
			keyResults: [
				{ id: "kr", title: "Uptime", kind: "metric", start: 99, target: 99.9, current: 99.9 },
			],
		};
		expect(promoteToKpi(o, "kr", null as unknown as undefined)).toEqual(promoteToKpi(o, "kr"));
	});
});

describe("promoteToKpi: errors", () => {
	const milestone: KeyResult = {
		id: "launch",
		title: "Launch the status page",
		kind: "milestone",
		done: true,
	};
	const checklist: KeyResult = {
		id: "runbooks",
		title: "Write the runbooks",
		kind: "checklist",
		items: [{ title: "Database", done: true }],
	};
	const notYet: KeyResult = { ...uptimeKr, current: 98.9 } as KeyResult;

	it("throws UNKNOWN_KEY_RESULT for an id the objective does not have", () => {
		expectCode(() => promoteToKpi(registration([uptimeKr]), "latency"), "UNKNOWN_KEY_RESULT");
	});

	it("throws NOT_PROMOTABLE for a milestone or a checklist, even when done", () => {
		expectCode(() => promoteToKpi(registration([milestone]), "launch"), "NOT_PROMOTABLE");
		expectCode(() => promoteToKpi(registration([checklist]), "runbooks"), "NOT_PROMOTABLE");
	});

	it("throws KEY_RESULT_NOT_ACHIEVED below progress 1", () => {
		expectCode(() => promoteToKpi(registration([notYet]), "uptime"), "KEY_RESULT_NOT_ACHIEVED");
		const noValue: KeyResult = { ...uptimeKr, checkIns: [] } as KeyResult;
		expectCode(() => promoteToKpi(registration([noValue]), "uptime"), "KEY_RESULT_NOT_ACHIEVED");
		const outside: KeyResult = {
			id: "temp",
			title: "20–24 °C",
			kind: "range",
			low: 20,
			high: 24,
			current: 25,
		};
		expectCode(() => promoteToKpi(registration([outside]), "temp"), "KEY_RESULT_NOT_ACHIEVED");
	});

	it("checks unknown id, then kind, then achievement", () => {
		const undone: KeyResult = { ...milestone, done: false } as KeyResult;
		expectCode(() => promoteToKpi(registration([undone]), "nope"), "UNKNOWN_KEY_RESULT");
		expectCode(() => promoteToKpi(registration([undone]), "launch"), "NOT_PROMOTABLE");
	});

	it("points its domain errors at the key result", () => {
		expect(thrown(() => promoteToKpi(registration([milestone, notYet]), "uptime"))).toMatchObject({
			code: "KEY_RESULT_NOT_ACHIEVED",
			path: ["keyResults", 1],
		});
		expect(thrown(() => promoteToKpi(registration([milestone]), "x"))).toMatchObject({
			code: "UNKNOWN_KEY_RESULT",
			path: ["keyResultId"],
		});
		expect(thrown(() => promoteToKpi(registration([milestone]), "launch"))).toMatchObject({
			code: "NOT_PROMOTABLE",
			path: ["keyResults", 0],
		});
	});

	it("rejects a malformed objective, key result id or options with paths", () => {
		expectIssue(
			() =>
				promoteToKpi(
					{ id: "o", title: "O", keyResults: [{ id: "k", kind: "goal" }] } as never,
					"k",
				),
			"INVALID_ENUM",
			["keyResults", 0, "kind"],
		);
		expectIssue(() => promoteToKpi(registration([uptimeKr]), 42 as never), "INVALID_TYPE", [
			"keyResultId",
		]);
		expectIssue(
			() => promoteToKpi(registration([uptimeKr]), "uptime", { baseline: "best" as never }),
			"INVALID_ENUM",
			["options", "baseline"],
		);
		expectIssue(
			() => promoteToKpi(registration([uptimeKr]), "uptime", { cadence: "hourly" as never }),
			"INVALID_ENUM",
			["options", "cadence"],
		);
		expectIssue(
			() => promoteToKpi(registration([uptimeKr]), "uptime", { asOf: "2025-02-30" }),
			"INVALID_DATE",
			["options", "asOf"],
		);
		expectIssue(
			() => promoteToKpi(registration([uptimeKr]), "uptime", { id: "" }),
			"EMPTY_STRING",
			["options", "id"],
		);
		expectIssue(
			() =>
				promoteToKpi(registration([uptimeKr]), "uptime", {
					thresholds: { mode: "absolute", green: 3, yellow: 1 },
				}),
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "thresholds"],
		);
		expectIssue(
			() => promoteToKpi(registration([uptimeKr]), "uptime", { policy: { progress: 1 } as never }),
			"INVALID_TYPE",
			["options", "policy", "progress"],
		);
	});

	it("refuses relative thresholds on a KPI whose target would be 0", () => {
		const bugs: KeyResult = {
			id: "bugs",
			title: "Open P1 bugs 12 → 0",
			kind: "metric",
			start: 12,
			target: 0,
			current: 0,
		};
		expectIssue(
			() =>
				promoteToKpi(registration([bugs]), "bugs", {
					thresholds: { mode: "relative", green: 0, yellow: 0.1 },
				}),
			"RELATIVE_TO_ZERO_TARGET",
			["options", "thresholds", "mode"],
		);
		expect(promoteToKpi(registration([bugs]), "bugs").target).toBe(0);
	});

	it("says why it cannot promote", () => {
		expect(
			expectIssue(() => promoteToKpi(holding(achieved), 5 as unknown as string), "INVALID_TYPE", [
				"keyResultId",
			]).issues[0]?.message,
		).toBe("Expected a key result id (a string).");
		expectIssue(() => promoteToKpi(holding(achieved), "kr", 5 as never), "INVALID_TYPE", [
			"options",
		]);
		expect(
			expectCode(() => promoteToKpi(holding(achieved), "x"), "UNKNOWN_KEY_RESULT").message,
		).toBe('Objective "o" has no key result with id "x".');
		const done = { id: "kr", title: "Ship", kind: "milestone", done: true };
		expect(expectCode(() => promoteToKpi(holding(done), "kr"), "NOT_PROMOTABLE").message).toBe(
			'Key result "kr" is a milestone: it has no value a KPI could keep watching. Only metric, threshold and range key results can be promoted.',
		);
		const halfway = { ...achieved, current: 95 };
		expect(
			expectCode(() => promoteToKpi(holding(halfway), "kr"), "KEY_RESULT_NOT_ACHIEVED").message,
		).toBe(
			'Key result "kr" is not achieved yet (progress below 1): promote it once it has reached its target.',
		);
	});
});

describe("promoteToKpi: purity", () => {
	it("does not mutate its input", () => {
		const o = deepFreeze(registration([uptimeKr], "Platform"));
		const options = deepFreeze({
			asOf: "2025-09-30",
			thresholds: { mode: "absolute", green: 1, yellow: 2 },
		} as const);
		const before = JSON.stringify(o);
		const kpi = promoteToKpi(o, "uptime", options);
		expect(JSON.stringify(o)).toBe(before);
		expect(kpi.thresholds).not.toBe(options.thresholds);
		expect(kpi.measurements[0]).not.toBe(uptimeKr.checkIns?.[0]);
	});

	it("returns the same KPI for the same input", () => {
		const o = registration([uptimeKr]);
		expect(promoteToKpi(o, "uptime")).toEqual(promoteToKpi(o, "uptime"));
	});
});
