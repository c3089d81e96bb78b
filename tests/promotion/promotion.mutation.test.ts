/**
 * Exact expectations on the OKR ⇄ KPI cycle that mutation testing (issue 8) showed were missing:
 * how a KPI's name reads inside a key result title, the words of every refusal, and which fields
 * a promoted KPI carries (only those that have a value).
 */
import { describe, expect, it } from "vitest";
import { type Kpi, type Objective, okrFromKpi, promoteToKpi, quarter } from "../../src/index.js";
import { expectCode, expectIssue, loose } from "../support/foundation.js";

const kpi = (name: string, extra: Record<string, unknown> = {}) =>
	({
		id: "k",
		name,
		direction: "higherIsBetter",
		target: 99,
		measurements: [{ at: "2025-07-01", value: 50 }],
		...extra,
	}) as Kpi;
const objective = (kr: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	({ id: "o", title: "O", keyResults: [loose(kr)], ...extra }) as Objective;

describe("okrFromKpi", () => {
	it("lowers the first letter of a capitalised name only", () => {
		const title = (name: string) => okrFromKpi(kpi(name), { title: "T" }).keyResults[0].title;
		expect(title("Uptime")).toBe("Increase uptime from 50 to 99");
		expect(title("Éclair")).toBe("Increase éclair from 50 to 99");
		expect(title("NPS")).toBe("Increase NPS from 50 to 99");
		expect(title("eNPS")).toBe("Increase eNPS from 50 to 99");
		expect(title("API latency")).toBe("Increase API latency from 50 to 99");
		expect(title("A")).toBe("Increase A from 50 to 99");
		expect(title("1st")).toBe("Increase 1st from 50 to 99");
	});

	it("writes numbers in plain decimals, and keeps the cycle's label when it has one", () => {
		const big = kpi("Up", { target: 1e21, measurements: [{ at: "2025-07-01", value: 5 }] });
		expect(okrFromKpi(big, { title: "T" }).keyResults[0].title).toBe(
			"Increase up from 5 to 1000000000000000000000",
		);
		expect(okrFromKpi(kpi("Up"), { title: "T", cycle: quarter(2025, 3) }).cycle).toEqual({
			start: "2025-07-01",
			end: "2025-09-30",
			label: "2025-Q3",
		});
		const unlabelled = { start: "2025-07-01", end: "2025-09-30" };
		expect(okrFromKpi(kpi("Up"), { title: "T", cycle: unlabelled }).cycle).toEqual(unlabelled);
	});

	it("says why it cannot draft", () => {
		const late = kpi("Up", { measurements: [{ at: "2025-07-02", value: 1 }] });
		expect(
			expectCode(() => okrFromKpi(late, { title: "T", asOf: "2025-07-01" }), "NO_MEASUREMENT", [
				"measurements",
			]).message,
		).toBe(
			'KPI "k" has no measurement on or before 2025-07-01: measure it before setting an OKR to move it.',
		);
		expect(
			expectCode(
				() => okrFromKpi(kpi("Up", { measurements: [] }), { title: "T" }),
				"NO_MEASUREMENT",
			).message,
		).toBe('KPI "k" has no measurement: measure it before setting an OKR to move it.');
		const met = kpi("Up", { measurements: [{ at: "2025-07-01", value: 99 }] });
		expect(
			expectCode(() => okrFromKpi(met, { title: "T" }), "KPI_ON_TARGET", ["target"]).message,
		).toBe('KPI "k" already meets its target: pass options.target to raise the bar.');
		expect(
			expectCode(() => okrFromKpi(kpi("Up"), { title: "T", target: 50 }), "START_EQUALS_TARGET", [
				"options",
				"target",
			]).message,
		).toBe(
			"options.target equals the KPI's latest value: a key result must move from its start. To keep a value at a level, watch the KPI instead.",
		);
	});
});

describe("promoteToKpi", () => {
	const achieved = {
		id: "kr",
		title: "Uptime to 99",
		kind: "metric",
		start: 90,
		target: 99,
		current: 99.5,
	};

	it("carries unit, thresholds, cadence and owner when given, and nothing when not", () => {
		expect(
			promoteToKpi(objective({ ...achieved, unit: "%" }, { owner: "ann" }), "kr", {
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
		expect(Object.keys(promoteToKpi(objective(achieved), "kr"))).toEqual([
			"id",
			"name",
			"direction",
			"target",
			"measurements",
			"origin",
		]);
	});

	it("says why it cannot promote", () => {
		expect(
			expectIssue(() => promoteToKpi(objective(achieved), 5 as unknown as string), "INVALID_TYPE", [
				"keyResultId",
			]).issues[0]?.message,
		).toBe("Expected a key result id (a string).");
		expectIssue(() => promoteToKpi(objective(achieved), "kr", 5 as never), "INVALID_TYPE", [
			"options",
		]);
		expect(
			expectCode(() => promoteToKpi(objective(achieved), "x"), "UNKNOWN_KEY_RESULT").message,
		).toBe('Objective "o" has no key result with id "x".');
		const done = { id: "kr", title: "Ship", kind: "milestone", done: true };
		expect(expectCode(() => promoteToKpi(objective(done), "kr"), "NOT_PROMOTABLE").message).toBe(
			'Key result "kr" is a milestone: it has no value a KPI could keep watching. Only metric, threshold and range key results can be promoted.',
		);
		const halfway = { ...achieved, current: 95 };
		expect(
			expectCode(() => promoteToKpi(objective(halfway), "kr"), "KEY_RESULT_NOT_ACHIEVED").message,
		).toBe(
			'Key result "kr" is not achieved yet (progress below 1): promote it once it has reached its target.',
		);
	});

	it("writes a computed value as a string when any input was a string", () => {
		const range = { id: "kr", title: "T", kind: "range", low: 1, high: "2", current: 1.5 };
		expect(promoteToKpi(objective(range), "kr")).toMatchObject({
			direction: "onTarget",
			target: "1.5",
			thresholds: { mode: "absolute", green: "0.5", yellow: "1" },
		});
		const numbers = { ...range, high: 2 };
		expect(promoteToKpi(objective(numbers), "kr")).toMatchObject({
			target: 1.5,
			thresholds: { mode: "absolute", green: 0.5, yellow: 1 },
		});
	});
});

describe("promotion at its edges", () => {
	const uptime: Kpi = {
		id: "uptime",
		name: "Uptime",
		direction: "higherIsBetter",
		target: 99.9,
		measurements: [{ at: "2025-06-30", value: 99.5 }],
	};

	it("okrFromKpi asks for its options, naming what they hold", () => {
		const error = expectIssue(
			() => okrFromKpi(uptime, undefined as unknown as { title: string }),
			"INVALID_TYPE",
			["options"],
		);
		expect(error.issues[0]?.message).toBe(
			"Expected options { title, … } (an object), received nothing.",
		);
	});

	it("a drafted cycle without a label has no label field", () => {
		const draft = okrFromKpi(uptime, {
			title: "Stay up",
			cycle: { start: "2025-07-01", end: "2025-09-30" },
		});
		expect(Object.keys(draft.cycle ?? {})).toEqual(["start", "end"]);
	});

	it("words the verb from the target, given or the KPI's own", () => {
		expect(okrFromKpi(uptime, { title: "Up" }).keyResults[0]?.title).toBe(
			"Increase uptime from 99.5 to 99.9",
		);
		expect(okrFromKpi(uptime, { title: "Down", target: 99 }).keyResults[0]?.title).toBe(
			"Decrease uptime from 99.5 to 99",
		);
	});

	it("promoteToKpi reads null options as none", () => {
		const objective: Objective = {
			id: "o",
			title: "Reliable",
			keyResults: [
				{ id: "kr", title: "Uptime", kind: "metric", start: 99, target: 99.9, current: 99.9 },
			],
		};
		expect(promoteToKpi(objective, "kr", null as unknown as undefined)).toEqual(
			promoteToKpi(objective, "kr"),
		);
	});
});
