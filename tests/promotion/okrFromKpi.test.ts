import { describe, expect, it } from "vitest";
import { type Kpi, okrFromKpi, quarter } from "../../src/index.js";
import { deepFreeze, expectCode, expectIssue, thrown } from "../support/foundation.js";

// Seed guides: a KPI requires 99% uptime of the patient registration platform; it stands at 50%.
const uptime: Kpi = {
	id: "uptime",
	name: "Uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	cadence: "weekly",
	owner: "Platform",
	measurements: [
		{ at: "2025-06-23", value: 97 },
		{ at: "2025-06-30", value: 50 },
	],
};
const title = "Create an excellent patient registration platform";

/** A KPI of this name, at 50 of 99. */
const named = (name: string, extra: Record<string, unknown> = {}) =>
	({
		id: "k",
		name,
		direction: "higherIsBetter",
		target: 99,
		measurements: [{ at: "2025-07-01", value: 50 }],
		...extra,
	}) as Kpi;

/** Uptime at 99.5 of 99.9. */
const uptimeAt995: Kpi = {
	id: "uptime",
	name: "Uptime",
	direction: "higherIsBetter",
	target: 99.9,
	measurements: [{ at: "2025-06-30", value: 99.5 }],
};

describe("okrFromKpi: the draft objective", () => {
	it("drafts one metric key result from the latest value to the KPI's target", () => {
		expect(okrFromKpi(uptime, { title })).toEqual({
			id: "uptime-okr",
			title,
			type: "aspirational",
			owner: "Platform",
			keyResults: [
				{
					id: "uptime-kr",
					title: "Increase uptime from 50 to 99",
					kind: "metric",
					start: 50,
					target: 99,
					unit: "%",
					owner: "Platform",
				},
			],
			kpiIds: ["uptime"],
		});
	});

	it("starts from the latest measurement on or before asOf", () => {
		const draft = okrFromKpi(uptime, { title, asOf: "2025-06-29" });
		expect(draft.keyResults[0].start).toBe(97);
	});

	it("takes the latest measurement by date, not by array position", () => {
		const shuffled: Kpi = {
			...uptime,
			measurements: [
				{ at: "2025-06-30", value: 50 },
				{ at: "2025-06-23", value: 97 },
			],
		};
		expect(okrFromKpi(shuffled, { title }).keyResults[0].start).toBe(50);
	});

	it("uses options for id, type, cycle and target", () => {
		const draft = okrFromKpi(uptime, {
			title,
			id: "reg-q3",
			type: "committed",
			cycle: { start: new Date(Date.UTC(2025, 6, 1)), end: "2025-09-30", label: "2025-Q3" },
			target: "99.9",
		});
		expect(draft.id).toBe("reg-q3");
		expect(draft.type).toBe("committed");
		expect(draft.cycle).toEqual({ start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" });
		expect(draft.keyResults[0]).toMatchObject({
			id: "uptime-kr",
			target: "99.9",
			title: "Increase uptime from 50 to 99.9",
		});
	});

	it("keeps the type values came in with", () => {
		const kpi: Kpi = {
			id: "nps",
			name: "NPS",
			direction: "higherIsBetter",
			target: "70",
			measurements: [{ at: "2025-06-30", value: "41.50" }],
		};
		const kr = okrFromKpi(kpi, { title: "Customers love us" }).keyResults[0];
		expect(kr.start).toBe("41.50");
		expect(kr.target).toBe("70");
		expect(kr.title).toBe("Increase NPS from 41.50 to 70");
	});

	it("says decrease for a lowerIsBetter KPI", () => {
		const frt: Kpi = {
			id: "frt",
			name: "First response time",
			unit: "min",
			direction: "lowerIsBetter",
			target: 30,
			measurements: [{ at: "2025-06-30", value: 240 }],
		};
		const kr = okrFromKpi(frt, { title: "Answer customers fast" }).keyResults[0];
		expect(kr).toMatchObject({ start: 240, target: 30 });
		expect(kr.title).toBe("Decrease first response time from 240 to 30");
	});

	it("picks the word by the direction of the move for an onTarget KPI", () => {
		const temp = (value: number): Kpi => ({
			id: "temp",
			name: "Server room temperature",
			direction: "onTarget",
			target: 22,
			measurements: [{ at: "2025-06-30", value }],
		});
		expect(okrFromKpi(temp(27), { title: "Cool" }).keyResults[0].title).toBe(
			"Decrease server room temperature from 27 to 22",
		);
		expect(okrFromKpi(temp(18), { title: "Warm" }).keyResults[0].title).toBe(
			"Increase server room temperature from 18 to 22",
		);
	});

	it("writes numbers in plain decimal notation in the title", () => {
		const kpi: Kpi = {
			id: "revenue",
			name: "Enterprise revenue",
			direction: "higherIsBetter",
			target: 1e21,
			measurements: [{ at: "2025-06-30", value: 5e-7 }],
		};
		expect(okrFromKpi(kpi, { title: "Grow" }).keyResults[0].title).toBe(
			"Increase enterprise revenue from 0.0000005 to 1000000000000000000000",
		);
	});

	it("raises the bar of a KPI on target with options.target", () => {
		const met: Kpi = { ...uptime, measurements: [{ at: "2025-06-30", value: 99.2 }] };
		expect(okrFromKpi(met, { title, target: 99.9 }).keyResults[0]).toMatchObject({
			start: 99.2,
			target: 99.9,
		});
	});

	it("leaves out unit, owner and cycle when there are none", () => {
		const bare: Kpi = {
			id: "k",
			name: "signups",
			direction: "higherIsBetter",
			target: 10,
			measurements: [{ at: "2025-06-30", value: 5 }],
		};
		const draft = okrFromKpi(bare, { title: "Grow" });
		expect(Object.keys(draft).sort()).toEqual(["id", "keyResults", "kpiIds", "title", "type"]);
		expect(Object.keys(draft.keyResults[0]).sort()).toEqual([
			"id",
			"kind",
			"start",
			"target",
			"title",
		]);
	});

	it("lowers the first letter of a capitalised name only in the key result's title", () => {
		const title = (name: string) => okrFromKpi(named(name), { title: "T" }).keyResults[0].title;
		expect(title("Uptime")).toBe("Increase uptime from 50 to 99");
		expect(title("Éclair")).toBe("Increase éclair from 50 to 99");
		expect(title("NPS")).toBe("Increase NPS from 50 to 99");
		expect(title("eNPS")).toBe("Increase eNPS from 50 to 99");
		expect(title("API latency")).toBe("Increase API latency from 50 to 99");
		expect(title("A")).toBe("Increase A from 50 to 99");
		expect(title("1st")).toBe("Increase 1st from 50 to 99");
	});

	it("writes numbers in plain decimals, and keeps the cycle's label when it has one", () => {
		const big = named("Up", { target: 1e21, measurements: [{ at: "2025-07-01", value: 5 }] });
		expect(okrFromKpi(big, { title: "T" }).keyResults[0].title).toBe(
			"Increase up from 5 to 1000000000000000000000",
		);
		expect(okrFromKpi(named("Up"), { title: "T", cycle: quarter(2025, 3) }).cycle).toEqual({
			start: "2025-07-01",
			end: "2025-09-30",
			label: "2025-Q3",
		});
		const unlabelled = { start: "2025-07-01", end: "2025-09-30" };
		expect(okrFromKpi(named("Up"), { title: "T", cycle: unlabelled }).cycle).toEqual(unlabelled);
	});

	it("gives a cycle without a label no label field", () => {
		const draft = okrFromKpi(uptimeAt995, {
			title: "Stay up",
			cycle: { start: "2025-07-01", end: "2025-09-30" },
		});
		expect(Object.keys(draft.cycle ?? {})).toEqual(["start", "end"]);
	});

	it("words the verb from the target, given or the KPI's own", () => {
		expect(okrFromKpi(uptimeAt995, { title: "Up" }).keyResults[0]?.title).toBe(
			"Increase uptime from 99.5 to 99.9",
		);
		expect(okrFromKpi(uptimeAt995, { title: "Down", target: 99 }).keyResults[0]?.title).toBe(
			"Decrease uptime from 99.5 to 99",
		);
	});
});

describe("okrFromKpi: errors", () => {
	it("throws NO_MEASUREMENT for a KPI never measured, or not by asOf", () => {
		expectCode(() => okrFromKpi({ ...uptime, measurements: [] }, { title }), "NO_MEASUREMENT");
		const { measurements: _, ...unmeasured } = uptime;
		expectCode(() => okrFromKpi(unmeasured, { title }), "NO_MEASUREMENT");
		expectCode(() => okrFromKpi(uptime, { title, asOf: "2025-06-01" }), "NO_MEASUREMENT");
	});

	it("throws KPI_ON_TARGET when the latest value meets the target (shortfall <= 0)", () => {
		const at = (value: number, direction: Kpi["direction"] = "higherIsBetter"): Kpi => ({
			...uptime,
			direction,
			measurements: [{ at: "2025-06-30", value }],
		});
		expectCode(() => okrFromKpi(at(99), { title }), "KPI_ON_TARGET");
		expectCode(() => okrFromKpi(at(99.5), { title }), "KPI_ON_TARGET");
		expectCode(() => okrFromKpi(at(98, "lowerIsBetter"), { title }), "KPI_ON_TARGET");
		expectCode(() => okrFromKpi(at(99, "onTarget"), { title }), "KPI_ON_TARGET");
		expect(okrFromKpi(at(98.9), { title }).keyResults[0].start).toBe(98.9);
	});

	it("throws START_EQUALS_TARGET when options.target equals the latest value", () => {
		expectCode(() => okrFromKpi(uptime, { title, target: "50.0" }), "START_EQUALS_TARGET");
		expect(thrown(() => okrFromKpi(uptime, { title, target: 50 }))).toMatchObject({
			code: "START_EQUALS_TARGET",
			path: ["options", "target"],
		});
	});

	it("rejects a malformed KPI or options with paths", () => {
		expectIssue(() => okrFromKpi(uptime, {} as never), "REQUIRED", ["options", "title"]);
		expectIssue(() => okrFromKpi(uptime, undefined as never), "INVALID_TYPE", ["options"]);
		expectIssue(() => okrFromKpi(uptime, { title, target: "ninety" }), "INVALID_NUMBER", [
			"options",
			"target",
		]);
		expectIssue(() => okrFromKpi(uptime, { title, type: "stretch" as never }), "INVALID_ENUM", [
			"options",
			"type",
		]);
		expectIssue(
			() => okrFromKpi(uptime, { title, cycle: { start: "2025-09-30", end: "2025-07-01" } }),
			"END_BEFORE_START",
			["options", "cycle", "end"],
		);
		expectIssue(() => okrFromKpi(uptime, { title, asOf: "yesterday" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(() => okrFromKpi(uptime, { title, id: "" }), "EMPTY_STRING", ["options", "id"]);
		// The title becomes the objective's: it needs a character other than white space, as there.
		expectIssue(() => okrFromKpi(uptime, { title: " " }), "EMPTY_STRING", ["options", "title"]);
		expectIssue(
			() => okrFromKpi({ ...uptime, direction: "up" } as never, { title }),
			"INVALID_ENUM",
			["direction"],
		);
	});

	it("says why it cannot draft", () => {
		const late = named("Up", { measurements: [{ at: "2025-07-02", value: 1 }] });
		expect(
			expectCode(() => okrFromKpi(late, { title: "T", asOf: "2025-07-01" }), "NO_MEASUREMENT", [
				"measurements",
			]).message,
		).toBe(
			'KPI "k" has no measurement on or before 2025-07-01: measure it before setting an OKR to move it.',
		);
		expect(
			expectCode(
				() => okrFromKpi(named("Up", { measurements: [] }), { title: "T" }),
				"NO_MEASUREMENT",
			).message,
		).toBe('KPI "k" has no measurement: measure it before setting an OKR to move it.');
		const met = named("Up", { measurements: [{ at: "2025-07-01", value: 99 }] });
		expect(
			expectCode(() => okrFromKpi(met, { title: "T" }), "KPI_ON_TARGET", ["target"]).message,
		).toBe('KPI "k" already meets its target: pass options.target to raise the bar.');
		expect(
			expectCode(() => okrFromKpi(named("Up"), { title: "T", target: 50 }), "START_EQUALS_TARGET", [
				"options",
				"target",
			]).message,
		).toBe(
			"options.target equals the KPI's latest value: a key result must move from its start. To keep a value at a level, watch the KPI instead.",
		);
	});

	it("asks for its options, naming what they hold", () => {
		const error = expectIssue(
			() => okrFromKpi(uptimeAt995, undefined as unknown as { title: string }),
			"INVALID_TYPE",
			["options"],
		);
		expect(error.issues[0]?.message).toBe(
			"Expected options { title, … } (an object), received nothing.",
		);
	});
});

describe("okrFromKpi: purity", () => {
	it("does not mutate its input", () => {
		const kpi = deepFreeze({ ...uptime });
		const options = deepFreeze({ title, cycle: { start: "2025-07-01", end: "2025-09-30" } });
		const before = JSON.stringify([kpi, options]);
		const draft = okrFromKpi(kpi, options);
		expect(JSON.stringify([kpi, options])).toBe(before);
		expect(draft.cycle).not.toBe(options.cycle);
	});
});
