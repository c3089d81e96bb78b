/**
 * Exact expectations on alignment reports and cascade scoring failures that mutation testing
 * (issue 8) showed were missing: who is connected (loops with and without a root-level objective,
 * unknown parents, chains listed child first), and the words of NO_KEY_RESULTS and
 * ZERO_TOTAL_WEIGHT for each roll-up source.
 */
import { describe, expect, it } from "vitest";
import { alignmentReport, type Kpi, type Objective, rollUp } from "../../src/index.js";
import { expectCode, expectIssue } from "../support/foundation.js";

const o = (id: string, parentId?: string, extra: Record<string, unknown> = {}) =>
	({ id, title: id, ...(parentId === undefined ? {} : { parentId }), ...extra }) as Objective;
const kpi = (id: string) => ({ id, name: id, direction: "onTarget", target: 1 }) as Kpi;
const done = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	title: id,
	kind: "milestone" as const,
	done: true,
	...extra,
});

describe("alignmentReport", () => {
	it("connects only chains that reach a root-level objective", () => {
		expect(
			alignmentReport(
				[
					o("c", undefined, { level: "company" }),
					o("a", "c"),
					o("b", "a"),
					o("x", "y"),
					o("y", "x"),
					o("z", "ghost"),
					o("t", undefined, { level: "team", kpiIds: ["k1"] }),
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
		expect(alignmentReport([o("r", "s", { level: "company" }), o("s", "r")]).connectedShare).toBe(
			1,
		);
		expect(
			alignmentReport([o("b", "a"), o("a", "r"), o("r", undefined, { level: "company" })])
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
});

describe("the words of cascade scoring failures", () => {
	it("names the objective and what its score would come from", () => {
		expect(expectCode(() => rollUp([o("a")]), "NO_KEY_RESULTS", [0, "keyResults"]).message).toBe(
			'Objective "a" has neither key results nor children to score it.',
		);
		expect(
			expectCode(
				() => rollUp([o("a", undefined, { keyResults: [done("k", { weight: 0 })] })]),
				"ZERO_TOTAL_WEIGHT",
				[0, "keyResults"],
			).message,
		).toBe('The weights of the key results of objective "a" sum to 0: its score is undefined.');
		const children = { policy: { rollup: { source: "children" as const } } };
		expect(
			expectCode(
				() => rollUp([o("p"), o("c", "p", { contribution: 0, keyResults: [done("k")] })], children),
				"ZERO_TOTAL_WEIGHT",
				[0],
			).message,
		).toBe(
			'The weights of the children (their contributions) of objective "p" sum to 0: its score is undefined.',
		);
		const both = { policy: { rollup: { source: "both" as const } } };
		expect(
			expectCode(
				() =>
					rollUp(
						[
							o("p", undefined, { keyResults: [done("k0", { weight: 0 })] }),
							o("c", "p", { contribution: 0, keyResults: [done("k")] }),
						],
						both,
					),
				"ZERO_TOTAL_WEIGHT",
				[0],
			).message,
		).toBe(
			'The weights of the key results and children of objective "p" sum to 0: its score is undefined.',
		);
	});
});
