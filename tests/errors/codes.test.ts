/**
 * One test per error and issue code: the smallest call that gives it, with its exact code and path.
 * docs/errors.md names these tests as the proof of each row of its tables (tests/docs/errors.test.ts
 * checks that every code has a row and that every test named there exists).
 */
import { describe, expect, it } from "vitest";
import {
	createRollUp,
	cycle,
	definePolicy,
	expectedProgress,
	explain,
	forecast,
	grade,
	type KeyResult,
	type Kpi,
	keyResultProgress,
	kpiStatus,
	objectiveProgress,
	okrFromKpi,
	paceStatus,
	parseCycle,
	parseProgram,
	progressAt,
	promoteToKpi,
	quarter,
	rollUp,
	safeParseKeyResult,
	validateCascade,
} from "../../src/index.js";
import { progressBarSvg } from "../../src/svg.js";
import { expectCode, expectIssue, loose, metric, objective } from "../support/foundation.js";

const q3 = quarter(2025, 3);
const uptime = (extra: Record<string, unknown> = {}) =>
	({
		id: "k",
		name: "Uptime",
		direction: "higherIsBetter",
		target: 99,
		measurements: [{ at: "2025-07-01", value: 50 }],
		...extra,
	}) as Kpi;
const second = metric(0, 10, 5, { id: "kr2" });

describe("OkrError codes", () => {
	it("INVALID_INPUT: every validation error (grade of a non-numeric string)", () => {
		const error = expectIssue(() => grade("abc"), "INVALID_NUMBER", ["score"]);
		expect(error.code).toBe("INVALID_INPUT");
	});

	it("NO_KEY_RESULTS: objectiveProgress of an objective without key results", () => {
		expectCode(() => objectiveProgress(objective([])), "NO_KEY_RESULTS", ["keyResults"]);
	});

	it("ZERO_TOTAL_WEIGHT: key result weights, or checklist item weights, summing to 0", () => {
		expectCode(
			() => objectiveProgress(objective([metric(0, 10, 5, { weight: 0 })])),
			"ZERO_TOTAL_WEIGHT",
			["keyResults"],
		);
		expectCode(
			() =>
				keyResultProgress(
					loose({
						id: "c",
						title: "C",
						kind: "checklist",
						items: [{ title: "a", done: true, weight: 0 }],
					}),
				),
			"ZERO_TOTAL_WEIGHT",
			["items"],
		);
	});

	it("CHILDREN_NOT_SCORED: the issue of a parent a partial roll-up leaves with nothing to pool", () => {
		const objectives = [objective("p"), objective("draft", { parentId: "p" })];
		expect(rollUp(objectives, { partial: true }).get("p")?.issue?.code).toBe("CHILDREN_NOT_SCORED");
		expect(explain(objectives, "p", { partial: true }).issue?.code).toBe("CHILDREN_NOT_SCORED");
	});

	it("NO_CYCLE: paceStatus of an objective without a cycle and no options.cycle", () => {
		expectCode(() => paceStatus(objective([metric(0, 10, 5)]), "2025-08-15"), "NO_CYCLE", [
			"cycle",
		]);
	});

	it("NOT_ENOUGH_CHECK_INS: forecast from check-ins on fewer than two dates", () => {
		const kr = metric(0, 10, undefined, { checkIns: [{ at: "2025-07-10", value: 2 }] });
		expectCode(() => forecast(kr, q3, "2025-08-15"), "NOT_ENOUGH_CHECK_INS", ["checkIns"]);
	});

	it("NOT_A_METRIC: forecast of a key result that is not a metric", () => {
		const kr = loose({ id: "m", title: "M", kind: "milestone", done: false });
		expectCode(() => forecast(kr, q3, "2025-08-15"), "NOT_A_METRIC", ["kind"]);
	});

	it("UNKNOWN_KEY_RESULT: an update or a promotion naming no key result", () => {
		const scores = createRollUp([objective([metric(0, 10, 5)])]);
		expectCode(() => scores.update("nope", { current: 1 }), "UNKNOWN_KEY_RESULT", ["keyResultId"]);
		expectCode(() => promoteToKpi(objective([metric(0, 10, 10)]), "nope"), "UNKNOWN_KEY_RESULT", [
			"keyResultId",
		]);
	});

	it("UNKNOWN_OBJECTIVE: explain of an id no objective has", () => {
		expectCode(() => explain([objective([metric(0, 10, 5)])], "nope"), "UNKNOWN_OBJECTIVE", ["id"]);
	});

	it("NO_MEASUREMENT: okrFromKpi of a KPI never measured", () => {
		expectCode(() => okrFromKpi(uptime({ measurements: [] }), { title: "Up" }), "NO_MEASUREMENT", [
			"measurements",
		]);
	});

	it("KPI_ON_TARGET: okrFromKpi of a KPI that already meets its target", () => {
		const met = uptime({ measurements: [{ at: "2025-07-01", value: 99.5 }] });
		expectCode(() => okrFromKpi(met, { title: "Up" }), "KPI_ON_TARGET", ["target"]);
	});

	it("START_EQUALS_TARGET: okrFromKpi with options.target equal to the latest value", () => {
		expectCode(() => okrFromKpi(uptime(), { title: "Up", target: "50.0" }), "START_EQUALS_TARGET", [
			"options",
			"target",
		]);
	});

	it("NOT_PROMOTABLE: promoteToKpi of a milestone or checklist key result", () => {
		const done = loose({ id: "kr", title: "Ship", kind: "milestone", done: true });
		expectCode(() => promoteToKpi(objective([done]), "kr"), "NOT_PROMOTABLE", ["keyResults", 0]);
	});

	it("KEY_RESULT_NOT_ACHIEVED: promoteToKpi of a key result below progress 1", () => {
		expectCode(() => promoteToKpi(objective([metric(0, 10, 5)]), "kr"), "KEY_RESULT_NOT_ACHIEVED", [
			"keyResults",
			0,
		]);
	});

	it("OUT_OF_RANGE: a result beyond the range of a JavaScript number", () => {
		expectCode(
			() =>
				keyResultProgress(metric(0, "1e-300", "1e300"), { policy: { progress: { cap: null } } }),
			"OUT_OF_RANGE",
			[],
		);
	});
});

describe("issue codes (inside OkrValidationError)", () => {
	it("INVALID_TYPE: a value of the wrong type (a key result that is null)", () => {
		expectIssue(() => keyResultProgress(null as unknown as KeyResult), "INVALID_TYPE", []);
	});

	it("REQUIRED: a required field missing (a metric without start)", () => {
		expectIssue(
			() => keyResultProgress(loose({ id: "kr", title: "T", kind: "metric", target: 5 })),
			"REQUIRED",
			["start"],
		);
	});

	it("INVALID_NUMBER: a number that is not finite or not a plain decimal string", () => {
		expectIssue(() => keyResultProgress(metric(0, 10, "12abc")), "INVALID_NUMBER", ["current"]);
		expectIssue(() => keyResultProgress(metric(0, 10, Number.NaN)), "INVALID_NUMBER", ["current"]);
	});

	it("INVALID_DATE: a date that is not a real YYYY-MM-DD day or a valid Date", () => {
		expectIssue(() => progressAt(metric(0, 10), "2025-02-29"), "INVALID_DATE", ["date"]);
		expectIssue(() => progressAt(metric(0, 10), new Date(Number.NaN)), "INVALID_DATE", ["date"]);
	});

	it("INVALID_TIME_ZONE: options.timeZone that names no time zone", () => {
		expectIssue(
			() => progressAt(metric(0, 10), "2025-08-15", { timeZone: "Mars/Olympus" }),
			"INVALID_TIME_ZONE",
			["options", "timeZone"],
		);
	});

	it("INVALID_ENUM: an unknown kind, type, direction or other enumerated value", () => {
		expectIssue(
			() => keyResultProgress(loose({ id: "kr", title: "T", kind: "percent" })),
			"INVALID_ENUM",
			["kind"],
		);
	});

	it("DIRECTION_MISMATCH: a metric that says increase with its target below its start", () => {
		expectIssue(
			() => keyResultProgress(metric(100, 0, 50, { direction: "increase" })),
			"DIRECTION_MISMATCH",
			["direction"],
		);
	});

	it("TOO_LONG: an id over 1,000 characters", () => {
		expectIssue(() => keyResultProgress(metric(0, 10, 5, { id: "k".repeat(1001) })), "TOO_LONG", [
			"id",
		]);
	});

	it("EMPTY_STRING: an empty id", () => {
		expectIssue(() => keyResultProgress(metric(0, 10, 5, { id: "" })), "EMPTY_STRING", ["id"]);
	});

	it("NEGATIVE: a negative weight", () => {
		expectIssue(() => keyResultProgress(metric(0, 10, 5, { weight: -1 })), "NEGATIVE", ["weight"]);
	});

	it("OUT_OF_RANGE: a number outside its allowed range (quarter 5)", () => {
		expectIssue(() => quarter(2025, 5), "OUT_OF_RANGE", ["q"]);
	});

	it("START_EQUALS_TARGET: a metric whose target equals its start", () => {
		expectIssue(() => keyResultProgress(metric(5, "5.0", 5)), "START_EQUALS_TARGET", ["target"]);
		const parsed = safeParseKeyResult(metric(5, 5));
		expect(parsed.success ? null : parsed.error.issues[0]?.code).toBe("START_EQUALS_TARGET");
	});

	it("LOW_ABOVE_HIGH: a range whose low is above its high", () => {
		expectIssue(
			() => keyResultProgress(loose({ id: "r", title: "R", kind: "range", low: 10, high: 5 })),
			"LOW_ABOVE_HIGH",
			["high"],
		);
	});

	it("END_BEFORE_START: a cycle that ends before it starts", () => {
		expectIssue(() => cycle("2025-09-30", "2025-07-01"), "END_BEFORE_START", ["end"]);
	});

	it("EMPTY_CHECKLIST: a checklist without items", () => {
		expectIssue(
			() => keyResultProgress(loose({ id: "c", title: "C", kind: "checklist", items: [] })),
			"EMPTY_CHECKLIST",
			["items"],
		);
	});

	it("RELATIVE_TO_ZERO_TARGET: relative thresholds on a KPI whose target is 0", () => {
		const kpi = uptime({ target: 0, thresholds: { mode: "relative", green: 0, yellow: 0.1 } });
		expectIssue(() => kpiStatus(kpi), "RELATIVE_TO_ZERO_TARGET", ["thresholds", "mode"]);
	});

	it("THRESHOLDS_OUT_OF_ORDER: a green limit above the yellow limit", () => {
		const kpi = uptime({ thresholds: { mode: "absolute", green: 5, yellow: 1 } });
		expectIssue(() => kpiStatus(kpi), "THRESHOLDS_OUT_OF_ORDER", ["thresholds"]);
	});

	it("BANDS_OUT_OF_ORDER: grade bands not 0 <= yellow <= green <= 1", () => {
		expectIssue(
			() => grade(0.5, { policy: { grading: { bands: { yellow: 0.8, green: 0.5 } } } }),
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "bands"],
		);
	});

	it("FLOOR_ABOVE_CAP: a progress floor above the cap", () => {
		expectIssue(
			() => keyResultProgress(metric(0, 10, 5), { policy: { progress: { floor: 2, cap: 1 } } }),
			"FLOOR_ABOVE_CAP",
			["options", "policy", "progress", "floor"],
		);
	});

	it("INVALID_PHASES: pace phases whose at values do not increase", () => {
		const phases = [
			{ at: 0.6, expected: 0.5 },
			{ at: 0.4, expected: 0.2 },
		];
		expectIssue(
			() => expectedProgress(q3, "2025-08-15", { policy: { pace: { phases } } }),
			"INVALID_PHASES",
			["options", "policy", "pace", "phases", 1],
		);
	});

	it("INVALID_CYCLE_LABEL: a cycle label parseCycle does not know", () => {
		expectIssue(() => parseCycle("2025-Q5"), "INVALID_CYCLE_LABEL", []);
	});

	it("UNKNOWN_KEY: a policy field that does not exist", () => {
		expectIssue(
			() => definePolicy({ progres: { cap: 1 } } as Parameters<typeof definePolicy>[0]),
			"UNKNOWN_KEY",
			["progres"],
		);
	});

	it("UNKNOWN_KPI: a kpiIds entry naming no KPI of the program", () => {
		expectIssue(
			() => parseProgram({ objectives: [objective([], { kpiIds: ["nps"] })], kpis: [] }),
			"UNKNOWN_KPI",
			["objectives", 0, "kpiIds", 0],
		);
	});

	it("DUPLICATE_ID: two objectives (or key results) with one id", () => {
		expectIssue(
			() => rollUp([objective([metric(0, 10, 5)]), objective([second])]),
			"DUPLICATE_ID",
			[1, "id"],
		);
	});

	it("UNKNOWN_PARENT: a parentId that names no objective given", () => {
		expectIssue(
			() => rollUp([objective([metric(0, 10, 5)], { parentId: "ghost" })]),
			"UNKNOWN_PARENT",
			[0, "parentId"],
		);
	});

	it("ALIGNMENT_CYCLE: parent links that loop", () => {
		const loop = [
			objective([metric(0, 10, 5)], { id: "a", parentId: "b" }),
			objective([second], { id: "b", parentId: "a" }),
		];
		expectIssue(() => rollUp(loop), "ALIGNMENT_CYCLE", [0, "parentId"]);
		expect(validateCascade(loop).map((issue) => issue.ids)).toEqual([["a", "b"]]);
	});

	it("NEGATIVE_CONTRIBUTION: a child with a negative contribution", () => {
		const cascade = [
			objective([metric(0, 10, 5)], { id: "a" }),
			objective([second], { id: "b", parentId: "a", contribution: -1 }),
		];
		expectIssue(() => rollUp(cascade), "NEGATIVE_CONTRIBUTION", [1, "contribution"]);
	});

	it("IMMUTABLE_ID: an incremental update that would change a key result's id", () => {
		const scores = createRollUp([objective([metric(0, 10, 5)])]);
		expectIssue(() => scores.update("kr", { id: "other" }), "IMMUTABLE_ID", ["patch", "id"]);
	});

	it("INVALID_COLOR: a picture colour that is not a safe CSS colour", () => {
		expectIssue(
			() => progressBarSvg({ score: 0.5 }, { colors: { red: "red;x:y" } }),
			"INVALID_COLOR",
			["options", "colors", "red"],
		);
	});

	it("INVALID_ID: a picture id prefix that is not a plain XML name", () => {
		expectIssue(() => progressBarSvg({ score: 0.5 }, { idPrefix: "1st" }), "INVALID_ID", [
			"options",
			"idPrefix",
		]);
	});
});
