/**
 * One program with something for nearly every lint rule, and its findings in full: codes,
 * severities, ids, words and order (severity, then code, then input order). Mutation
 * testing (issue 8) showed the words, the order and the positions were not all pinned.
 */
import { describe, expect, it } from "vitest";
import { type Cycle, type Kpi, lint, type Objective } from "../../src/index.js";
import { expectIssue } from "../support/foundation.js";

const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
const q4 = { start: "2025-10-01", end: "2025-12-31" };
const q2 = { start: "2025-04-01", end: "2025-06-30", label: "Q2" };
const kr = (id: string, current = 10) => ({
	id,
	title: id,
	kind: "metric" as const,
	start: 0,
	target: 10,
	current,
});
const milestone = (id: string) => ({ id, title: id, kind: "milestone" as const, done: false });

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
		keyResults: [milestone("t1-1"), milestone("t1-2")],
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

describe("lint of a whole program", () => {
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

describe("NOT_AMBITIOUS", () => {
	const perfect = (id: string, cycle: { start: string; end: string }) => ({
		id,
		title: id,
		owner: "cy",
		cycle,
		level: "company",
		keyResults: [kr(`${id}-1`), kr(`${id}-2`)],
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
});

describe("findings of one code, met owner by owner, come in input order", () => {
	const objective = (id: string, owner: string, cycle: Cycle, current = 10): Objective => ({
		id,
		title: id,
		owner,
		cycle,
		level: "company",
		keyResults: [kr(`${id}-1`, current), kr(`${id}-2`, current)],
	});

	it("TOO_MANY_OBJECTIVES: by the first objective of each owner's cycle", () => {
		const program = [
			objective("a-q3-1", "ann", q3),
			objective("a-q3-2", "ann", q3),
			objective("b-q3-1", "bob", q3),
			objective("b-q3-2", "bob", q3),
			objective("a-q4-1", "ann", q4),
			objective("a-q4-2", "ann", q4),
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

	it("NOT_AMBITIOUS: by the first perfect objective of each owner", () => {
		const program = [
			objective("a-q3", "ann", q3, 5),
			objective("b-q3", "bob", q3),
			objective("a-q4", "ann", q4),
		];
		const found = lint(program, [], { policy: { lint: { notAmbitiousCycles: 1 } } })
			.filter((f) => f.code === "NOT_AMBITIOUS")
			.map((f) => f.ids);
		expect(found).toEqual([["b-q3"], ["a-q4"]]);
	});
});

describe("lint at its edges", () => {
	const one = (id: string, keyResults: Objective["keyResults"], extra = {}): Objective => ({
		id,
		title: id,
		owner: "ann",
		cycle: q3,
		level: "company",
		keyResults,
		...extra,
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

	it("checks the staleness of no KPI when none are given", () => {
		const program = [one("o", [kr("a"), kr("b")])];
		expect(lint(program, undefined, { asOf: "2025-08-15" })).toEqual(
			lint(program, [], { asOf: "2025-08-15" }),
		);
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
