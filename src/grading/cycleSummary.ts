import type { DateInput, Objective } from "../model/types.js";
import { add, divide, type Exact, fromInt, fromResult, toNumber, ZERO } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { objectiveScore } from "../progress/objectiveProgress.js";
import { asOfOption } from "../progress/options.js";
import { readEach } from "../read/common.js";
import type { CycleRead } from "../read/cycle.js";
import { readObjective } from "../read/objective.js";
import type { CalendarCycle } from "../time/calendarCycle.js";
import { formatDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { isPerfectGrade, roundedGrade } from "./core.js";
import { gradeScore } from "./gradeObjective.js";

/** Options of {@link cycleSummary}. */
export interface CycleSummaryOptions extends PolicyOptions, TimeZoneOptions {
	/** Score every objective as it stood on this day (as `objectiveProgress` reads it then). */
	readonly asOf?: DateInput | undefined;
}

/** One cycle's objectives, graded side by side with the other cycles'. */
export interface CycleSummaryRow {
	/**
	 * The cycle, with its days as `"YYYY-MM-DD"` strings and the label of the first of its
	 * objectives (in input order), when that one has a label.
	 */
	readonly cycle: CalendarCycle;
	/** How many objectives have this cycle, those that cannot be scored included. */
	readonly objectives: number;
	/** The mean score of those that can be scored (that have key results); `null` when none can. */
	readonly meanScore: number | null;
	/** The share of those scored whose `gradeObjective` is a `success`; `null` when none. */
	readonly successRate: number | null;
	/** The share of those scored whose outcome is `"sweetSpot"`; `null` when none. */
	readonly sweetSpotShare: number | null;
	/**
	 * The share of those scored graded 1.0 (of either type): many stretch objectives graded so is
	 * what lint's `NOT_AMBITIOUS` warns of; `null` when none.
	 */
	readonly perfectShare: number | null;
}

interface Tally {
	readonly cycle: CycleRead;
	objectives: number;
	scored: number;
	total: Exact;
	success: number;
	sweetSpot: number;
	perfect: number;
}

/** `count / of`, or `null` when `of` is 0. */
function share(count: number, of: number): number | null {
	return of === 0 ? null : toNumber(divide(fromInt(count), fromInt(of)));
}

/**
 * Cycles side by side: one row per cycle (the objectives with the same first and last day; those
 * without a cycle are left out), in order of their first day (then of their last day, a shorter
 * cycle first). Each row counts its objectives and gives, over those that can be scored, their
 * mean score and the shares graded a success, in the stretch sweet spot, and 1.0, each as
 * `gradeObjective` grades them. An objective without key results cannot be scored: it is counted
 * in `objectives` but left out of the figures, which are `null` when no objective of the cycle can
 * be scored. Each mean is exact, converted once.
 *
 * @param objectives - The objectives, as plain objects, in any order.
 * @param options - `asOf`: score each objective as it stood on that day; `policy`: a partial
 *   scoring policy (`progress.*`, `grading.*`).
 * @returns The rows, one per cycle, in order of start.
 * @throws {OkrError} `ZERO_TOTAL_WEIGHT` for an objective whose key results' weights sum to 0.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective (paths start with its
 *   index), a bad `options.asOf` (`["options", "asOf"]`) or policy.
 *
 * @example
 * ```ts
 * const metric = (id: string, current: number) => ({ id, title: id, kind: "metric", start: 0, target: 10, current });
 * const q2 = { start: "2025-04-01", end: "2025-06-30", label: "2025-Q2" };
 * const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };
 * const rows = cycleSummary([
 *   { id: "a", title: "Grow", cycle: q3, keyResults: [metric("a1", 7)] },
 *   { id: "b", title: "Delight", cycle: q2, keyResults: [metric("b1", 10)] },
 *   { id: "c", title: "Ship", cycle: q2, keyResults: [metric("c1", 4)] },
 *   { id: "d", title: "Someday" },
 * ]);
 * rows.map((row) => [row.cycle.label, row.objectives, row.meanScore, row.successRate, row.perfectShare]);
 * //=> [["2025-Q2", 2, 0.7, 0.5, 0.5], ["2025-Q3", 1, 0.7, 1, 0]]
 * ```
 */
export function cycleSummary(
	objectives: readonly Objective[],
	options?: CycleSummaryOptions,
): CycleSummaryRow[] {
	const policy = policyNumbers(policyOf(options));
	const zone = zoneOption(options);
	const read = readEach(objectives, [], "an array of objectives", (o, path) =>
		readObjective(o, path, zone),
	);
	const asOf = asOfOption(options);
	const tallies = new Map<string, Tally>();
	for (const o of read) {
		const cycle = o.cycle;
		if (cycle === null) continue;
		const key = `${cycle.start}:${cycle.end}`;
		let tally = tallies.get(key);
		if (tally === undefined) {
			tally = {
				cycle,
				objectives: 0,
				scored: 0,
				total: ZERO,
				success: 0,
				sweetSpot: 0,
				perfect: 0,
			};
			tallies.set(key, tally);
		}
		tally.objectives++;
		if (o.keyResults.length === 0) continue;
		const score = objectiveScore(o, policy, asOf);
		const graded = gradeScore(o.type, toNumber(score), policy);
		tally.scored++;
		tally.total = add(tally.total, score);
		if (graded.success) tally.success++;
		if (graded.outcome === "sweetSpot") tally.sweetSpot++;
		if (isPerfectGrade(roundedGrade(fromResult(graded.score), policy))) tally.perfect++;
	}
	return [...tallies.values()]
		.sort((a, b) => a.cycle.start - b.cycle.start || a.cycle.end - b.cycle.end)
		.map((t) => ({
			cycle: {
				start: formatDay(t.cycle.start),
				end: formatDay(t.cycle.end),
				...(t.cycle.label === undefined ? {} : { label: t.cycle.label }),
			},
			objectives: t.objectives,
			meanScore: t.scored === 0 ? null : toNumber(divide(t.total, fromInt(t.scored))),
			successRate: share(t.success, t.scored),
			sweetSpotShare: share(t.sweetSpot, t.scored),
			perfectShare: share(t.perfect, t.scored),
		}));
}
