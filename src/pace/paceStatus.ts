import { OkrError } from "../errors/index.js";
import type { Cycle, DateInput, NumberInput, Objective } from "../model/types.js";
import { cmp, describeString, type Exact, sub, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { objectiveScore } from "../progress/objectiveProgress.js";
import { scoreOption } from "../progress/options.js";
import { type Fields, field } from "../read/common.js";
import { type CycleRead, readCycle } from "../read/cycle.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { type Day, readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { expectedShare } from "./core.js";

/** Options of {@link paceStatus}. */
export interface PaceStatusOptions extends PolicyOptions, TimeZoneOptions {
	/** The cycle to judge by when the objective has none of its own. */
	readonly cycle?: Cycle | undefined;
	/** The progress to judge instead of the objective's own, such as its roll-up score. */
	readonly score?: NumberInput | undefined;
}

/** Where an objective stands against the calendar. */
export type PaceState = "onTrack" | "atRisk" | "offTrack";

/** An objective's progress against the progress expected by a date. */
export interface PaceStatus {
	/** `"onTrack"` when `gap <= pace.onTrackGap`, `"atRisk"` when `gap <= pace.atRiskGap`, else `"offTrack"`. */
	readonly status: PaceState;
	/** The objective's progress as it stands (`objectiveProgress`). */
	readonly progress: number;
	/** The progress expected by `asOf`: elapsed share of the cycle × the expected final score of its type. */
	readonly expected: number;
	/** `expected − progress`, computed exactly: positive means behind, negative ahead. */
	readonly gap: number;
}

/** The state for an exact gap, boundaries inclusive. @internal */
export function paceState(gap: Exact, policy: PolicyNumbers): PaceState {
	if (cmp(gap, policy.onTrackGap) <= 0) return "onTrack";
	if (cmp(gap, policy.atRiskGap) <= 0) return "atRisk";
	return "offTrack";
}

/** Reads `options.cycle` (instants in `options.timeZone`), or `null` when none was given. @internal */
export function optionsCycle(options: unknown): CycleRead | null {
	if (options === undefined || options === null) return null;
	const value = field(options as Fields, "cycle");
	return value === undefined ? null : readCycle(value, ["options", "cycle"], zoneOption(options));
}

/**
 * Whether an objective is on pace: its progress against the progress expected by `asOf`.
 *
 * `expected` is the elapsed share of the objective's `cycle` (or `options.cycle` when it has none),
 * counting `asOf`, shaped by policy `pace.phases`, times the final score expected of its type
 * (policy `pace.expectedFinal`: committed 1.0, aspirational 0.7). `progress` is the objective's
 * progress as it stands now (its current values). `gap = expected − progress`, exact; the status is
 * `"onTrack"` when `gap <= 0.10`, `"atRisk"` when `gap <= 0.25`, else `"offTrack"` (policy
 * `pace.onTrackGap`, `pace.atRiskGap`; both boundaries inclusive).
 *
 * @param objective - The objective, as a plain object.
 * @param asOf - The date to judge by: a day `"YYYY-MM-DD"`, or an instant (a `Date`, a timestamp
 *   with an offset) read as the day on which it falls in `options.timeZone` (default UTC).
 * @param options - `cycle`: used when the objective has none; `score`: the progress to judge
 *   instead of the objective's own (a roll-up score); `policy`: `pace.*`, `progress.*`;
 *   `timeZone`: the IANA zone in which `asOf` and the objective's instants are read.
 * @returns `{ status, progress, expected, gap }`.
 * @throws {OkrError} `NO_CYCLE` when neither the objective nor `options` has a cycle;
 *   `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as `objectiveProgress`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective, date, cycle or policy,
 *   or an unknown zone (`INVALID_TIME_ZONE` at `["options", "timeZone"]`).
 *
 * @example
 * ```ts
 * paceStatus({
 *   id: "reliability", title: "Rock-solid checkout", type: "committed",
 *   cycle: { start: "2025-07-01", end: "2025-09-30" },
 *   keyResults: [{ id: "uptime", title: "Uptime 99.0 → 99.9", kind: "metric", start: 99, target: 99.9, current: 99.36 }],
 * }, "2025-08-15");
 * //=> { status: "onTrack", progress: 0.4, expected: 0.5, gap: 0.1 }
 * // A check-in stamped 23:30 UTC on August 14 is made on the 15th in Berlin.
 * const launch = {
 *   id: "launch", title: "Launch", cycle: { start: "2025-07-01", end: "2025-09-30" },
 *   keyResults: [{ id: "beta", title: "Beta users 0 → 100", kind: "metric", start: 0, target: 100,
 *     checkIns: [{ at: "2025-08-14T23:30:00Z", value: 35 }] }],
 * };
 * paceStatus(launch, "2025-08-14").progress;
 * //=> 0.35
 * paceStatus(launch, "2025-08-14", { timeZone: "Europe/Berlin" }).progress;
 * //=> 0
 * ```
 */
export function paceStatus(
	objective: Objective,
	asOf: DateInput,
	options?: PaceStatusOptions,
): PaceStatus {
	const policy = policyNumbers(policyOf(options));
	const zone = zoneOption(options);
	const read = readObjective(objective, [], zone);
	const day = readDay(asOf, ["asOf"], zone);
	const cycle = cycleOf(read, options, "pace");
	const pace = paceOf(read, cycle, day, policy, scoreOption(options));
	return {
		status: pace.status,
		progress: toNumber(pace.progress),
		expected: toNumber(pace.expected),
		gap: toNumber(pace.gap),
	};
}

/**
 * The cycle an objective is judged by: its own, else `options.cycle`; `NO_CYCLE` with neither
 * (`what` names what needs it). @internal
 */
export function cycleOf(read: ObjectiveRead, options: unknown, what: string): CycleRead {
	// options.cycle is checked even when the objective has a cycle of its own.
	const fallback = optionsCycle(options);
	const cycle = read.cycle ?? fallback;
	if (cycle !== null) return cycle;
	throw new OkrError(
		"NO_CYCLE",
		`Objective ${describeString(read.id)} has no cycle, and options.cycle was not given: ${what} needs dates.`,
		["cycle"],
	);
}

/** {@link PaceStatus} with exact numbers. @internal */
export interface ExactPace {
	readonly status: PaceState;
	readonly progress: Exact;
	readonly expected: Exact;
	readonly gap: Exact;
}

/**
 * The pace of an objective already read, as of `day`: its progress then (or `score` when given)
 * against the progress expected of its type by then. @internal
 */
export function paceOf(
	read: ObjectiveRead,
	cycle: CycleRead,
	day: Day,
	policy: PolicyNumbers,
	score: Exact | null,
): ExactPace {
	const final = read.type === "committed" ? policy.finalCommitted : policy.finalAspirational;
	const expected = expectedShare(cycle, day, final, policy);
	// A snapshot of the day asked: check-ins and doneAt after it do not count.
	const progress = score ?? objectiveScore(read, policy, day);
	const gap = sub(expected, progress);
	return { status: paceState(gap, policy), progress, expected, gap };
}
