/**
 * The zod schemas of the model, compiled from its descriptions (`src/kinds`): each describes what a
 * caller writes and parses it to plain, frozen data with defaults filled in and every date as a
 * `"YYYY-MM-DD"` string. Numbers keep the type they came in with.
 *
 * They are `zod/mini` schemas (zod 4's functional API: `z.optional(s)`, not `s.optional()`), which
 * cost about half of classic zod in a bundle. They compose with both (see docs/embedding.md,
 * "The zod schemas").
 *
 * @module
 */
import type * as z from "zod/mini";
import { checklist, checklistItem } from "../kinds/checklist.js";
import { cycle } from "../kinds/cycle.js";
import { type KeyResultInput, type KeyResultParsed, keyResult } from "../kinds/keyResult.js";
import { kpi, kpiThresholds } from "../kinds/kpi.js";
import { metric } from "../kinds/metric.js";
import { milestone } from "../kinds/milestone.js";
import { objective } from "../kinds/objective.js";
import { range } from "../kinds/range.js";
import { checkIn, measurement } from "../kinds/readings.js";
import { threshold } from "../kinds/threshold.js";
import { schemaOf, unionSchema } from "./compile.js";

export { ScoringPolicySchema } from "./policySchema.js";

/**
 * A cycle: `{ start, end, label? }`, both days included, `end >= start` (`END_BEFORE_START` at
 * `["end"]`). Dates are `"YYYY-MM-DD"` days, or instants (timestamps with an offset, `Date`s) that
 * computations read in their `options.timeZone`; parsing keeps them as given. The schema knows no
 * zone: it compares instants by their UTC day.
 *
 * @example
 * ```ts
 * CycleSchema.parse({ start: "2025-07-01T00:00:00Z", end: "2025-09-30", label: "2025-Q3" });
 * //=> { start: "2025-07-01T00:00:00Z", end: "2025-09-30", label: "2025-Q3" }
 * CycleSchema.safeParse({ start: "2025-07-01T00:00:00", end: "2025-09-30" }).success;
 * //=> false
 * CycleSchema.safeParse({ start: "2025-09-30", end: "2025-07-01" }).success;
 * //=> false
 * ```
 */
export const CycleSchema = schemaOf(cycle);

/**
 * A check-in: the value of a key result on a date, with the owner's optional confidence from 0
 * to 10 (`OUT_OF_RANGE` outside).
 *
 * @example
 * ```ts
 * CheckInSchema.parse({ at: "2025-08-01", value: "12.5", confidence: 7 });
 * //=> { at: "2025-08-01", value: "12.5", confidence: 7 }
 * CheckInSchema.safeParse({ at: "2025-08-01", value: 1, confidence: 11 }).success;
 * //=> false
 * ```
 */
export const CheckInSchema = schemaOf(checkIn);

/**
 * A measurement: the value of a KPI on a date.
 *
 * @example
 * ```ts
 * MeasurementSchema.parse({ at: "2025-08-01T23:30:00Z", value: 99.2 });
 * //=> { at: "2025-08-01T23:30:00Z", value: 99.2 }
 * ```
 */
export const MeasurementSchema = schemaOf(measurement);

/**
 * A metric key result: a number moving from `start` to `target` (`start == target`:
 * `START_EQUALS_TARGET` at `["target"]`, whose message points to the `threshold` kind).
 *
 * @example
 * ```ts
 * MetricKeyResultSchema.parse({ id: "kr", title: "MRR", kind: "metric", start: 0, target: "15000" });
 * //=> { id: "kr", title: "MRR", kind: "metric", start: 0, target: "15000", weight: 1, checkIns: [] }
 * ```
 */
export const MetricKeyResultSchema = schemaOf(metric.description);

/**
 * A threshold key result: a value that must stay at least (or at most) `threshold`, inclusive.
 * `scoring` defaults to `"latest"`.
 *
 * @example
 * ```ts
 * ThresholdKeyResultSchema.parse({ id: "kr", title: "Uptime", kind: "threshold", direction: "atLeast", threshold: 99.9 });
 * //=> { id: "kr", title: "Uptime", kind: "threshold", direction: "atLeast", threshold: 99.9, scoring: "latest", weight: 1, checkIns: [] }
 * ```
 */
export const ThresholdKeyResultSchema = schemaOf(threshold.description);

/**
 * A range key result: a value that must stay within `[low, high]` (`low > high`:
 * `LOW_ABOVE_HIGH` at `["high"]`). `scoring` defaults to `"latest"`.
 *
 * @example
 * ```ts
 * RangeKeyResultSchema.safeParse({ id: "kr", title: "NPS", kind: "range", low: 50, high: 40 }).success;
 * //=> false
 * ```
 */
export const RangeKeyResultSchema = schemaOf(range.description);

/**
 * A milestone key result: done or not done.
 *
 * @example
 * ```ts
 * MilestoneKeyResultSchema.parse({ id: "kr", title: "Launch", kind: "milestone", done: true });
 * //=> { id: "kr", title: "Launch", kind: "milestone", done: true, weight: 1, checkIns: [] }
 * ```
 */
export const MilestoneKeyResultSchema = schemaOf(milestone.description);

/**
 * One item of a checklist key result; `weight` defaults to `1`.
 *
 * @example
 * ```ts
 * ChecklistItemSchema.parse({ title: "Write the spec", done: false });
 * //=> { title: "Write the spec", done: false, weight: 1 }
 * ```
 */
export const ChecklistItemSchema = schemaOf(checklistItem);

/**
 * A checklist key result: weighted items, at least one (`EMPTY_CHECKLIST` at `["items"]`).
 *
 * @example
 * ```ts
 * ChecklistKeyResultSchema.safeParse({ id: "kr", title: "Hiring", kind: "checklist", items: [] }).success;
 * //=> false
 * ```
 */
export const ChecklistKeyResultSchema = schemaOf(checklist.description);

/**
 * A key result of any kind, discriminated on `kind` (`"metric"`, `"threshold"`, `"range"`,
 * `"milestone"`, `"checklist"`).
 *
 * @example
 * ```ts
 * KeyResultSchema.parse({ id: "kr", title: "Ship v2", kind: "milestone", done: false }).weight;
 * //=> 1
 * ```
 */
export const KeyResultSchema = unionSchema(keyResult) as z.ZodMiniType<
	KeyResultParsed,
	KeyResultInput
>;

/**
 * An objective: `type` defaults to `"aspirational"`, `keyResults` and `kpiIds` to `[]`,
 * `contribution` (its weight in the parent's roll-up) to `1`. A negative contribution parses: a
 * cascade check reports it (`NEGATIVE_CONTRIBUTION`), as the computations do.
 *
 * @example
 * ```ts
 * ObjectiveSchema.parse({ id: "o1", title: "Delight customers" });
 * //=> { id: "o1", title: "Delight customers", type: "aspirational", keyResults: [], contribution: 1, kpiIds: [] }
 * ```
 */
export const ObjectiveSchema = schemaOf(objective);

/**
 * A KPI's traffic-light limits on the shortfall, `0 <= green <= yellow` (`NEGATIVE` at
 * `["green"]`, else `THRESHOLDS_OUT_OF_ORDER`), in the KPI's unit (`"absolute"`) or as a share of
 * `|target|` (`"relative"`).
 *
 * @example
 * ```ts
 * KpiThresholdsSchema.safeParse({ mode: "absolute", green: 5, yellow: 2 }).success;
 * //=> false
 * ```
 */
export const KpiThresholdsSchema = schemaOf(kpiThresholds);

/**
 * A KPI: a gauge with a target, measured over time; `measurements` default to `[]`. Relative
 * thresholds on a target of 0 are `RELATIVE_TO_ZERO_TARGET` at `["thresholds", "mode"]`.
 *
 * @example
 * ```ts
 * KpiSchema.parse({ id: "uptime", name: "Uptime", direction: "higherIsBetter", target: "99.9" });
 * //=> { id: "uptime", name: "Uptime", direction: "higherIsBetter", target: "99.9", measurements: [] }
 * ```
 */
export const KpiSchema = schemaOf(kpi);

/** `T` with every property and array readonly, all the way down (parsed values are frozen). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
	? readonly DeepReadonly<U>[]
	: T extends Date
		? T
		: T extends object
			? { readonly [K in keyof T]: DeepReadonly<T[K]> }
			: T;

/** A cycle as parsed: dates kept as given, frozen. */
export type ParsedCycle = DeepReadonly<z.output<typeof CycleSchema>>;
/** A key result as parsed: defaults filled, dates kept as given, frozen. */
export type ParsedKeyResult = DeepReadonly<z.output<typeof KeyResultSchema>>;
/** An objective as parsed: defaults filled, dates kept as given, frozen. */
export type ParsedObjective = DeepReadonly<z.output<typeof ObjectiveSchema>>;
/** A KPI as parsed: defaults filled, dates kept as given, frozen. */
export type ParsedKpi = DeepReadonly<z.output<typeof KpiSchema>>;
