import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type Cycle,
	type KeyResult,
	type Kpi,
	LINT_CODES,
	type LintCode,
	lint,
	lintSeverity,
	type Objective,
} from "../../src/index.js";
import { deepFreeze, expectIssue, metric } from "../support/foundation.js";
import { datedProgramArb, deletedAfter, q3Day } from "../support/programs.js";

// Facts from the seed guides: 3–5 objectives with 2–5 key results, website visits 100k → 250k,
// first response time 240 → 30 min, NPS 6 → 8, 99% uptime, weekly check-ins.
const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
const q4 = { start: "2025-10-01", end: "2025-12-31", label: "2025-Q4" };
const q1 = { start: "2026-01-01", end: "2026-03-31" };
const q2 = { start: "2026-04-01", end: "2026-06-30" };

const milestone = (id: string, done = false): KeyResult => ({
	id,
	title: `Ship ${id}`,
	kind: "milestone",
	done,
});

const company: Objective = {
	id: "company",
	title: "Become the market leader in customer satisfaction",
	level: "company",
	owner: "CEO",
	cycle: q3,
	kpiIds: ["nps"],
	keyResults: [metric(6, 8, 7, { id: "nps-score" }), metric(80, 90, 85, { id: "retention" })],
};
const support: Objective = {
	id: "support",
	title: "Answer every customer fast",
	level: "team",
	parentId: "company",
	owner: "Support",
	cycle: q3,
	keyResults: [
		metric(240, 30, 120, { id: "frt" }),
		metric(70, 90, undefined, { id: "csat" }),
		milestone("chatbot"),
	],
};
const nps: Kpi = {
	id: "nps",
	name: "Net Promoter Score",
	direction: "higherIsBetter",
	target: 70,
	owner: "CEO",
	cadence: "monthly",
	measurements: [{ at: "2025-08-31", value: 41 }],
};
const good = [company, support];

/** A metric key result 0 → 10 at `current` (10: achieved). */
const kr = (id: string, current = 10) => ({
	id,
	title: id,
	kind: "metric" as const,
	start: 0,
	target: 10,
	current,
});

/** A company objective of ann's in Q3 with these key results. */
const one = (id: string, keyResults: Objective["keyResults"], extra = {}): Objective => ({
	id,
	title: id,
	owner: "ann",
	cycle: q3,
	level: "company",
	keyResults,
	...extra,
});

const codes = (objectives: readonly Objective[], kpis?: readonly Kpi[], asOf?: string) =>
	lint(objectives, kpis, asOf === undefined ? undefined : { asOf }).map((f) => f.code);
const only = (code: LintCode, objectives: readonly Objective[], kpis?: readonly Kpi[]) =>
	lint(objectives, kpis).filter((f) => f.code === code);

describe("lint: a sound program", () => {
	it("has no findings", () => {
		expect(lint(good, [nps], { asOf: "2025-09-15" })).toEqual([]);
		expect(lint([])).toEqual([]);
	});
});

describe("lint: TOO_MANY_OBJECTIVES", () => {
	const team = (n: number, owner: string | undefined, cycle = q3): Objective[] =>
		Array.from({ length: n }, (_, i) => ({
			...support,
			id: `${owner ?? "none"}-${i}`,
			...(owner === undefined ? { owner: undefined } : { owner }),
			cycle,
		}));

	it("reports more than 5 objectives for one owner in one cycle, naming them all", () => {
		const findings = only("TOO_MANY_OBJECTIVES", [company, ...team(6, "Support")]);
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({
			severity: "warning",
			ids: ["Support-0", "Support-1", "Support-2", "Support-3", "Support-4", "Support-5"],
		});
		expect(findings[0]?.message).toContain("6 objectives");
	});

	it("allows exactly 5", () => {
		expect(only("TOO_MANY_OBJECTIVES", [company, ...team(5, "Support")])).toEqual([]);
	});

	it("counts per cycle and per owner", () => {
		const split = [
			...team(3, "Support"),
			...team(3, "Support", q4).map((o) => ({ ...o, id: `${o.id}b` })),
		];
		expect(only("TOO_MANY_OBJECTIVES", [company, ...split])).toEqual([]);
		const two = [...team(3, "Support"), ...team(3, "Sales")];
		expect(only("TOO_MANY_OBJECTIVES", [company, ...two])).toEqual([]);
	});

	it("treats cycles with the same dates as one cycle, whatever their labels", () => {
		const relabeled = team(3, "Support", { ...q3, label: "Summer" }).map((o) => ({
			...o,
			id: `${o.id}b`,
		}));
		expect(only("TOO_MANY_OBJECTIVES", [...team(3, "Support"), ...relabeled])).toHaveLength(1);
	});

	it("does not group objectives without an owner or a cycle", () => {
		expect(only("TOO_MANY_OBJECTIVES", team(8, undefined))).toEqual([]);
		const noCycle = team(8, "Support").map(({ cycle: _, ...o }) => o);
		expect(only("TOO_MANY_OBJECTIVES", noCycle)).toEqual([]);
	});

	it("follows policy.lint.maxObjectivesPerOwner", () => {
		const findings = lint([company, ...team(3, "Support")], [], {
			policy: { lint: { maxObjectivesPerOwner: 2 } },
		});
		expect(findings.map((f) => f.code)).toContain("TOO_MANY_OBJECTIVES");
	});
});

describe("lint: KEY_RESULT_COUNT", () => {
	it("reports fewer than 2 key results", () => {
		const one = { ...support, keyResults: [metric(240, 30, undefined, { id: "frt" })] };
		expect(only("KEY_RESULT_COUNT", [company, one])).toEqual([
			{
				code: "KEY_RESULT_COUNT",
				severity: "warning",
				ids: ["support"],
				message: expect.stringContaining("1 key result:"),
			},
		]);
		const none = { ...support, keyResults: [] };
		expect(only("KEY_RESULT_COUNT", [company, none])).toHaveLength(1);
	});

	it("reports more than 5 key results", () => {
		const six = {
			...support,
			keyResults: Array.from({ length: 6 }, (_, i) => metric(0, 10, undefined, { id: `k${i}` })),
		};
		const [finding] = only("KEY_RESULT_COUNT", [company, six]);
		expect(finding?.ids).toEqual(["support"]);
		expect(finding?.message).toContain("6 key results");
	});

	it("accepts 2 to 5", () => {
		for (const n of [2, 3, 4, 5]) {
			const o = {
				...support,
				keyResults: Array.from({ length: n }, (_, i) => metric(0, 10, undefined, { id: `k${i}` })),
			};
			expect(only("KEY_RESULT_COUNT", [company, o])).toEqual([]);
		}
	});

	it("leaves a parent scored from its children alone", () => {
		const parent = { ...company, keyResults: [] };
		expect(only("KEY_RESULT_COUNT", [parent, support])).toEqual([]);
	});

	it("follows policy.lint.minKeyResults and maxKeyResults", () => {
		const findings = lint(good, [nps], {
			policy: { lint: { minKeyResults: 3, maxKeyResults: 3 } },
		});
		expect(findings.filter((f) => f.code === "KEY_RESULT_COUNT").map((f) => f.ids)).toEqual([
			["company"],
		]);
	});

	it("accepts exactly the least and the most key results the policy allows", () => {
		const policy = { lint: { minKeyResults: 2, maxKeyResults: 3 } };
		const codes = (n: number) =>
			lint(
				[
					one(
						"o",
						Array.from({ length: n }, (_, i) => kr(`k${i}`)),
					),
				],
				[],
				{ policy },
			).map((f) => f.code);
		expect(codes(1)).toContain("KEY_RESULT_COUNT");
		expect(codes(2)).not.toContain("KEY_RESULT_COUNT");
		expect(codes(3)).not.toContain("KEY_RESULT_COUNT");
		expect(codes(4)).toContain("KEY_RESULT_COUNT");
	});
});

describe("lint: TODO_LIST_OBJECTIVE", () => {
	it("reports an objective whose key results are all milestones", () => {
		const todo = { ...support, keyResults: [milestone("bot"), milestone("faq", true)] };
		expect(only("TODO_LIST_OBJECTIVE", [company, todo])).toEqual([
			{
				code: "TODO_LIST_OBJECTIVE",
				severity: "warning",
				ids: ["support"],
				message: expect.stringContaining("to-do list"),
			},
		]);
	});

	it("accepts milestones next to a measurable key result, and an objective with none", () => {
		expect(only("TODO_LIST_OBJECTIVE", good)).toEqual([]);
		expect(only("TODO_LIST_OBJECTIVE", [company, { ...support, keyResults: [] }])).toEqual([]);
	});
});

describe("lint: KPI_IN_DISGUISE", () => {
	it("reports a metric whose target moves under 5% from its start", () => {
		const flat = {
			...support,
			keyResults: [
				metric(97, 99, undefined, { id: "uptime" }),
				metric(240, 30, undefined, { id: "frt" }),
			],
		};
		expect(only("KPI_IN_DISGUISE", [company, flat])).toEqual([
			{
				code: "KPI_IN_DISGUISE",
				severity: "warning",
				ids: ["support", "uptime"],
				message: expect.stringContaining("2.06%"),
			},
		]);
	});

	it("reports a small decrease and works exactly on decimal strings", () => {
		const o = {
			...support,
			keyResults: [
				metric("100.0", "95.01", undefined, { id: "cost" }),
				metric(240, 30, undefined, { id: "frt" }),
			],
		};
		expect(only("KPI_IN_DISGUISE", [company, o])).toHaveLength(1);
	});

	it("does not report a move of exactly 5% or more", () => {
		const o = {
			...support,
			keyResults: [
				metric(100, 105, undefined, { id: "a" }),
				metric("0.2", "0.21", undefined, { id: "b" }),
			],
		};
		expect(only("KPI_IN_DISGUISE", [company, o])).toEqual([]);
	});

	it("never counts a start of 0 as a small move", () => {
		const o = {
			...support,
			keyResults: [
				metric(0, 0.001, undefined, { id: "bugs" }),
				metric(240, 30, undefined, { id: "frt" }),
			],
		};
		expect(only("KPI_IN_DISGUISE", [company, o])).toEqual([]);
	});

	it("measures the move against |start| for a negative start", () => {
		const o = {
			...support,
			keyResults: [
				metric(-100, -98, undefined, { id: "margin" }),
				metric(240, 30, undefined, { id: "frt" }),
			],
		};
		expect(only("KPI_IN_DISGUISE", [company, o])).toHaveLength(1);
	});

	it("follows policy.lint.kpiInDisguiseMove", () => {
		const findings = lint(good, [nps], { policy: { lint: { kpiInDisguiseMove: "0.2" } } });
		expect(findings.filter((f) => f.code === "KPI_IN_DISGUISE").map((f) => f.ids)).toEqual([
			["company", "retention"],
		]);
	});
});

describe("lint: CHECK_IN_OUTSIDE_CYCLE", () => {
	it("reports one warning per key result with check-ins dated outside its objective's cycle", () => {
		const o = {
			id: "o",
			title: "Grow",
			owner: "ana",
			cycle: q3,
			keyResults: [
				metric(0, 10, 5, {
					id: "early",
					checkIns: [
						{ at: "2025-06-30", value: 1 },
						{ at: "2025-07-01", value: 2 },
						{ at: "2025-10-01", value: 3 },
					],
				}),
				metric(0, 10, 5, { id: "inside", checkIns: [{ at: "2025-09-30", value: 4 }] }),
			],
		};
		expect(only("CHECK_IN_OUTSIDE_CYCLE", [o])).toEqual([
			{
				code: "CHECK_IN_OUTSIDE_CYCLE",
				severity: "warning",
				ids: ["o", "early"],
				message:
					'Key result "early" of objective "o" has 2 check-ins dated outside its cycle, 2025-Q3 (2025-07-01 to 2025-09-30): a date typed wrong, or a key result carried over from another cycle?',
			},
		]);
		const { cycle: _, ...timeless } = o;
		expect(only("CHECK_IN_OUTSIDE_CYCLE", [timeless])).toEqual([]);
	});
});

describe("lint: NOT_TIME_BOUND", () => {
	it("reports an objective without a cycle, as an error", () => {
		const { cycle: _, ...timeless } = support;
		expect(only("NOT_TIME_BOUND", [company, timeless])).toEqual([
			{
				code: "NOT_TIME_BOUND",
				severity: "error",
				ids: ["support"],
				message: expect.stringContaining("no cycle"),
			},
		]);
	});

	it("accepts an objective with a cycle", () => {
		expect(only("NOT_TIME_BOUND", good)).toEqual([]);
	});
});

describe("lint: NO_OWNER", () => {
	it("reports an objective without an owner, or with a blank one", () => {
		const { owner: _, ...ownerless } = support;
		expect(only("NO_OWNER", [company, ownerless])).toEqual([
			{
				code: "NO_OWNER",
				severity: "warning",
				ids: ["support"],
				message: expect.stringContaining("no owner"),
			},
		]);
		expect(only("NO_OWNER", [company, { ...support, owner: "  " }])).toHaveLength(1);
	});

	it("accepts an objective with an owner", () => {
		expect(only("NO_OWNER", good)).toEqual([]);
	});
});

describe("lint: ORPHAN_OBJECTIVE", () => {
	it("reports an objective with no parent below the root level", () => {
		const { parentId: _, ...orphan } = support;
		expect(only("ORPHAN_OBJECTIVE", [company, orphan])).toEqual([
			{
				code: "ORPHAN_OBJECTIVE",
				severity: "warning",
				ids: ["support"],
				message: expect.stringContaining("aligned to nothing"),
			},
		]);
		const { level: _level, ...levelless } = company;
		expect(only("ORPHAN_OBJECTIVE", [levelless, support]).map((f) => f.ids)).toEqual([["company"]]);
	});

	it("accepts root-level objectives and aligned ones, by policy.rollup.rootLevels", () => {
		expect(only("ORPHAN_OBJECTIVE", good)).toEqual([]);
		const { parentId: _, ...orphan } = support;
		const findings = lint([company, orphan], [], {
			policy: { rollup: { rootLevels: ["company", "team"] } },
		});
		expect(findings.filter((f) => f.code === "ORPHAN_OBJECTIVE")).toEqual([]);
	});
});

describe("lint: TOO_MANY_KPIS", () => {
	const kpis = (n: number, owner?: string): Kpi[] =>
		Array.from({ length: n }, (_, i) => ({
			...nps,
			id: `kpi-${i}`,
			...(owner === undefined ? { owner: undefined } : { owner }),
		}));
	const linkedTo = (list: readonly Kpi[]): Objective[] => [
		{ ...company, kpiIds: list.map((k) => k.id) },
		support,
	];

	it("reports more than 15 KPIs for one owner, as info", () => {
		const list = kpis(16, "CEO");
		const findings = only("TOO_MANY_KPIS", linkedTo(list), list);
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ severity: "info", ids: list.map((k) => k.id) });
	});

	it("allows 15, and does not group KPIs without an owner", () => {
		const fifteen = kpis(15, "CEO");
		expect(only("TOO_MANY_KPIS", linkedTo(fifteen), fifteen)).toEqual([]);
		const ownerless = kpis(20);
		expect(only("TOO_MANY_KPIS", linkedTo(ownerless), ownerless)).toEqual([]);
	});
});

describe("lint: STALE_KPI", () => {
	const stale: Kpi = { ...nps, measurements: [{ at: "2025-03-14", value: 41 }] };

	it("reports a KPI with no measurement in the 6 months before asOf, as an error", () => {
		expect(lint(good, [stale], { asOf: "2025-09-15" })).toEqual([
			{
				code: "STALE_KPI",
				severity: "error",
				ids: ["nps"],
				message: expect.stringContaining("2025-03-14"),
			},
		]);
	});

	it("keeps a measurement exactly 6 calendar months old fresh", () => {
		expect(codes(good, [stale], "2025-09-14")).toEqual([]);
	});

	it("reports a KPI never measured, or only measured after asOf", () => {
		expect(codes(good, [{ ...nps, measurements: [] }], "2025-09-15")).toEqual(["STALE_KPI"]);
		expect(codes(good, [nps], "2025-08-30")).toEqual(["STALE_KPI"]);
	});

	it("is not checked without options.asOf", () => {
		expect(codes(good, [stale])).toEqual([]);
	});

	it("follows policy.lint.staleKpiMonths", () => {
		const findings = lint(good, [nps], {
			asOf: "2025-10-01",
			policy: { lint: { staleKpiMonths: 1 } },
		});
		expect(findings.map((f) => f.code)).toEqual(["STALE_KPI"]);
	});

	it("checks the staleness of no KPI when none are given", () => {
		const program = [one("o", [kr("a"), kr("b")])];
		expect(lint(program, undefined, { asOf: "2025-08-15" })).toEqual(
			lint(program, [], { asOf: "2025-08-15" }),
		);
	});
});

describe("lint: UNLINKED_KPI", () => {
	it("reports a KPI no objective lists, as info", () => {
		const mrr: Kpi = { id: "mrr", name: "MRR", direction: "higherIsBetter", target: 100 };
		expect(only("UNLINKED_KPI", good, [nps, mrr])).toEqual([
			{
				code: "UNLINKED_KPI",
				severity: "info",
				ids: ["mrr"],
				message: expect.stringContaining("kpiIds"),
			},
		]);
	});

	it("reports a KPI id given twice once, at its first position", () => {
		const mrr: Kpi = { id: "mrr", name: "MRR", direction: "higherIsBetter", target: 100 };
		const findings = only("UNLINKED_KPI", good, [mrr, nps, { ...mrr, name: "MRR again" }]);
		expect(findings.map((f) => f.ids)).toEqual([["mrr"]]);
	});

	it("accepts a KPI listed by any objective", () => {
		expect(only("UNLINKED_KPI", good, [nps])).toEqual([]);
	});
});

describe("lint: NOT_AMBITIOUS", () => {
	const perfect = (id: string, cycle: { start: string; end: string }) => ({
		id,
		title: id,
		owner: "cy",
		cycle,
		level: "company",
		keyResults: [kr(`${id}-1`), kr(`${id}-2`)],
	});

	const stretch = (id: string, cycle: Cycle, current: number, owner = "Growth"): Objective => ({
		id,
		title: `Stretch ${id}`,
		level: "company",
		owner,
		cycle,
		keyResults: [metric(0, 100, current, { id: `${id}-a` }), metric(0, 10, 10, { id: `${id}-b` })],
	});

	it("reports an owner whose aspirational objectives were all graded 1.0 in 3 cycles", () => {
		const objectives = [
			stretch("q3", q3, 100),
			stretch("q4", q4, 95),
			stretch("q1", q1, 100),
			stretch("q1b", q1, 100),
		];
		expect(only("NOT_AMBITIOUS", objectives)).toEqual([
			{
				code: "NOT_AMBITIOUS",
				severity: "info",
				ids: ["q3", "q4", "q1", "q1b"],
				message: expect.stringContaining("3 cycles"),
			},
		]);
	});

	it("needs at least 3 such cycles", () => {
		expect(only("NOT_AMBITIOUS", [stretch("q3", q3, 100), stretch("q4", q4, 100)])).toEqual([]);
	});

	it("does not count a cycle with one objective graded below 1.0", () => {
		const objectives = [
			stretch("q3", q3, 100),
			stretch("q4", q4, 100),
			stretch("q1", q1, 100),
			stretch("q1b", q1, 80),
		];
		expect(only("NOT_AMBITIOUS", objectives)).toEqual([]);
	});

	it("counts the cycles graded 1.0 even when another cycle fell short", () => {
		const objectives = [
			stretch("q3", q3, 100),
			stretch("q4", q4, 100),
			stretch("q1", q1, 100),
			stretch("q2", q2, 50),
		];
		expect(only("NOT_AMBITIOUS", objectives).map((f) => f.ids)).toEqual([["q3", "q4", "q1"]]);
	});

	it("leaves committed objectives, other owners and ungraded objectives out", () => {
		const committed = [q3, q4, q1].map((c, i) => ({
			...stretch(`c${i}`, c, 100),
			type: "committed" as const,
		}));
		expect(only("NOT_AMBITIOUS", committed)).toEqual([]);
		const owners = [stretch("a", q3, 100, "A"), stretch("b", q4, 100, "B"), stretch("c", q1, 100)];
		expect(only("NOT_AMBITIOUS", owners)).toEqual([]);
		const withEmpty = [
			stretch("q3", q3, 100),
			stretch("q4", q4, 100),
			stretch("q1", q1, 100),
			{ ...stretch("e", q1, 0), keyResults: [] },
			{ ...stretch("z", q1, 0), keyResults: [{ ...milestone("m"), weight: 0 }] },
		];
		expect(only("NOT_AMBITIOUS", withEmpty).map((f) => f.ids)).toEqual([["q3", "q4", "q1"]]);
	});

	it("follows policy.lint.notAmbitiousCycles", () => {
		const objectives = [stretch("q3", q3, 100), stretch("q4", q4, 100)];
		const findings = lint(objectives, [], { policy: { lint: { notAmbitiousCycles: 2 } } });
		expect(findings.map((f) => f.code)).toEqual(["NOT_AMBITIOUS"]);
		const none = lint(objectives, [], { policy: { lint: { notAmbitiousCycles: 0 } } });
		expect(none.map((f) => f.code)).toEqual(["NOT_AMBITIOUS"]);
	});

	it("counts only cycles with a graded objective, and lists the objectives in input order", () => {
		const program: Objective[] = [
			perfect("c1", q3),
			perfect("c2", q2),
			perfect("c3", q3),
			perfect("c4", q4),
			{
				id: "c5",
				title: "c5",
				owner: "cy",
				level: "company",
				cycle: { start: "2026-01-01", end: "2026-03-31" },
			},
		];
		const found = lint(program).filter((f) => f.code === "NOT_AMBITIOUS");
		expect(found.map((f) => f.ids)).toEqual([["c1", "c2", "c3", "c4"]]);
		expect(found[0]?.message).toContain("in 3 cycles");
	});

	it("needs at least one perfect cycle, whatever the policy asks", () => {
		const program: Objective[] = [
			{ ...perfect("d1", q3), keyResults: [kr("d1-1", 2), kr("d1-2", 2)] },
		];
		const options = { policy: { lint: { notAmbitiousCycles: 0 } } };
		expect(lint(program, [], options).some((f) => f.code === "NOT_AMBITIOUS")).toBe(false);
	});

	it("grades an objective with some zero weights, and not one whose weights are all 0", () => {
		const policy = { lint: { notAmbitiousCycles: 1 } };
		const zero = { ...kr("z", 0), weight: 0 };
		expect(lint([one("o", [kr("a"), zero])], [], { policy }).map((f) => f.code)).toContain(
			"NOT_AMBITIOUS",
		);
		expect(
			lint([one("o", [{ ...kr("a"), weight: 0 }, zero])], [], { policy }).map((f) => f.code),
		).not.toContain("NOT_AMBITIOUS");
	});
});

describe("lint: severities, order and determinism", () => {
	const owned = (id: string, owner: string, cycle: Cycle, current = 10): Objective => ({
		id,
		title: id,
		owner,
		cycle,
		level: "company",
		keyResults: [kr(`${id}-1`, current), kr(`${id}-2`, current)],
	});

	it("gives every code one documented severity", () => {
		expect(Object.keys(lintSeverity).sort()).toEqual([...LINT_CODES].sort());
		expect(lintSeverity).toEqual({
			TOO_MANY_OBJECTIVES: "warning",
			KEY_RESULT_COUNT: "warning",
			TODO_LIST_OBJECTIVE: "warning",
			KPI_IN_DISGUISE: "warning",
			NOT_TIME_BOUND: "error",
			NO_OWNER: "warning",
			ORPHAN_OBJECTIVE: "warning",
			TOO_MANY_KPIS: "info",
			STALE_KPI: "error",
			UNLINKED_KPI: "info",
			NOT_AMBITIOUS: "info",
			CHECK_IN_OUTSIDE_CYCLE: "warning",
		});
	});

	it("orders findings by severity, then code, then position in the input", () => {
		const bare = (id: string): Objective => ({ id, title: id, keyResults: [milestone(`${id}-m`)] });
		const mrr: Kpi = { id: "mrr", name: "MRR", direction: "higherIsBetter", target: 100 };
		const findings = lint([bare("b"), bare("a")], [mrr, { ...mrr, id: "arr" }], {
			asOf: "2025-09-15",
		});
		expect(findings.map((f) => [f.code, f.ids.join()])).toEqual([
			["NOT_TIME_BOUND", "b"],
			["NOT_TIME_BOUND", "a"],
			["STALE_KPI", "mrr"],
			["STALE_KPI", "arr"],
			["KEY_RESULT_COUNT", "b"],
			["KEY_RESULT_COUNT", "a"],
			["TODO_LIST_OBJECTIVE", "b"],
			["TODO_LIST_OBJECTIVE", "a"],
			["NO_OWNER", "b"],
			["NO_OWNER", "a"],
			["ORPHAN_OBJECTIVE", "b"],
			["ORPHAN_OBJECTIVE", "a"],
			["UNLINKED_KPI", "mrr"],
			["UNLINKED_KPI", "arr"],
		]);
		expect(findings.every((f) => f.severity === lintSeverity[f.code])).toBe(true);
	});

	it("gives the same findings for the same input", () => {
		const input = [company, { ...support, owner: undefined, cycle: undefined }];
		expect(lint(input, [nps])).toEqual(lint(input, [nps]));
	});

	it("handles ids such as __proto__ and constructor", () => {
		const proto = { ...support, id: "__proto__", owner: "constructor", parentId: undefined };
		expect(codes([company, proto])).toEqual(["ORPHAN_OBJECTIVE"]);
		expect(lint([company, proto])[0]?.ids).toEqual(["__proto__"]);
	});

	it("does not mutate its input", () => {
		const objectives = deepFreeze([company, { ...support, keyResults: [milestone("x")] }]);
		const kpis = deepFreeze([nps]);
		const before = JSON.stringify([objectives, kpis]);
		lint(objectives, kpis, deepFreeze({ asOf: "2026-01-01" }));
		expect(JSON.stringify([objectives, kpis])).toBe(before);
	});

	it("orders TOO_MANY_OBJECTIVES findings by the first objective of each owner's cycle", () => {
		const program = [
			owned("a-q3-1", "ann", q3),
			owned("a-q3-2", "ann", q3),
			owned("b-q3-1", "bob", q3),
			owned("b-q3-2", "bob", q3),
			owned("a-q4-1", "ann", q4),
			owned("a-q4-2", "ann", q4),
		];
		const found = lint(program, [], { policy: { lint: { maxObjectivesPerOwner: 1 } } })
			.filter((f) => f.code === "TOO_MANY_OBJECTIVES")
			.map((f) => f.ids);
		expect(found).toEqual([
			["a-q3-1", "a-q3-2"],
			["b-q3-1", "b-q3-2"],
			["a-q4-1", "a-q4-2"],
		]);
	});

	it("orders NOT_AMBITIOUS findings by the first perfect objective of each owner", () => {
		const program = [
			owned("a-q3", "ann", q3, 5),
			owned("b-q3", "bob", q3),
			owned("a-q4", "ann", q4),
		];
		const found = lint(program, [], { policy: { lint: { notAmbitiousCycles: 1 } } })
			.filter((f) => f.code === "NOT_AMBITIOUS")
			.map((f) => f.ids);
		expect(found).toEqual([["b-q3"], ["a-q4"]]);
	});
});

describe("lint: a whole program, every finding in full (words, then order)", () => {
	const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
	const q4 = { start: "2025-10-01", end: "2025-12-31" };
	const q2 = { start: "2025-04-01", end: "2025-06-30", label: "Q2" };
	const todo = (id: string) => ({ id, title: id, kind: "milestone" as const, done: false });

	const objectives: Objective[] = [
		{ id: "a1", title: "A1", owner: "ann", cycle: q4, level: "team", keyResults: [kr("a1-1")] },
		{
			id: "a2",
			title: "A2",
			owner: "ann",
			cycle: q4,
			level: "company",
			keyResults: [1, 2, 3, 4, 5, 6].map((i) => kr(`a2-${i}`, 5)),
		},
		{
			id: "n1",
			title: "N1",
			level: "company",
			keyResults: [kr("n1-1", 3), kr("n1-2", 3)],
			kpiIds: ["k2"],
		},
		{
			id: "t1",
			title: "T1",
			owner: "tom",
			cycle: q3,
			parentId: "a2",
			keyResults: [todo("t1-1"), todo("t1-2")],
		},
		{
			id: "t2",
			title: "T2",
			owner: "tom",
			cycle: q3,
			parentId: "a2",
			keyResults: [kr("t2-1", 2), kr("t2-2", 2)],
		},
		{
			id: "b1",
			title: "B1",
			owner: "bea",
			cycle: q2,
			level: "company",
			keyResults: [kr("b1-1"), kr("b1-2")],
		},
		{
			id: "b2",
			title: "B2",
			owner: "bea",
			cycle: q3,
			level: "company",
			keyResults: [kr("b2-1"), kr("b2-2")],
		},
		{
			id: "b3",
			title: "B3",
			owner: "bea",
			cycle: q4,
			level: "company",
			keyResults: [kr("b3-1"), kr("b3-2")],
		},
	];

	const kpis: Kpi[] = [
		{
			id: "k1",
			name: "K1",
			owner: "kim",
			direction: "higherIsBetter",
			target: 1,
			measurements: [{ at: "2025-01-10", value: 1 }],
		},
		{
			id: "k2",
			name: "K2",
			owner: "kim",
			direction: "higherIsBetter",
			target: 1,
			measurements: [{ at: "2025-09-10", value: 1 }],
		},
		{ id: "k3", name: "K3", direction: "higherIsBetter", target: 1 },
		{
			id: "k1",
			name: "K1 again",
			direction: "higherIsBetter",
			target: 1,
			measurements: [{ at: "2025-12-10", value: 1 }],
		},
	];

	const finding = (code: string, severity: string, ids: string[], message: string) => ({
		code,
		severity,
		ids,
		message,
	});
	const stale = (id: string, what: string) =>
		finding(
			"STALE_KPI",
			"error",
			[id],
			`KPI "${id}" ${what}: measure it again, or retire it if nobody looks at it.`,
		);
	const unlinked = (id: string) =>
		finding(
			"UNLINKED_KPI",
			"info",
			[id],
			`No objective lists KPI "${id}" in its kpiIds: link it to the objective it supports, or ask whether anyone still needs it.`,
		);

	it("reports every finding with its words, in order", () => {
		const options = {
			asOf: "2025-09-30",
			policy: { lint: { maxObjectivesPerOwner: 1, maxKpisPerOwner: 1 } },
		};
		expect(lint(objectives, kpis, options)).toEqual([
			finding(
				"NOT_TIME_BOUND",
				"error",
				["n1"],
				'Objective "n1" has no cycle: give it one (a quarter, say) so its pace and final grade can be judged.',
			),
			stale("k1", "was last measured on 2025-01-10, more than 6 months before 2025-09-30"),
			stale("k3", "has no measurement on or before 2025-09-30"),
			stale("k1", "has no measurement on or before 2025-09-30"),
			finding(
				"TOO_MANY_OBJECTIVES",
				"warning",
				["a1", "a2"],
				'"ann" has 2 objectives in 2025-10-01 to 2025-12-31: keep to 1 or fewer so each gets real focus; move the rest to a later cycle or drop them.',
			),
			finding(
				"TOO_MANY_OBJECTIVES",
				"warning",
				["t1", "t2"],
				'"tom" has 2 objectives in 2025-Q3 (2025-07-01 to 2025-09-30): keep to 1 or fewer so each gets real focus; move the rest to a later cycle or drop them.',
			),
			finding(
				"KEY_RESULT_COUNT",
				"warning",
				["a1"],
				'Objective "a1" has 1 key result: add key results until it has at least 2: one number rarely shows whether an objective is met.',
			),
			finding(
				"KEY_RESULT_COUNT",
				"warning",
				["a2"],
				'Objective "a2" has 6 key results: keep the 5 that best show the objective is met, and track the others as KPIs.',
			),
			finding(
				"TODO_LIST_OBJECTIVE",
				"warning",
				["t1"],
				'Objective "t1" has only milestone key results: that is a to-do list. Measure the outcome the tasks should bring (a metric from a start to a target).',
			),
			finding(
				"NO_OWNER",
				"warning",
				["n1"],
				'Objective "n1" has no owner: name the person or team accountable for it.',
			),
			finding(
				"ORPHAN_OBJECTIVE",
				"warning",
				["a1"],
				'Objective "a1" is aligned to nothing: set its parentId to the objective it serves, or mark it as a root level (policy rollup.rootLevels).',
			),
			finding(
				"TOO_MANY_KPIS",
				"info",
				["k1", "k2"],
				'"kim" watches 2 KPIs: keep the 1 or fewer that show the health of the work, and retire or hand over the rest.',
			),
			unlinked("k1"),
			unlinked("k3"),
			finding(
				"NOT_AMBITIOUS",
				"info",
				["b1", "b2", "b3"],
				'"bea" graded every aspirational objective 1.0 in 3 cycles: stretch goals are meant to land around 0.6–0.7. Set bolder targets, or mark objectives that must be met in full as committed.',
			),
		]);
	});

	it("checks staleness only with asOf, and KPIs only when given", () => {
		const codes = lint(objectives, kpis).map((f) => f.code);
		expect(codes).not.toContain("STALE_KPI");
		expect(codes).toContain("UNLINKED_KPI");
		expect(
			lint(objectives).some((f) => f.code === "UNLINKED_KPI" || f.code === "TOO_MANY_KPIS"),
		).toBe(false);
	});
});

describe("lint: bad input", () => {
	it("rejects malformed objectives, KPIs, asOf and policies with paths", () => {
		expectIssue(() => lint([company, { id: "x" } as never]), "REQUIRED", [1, "title"]);
		expectIssue(() => lint(good, [{ ...nps, target: "lots" }]), "INVALID_NUMBER", [
			"kpis",
			0,
			"target",
		]);
		expectIssue(() => lint(good, [], { asOf: "someday" }), "INVALID_DATE", ["options", "asOf"]);
		expectIssue(
			() => lint(good, [], { policy: { lint: { maxKeyResults: -1 } } }),
			"INVALID_NUMBER",
			["options", "policy", "lint", "maxKeyResults"],
		);
		expectIssue(() => lint("objectives" as never), "INVALID_TYPE", []);
		expectIssue(() => lint(good, {} as never), "INVALID_TYPE", ["kpis"]);
	});

	it("reads null options as none", () => {
		expect(lint([one("o", [kr("a"), kr("b")])], [], null as unknown as undefined)).toEqual(
			lint([one("o", [kr("a"), kr("b")])], []),
		);
	});

	it("names what it expected when objectives or KPIs are not arrays", () => {
		const notObjectives = () => lint("objectives" as unknown as Objective[]);
		expect(expectIssue(notObjectives, "INVALID_TYPE", []).issues[0]?.message).toBe(
			"Expected an array of objectives (an array), received a string.",
		);
		const notKpis = () => lint([], {} as unknown as Kpi[]);
		expect(expectIssue(notKpis, "INVALID_TYPE", ["kpis"]).issues[0]?.message).toBe(
			"Expected an array of KPIs (an array), received an object.",
		);
	});
});

describe("lint as of a day (a snapshot)", () => {
	const codesOf = (objectives: readonly Objective[], asOf?: string) =>
		lint(objectives, [], asOf === undefined ? {} : { asOf }).map((f) => f.code);

	it("grades as of the day for NOT_AMBITIOUS: a 1.0 reached later does not count yet", () => {
		// Each objective reaches its targets in the last check-in of its cycle.
		const late = (id: string, cycle: Cycle): Objective => ({
			id,
			title: id,
			level: "company",
			owner: "Growth",
			cycle,
			keyResults: [
				metric(0, 10, undefined, {
					id: `${id}-a`,
					checkIns: [
						{ at: cycle.start, value: 5 },
						{ at: cycle.end, value: 10 },
					],
				}),
				metric(0, 10, undefined, { id: `${id}-b`, checkIns: [{ at: cycle.end, value: 10 }] }),
			],
		});
		const objectives = [late("q3", q3), late("q4", q4), late("q1", q1)];
		expect(codesOf(objectives)).toContain("NOT_AMBITIOUS");
		expect(codesOf(objectives, "2026-03-31")).toContain("NOT_AMBITIOUS");
		expect(codesOf(objectives, "2026-03-30")).not.toContain("NOT_AMBITIOUS");
	});

	it("counts only the check-ins on or before the day for CHECK_IN_OUTSIDE_CYCLE", () => {
		const o: Objective = {
			id: "o",
			title: "Grow",
			owner: "ana",
			level: "company",
			cycle: q3,
			keyResults: [
				metric(0, 10, undefined, { id: "late", checkIns: [{ at: "2025-10-03", value: 4 }] }),
				metric(0, 10, undefined, { id: "ok", checkIns: [{ at: "2025-09-03", value: 4 }] }),
			],
		};
		expect(codesOf([o])).toEqual(["CHECK_IN_OUTSIDE_CYCLE"]);
		expect(codesOf([o], "2025-10-02")).toEqual([]);
		expect(codesOf([o], "2025-10-03")).toEqual(["CHECK_IN_OUTSIDE_CYCLE"]);
	});

	it("law: as of a day equals the same program with everything dated after the day deleted", () => {
		const cycles = [q3, { start: "2025-08-01", end: "2025-08-31" }];
		fc.assert(
			fc.property(datedProgramArb(true), q3Day, (program, day) => {
				// Owners and cycles so that NOT_AMBITIOUS and CHECK_IN_OUTSIDE_CYCLE can be found.
				const objectives = program.map((o, i) => ({
					...o,
					owner: "Growth",
					cycle: cycles[i % 2] as Cycle,
				}));
				const policy = { lint: { notAmbitiousCycles: 1 } };
				const snapshot = lint(objectives, [], { asOf: day, policy });
				expect(snapshot).toEqual(lint(deletedAfter(objectives, day), [], { asOf: day, policy }));
			}),
			{ numRuns: 200 },
		);
	});

	it("refuses a day that is not one, at options.asOf", () => {
		expectIssue(() => lint([], [], { asOf: "2025-13-01" }), "INVALID_DATE", ["options", "asOf"]);
	});
});
