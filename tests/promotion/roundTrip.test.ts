import { describe, expect, it } from "vitest";
import {
	type KeyResult,
	type Kpi,
	keyResultProgress,
	kpiStatus,
	type Objective,
	okrFromKpi,
	parseKpi,
	parseObjective,
	promoteToKpi,
	safeParseKpi,
	safeParseObjective,
} from "../../src/index.js";

// The seed guides' story: a KPI requires 99% uptime of the patient registration platform; it
// shows 50%. The team sets the objective "Create an excellent patient registration platform" with
// the key result "Increase uptime from 50% to 99%". Once achieved, 99% becomes the new baseline KPI.
const uptime: Kpi = {
	id: "uptime",
	name: "Uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	cadence: "weekly",
	owner: "Platform",
	measurements: [
		{ at: "2025-06-16", value: 71 },
		{ at: "2025-06-30", value: 50 },
	],
};
const title = "Create an excellent patient registration platform";
const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };

/** The draft, worked on through the quarter: weekly check-ins up to the achieved value. */
function achieve(draft: Objective, values: readonly (number | string)[]): Objective {
	const [kr] = draft.keyResults ?? [];
	const checkIns = values.map((value, i) => ({
		at: `2025-07-${String(7 + 7 * i).padStart(2, "0")}`,
		value,
	}));
	return { ...draft, keyResults: [{ ...(kr as KeyResult), checkIns } as KeyResult] };
}

describe("the OKR ⇄ KPI cycle, end to end", () => {
	it("starts red, drafts an OKR, achieves it and promotes a KPI that is green at the achieved value", () => {
		expect(kpiStatus(uptime).status).toBe("red");

		const draft = okrFromKpi(uptime, { title, cycle: q3 });
		expect(draft.keyResults[0]).toMatchObject({
			title: "Increase uptime from 50 to 99",
			start: 50,
			target: 99,
		});
		expect(keyResultProgress(draft.keyResults[0])).toBe(0);

		const done = achieve(draft, [62, 80, 93, 99.2]);
		expect(keyResultProgress(done.keyResults?.[0] as KeyResult)).toBe(1);

		const guard = promoteToKpi(done, "uptime-kr", {
			name: "Uptime",
			cadence: "weekly",
			asOf: "2025-07-28",
		});
		expect(guard).toMatchObject({
			direction: "higherIsBetter",
			target: 99,
			unit: "%",
			owner: "Platform",
			origin: { objectiveId: "uptime-okr", keyResultId: "uptime-kr", promotedAt: "2025-07-28" },
		});
		expect(kpiStatus(guard)).toEqual({
			status: "green",
			value: 99.2,
			at: "2025-07-28",
			shortfall: -0.2,
			stale: false,
		});
		expect(kpiStatus(guard, { asOf: "2025-07-30" }).status).toBe("green");
		expect(kpiStatus(guard, { value: 97 }).status).toBe("yellow");
	});

	it("is green at the achieved value for every direction and both baselines", () => {
		const cases: { kpi: Kpi; achieved: number | string }[] = [
			{ kpi: uptime, achieved: 99 },
			{
				kpi: {
					id: "frt",
					name: "First response time",
					unit: "min",
					direction: "lowerIsBetter",
					target: "30",
					measurements: [{ at: "2025-06-30", value: "240" }],
				},
				achieved: "28.5",
			},
			{
				kpi: {
					id: "temp",
					name: "Server room temperature",
					direction: "onTarget",
					target: 22,
					measurements: [{ at: "2025-06-30", value: 27 }],
				},
				achieved: 22,
			},
		];
		for (const { kpi, achieved } of cases) {
			const done = achieve(okrFromKpi(kpi, { title: "Fix it" }), [achieved]);
			for (const baseline of ["target", "achieved"] as const) {
				const guard = promoteToKpi(done, `${kpi.id}-kr`, { baseline });
				expect(kpiStatus(guard).status).toBe("green");
				expect(kpiStatus(guard, { value: achieved }).status).toBe("green");
				expect(parseKpi(guard).id).toBe(`${kpi.id}-kr`);
			}
		}
	});

	it("cannot promote the draft before it is achieved", () => {
		const halfway = achieve(okrFromKpi(uptime, { title }), [75]);
		expect(() => promoteToKpi(halfway, "uptime-kr")).toThrowError(
			expect.objectContaining({ code: "KEY_RESULT_NOT_ACHIEVED" }),
		);
	});
});

describe("drafts and promoted KPIs are valid model objects", () => {
	it("parses a drafted objective, with and without options", () => {
		const plain = okrFromKpi(uptime, { title });
		expect(safeParseObjective(plain).success).toBe(true);
		const full = okrFromKpi(uptime, {
			title,
			id: "reg",
			type: "committed",
			cycle: { start: new Date(Date.UTC(2025, 6, 1)), end: "2025-09-30" },
			target: "99.9",
		});
		expect(parseObjective(full)).toMatchObject({ id: "reg", kpiIds: ["uptime"] });
	});

	it("parses promoted KPIs of every promotable kind", () => {
		const objective: Objective = {
			id: "ops",
			title: "Run a calm platform",
			owner: "SRE",
			keyResults: [
				{
					id: "up",
					title: "Uptime",
					kind: "metric",
					start: 50,
					target: 99,
					checkIns: [{ at: new Date(Date.UTC(2025, 8, 1)), value: 99, confidence: 0.9 }],
				},
				{
					id: "churn",
					title: "Churn",
					kind: "threshold",
					direction: "atMost",
					threshold: 5,
					current: 4,
				},
				{ id: "temp", title: "Temp", kind: "range", low: "20", high: "24", current: 22 },
			],
		};
		for (const id of ["up", "churn", "temp"]) {
			const kpi = promoteToKpi(objective, id, { asOf: "2025-09-30", cadence: "daily" });
			expect(safeParseKpi(kpi).success).toBe(true);
		}
	});
});
