import { describe, expect, it } from "vitest";
import {
	alignmentReport,
	checkInCompliance,
	type KeyResult,
	type Kpi,
	type Objective,
	objectiveProgress,
	programHealth,
} from "../../src/index.js";
import { deepFreeze, expectCode, expectIssue, metric } from "../support/foundation.js";

// Seed guides: weekly check-in compliance above 75%, KPIs updated on time 90%+, most team OKRs
// aligned to company ones, stretch goals landing at 60–70%.
const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
const asOf = "2025-07-21"; // three weeks of Q3 have started: Jul 1–7, 8–14, 15–21

/** A metric key result with these check-ins. */
const checkedIn = (
	id: string,
	start: number,
	target: number,
	checkIns: readonly { at: string; value: number }[] = [],
): KeyResult => metric(start, target, undefined, { id, title: id, checkIns });

const company: Objective = {
	id: "company",
	title: "Become the market leader in customer satisfaction",
	level: "company",
	cycle: q3,
	keyResults: [
		checkedIn("nps", 6, 8, [
			{ at: "2025-07-02", value: 6.4 },
			{ at: "2025-07-09", value: 7 },
			{ at: "2025-07-16", value: 7.4 },
		]),
		{ id: "launch", title: "Launch the success program", kind: "milestone", done: true },
	],
};
const support: Objective = {
	id: "support",
	title: "Answer customers fast",
	level: "team",
	parentId: "company",
	cycle: q3,
	keyResults: [
		checkedIn("frt", 240, 30, [
			{ at: "2025-07-03", value: 200 },
			{ at: "2025-07-18", value: 135 },
		]),
	],
};
const blog: Objective = { id: "blog", title: "Make the blog a leading resource", level: "team" };

const weekly = (id: string, at: string | null): Kpi => ({
	id,
	name: id,
	direction: "higherIsBetter",
	target: 99,
	cadence: "weekly",
	measurements: at === null ? [] : [{ at, value: 99.5 }],
});

describe("programHealth: achievement rate", () => {
	it("scores each objective as of the day asked: a later check-in does not count", () => {
		const o = {
			id: "o",
			title: "Grow",
			cycle: { start: "2025-07-01", end: "2025-09-30" },
			keyResults: [
				metric(0, 100, 95, {
					checkIns: [
						{ at: "2025-07-15", value: 20 },
						{ at: "2025-08-10", value: 40 },
						{ at: "2025-09-28", value: 95 },
					],
				}),
			],
		};
		expect(programHealth([o], [], "2025-08-15").achievementRate.value).toBe(0.4);
		expect(programHealth([o], [], "2025-09-30").achievementRate.value).toBe(0.95);
	});

	it("is the mean score of the objectives that have key results, aimed at 0.6–0.7", () => {
		const health = programHealth([company, support, blog], [], asOf);
		// company: (0.7 + 1) / 2 = 0.85; support: (240 − 135) / 210 = 0.5
		expect(health.achievementRate).toEqual({
			value: 0.675,
			aim: { min: 0.6, max: 0.7 },
			met: true,
		});
		expect(health.achievementRate.value).toBe(
			(objectiveProgress(company) + objectiveProgress(support)) / 2,
		);
	});

	it("is not met above the sweet spot, nor below it, and met on its bounds", () => {
		const at = (current: number): Objective => ({
			...support,
			keyResults: [{ id: "k", title: "k", kind: "metric", start: 0, target: 10, current }],
		});
		expect(programHealth([at(8)], [], asOf).achievementRate.met).toBe(false);
		expect(programHealth([at(5)], [], asOf).achievementRate.met).toBe(false);
		expect(programHealth([at(6)], [], asOf).achievementRate.met).toBe(true);
		expect(programHealth([at(7)], [], asOf).achievementRate.met).toBe(true);
	});

	it("is null with no objective that has key results", () => {
		expect(programHealth([blog], [], asOf).achievementRate).toEqual({
			value: null,
			aim: { min: 0.6, max: 0.7 },
			met: null,
		});
	});

	it("follows the policy's progress cap", () => {
		const over: Objective = {
			...support,
			keyResults: [{ id: "k", title: "k", kind: "metric", start: 0, target: 10, current: 12 }],
		};
		expect(programHealth([over], [], asOf).achievementRate.value).toBe(1);
		const capped = programHealth([over], [], asOf, { policy: { progress: { cap: 1.5 } } });
		expect(capped.achievementRate.value).toBe(1.2);
	});

	it("throws ZERO_TOTAL_WEIGHT when an objective's score is undefined", () => {
		const weightless: Objective = {
			...support,
			keyResults: [{ ...checkedIn("k", 0, 10), weight: 0 } as KeyResult],
		};
		expectCode(() => programHealth([weightless], [], asOf), "ZERO_TOTAL_WEIGHT");
	});
});

describe("programHealth: check-in compliance", () => {
	it("is the share of (key result, started week) pairs with a check-in, aimed at >= 0.75", () => {
		// nps: weeks 1, 2, 3 covered; frt: weeks 1 and 3 covered; the milestone does not count.
		expect(programHealth([company, support, blog], [], asOf).checkInCompliance).toEqual({
			value: 5 / 6,
			aim: { min: 0.75 },
			met: true,
		});
	});

	it("agrees with checkInCompliance over the same objectives", () => {
		for (const day of ["2025-07-01", "2025-07-13", "2025-08-30", "2025-12-01"]) {
			expect(programHealth([company, support, blog], [], day).checkInCompliance.value).toBe(
				checkInCompliance([company, support, blog], day).value,
			);
		}
	});

	it("is not met below 0.75", () => {
		const late = "2025-08-04"; // five weeks started
		expect(programHealth([company, support], [], late).checkInCompliance).toMatchObject({
			value: 0.5,
			met: false,
		});
	});

	it("is null before any cycle has started, or with no key result that takes values", () => {
		expect(programHealth([company, support], [], "2025-06-30").checkInCompliance).toEqual({
			value: null,
			aim: { min: 0.75 },
			met: null,
		});
		expect(programHealth([blog], [], asOf).checkInCompliance.value).toBeNull();
	});
});

describe("programHealth: KPIs on time", () => {
	it("is the share of KPIs with a cadence whose latest measurement is fresh, aimed at >= 0.9", () => {
		const kpis = [
			weekly("uptime", "2025-07-20"),
			weekly("latency", "2025-07-14"), // fresh through Jul 21
			weekly("errors", "2025-07-13"), // stale from Jul 21
			weekly("never", null),
			{ ...weekly("no-cadence", null), cadence: undefined },
		];
		expect(programHealth([company], kpis, asOf).kpisOnTime).toEqual({
			value: 0.5,
			aim: { min: 0.9 },
			met: false,
		});
	});

	it("judges each KPI on its latest measurement on or before asOf", () => {
		const kpi = weekly("uptime", "2025-07-25");
		expect(programHealth([company], [kpi], asOf).kpisOnTime.value).toBe(0);
		expect(programHealth([company], [kpi], "2025-07-28").kpisOnTime).toMatchObject({
			value: 1,
			met: true,
		});
	});

	it("follows the policy's staleness limits", () => {
		const kpi = weekly("uptime", "2025-07-01");
		expect(programHealth([], [kpi], asOf).kpisOnTime.value).toBe(0);
		const lenient = { policy: { kpi: { staleAfter: { weekly: { days: 30 } } } } };
		expect(programHealth([], [kpi], asOf, lenient).kpisOnTime.value).toBe(1);
	});

	it("is null with no KPI that has a cadence", () => {
		const { cadence: _, ...plain } = weekly("uptime", "2025-07-20");
		expect(programHealth([company], [plain], asOf).kpisOnTime).toEqual({
			value: null,
			aim: { min: 0.9 },
			met: null,
		});
	});
});

describe("programHealth: connected share", () => {
	it("is alignmentReport's connected share, aimed at >= 0.9", () => {
		const objectives = [company, support, blog];
		const health = programHealth(objectives, [], asOf);
		expect(health.connectedShare).toEqual({
			value: alignmentReport(objectives).connectedShare,
			aim: { min: 0.9 },
			met: false,
		});
		expect(health.connectedShare.value).toBe(2 / 3);
		expect(programHealth([company, support], [], asOf).connectedShare).toMatchObject({
			value: 1,
			met: true,
		});
	});

	it("follows policy.rollup.rootLevels", () => {
		const health = programHealth([company, support, blog], [], asOf, {
			policy: { rollup: { rootLevels: ["company", "team"] } },
		});
		expect(health.connectedShare.value).toBe(1);
	});

	it("is null with no objectives: nothing to measure", () => {
		expect(programHealth([], [], asOf)).toEqual({
			achievementRate: { value: null, aim: { min: 0.6, max: 0.7 }, met: null },
			checkInCompliance: { value: null, aim: { min: 0.75 }, met: null },
			kpisOnTime: { value: null, aim: { min: 0.9 }, met: null },
			connectedShare: { value: null, aim: { min: 0.9 }, met: null },
		});
	});
});

describe("programHealth: aims and input", () => {
	it("takes its aims from policy.health, exactly", () => {
		const health = programHealth([company, support], [], asOf, {
			policy: {
				health: {
					achievementRate: { min: "0.675", max: 1 },
					checkInCompliance: { min: 0.9, max: 0.95 },
				},
			},
		});
		expect(health.achievementRate).toEqual({
			value: 0.675,
			aim: { min: 0.675, max: 1 },
			met: true,
		});
		expect(health.checkInCompliance).toMatchObject({ aim: { min: 0.9, max: 0.95 }, met: false });
	});

	it("rejects malformed objectives, KPIs, asOf and policies with paths", () => {
		expectIssue(() => programHealth([{ id: "" } as never], [], asOf), "EMPTY_STRING", [0, "id"]);
		expectIssue(
			() => programHealth([], [{ ...weekly("k", null), cadence: "hourly" as never }], asOf),
			"INVALID_ENUM",
			["kpis", 0, "cadence"],
		);
		expectIssue(() => programHealth([], [], "2025-13-01"), "INVALID_DATE", ["asOf"]);
		expectIssue(() => programHealth([], undefined as never, asOf), "INVALID_TYPE", ["kpis"]);
		expectIssue(
			() =>
				programHealth([], [], asOf, {
					policy: { health: { kpisOnTime: { min: 1, max: 0.5 } } },
				}),
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "health", "kpisOnTime"],
		);
	});

	it("says which argument is not an array", () => {
		expect(
			expectIssue(() => programHealth(5 as never, [], "2025-07-01"), "INVALID_TYPE", []).issues[0]
				?.message,
		).toBe("Expected an array of objectives (an array), received a number.");
		expect(
			expectIssue(() => programHealth([], {} as never, "2025-07-01"), "INVALID_TYPE", ["kpis"])
				.issues[0]?.message,
		).toBe("Expected an array of KPIs (an array), received an object.");
	});

	it("accepts a Date for asOf, read as its UTC date", () => {
		expect(programHealth([company, support], [], new Date(Date.UTC(2025, 6, 21)))).toEqual(
			programHealth([company, support], [], asOf),
		);
	});

	it("does not mutate its input", () => {
		const objectives = deepFreeze([company, support, blog]);
		const kpis = deepFreeze([weekly("uptime", "2025-07-20")]);
		const before = JSON.stringify([objectives, kpis]);
		programHealth(objectives, kpis, asOf);
		expect(JSON.stringify([objectives, kpis])).toBe(before);
	});
});

describe("holes in the caller's arrays", () => {
	it("reports a hole among the objectives or KPIs at its index, never a TypeError", () => {
		// biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
		const objectives = [, { id: "o", title: "o" }] as unknown as Objective[];
		expectIssue(() => programHealth(objectives, [], "2025-08-01"), "INVALID_TYPE", [0]);
		// biome-ignore lint/suspicious/noSparseArray: a hole is the point of the test
		const kpis = [
			,
			{ id: "k", name: "k", direction: "higherIsBetter", target: 1 },
		] as unknown as Kpi[];
		expectIssue(() => programHealth([], kpis, "2025-08-01"), "INVALID_TYPE", ["kpis", 0]);
	});
});
