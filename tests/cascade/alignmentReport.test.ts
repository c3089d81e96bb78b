import { describe, expect, it } from "vitest";
import { alignmentReport, type Kpi } from "../../src/index.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";
import { node, objective, seedCompany } from "./fixtures.js";

const kpi = (id: string, extra: Partial<Kpi> = {}): Kpi => ({
	id,
	name: `KPI ${id}`,
	direction: "higherIsBetter",
	target: 100,
	...extra,
});

describe("alignmentReport", () => {
	it("reports a well-aligned company as fully connected with no orphans", () => {
		expect(alignmentReport(seedCompany())).toEqual({
			orphans: [],
			unlinkedKpis: [],
			objectivesWithoutKpis: ["company", "product", "support", "ana", "ben"],
			connectedShare: 1,
		});
	});

	it("lists orphans: no parent and not a root level (including no level at all)", () => {
		const report = alignmentReport([
			objective("company", { level: "company" }),
			objective("blog", { level: "team" }),
			objective("side", {}),
			objective("sales", { level: "team", parentId: "company" }),
		]);
		expect(report.orphans).toEqual(["blog", "side"]);
		expect(report.connectedShare).toBe(0.5);
	});

	it("compares levels exactly", () => {
		const report = alignmentReport([
			objective("a", { level: "Company" }),
			objective("b", { level: "company " }),
			objective("c", { level: "company" }),
		]);
		expect(report.orphans).toEqual(["a", "b"]);
		expect(report.connectedShare).toBe(1 / 3);
	});

	it("takes root levels from the policy", () => {
		const objectives = [
			objective("group", { level: "group" }),
			objective("company", { level: "company", parentId: "group" }),
			objective("eu", { level: "division" }),
		];
		expect(alignmentReport(objectives).orphans).toEqual(["group", "eu"]);
		const report = alignmentReport(objectives, [], {
			policy: { rollup: { rootLevels: ["group", "division"] } },
		});
		expect(report).toEqual({
			orphans: [],
			unlinkedKpis: [],
			objectivesWithoutKpis: ["group", "company", "eu"],
			connectedShare: 1,
		});
	});

	it("counts an objective as connected when its chain of parents reaches a root-level objective", () => {
		const report = alignmentReport([
			objective("person", { level: "individual", parentId: "team" }),
			objective("team", { level: "team", parentId: "company" }),
			objective("company", { level: "company" }),
			objective("lost", { level: "individual", parentId: "adrift" }),
			objective("adrift", { level: "team" }),
		]);
		expect(report.connectedShare).toBe(0.6);
		expect(report.orphans).toEqual(["adrift"]);
	});

	it("does not need a sound cascade: unknown parents and loops are simply not connected", () => {
		const report = alignmentReport([
			objective("company", { level: "company" }),
			objective("a", { parentId: "b" }),
			objective("b", { parentId: "a" }),
			objective("c", { parentId: "a" }),
			objective("d", { parentId: "missing" }),
			objective("self", { parentId: "self" }),
		]);
		expect(report.orphans).toEqual([]);
		expect(report.connectedShare).toBe(1 / 6);
	});

	it("counts a root-level objective on a loop, and what hangs from it, as connected", () => {
		const report = alignmentReport([
			objective("company", { level: "company", parentId: "team" }),
			objective("team", { level: "team", parentId: "company" }),
		]);
		expect(report.connectedShare).toBe(1);
	});

	it("gives connectedShare 1 and empty lists for no objectives", () => {
		expect(alignmentReport([])).toEqual({
			orphans: [],
			unlinkedKpis: [],
			objectivesWithoutKpis: [],
			connectedShare: 1,
		});
	});

	it("lists KPIs no objective links to, each once, and objectives that list no KPI", () => {
		const report = alignmentReport(
			[
				objective("company", { level: "company", kpiIds: ["nps"] }),
				objective("sales", { level: "team", parentId: "company", kpiIds: ["mrr", "pipeline"] }),
				objective("support", { level: "team", parentId: "company", kpiIds: [] }),
				objective("hr", { level: "team", parentId: "company" }),
			],
			[kpi("nps"), kpi("mrr"), kpi("churn"), kpi("cost-per-attendee"), kpi("churn")],
		);
		expect(report.unlinkedKpis).toEqual(["churn", "cost-per-attendee"]);
		expect(report.objectivesWithoutKpis).toEqual(["support", "hr"]);
	});

	it("handles hostile ids", () => {
		const report = alignmentReport(
			[
				objective("__proto__", { level: "company", kpiIds: ["constructor"] }),
				objective("toString", { parentId: "__proto__" }),
			],
			[kpi("constructor"), kpi("__proto__")],
		);
		expect(report).toEqual({
			orphans: [],
			unlinkedKpis: ["__proto__"],
			objectivesWithoutKpis: ["toString"],
			connectedShare: 1,
		});
	});

	it("is linear: a chain 100,000 long", () => {
		const n = 100_000;
		const chain = Array.from({ length: n }, (_, i) =>
			objective(`o${i}`, i === 0 ? { level: "company" } : { parentId: `o${i - 1}` }),
		);
		expect(alignmentReport(chain).connectedShare).toBe(1);
	});

	it("throws validation errors for malformed objectives and KPIs", () => {
		expectIssue(() => alignmentReport([objective("a", { level: 3 as never })]), "INVALID_TYPE", [
			0,
			"level",
		]);
		expectIssue(() => alignmentReport([], [{ id: "k" } as Kpi]), "REQUIRED", ["kpis", 0, "name"]);
		expectIssue(() => alignmentReport([], {} as never), "INVALID_TYPE", ["kpis"]);
		expectIssue(
			() => alignmentReport([], [], { policy: { rollup: { rootLevels: "company" as never } } }),
			"INVALID_TYPE",
			["options", "policy", "rollup", "rootLevels"],
		);
	});

	it("does not mutate its input", () => {
		expectUnmutated(
			{
				objectives: seedCompany(),
				kpis: [kpi("nps", { measurements: [{ at: "2025-07-01", value: 50 }] })],
			},
			({ objectives, kpis }) => alignmentReport(objectives, kpis),
		);
	});

	it("connects only chains that reach a root-level objective", () => {
		expect(
			alignmentReport(
				[
					node("c", undefined, { level: "company" }),
					node("a", "c"),
					node("b", "a"),
					node("x", "y"),
					node("y", "x"),
					node("z", "ghost"),
					node("t", undefined, { level: "team", kpiIds: ["k1"] }),
				],
				[kpi("k1"), kpi("k2"), kpi("k2")],
			),
		).toEqual({
			orphans: ["t"],
			unlinkedKpis: ["k2"],
			objectivesWithoutKpis: ["c", "a", "b", "x", "y", "z"],
			connectedShare: 3 / 7,
		});
	});

	it("connects a loop through a root-level objective, and a chain listed child first", () => {
		expect(
			alignmentReport([node("r", "s", { level: "company" }), node("s", "r")]).connectedShare,
		).toBe(1);
		expect(
			alignmentReport([node("b", "a"), node("a", "r"), node("r", undefined, { level: "company" })])
				.connectedShare,
		).toBe(1);
		expect(alignmentReport([]).connectedShare).toBe(1);
	});

	it("says when the KPIs are not an array", () => {
		expect(
			expectIssue(() => alignmentReport([], {} as never), "INVALID_TYPE", ["kpis"]).issues[0]
				?.message,
		).toBe("Expected an array of KPIs (an array), received an object.");
	});

	it("keeps an objective under an orphan unconnected, whichever is listed first", () => {
		expect(alignmentReport([node("a"), node("b", "a")]).connectedShare).toBe(0);
		expect(alignmentReport([node("b", "a"), node("a")]).connectedShare).toBe(0);
		expect(
			alignmentReport([node("root", undefined, { level: "company" }), node("b", "root")])
				.connectedShare,
		).toBe(1);
		expect(
			alignmentReport([node("b", "root"), node("root", undefined, { level: "company" })])
				.connectedShare,
		).toBe(1);
	});
});
