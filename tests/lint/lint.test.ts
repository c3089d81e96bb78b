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
import { deepFreeze, expectIssue } from "../support/foundation.js";

// Facts from the seed guides: 3–5 objectives with 2–5 key results, website visits 100k → 250k,
// first response time 240 → 30 min, NPS 6 → 8, 99% uptime, weekly check-ins.
const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
const q4 = { start: "2025-10-01", end: "2025-12-31", label: "2025-Q4" };
const q1 = { start: "2026-01-01", end: "2026-03-31" };
const q2 = { start: "2026-04-01", end: "2026-06-30" };

const metric = (id: string, start: number | string, target: number | string, current?: number) =>
	({
		id,
		title: `${id} ${start} → ${target}`,
		kind: "metric",
		start,
		target,
		...(current === undefined ? {} : { current }),
	}) as KeyResult;
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
	keyResults: [metric("nps-score", 6, 8, 7), metric("retention", 80, 90, 85)],
};
const support: Objective = {
	id: "support",
	title: "Answer every customer fast",
	level: "team",
	parentId: "company",
	owner: "Support",
	cycle: q3,
	keyResults: [metric("frt", 240, 30, 120), metric("csat", 70, 90), milestone("chatbot")],
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
		const one = { ...support, keyResults: [metric("frt", 240, 30)] };
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
			keyResults: Array.from({ length: 6 }, (_, i) => metric(`k${i}`, 0, 10)),
		};
		const [finding] = only("KEY_RESULT_COUNT", [company, six]);
		expect(finding?.ids).toEqual(["support"]);
		expect(finding?.message).toContain("6 key results");
	});

	it("accepts 2 to 5", () => {
		for (const n of [2, 3, 4, 5]) {
			const o = {
				...support,
				keyResults: Array.from({ length: n }, (_, i) => metric(`k${i}`, 0, 10)),
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
		const flat = { ...support, keyResults: [metric("uptime", 97, 99), metric("frt", 240, 30)] };
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
			keyResults: [metric("cost", "100.0", "95.01"), metric("frt", 240, 30)],
		};
		expect(only("KPI_IN_DISGUISE", [company, o])).toHaveLength(1);
	});

	it("does not report a move of exactly 5% or more", () => {
		const o = { ...support, keyResults: [metric("a", 100, 105), metric("b", "0.2", "0.21")] };
		expect(only("KPI_IN_DISGUISE", [company, o])).toEqual([]);
	});

	it("never counts a start of 0 as a small move", () => {
		const o = { ...support, keyResults: [metric("bugs", 0, 0.001), metric("frt", 240, 30)] };
		expect(only("KPI_IN_DISGUISE", [company, o])).toEqual([]);
	});

	it("measures the move against |start| for a negative start", () => {
		const o = { ...support, keyResults: [metric("margin", -100, -98), metric("frt", 240, 30)] };
		expect(only("KPI_IN_DISGUISE", [company, o])).toHaveLength(1);
	});

	it("follows policy.lint.kpiInDisguiseMove", () => {
		const findings = lint(good, [nps], { policy: { lint: { kpiInDisguiseMove: "0.2" } } });
		expect(findings.filter((f) => f.code === "KPI_IN_DISGUISE").map((f) => f.ids)).toEqual([
			["company", "retention"],
		]);
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
	const stretch = (id: string, cycle: Cycle, current: number, owner = "Growth"): Objective => ({
		id,
		title: `Stretch ${id}`,
		level: "company",
		owner,
		cycle,
		keyResults: [metric(`${id}-a`, 0, 100, current), metric(`${id}-b`, 0, 10, 10)],
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
});

describe("lint: severities, order and determinism", () => {
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
});
