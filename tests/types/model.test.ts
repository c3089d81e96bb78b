/**
 * Type-level tests of the model, checked by `tsc -p .` (vitest runs them as no-ops): the zod
 * schemas' input types and the hand-written caller types describe the same shapes.
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
	type CheckIn,
	type CheckInSchema,
	type Cycle,
	type CycleSchema,
	definePolicy,
	type IssueCode,
	type KeyResult,
	type KeyResultSchema,
	type Kpi,
	type KpiSchema,
	type KpiThresholdsInput,
	type KpiThresholdsSchema,
	type Measurement,
	type MeasurementSchema,
	type Objective,
	type ObjectiveSchema,
	type ParsedCycle,
	type ParsedKeyResult,
	type ParsedKpi,
	type ParsedObjective,
	type PolicyInput,
	parseKeyResult,
	parseObjective,
	type SafeParseResult,
	type ScoringPolicy,
	type ScoringPolicySchema,
	safeParseKpi,
} from "../../src/index.js";
import type { KeyResultInput, keyResultKinds } from "../../src/kinds/keyResult.js";

const acceptKeyResult = (_: KeyResult): void => {};
const acceptObjective = (_: Objective): void => {};
const acceptKpi = (_: Kpi): void => {};
const acceptCycle = (_: Cycle): void => {};

describe("the schemas' input types and the hand-written types", () => {
	it("are real types, not any", () => {
		expectTypeOf<z.input<typeof ObjectiveSchema>>().not.toBeAny();
		expectTypeOf<z.input<typeof KeyResultSchema>>().not.toBeAny();
		expectTypeOf<z.input<typeof KpiSchema>>().not.toBeAny();
		expectTypeOf<z.input<typeof CycleSchema>>().not.toBeAny();
		expectTypeOf<ParsedObjective>().not.toBeAny();
		expectTypeOf<ParsedKeyResult>().not.toBeAny();
	});

	it("Objective and z.input<typeof ObjectiveSchema> are mutually assignable", () => {
		expectTypeOf<Objective>().toExtend<z.input<typeof ObjectiveSchema>>();
		expectTypeOf<z.input<typeof ObjectiveSchema>>().toExtend<Objective>();
	});

	it("KeyResult and z.input<typeof KeyResultSchema> are mutually assignable", () => {
		expectTypeOf<KeyResult>().toExtend<z.input<typeof KeyResultSchema>>();
		expectTypeOf<z.input<typeof KeyResultSchema>>().toExtend<KeyResult>();
	});

	it("Kpi and z.input<typeof KpiSchema> are mutually assignable", () => {
		expectTypeOf<Kpi>().toExtend<z.input<typeof KpiSchema>>();
		expectTypeOf<z.input<typeof KpiSchema>>().toExtend<Kpi>();
	});

	it("Cycle and z.input<typeof CycleSchema> are mutually assignable", () => {
		expectTypeOf<Cycle>().toExtend<z.input<typeof CycleSchema>>();
		expectTypeOf<z.input<typeof CycleSchema>>().toExtend<Cycle>();
	});

	it("check-ins, measurements and KPI thresholds match their schemas too", () => {
		expectTypeOf<CheckIn>().toExtend<z.input<typeof CheckInSchema>>();
		expectTypeOf<z.input<typeof CheckInSchema>>().toExtend<CheckIn>();
		expectTypeOf<Measurement>().toExtend<z.input<typeof MeasurementSchema>>();
		expectTypeOf<z.input<typeof MeasurementSchema>>().toExtend<Measurement>();
		expectTypeOf<KpiThresholdsInput>().toExtend<z.input<typeof KpiThresholdsSchema>>();
		expectTypeOf<z.input<typeof KpiThresholdsSchema>>().toExtend<KpiThresholdsInput>();
	});

	it("the policy schema reads a partial policy and gives the full one", () => {
		expectTypeOf<z.input<typeof ScoringPolicySchema>>().toEqualTypeOf<PolicyInput>();
		expectTypeOf<z.output<typeof ScoringPolicySchema>>().toEqualTypeOf<ScoringPolicy>();
		expectTypeOf(definePolicy).returns.toEqualTypeOf<ScoringPolicy>();
	});
});

describe("what a caller may write", () => {
	it("accepts numbers as number or decimal string, dates as string or Date", () => {
		acceptKeyResult({
			id: "kr",
			title: "MRR",
			kind: "metric",
			start: "0.1",
			target: 15000,
			checkIns: [
				{ at: new Date(0), value: "0.2" },
				{ at: "2025-07-01", value: 1 },
			],
		});
		acceptCycle({ start: new Date(0), end: "2025-09-30" });
		acceptObjective({ id: "o", title: "Only the required fields" });
		acceptKpi({ id: "k", name: "Uptime", direction: "onTarget", target: 99 });
	});

	it("rejects a metric key result without a target", () => {
		// @ts-expect-error `target` is required for a metric
		acceptKeyResult({ id: "kr", title: "MRR", kind: "metric", start: 0 });
	});

	it("rejects an unknown kind, a boolean number and a numeric date", () => {
		// @ts-expect-error there is no kind "goal"
		acceptKeyResult({ id: "kr", title: "x", kind: "goal", done: true });
		// @ts-expect-error a weight is a number or a decimal string
		acceptKeyResult({ id: "kr", title: "x", kind: "milestone", done: true, weight: true });
		// @ts-expect-error a date is a "YYYY-MM-DD" string or a Date, not a timestamp
		acceptCycle({ start: 0, end: "2025-09-30" });
	});

	it("rejects a threshold key result without a direction and a KPI with an unknown cadence", () => {
		// @ts-expect-error `direction` is required for a threshold
		acceptKeyResult({ id: "kr", title: "x", kind: "threshold", threshold: 1 });
		// @ts-expect-error cadences are daily, weekly, monthly, quarterly
		acceptKpi({ id: "k", name: "x", direction: "onTarget", target: 1, cadence: "hourly" });
	});

	it("rejects an unknown policy field and a policy number of the wrong type", () => {
		// Not run: definePolicy would throw for the first two at run time.
		const write = (): void => {
			// @ts-expect-error the policy has no `progress.ceiling`
			definePolicy({ progress: { ceiling: 1 } });
			// @ts-expect-error a cap is a number input or null
			definePolicy({ progress: { cap: true } });
			definePolicy({ progress: { cap: null }, pace: { phases: [{ at: 0.5, expected: "0.3" }] } });
		};
		expectTypeOf(write).toBeFunction();
	});
});

describe("parsed types", () => {
	it("fill the defaults", () => {
		expectTypeOf<ParsedObjective["type"]>().toEqualTypeOf<"aspirational" | "committed">();
		expectTypeOf<ParsedObjective["keyResults"]>().toEqualTypeOf<readonly ParsedKeyResult[]>();
		expectTypeOf<ParsedObjective["kpiIds"]>().toEqualTypeOf<readonly string[]>();
		expectTypeOf<ParsedObjective["contribution"]>().toEqualTypeOf<string | number>();
		expectTypeOf<ParsedKeyResult["weight"]>().toEqualTypeOf<string | number>();
		expectTypeOf<ParsedKpi["measurements"][number]["at"]>().toEqualTypeOf<string | Date>();
	});

	it("hold dates as given: a day string, a timestamp string or a Date", () => {
		expectTypeOf<ParsedCycle["start"]>().toEqualTypeOf<string | Date>();
		expectTypeOf<ParsedKeyResult["checkIns"][number]["at"]>().toEqualTypeOf<string | Date>();
	});

	it("narrow on kind", () => {
		expectTypeOf(parseKeyResult).returns.toEqualTypeOf<ParsedKeyResult>();
		const narrow = (kr: ParsedKeyResult): void => {
			if (kr.kind === "threshold") {
				expectTypeOf(kr.scoring).toEqualTypeOf<"latest" | "checkIns">();
				expectTypeOf(kr.direction).toEqualTypeOf<"atLeast" | "atMost">();
			}
			if (kr.kind === "checklist") {
				expectTypeOf(kr.items[0]?.weight).toEqualTypeOf<string | number | undefined>();
			}
		};
		expectTypeOf(narrow).toBeFunction();
	});

	it("are readonly", () => {
		expectTypeOf(parseObjective).returns.toEqualTypeOf<ParsedObjective>();
		const change = (objective: ParsedObjective): void => {
			// @ts-expect-error a parsed objective is frozen
			objective.title = "changed";
			// @ts-expect-error its arrays are readonly
			objective.kpiIds.push("k");
		};
		expectTypeOf(change).toBeFunction();
	});

	it("is usable as a computation's input", () => {
		expectTypeOf<ParsedObjective>().toExtend<Objective>();
		expectTypeOf<ParsedKeyResult>().toExtend<KeyResult>();
		expectTypeOf<ParsedKpi>().toExtend<Kpi>();
		expectTypeOf<ParsedCycle>().toExtend<Cycle>();
	});

	it("safeParse results narrow on success", () => {
		expectTypeOf(safeParseKpi).returns.toEqualTypeOf<SafeParseResult<ParsedKpi>>();
		const result = safeParseKpi({});
		if (result.success) expectTypeOf(result.data).toEqualTypeOf<ParsedKpi>();
		else expectTypeOf(result.error.issues[0]?.code).toEqualTypeOf<IssueCode | undefined>();
	});
});

describe("the exported key-result union", () => {
	it("lists every kind of the registry, and nothing else", () => {
		expectTypeOf<KeyResult>().toEqualTypeOf<KeyResultInput>();
		expectTypeOf<KeyResult["kind"]>().toEqualTypeOf<keyof typeof keyResultKinds>();
	});
});
