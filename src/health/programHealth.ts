import { alignmentReport } from "../cascade/alignmentReport.js";
import { isStale } from "../kpi/core.js";
import type { DateInput, Kpi, Objective } from "../model/types.js";
import {
	add,
	cmp,
	divide,
	type Exact,
	fromInt,
	fromResult,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import { complianceCounts } from "../pace/checkInCompliance.js";
import type { Aim } from "../policy/defaults.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { objectiveScore } from "../progress/objectiveProgress.js";
import { latestReading, readEach } from "../read/common.js";
import { readKpi } from "../read/kpi.js";
import { readObjective } from "../read/objective.js";
import { readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";

/** Options of {@link programHealth}. */
export interface ProgramHealthOptions extends PolicyOptions, TimeZoneOptions {}

/** The range a health figure should fall within (the policy's {@link Aim}, as numbers). */
export type HealthAim = Aim<number>;

/** One health figure, its aim, and whether it meets it. */
export interface HealthFigure {
	/** The figure, from 0 to 1; `null` when there is nothing to measure. */
	readonly value: number | null;
	/** The aim, from the policy's `health` section. */
	readonly aim: HealthAim;
	/** Whether `value` is within the aim (bounds included); `null` when `value` is. */
	readonly met: boolean | null;
}

/** How an OKR program is doing, in four figures (docs/scoring.md, "Program health"). */
export interface ProgramHealth {
	/** Mean score of the objectives that have key results (aim 0.6–0.7: stretch, not sandbagging). */
	readonly achievementRate: HealthFigure;
	/** Share of (key result, week of its cycle up to `asOf`) pairs with a check-in (aim >= 0.75). */
	readonly checkInCompliance: HealthFigure;
	/** Share of KPIs with a cadence whose latest measurement is not stale at `asOf` (aim >= 0.9). */
	readonly kpisOnTime: HealthFigure;
	/** Share of objectives connected to a root-level objective, as `alignmentReport` (aim >= 0.9). */
	readonly connectedShare: HealthFigure;
}

interface ExactAim {
	readonly min: Exact;
	readonly max: Exact | null;
}

function figure(value: Exact | null, aim: ExactAim): HealthFigure {
	const shown: HealthAim =
		aim.max === null
			? { min: toNumber(aim.min) }
			: { min: toNumber(aim.min), max: toNumber(aim.max) };
	if (value === null) return { value: null, aim: shown, met: null };
	const met = cmp(value, aim.min) >= 0 && (aim.max === null || cmp(value, aim.max) <= 0);
	return { value: toNumber(value), aim: shown, met };
}

function share(count: number, total: number): Exact | null {
	return total === 0 ? null : divide(fromInt(count), fromInt(total));
}

/**
 * The health of an OKR program, in the four figures the seed guides track, each against an aim
 * from the policy (`policy.health`):
 *
 * - `achievementRate`: the mean score (`objectiveProgress`) of the objectives that have key results;
 *   aim 0.6–0.7, the stretch sweet spot (higher suggests goals that are too safe).
 * - `checkInCompliance`: of the pairs (key result with values, week of its objective's cycle that
 *   has started by `asOf`), the share with at least one check-in in that week — as
 *   `checkInCompliance(objectives, asOf)`; objectives without a cycle are left out; aim >= 0.75.
 * - `kpisOnTime`: of the KPIs with a `cadence`, the share whose latest measurement on or before
 *   `asOf` is not stale by that cadence (as `kpiStatus` judges it; a KPI never measured is not on
 *   time); aim >= 0.9.
 * - `connectedShare`: `alignmentReport`'s share of objectives whose chain of parents reaches a
 *   root-level objective; aim >= 0.9.
 *
 * Each figure is `{ value, aim: { min, max? }, met }`, with `met` true when `min <= value <= max`.
 * `value` and `met` are `null` when there is nothing to measure: no objective with key results, no
 * pair, no KPI with a cadence, no objective.
 *
 * @param objectives - The objectives, as plain objects.
 * @param kpis - The KPIs, as plain objects.
 * @param asOf - The day to judge on, `"YYYY-MM-DD"`, or an instant read in `options.timeZone`.
 * @param options - `policy`: a partial scoring policy (`health` aims, `kpi.staleAfter`, …).
 * @returns `{ achievementRate, checkInCompliance, kpisOnTime, connectedShare }`.
 * @throws {OkrError} `ZERO_TOTAL_WEIGHT` when an objective's key result weights sum to 0 (its score
 *   is undefined, so no rate can include it).
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective (paths start with its
 *   index), KPI (paths start with `"kpis"`), `asOf` (`["asOf"]`) or policy.
 *
 * @example
 * ```ts
 * const q3 = { start: "2025-07-01", end: "2025-09-30" };
 * const health = programHealth(
 *   [
 *     { id: "company", title: "Lead in customer satisfaction", level: "company", cycle: q3,
 *       keyResults: [{ id: "nps", title: "NPS 6 → 8", kind: "metric", start: 6, target: 8,
 *         checkIns: [{ at: "2025-07-03", value: 6.5 }, { at: "2025-07-10", value: 7.3 }] }] },
 *   ],
 *   [{ id: "uptime", name: "Uptime", direction: "higherIsBetter", target: 99, cadence: "weekly",
 *     measurements: [{ at: "2025-07-18", value: 99.2 }] }],
 *   "2025-07-21",
 * );
 * health.achievementRate;
 * //=> { value: 0.65, aim: { min: 0.6, max: 0.7 }, met: true }
 * health.checkInCompliance;
 * //=> { value: 0.6666666666666666, aim: { min: 0.75 }, met: false }
 * health.kpisOnTime;
 * //=> { value: 1, aim: { min: 0.9 }, met: true }
 * health.connectedShare;
 * //=> { value: 1, aim: { min: 0.9 }, met: true }
 * ```
 */
export function programHealth(
	objectives: readonly Objective[],
	kpis: readonly Kpi[],
	asOf: DateInput,
	options?: ProgramHealthOptions,
): ProgramHealth {
	const policy = policyOf(options);
	const numbers = policyNumbers(policy);
	const zone = zoneOption(options);
	const read = readEach(objectives, [], "an array of objectives", (o, path) =>
		readObjective(o, path, zone),
	);
	const kpiRead = readEach(kpis, ["kpis"], "an array of KPIs", (k, path) => readKpi(k, path, zone));
	const day = readDay(asOf, ["asOf"], zone);

	let total = ZERO;
	let scored = 0;
	for (const o of read) {
		if (o.keyResults.length === 0) continue;
		// As of the day asked, as the other figures are.
		total = add(total, objectiveScore(o, numbers, day));
		scored++;
	}
	const achievement = scored === 0 ? null : divide(total, fromInt(scored));

	const compliance = complianceCounts(read, day).share;

	let withCadence = 0;
	let onTime = 0;
	for (const k of kpiRead) {
		if (k.cadence === null) continue;
		withCadence++;
		const latest = latestReading(k.measurements, day);
		if (latest !== null && !isStale(k.cadence, latest.at, day, policy)) onTime++;
	}

	const connected =
		read.length === 0
			? null
			: fromResult(alignmentReport(objectives, kpis, options).connectedShare);

	return {
		achievementRate: figure(achievement, numbers.achievementRate),
		checkInCompliance: figure(compliance, numbers.checkInCompliance),
		kpisOnTime: figure(share(onTime, withCadence), numbers.kpisOnTime),
		connectedShare: figure(connected, numbers.connectedShare),
	};
}
