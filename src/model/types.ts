/**
 * The model as callers write it: plain objects, fields with defaults optional. Every computation
 * accepts these directly. Each type is derived from the one description of its record
 * (`src/kinds`), from which the readers and the zod schemas are compiled too.
 *
 * @module
 */
import type { checklist, checklistItem } from "../kinds/checklist.js";
import type { cycle } from "../kinds/cycle.js";
import type { InputOf, RecordOf } from "../kinds/fields.js";
import type { closing, keyResultBase } from "../kinds/keyResultBase.js";
import type { CADENCES, KPI_DIRECTIONS, kpi, kpiOrigin } from "../kinds/kpi.js";
import type { metric } from "../kinds/metric.js";
import type { milestone } from "../kinds/milestone.js";
import type { OBJECTIVE_TYPES, objective } from "../kinds/objective.js";
import type { range } from "../kinds/range.js";
import type { checkIn, measurement } from "../kinds/readings.js";
import type { threshold } from "../kinds/threshold.js";
import type { NumberInput } from "../numeric/index.js";
import type { KpiThresholds } from "../policy/defaults.js";
import type { DateInput } from "../time/day.js";

export type { DateInput, NumberInput };

/** A period of calendar days, both ends included (`end >= start`). */
export interface Cycle extends InputOf<typeof cycle> {}

/** A reading of a key result's value on a date, with the owner's optional confidence from 0 to 10. */
export interface CheckIn extends InputOf<typeof checkIn> {}

/**
 * The grade a key result's owner gave it at the end of its cycle (`closing` on any kind): `score`,
 * any number, clamped like any progress; an optional `note` (at most 10,000 characters); and the
 * day `at` it was given. From `at` on (always, without `at`) the key result's progress is `score`,
 * in every computation; as of an earlier day it is still scored from its data.
 *
 * @example
 * ```ts
 * const nps = { id: "nps", title: "NPS 30 → 50", kind: "metric", start: 30, target: 50, current: 44,
 *   closing: { score: 0.6, note: "The survey ran late", at: "2025-09-30" } };
 * keyResultProgress(nps);
 * //=> 0.6
 * keyResultProgress(nps, { asOf: "2025-09-29" });
 * //=> 0.7
 * keyResultProgress({ ...nps, closing: { score: 1.3 } });
 * //=> 1
 * ```
 */
export interface Closing extends InputOf<typeof closing> {}

/** Fields every kind of key result has. */
export interface KeyResultBase extends InputOf<RecordOf<typeof keyResultBase>> {}

/** A number moving from `start` to `target`: up when `target > start`, down when below. */
export interface MetricKeyResult extends InputOf<typeof metric.description> {}

/** A value that must stay at least (or at most) a threshold, both inclusive. */
export interface ThresholdKeyResult extends InputOf<typeof threshold.description> {}

/** A value that must stay within `[low, high]`, both ends inclusive. */
export interface RangeKeyResult extends InputOf<typeof range.description> {}

/** Done or not done. */
export interface MilestoneKeyResult extends InputOf<typeof milestone.description> {}

/** One item of a checklist key result (`weight` `>= 0`, default `1`). */
export interface ChecklistItem extends InputOf<typeof checklistItem> {}

/** A weighted list of items, scored by the share done. */
export interface ChecklistKeyResult extends InputOf<typeof checklist.description> {}

/**
 * A key result, discriminated on `kind`. (A type test holds this list to the registry of kinds, so
 * a kind added there and not here fails to compile.)
 */
export type KeyResult =
	| MetricKeyResult
	| ThresholdKeyResult
	| RangeKeyResult
	| MilestoneKeyResult
	| ChecklistKeyResult;

/** The kinds of key result: `"metric"`, `"threshold"`, `"range"`, `"milestone"`, `"checklist"`. */
export type KeyResultKind = KeyResult["kind"];

/** `"aspirational"` (stretch: 0.6–0.7 is success) or `"committed"` (only 1.0 is success). */
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

/** An objective, its key results and its place in a cascade. */
export interface Objective extends InputOf<typeof objective> {}

/** How a KPI's value is judged against its target: `"higherIsBetter"`, `"lowerIsBetter"` or `"onTarget"`. */
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** How often a KPI is measured: `"daily"`, `"weekly"`, `"monthly"` or `"quarterly"`. */
export type Cadence = (typeof CADENCES)[number];

/** A KPI's traffic-light limits on the shortfall (the policy's `KpiThresholds`, under its older name). */
export type KpiThresholdsInput = KpiThresholds;

/** A reading of a KPI on a date. */
export interface Measurement extends InputOf<typeof measurement> {}

/** Where a promoted KPI came from. */
export interface KpiOrigin extends InputOf<typeof kpiOrigin> {}

/** A key performance indicator: a gauge with a target, measured over time. */
export interface Kpi extends InputOf<typeof kpi> {}
