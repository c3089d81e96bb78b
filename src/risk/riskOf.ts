import { isValued } from "../kinds/keyResult.js";
import { closingScore } from "../kinds/keyResultBase.js";
import type { Cycle, DateInput, NumberInput, Objective } from "../model/types.js";
import { describeString, type Exact, roundHalfUp, toNumber } from "../numeric/index.js";
import { elapsedDays } from "../pace/core.js";
import { cycleOf, type ExactPace, paceOf } from "../pace/paceStatus.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { scoreOption } from "../progress/options.js";
import { latestReading } from "../read/common.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { type Day, formatDay, readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { confidenceColor, latestConfidence } from "./core.js";

/** Options of {@link riskOf}. */
export interface RiskOfOptions extends PolicyOptions, TimeZoneOptions {
	/** The cycle to judge by when the objective has none of its own. */
	readonly cycle?: Cycle | undefined;
	/** The progress to judge pace by instead of the objective's own, such as its roll-up score. */
	readonly score?: NumberInput | undefined;
}

/** How much an objective is at risk. */
export type RiskLevel = "low" | "medium" | "high";

/** Why an objective is at risk, in the order {@link riskOf} lists its reasons. */
export const RISK_CODES = ["BEHIND_PACE", "LOW_CONFIDENCE", "NO_RECENT_CHECK_IN"] as const;

/** Why an objective is at risk: `"BEHIND_PACE"`, `"LOW_CONFIDENCE"` or `"NO_RECENT_CHECK_IN"`. */
export type RiskCode = (typeof RISK_CODES)[number];

/** One reason an objective is at risk. */
export interface RiskReason {
	readonly code: RiskCode;
	/** The objective's id, then the key result's for a reason about one key result. */
	readonly ids: readonly string[];
	/** The reason in a sentence, with its numbers. */
	readonly message: string;
}

/** How much an objective is at risk, and why. */
export interface Risk {
	/** The highest level of its reasons; `"low"` without any. */
	readonly level: RiskLevel;
	/** By code (`BEHIND_PACE`, `LOW_CONFIDENCE`, `NO_RECENT_CHECK_IN`), then key results in order. */
	readonly reasons: readonly RiskReason[];
}

/** The levels, lowest first: a reason's level is an index into this list. */
export const RISK_LEVELS: readonly RiskLevel[] = ["low", "medium", "high"];
const q = (s: string): string => describeString(s);
const show = (value: Exact): number => toNumber(roundHalfUp(value, 2));

/**
 * How much an objective is at risk as of a day, and why. Three signals, each a reason with its
 * own level; the objective's level is the highest of them, `"low"` when there is none:
 *
 * - `BEHIND_PACE`: {@link paceStatus} as of `asOf` is `"atRisk"` (medium) or `"offTrack"` (high).
 * - `LOW_CONFIDENCE`, per key result: its latest confidence on or before `asOf`
 *   ({@link confidenceOf}) is yellow (medium) or red (high).
 * - `NO_RECENT_CHECK_IN` (medium), per metric, threshold or range key result not closed by
 *   `asOf`: no check-in in the policy `risk.checkInDays` days (14) up to and including `asOf`,
 *   i.e. none dated after `asOf − 14` (a check-in exactly 14 days before `asOf` is not recent;
 *   13 days before is). Only once the cycle has run that long: `asOf` is its 14th day or later,
 *   so the window lies within the cycle (a cycle shorter than 14 days is never flagged).
 *
 * A snapshot: nothing dated after `asOf` counts. Reasons come by code in the order above, then
 * key results in the objective's order. See docs/cycle.md, "Risk".
 *
 * @param objective - The objective, as a plain object.
 * @param asOf - The day to judge by, `"YYYY-MM-DD"` or a `Date`.
 * @param options - `cycle`: used when the objective has none; `score`: the progress to judge pace
 *   by instead of the objective's own; `policy`: `pace.*`, `confidence.*`, `risk.checkInDays`.
 * @returns `{ level, reasons }`, each reason `{ code, ids, message }`.
 * @throws {OkrError} `NO_CYCLE` when neither the objective nor `options` has a cycle;
 *   `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as `objectiveProgress`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective, date, cycle or policy.
 *
 * @example
 * ```ts
 * const okr = {
 *   id: "growth", title: "Grow", cycle: { start: "2025-07-01", end: "2025-09-30" },
 *   keyResults: [
 *     { id: "mrr", title: "MRR 10k → 20k", kind: "metric", start: 10_000, target: 20_000,
 *       checkIns: [{ at: "2025-08-10", value: 15_000, confidence: 6 }] },
 *     { id: "churn", title: "Churn at most 2%", kind: "threshold", direction: "atMost", threshold: 2,
 *       checkIns: [{ at: "2025-07-20", value: 2.5 }] },
 *   ],
 * } as const;
 * riskOf(okr, "2025-08-15").level;
 * //=> "medium"
 * riskOf(okr, "2025-08-15").reasons.map((r) => r.code);
 * //=> ["LOW_CONFIDENCE", "NO_RECENT_CHECK_IN"]
 * riskOf(okr, "2025-08-15").reasons[1].message;
 * //=> 'Key result "churn" has no check-in in the 14 days up to 2025-08-15; its latest is from 2025-07-20.'
 * ```
 */
export function riskOf(objective: Objective, asOf: DateInput, options?: RiskOfOptions): Risk {
	const policy = policyOf(options);
	const numbers = policyNumbers(policy);
	const zone = zoneOption(options);
	const read = readObjective(objective, [], zone);
	const day = readDay(asOf, ["asOf"], zone);
	const cycle = cycleOf(read, options, "risk");
	const pace = paceOf(read, cycle, day, numbers, scoreOption(options));
	const found = [
		...behindPace(read.id, pace, day),
		...lowConfidence(read, day, numbers),
		...(elapsedDays(cycle, day) >= policy.risk.checkInDays
			? noRecentCheckIn(read, day, policy.risk.checkInDays)
			: []),
	];
	let level = 0;
	for (const f of found) level = Math.max(level, f.level);
	return { level: RISK_LEVELS[level] as RiskLevel, reasons: found.map((f) => f.reason) };
}

/** A reason found, with its level as an index into {@link RISK_LEVELS}. */
interface Found {
	readonly level: number;
	readonly reason: RiskReason;
}

function found(level: number, code: RiskCode, ids: readonly string[], message: string): Found {
	return { level, reason: { code, ids, message } };
}

function behindPace(id: string, pace: ExactPace, day: Day): Found[] {
	if (pace.status === "onTrack") return [];
	const atRisk = pace.status === "atRisk";
	return [
		found(
			atRisk ? 1 : 2,
			"BEHIND_PACE",
			[id],
			`Objective ${q(id)} is ${atRisk ? "at risk" : "off track"}: its progress ${show(pace.progress)} is ${show(pace.gap)} behind the ${show(pace.expected)} expected by ${formatDay(day)}.`,
		),
	];
}

function lowConfidence(read: ObjectiveRead, day: Day, policy: PolicyNumbers): Found[] {
	const out: Found[] = [];
	for (const kr of read.keyResults) {
		const latest = latestConfidence(kr.checkIns, day);
		if (latest === null) continue;
		const color = confidenceColor(latest.confidence, policy);
		if (color === "green") continue;
		const red = color === "red";
		out.push(
			found(
				red ? 2 : 1,
				"LOW_CONFIDENCE",
				[read.id, kr.id],
				`Key result ${q(kr.id)} has a ${color} confidence of ${toNumber(latest.confidence)} (${color} up to ${toNumber(red ? policy.confidenceRed : policy.confidenceYellow)}), given on ${formatDay(latest.at)}.`,
			),
		);
	}
	return out;
}

/**
 * Key results that take values, not closed by `day`, without a check-in in the `days` days up to
 * and including `day` (none dated after `day − days`).
 */
function noRecentCheckIn(read: ObjectiveRead, day: Day, days: number): Found[] {
	const out: Found[] = [];
	for (const kr of read.keyResults) {
		if (!isValued(kr) || closingScore(kr, day) !== null) continue;
		const latest = latestReading(kr.checkIns, day);
		if (latest !== null && latest.at > day - days) continue;
		out.push(
			found(
				1,
				"NO_RECENT_CHECK_IN",
				[read.id, kr.id],
				`Key result ${q(kr.id)} has no check-in in the ${days} days up to ${formatDay(day)}; ${latest === null ? "it has none yet" : `its latest is from ${formatDay(latest.at)}`}.`,
			),
		);
	}
	return out;
}
