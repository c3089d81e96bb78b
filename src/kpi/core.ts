/**
 * KPI rules on exact values, written once: shortfall, limits, colour and staleness. The public
 * functions (`kpiStatus`, `kpiTrend`, `kpiStatusHistory`) and other capabilities (program health,
 * lint, pictures) build on these.
 *
 * The model is SAP's UI `CriticalityCalculation`: Maximize / Minimize / Target become
 * `higherIsBetter` / `lowerIsBetter` / `onTarget`, and its tolerance and deviation bounds become the
 * `green` and `yellow` limits on the shortfall.
 *
 * @module
 * @internal
 */
import type { Color } from "../grading/core.js";
import { abs, add, cmp, type Exact, mul, sub } from "../numeric/index.js";
import type { ScoringPolicy, StaleAfter } from "../policy/defaults.js";
import type { PolicyNumbers } from "../policy/rules.js";
import type { Reading } from "../read/common.js";
import type { KpiRead, KpiThresholdsRead } from "../read/kpi.js";
import { addMonths, type Day } from "../time/day.js";

/** A KPI's traffic-light colour. */
/** A KPI band's colour: the traffic-light colours of grades. */
export type KpiColor = Color;

/** The thresholds that apply to a KPI: its own, else the policy's. */
export function thresholdsOf(kpi: KpiRead, policy: PolicyNumbers): KpiThresholdsRead {
	return (
		kpi.thresholds ?? { mode: policy.kpiMode, green: policy.kpiGreen, yellow: policy.kpiYellow }
	);
}

/** Shortfall limits in the KPI's unit: relative limits are scaled by `|target|`. */
export interface KpiLimits {
	readonly green: Exact;
	readonly yellow: Exact;
}

/**
 * The limits in the KPI's unit. A relative limit on a target of 0 is 0 (only the policy's default
 * thresholds can get here: the reader refuses a KPI's own relative thresholds on a zero target), so
 * the KPI is green when met, else red.
 */
export function limitsOf(kpi: KpiRead, policy: PolicyNumbers): KpiLimits {
	const t = thresholdsOf(kpi, policy);
	if (t.mode === "absolute") return { green: t.green, yellow: t.yellow };
	const scale = abs(kpi.target);
	return { green: mul(t.green, scale), yellow: mul(t.yellow, scale) };
}

/**
 * How far `value` sits on the bad side of the target: `target − value` (higherIsBetter),
 * `value − target` (lowerIsBetter), `|value − target|` (onTarget). Negative: ahead of target.
 */
export function shortfallOf(kpi: KpiRead, value: Exact): Exact {
	switch (kpi.direction) {
		case "higherIsBetter":
			return sub(kpi.target, value);
		case "lowerIsBetter":
			return sub(value, kpi.target);
		case "onTarget":
			return abs(sub(value, kpi.target));
	}
}

/** The colour of a shortfall: green up to `green`, yellow up to `yellow`, else red (boundaries better). */
export function colorOf(shortfall: Exact, limits: KpiLimits): KpiColor {
	if (cmp(shortfall, limits.green) <= 0) return "green";
	if (cmp(shortfall, limits.yellow) <= 0) return "yellow";
	return "red";
}

/** The values from `from` to `to`, both included; `null` where the values go on without end. */
export interface ValueRange {
	readonly from: Exact | null;
	readonly to: Exact | null;
}

/**
 * The values whose shortfall ({@link shortfallOf}) is at most `limit`: from `target − limit` up
 * (higherIsBetter), up to `target + limit` (lowerIsBetter), `target ± limit` (onTarget). With
 * {@link colorOf}, a value is green within `limits.green`, yellow within `limits.yellow`, else red:
 * this is how a picture lays the colours out along a KPI's scale.
 */
export function valuesWithin(kpi: Pick<KpiRead, "direction" | "target">, limit: Exact): ValueRange {
	switch (kpi.direction) {
		case "higherIsBetter":
			return { from: sub(kpi.target, limit), to: null };
		case "lowerIsBetter":
			return { from: null, to: add(kpi.target, limit) };
		case "onTarget":
			return { from: sub(kpi.target, limit), to: add(kpi.target, limit) };
	}
}

/** The last day a reading taken on `day` is still fresh: `day` plus the limit (date-fns months). */
export function freshUntil(day: Day, limit: StaleAfter): Day {
	return "days" in limit ? day + limit.days : addMonths(day, limit.months);
}

/**
 * Whether a reading taken on `day` is stale on `asOf` for a KPI with this cadence: the day after
 * {@link freshUntil} and later (a KPI without a cadence never goes stale). A reading exactly at the
 * limit is fresh: monthly, `"2025-01-31"` is fresh through `"2025-02-28"` and stale from March 1.
 */
export function isStale(
	cadence: KpiRead["cadence"],
	day: Day,
	asOf: Day,
	policy: ScoringPolicy,
): boolean {
	if (cadence === null) return false;
	return asOf > freshUntil(day, policy.kpi.staleAfter[cadence]);
}

/** The change between two readings as the KPI sees it. */
export interface TrendRead {
	readonly direction: "up" | "down" | "flat";
	readonly improving: boolean | null;
}

/** The trend from `previous` to `latest`. */
export function trendOf(kpi: KpiRead, previous: Reading, latest: Reading): TrendRead {
	const change = cmp(latest.value, previous.value);
	if (change === 0) return { direction: "flat", improving: null };
	const up = change === 1; // `cmp` gives -1, 0 or 1
	const direction = up ? "up" : "down";
	switch (kpi.direction) {
		case "higherIsBetter":
			return { direction, improving: up };
		case "lowerIsBetter":
			return { direction, improving: !up };
		case "onTarget":
			// Improving only when the distance to the target shrinks (crossing it to the same distance is not).
			return {
				direction,
				improving:
					cmp(abs(sub(latest.value, kpi.target)), abs(sub(previous.value, kpi.target))) < 0,
			};
	}
}
