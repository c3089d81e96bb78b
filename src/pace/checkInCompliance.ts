import { OkrError, type Path } from "../errors/index.js";
import { isValued } from "../kinds/keyResult.js";
import type { Cycle, DateInput, KeyResult, Objective } from "../model/types.js";
import { describeString, type Exact, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { type Fields, field, mapItems } from "../read/common.js";
import type { CycleRead } from "../read/cycle.js";
import { type KeyResultRead, readKeyResult } from "../read/keyResult.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { readWhole } from "../time/calendarCycle.js";
import { type Day, readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { coverageShare, periodCoverage, WEEK_DAYS } from "./core.js";
import { optionsCycle } from "./paceStatus.js";

/** Options of {@link checkInCompliance}. */
export interface CheckInComplianceOptions extends PolicyOptions, TimeZoneOptions {
	/** The cycle of a key result, or of objectives that have none of their own. */
	readonly cycle?: Cycle | undefined;
	/** Length of a check-in period in days (default `7`: weekly; `14` for bi-weekly check-ins). */
	readonly periodDays?: number | undefined;
}

/** How one key result kept up with its check-ins. */
export interface KeyResultCompliance {
	/** The objective the key result belongs to (`null` for a key result passed alone). */
	readonly objectiveId: string | null;
	readonly keyResultId: string;
	/** Periods of the cycle started by `asOf`. */
	readonly periods: number;
	/** Of those, periods with at least one check-in. */
	readonly covered: number;
	/** 1-based numbers of the periods without a check-in (week 1 starts on the cycle's first day). */
	readonly missed: readonly number[];
}

/** Check-in compliance: the share of (key result, period) pairs with at least one check-in. */
export interface CheckInCompliance {
	/** `covered / pairs`; `null` when there is nothing to measure (no pairs). */
	readonly value: number | null;
	/** (key result, period) pairs counted. */
	readonly pairs: number;
	/** Pairs with at least one check-in. */
	readonly covered: number;
	/** One entry per key result counted, in input order. */
	readonly keyResults: readonly KeyResultCompliance[];
}

/** Exact counts of check-in compliance, for other computations (`programHealth`). @internal */
export interface ComplianceCounts {
	readonly pairs: number;
	readonly covered: number;
	/** `covered / pairs` exactly, or `null` with no pairs. */
	readonly share: Exact | null;
	readonly keyResults: readonly KeyResultCompliance[];
}

/**
 * Check-in compliance of objectives already read, exactly. Objectives with no cycle use
 * `fallback`; with neither they are left out. Milestone and checklist key results are left out.
 * @internal
 */
export function complianceCounts(
	objectives: readonly ObjectiveRead[],
	asOf: Day,
	fallback: CycleRead | null = null,
	periodDays: number = WEEK_DAYS,
): ComplianceCounts {
	const keyResults: KeyResultCompliance[] = [];
	for (const objective of objectives) {
		const cycle = objective.cycle ?? fallback;
		if (cycle === null) continue;
		for (const kr of objective.keyResults) {
			if (isValued(kr)) keyResults.push(entry(objective.id, kr, cycle, asOf, periodDays));
		}
	}
	return totals(keyResults);
}

function entry(
	objectiveId: string | null,
	kr: KeyResultRead,
	cycle: CycleRead,
	asOf: Day,
	periodDays: number,
): KeyResultCompliance {
	return {
		objectiveId,
		keyResultId: kr.id,
		...periodCoverage(kr.checkIns, cycle, asOf, periodDays),
	};
}

function totals(keyResults: readonly KeyResultCompliance[]): ComplianceCounts {
	let pairs = 0;
	let covered = 0;
	for (const k of keyResults) {
		pairs += k.periods;
		covered += k.covered;
	}
	return { pairs, covered, share: coverageShare(covered, pairs), keyResults };
}

function noCycle(what: string, path: Path): OkrError {
	return new OkrError(
		"NO_CYCLE",
		`${what} has no cycle, and options.cycle was not given: compliance needs the cycle's weeks.`,
		path,
	);
}

/**
 * Check-in compliance: of the pairs (key result, week of its cycle up to `asOf`), the share with at
 * least one check-in. The seed guides aim for weekly compliance of 75% or more.
 *
 * Precisely: weeks are blocks of 7 days counted from the cycle's first day (week 1 is days 1–7;
 * the cycle's last block may be shorter). The weeks counted are those that have started by `asOf`,
 * the week containing `asOf` included, up to the cycle's end. A pair is covered when a check-in is
 * dated within that week, within the cycle and on or before `asOf`. Only key results that take
 * values count (metric, threshold, range); milestones and checklists have no check-ins to keep.
 *
 * `subject` is an objective, an array of objectives (as `programHealth` sees them: objectives with
 * no cycle and no `options.cycle` are left out) or a single key result (its cycle from
 * `options.cycle`). `options.periodDays` changes the week to another period, e.g. `14`.
 *
 * @param subject - An objective, an array of objectives, or a key result.
 * @param asOf - The date to measure up to, `"YYYY-MM-DD"`, or an instant read in `options.timeZone`.
 * @param options - `cycle`: for a key result or objectives without one; `periodDays` (default 7).
 * @returns `{ value, pairs, covered, keyResults }`; `value` is `null` when there are no pairs.
 * @throws {OkrError} `NO_CYCLE` for a single objective or key result with no cycle to use.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed subject, date, cycle, period or policy.
 *
 * @example
 * ```ts
 * const okr = {
 *   id: "growth", title: "Grow", cycle: { start: "2025-07-01", end: "2025-09-30" },
 *   keyResults: [{ id: "mrr", title: "MRR", kind: "metric", start: 10, target: 20,
 *     checkIns: [{ at: "2025-07-02", value: 11 }, { at: "2025-07-09", value: 12 }, { at: "2025-07-24", value: 13 }] }],
 * };
 * checkInCompliance(okr, "2025-07-28").value;
 * //=> 0.75
 * checkInCompliance(okr, "2025-07-28").keyResults[0].missed;
 * //=> [3]
 * ```
 */
export function checkInCompliance(
	subject: Objective | readonly Objective[] | KeyResult,
	asOf: DateInput,
	options?: CheckInComplianceOptions,
): CheckInCompliance {
	policyOf(options);
	const zone = zoneOption(options);
	const day = readDay(asOf, ["asOf"], zone);
	const fallback = optionsCycle(options);
	const periodValue =
		options === undefined || options === null ? undefined : field(options as Fields, "periodDays");
	const periodDays =
		periodValue === undefined
			? WEEK_DAYS
			: readWhole(
					periodValue,
					1,
					Number.MAX_SAFE_INTEGER,
					["options", "periodDays"],
					"a period in days",
				);
	let counts: ComplianceCounts;
	if (Array.isArray(subject)) {
		const objectives = mapItems(subject, (item, i) => readObjective(item, [i], zone));
		counts = complianceCounts(objectives, day, fallback, periodDays);
	} else if (isKeyResult(subject)) {
		const kr = readKeyResult(subject, [], zone);
		if (fallback === null) throw noCycle(`Key result ${describeString(kr.id)}`, ["cycle"]);
		counts = totals(isValued(kr) ? [entry(null, kr, fallback, day, periodDays)] : []);
	} else {
		const objective = readObjective(subject, [], zone);
		if (objective.cycle === null && fallback === null) {
			throw noCycle(`Objective ${describeString(objective.id)}`, ["cycle"]);
		}
		counts = complianceCounts([objective], day, fallback, periodDays);
	}
	return {
		value: counts.share === null ? null : toNumber(counts.share),
		pairs: counts.pairs,
		covered: counts.covered,
		keyResults: counts.keyResults,
	};
}

/** A key result is told from an objective by its own `kind` field. */
function isKeyResult(value: unknown): value is KeyResult {
	return (
		value !== null && typeof value === "object" && field(value as Fields, "kind") !== undefined
	);
}
