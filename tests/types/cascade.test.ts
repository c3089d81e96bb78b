/**
 * Type-level tests of the cascade API, checked by `tsc -p .` (vitest runs them as no-ops).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
	type AlignmentReport,
	type CascadeIssue,
	type Color,
	createRollUp,
	type Explanation,
	explain,
	type IncrementalRollUp,
	type KeyResultPatch,
	type Objective,
	type ParsedObjective,
	type RollUpIssue,
	type RollUpScore,
	type RollUpSource,
	rollUp,
	type ScoredExplanation,
	type ScoredRollUpEntry,
	type UnscoredExplanation,
	type UnscoredRollUpEntry,
	validateCascade,
} from "../../src/index.js";

const objectives: readonly Objective[] = [
	{
		id: "o",
		title: "O",
		keyResults: [{ id: "kr", title: "KR", kind: "metric", start: 0, target: 1 }],
	},
];

describe("cascade types", () => {
	it("rollUp returns a Map of scores the caller owns", () => {
		expectTypeOf(rollUp(objectives)).toEqualTypeOf<Map<string, RollUpScore>>();
		expectTypeOf<RollUpScore["source"]>().toEqualTypeOf<RollUpSource>();
		expectTypeOf<RollUpScore["color"]>().toEqualTypeOf<Color>();
	});

	it("accepts parsed objectives as well as written ones", () => {
		const parsed: ParsedObjective[] = [];
		rollUp(parsed);
		validateCascade(parsed);
	});

	it("gives a read-only scores Map and a typed patch", () => {
		const live = createRollUp(objectives);
		expectTypeOf(live).toEqualTypeOf<IncrementalRollUp>();
		expectTypeOf(live.scores).toEqualTypeOf<ReadonlyMap<string, RollUpScore>>();
		const entry: RollUpScore = { score: 1, grade: 1, color: "green", source: "keyResults" };
		// The scores of a roll-up cannot be set (and at run time, set throws).
		expect(() => {
			// @ts-expect-error: ReadonlyMap has no set
			live.scores.set("x", entry);
		}).toThrow(TypeError);
		live.update("kr", { current: 42 });
		live.update("kr", { current: "41.5", checkIns: [{ at: "2025-08-01", value: 40 }] });
		live.update("kr", { kind: "milestone", done: true });
		// A current value is a number or a decimal string (at run time: INVALID_NUMBER).
		expect(() => {
			// @ts-expect-error: boolean is not a NumberInput
			live.update("kr", { current: true });
		}).toThrow();
		expectTypeOf<{ weight: 2 }>().toMatchTypeOf<KeyResultPatch>();
	});

	it("types issues, explanations and alignment reports", () => {
		expectTypeOf(validateCascade(objectives)).toEqualTypeOf<CascadeIssue[]>();
		expectTypeOf<CascadeIssue["code"]>().toEqualTypeOf<
			"DUPLICATE_ID" | "UNKNOWN_PARENT" | "ALIGNMENT_CYCLE" | "NEGATIVE_CONTRIBUTION"
		>();
		expectTypeOf(explain(objectives, "o")).toEqualTypeOf<Explanation>();
		expectTypeOf<Explanation["terms"][number]["kind"]>().toEqualTypeOf<"keyResult" | "objective">();
		expectTypeOf<AlignmentReport["connectedShare"]>().toEqualTypeOf<number>();
	});

	it("keeps the plain roll-up scored, and makes a partial one narrowable", () => {
		expectTypeOf(rollUp(objectives, { asOf: "2025-08-15" })).toEqualTypeOf<
			Map<string, RollUpScore>
		>();
		expectTypeOf(rollUp(objectives, { partial: false })).toEqualTypeOf<Map<string, RollUpScore>>();
		expectTypeOf<RollUpScore["score"]>().toEqualTypeOf<number>();
		const scores = rollUp(objectives, { partial: true });
		expectTypeOf(scores).toEqualTypeOf<Map<string, RollUpScore<true>>>();
		expectTypeOf<RollUpScore<true>>().toEqualTypeOf<ScoredRollUpEntry | UnscoredRollUpEntry>();
		const entry = scores.get("o") as RollUpScore<true>;
		if (entry.score === null) {
			expectTypeOf(entry.issue).toEqualTypeOf<RollUpIssue>();
			expectTypeOf(entry.color).toEqualTypeOf<null>();
		} else {
			expectTypeOf(entry.color).toEqualTypeOf<Color>();
		}
		if (entry.issue === undefined) expectTypeOf(entry.score).toEqualTypeOf<number>();
		// Not known to be partial: either shape.
		const maybe = rollUp(objectives, { partial: Math.random() > 2 });
		expectTypeOf(maybe).toEqualTypeOf<Map<string, RollUpScore<boolean>>>();
		expectTypeOf(createRollUp(objectives, { partial: true }).scores).toEqualTypeOf<
			ReadonlyMap<string, RollUpScore<true>>
		>();
		expectTypeOf(
			createRollUp(objectives, { partial: true }).update("kr", { current: 1 }),
		).toEqualTypeOf<IncrementalRollUp<true>>();
		expectTypeOf(explain(objectives, "o", { partial: true })).toEqualTypeOf<
			ScoredExplanation | UnscoredExplanation
		>();
		expectTypeOf(explain(objectives, "o", { asOf: "2025-08-15" }).score).toEqualTypeOf<number>();
		// @ts-expect-error: partial is a boolean
		expect(() => rollUp(objectives, { partial: "yes" })).toThrow();
	});
});
