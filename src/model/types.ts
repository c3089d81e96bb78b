/**
 * The model as callers write it: plain objects, fields with defaults optional. Every computation
 * accepts these directly; the zod schemas in this folder describe the same shapes (a type test
 * keeps them in step).
 *
 * @module
 */
import type { NumberInput } from "../numeric/index.js";
import type { DateInput } from "../time/day.js";

export type { DateInput, NumberInput };

/** A period of calendar days, both ends included. */
export interface Cycle {
	readonly start: DateInput;
	readonly end: DateInput;
	readonly label?: string | undefined;
}

/** A reading of a key result's value on a date. */
export interface CheckIn {
	readonly at: DateInput;
	readonly value: NumberInput;
	/** How confident the owner is of reaching the target, from 0 to 1. Informative only. */
	readonly confidence?: NumberInput | undefined;
}

/** Fields every kind of key result has. */
export interface KeyResultBase {
	readonly id: string;
	readonly title: string;
	/** Weight in the objective's score, `>= 0` (default `1`). */
	readonly weight?: NumberInput | undefined;
	readonly owner?: string | undefined;
	readonly unit?: string | undefined;
	/** Readings of the value over time (default `[]`). */
	readonly checkIns?: readonly CheckIn[] | undefined;
}

/** A number moving from `start` to `target`: up when `target > start`, down when below. */
export interface MetricKeyResult extends KeyResultBase {
	readonly kind: "metric";
	readonly start: NumberInput;
	readonly target: NumberInput;
	/** The value now; without it, the latest check-in's value, else `start`. */
	readonly current?: NumberInput | undefined;
}

/** A value that must stay at least (or at most) a threshold, both inclusive. */
export interface ThresholdKeyResult extends KeyResultBase {
	readonly kind: "threshold";
	readonly direction: "atLeast" | "atMost";
	readonly threshold: NumberInput;
	readonly current?: NumberInput | undefined;
	/** `"latest"` (default): held now or not; `"checkIns"`: the share of check-ins that held. */
	readonly scoring?: "latest" | "checkIns" | undefined;
}

/** A value that must stay within `[low, high]`, both ends inclusive. */
export interface RangeKeyResult extends KeyResultBase {
	readonly kind: "range";
	readonly low: NumberInput;
	readonly high: NumberInput;
	readonly current?: NumberInput | undefined;
	readonly scoring?: "latest" | "checkIns" | undefined;
}

/** Done or not done. */
export interface MilestoneKeyResult extends KeyResultBase {
	readonly kind: "milestone";
	readonly done: boolean;
}

/** One item of a checklist key result. */
export interface ChecklistItem {
	readonly title: string;
	readonly done: boolean;
	/** Weight among the items, `>= 0` (default `1`). */
	readonly weight?: NumberInput | undefined;
}

/** A weighted list of items, scored by the share done. */
export interface ChecklistKeyResult extends KeyResultBase {
	readonly kind: "checklist";
	readonly items: readonly ChecklistItem[];
}

/** A key result, discriminated on `kind`. */
export type KeyResult =
	| MetricKeyResult
	| ThresholdKeyResult
	| RangeKeyResult
	| MilestoneKeyResult
	| ChecklistKeyResult;

/** The kinds of key result. */
export type KeyResultKind = KeyResult["kind"];

/** Aspirational (stretch, 0.6–0.7 is success) or committed (only 1.0 is success). */
export type ObjectiveType = "aspirational" | "committed";

/** An objective, its key results and its place in a cascade. */
export interface Objective {
	readonly id: string;
	readonly title: string;
	/** Default `"aspirational"`. */
	readonly type?: ObjectiveType | undefined;
	/** Default `[]`: a parent may be scored from its children alone. */
	readonly keyResults?: readonly KeyResult[] | undefined;
	readonly cycle?: Cycle | undefined;
	readonly owner?: string | undefined;
	/** Free text: `"company"`, `"team"`, `"individual"`… */
	readonly level?: string | undefined;
	/** The objective this one contributes to. */
	readonly parentId?: string | null | undefined;
	/** Weight in the parent's roll-up, `>= 0` (default `1`). */
	readonly contribution?: NumberInput | undefined;
	/** KPIs that support this objective. */
	readonly kpiIds?: readonly string[] | undefined;
}

/** How a KPI's value is judged against its target. */
export type KpiDirection = "higherIsBetter" | "lowerIsBetter" | "onTarget";

/** How often a KPI is measured. */
export type Cadence = "daily" | "weekly" | "monthly" | "quarterly";

/** A KPI's traffic-light limits on the shortfall. */
export interface KpiThresholdsInput {
	readonly mode: "absolute" | "relative";
	readonly green: NumberInput;
	readonly yellow: NumberInput;
}

/** A reading of a KPI on a date. */
export interface Measurement {
	readonly at: DateInput;
	readonly value: NumberInput;
}

/** Where a promoted KPI came from. */
export interface KpiOrigin {
	readonly objectiveId: string;
	readonly keyResultId: string;
	readonly promotedAt: string | null;
}

/** A key performance indicator: a gauge with a target, measured over time. */
export interface Kpi {
	readonly id: string;
	readonly name: string;
	readonly unit?: string | undefined;
	readonly direction: KpiDirection;
	readonly target: NumberInput;
	readonly thresholds?: KpiThresholdsInput | undefined;
	readonly cadence?: Cadence | undefined;
	/** Default `[]`. */
	readonly measurements?: readonly Measurement[] | undefined;
	readonly owner?: string | undefined;
	readonly origin?: KpiOrigin | undefined;
}
