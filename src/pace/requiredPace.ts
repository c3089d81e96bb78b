import { OkrError } from "../errors/index.js";
import { valueAsOf } from "../kinds/readings.js";
import type { Cycle, DateInput, KeyResult, NumberInput } from "../model/types.js";
import {
	add,
	describeString,
	divide,
	type Exact,
	exact,
	fromInt,
	mul,
	ONE,
	sub,
	toNumber,
} from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { readCycle } from "../read/cycle.js";
import { readKeyResult } from "../read/keyResult.js";
import { readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";

/** Options of {@link requiredPace}. */
export interface RequiredPaceOptions extends PolicyOptions, TimeZoneOptions {
	/**
	 * The progress to reach by the cycle's end, any number (default `1`, the target itself; `0.7`
	 * aims at the stretch sweet spot).
	 */
	readonly progress?: NumberInput | undefined;
}

/** What a metric key result still needs by the end of its cycle, and at what pace. */
export interface RequiredPace {
	/** The value that reaches the progress aimed at: `start + progress × (target − start)`. */
	readonly needed: number;
	/** `needed` − the value as of the day: how far it still has to move (negative: already there). */
	readonly remaining: number;
	/** Days after the day asked up to and including the cycle's end (`0` once it has ended). */
	readonly daysLeft: number;
	/** `remaining / daysLeft`; `null` when no day is left. */
	readonly perDay: number | null;
	/** `7 × remaining / daysLeft`; `null` when no day is left. */
	readonly perWeek: number | null;
}

/** `options.progress` as an exact number (default 1; `INVALID_NUMBER` at `["options", "progress"]`). */
function progressOption(options: unknown): Exact {
	const value = isRecord(options) ? own(options, "progress") : undefined;
	return value === undefined ? ONE : exact(value, ["options", "progress"]);
}

const SEVEN = fromInt(7);

/**
 * What it takes: the value a metric key result must reach by the end of the cycle, how far it is
 * from it as of a day, and the pace that closes the gap over the days left, per day and per week.
 *
 * The value as of the day is read as progress reads it: the latest check-in on or before it when
 * the key result has check-ins (none yet: its `start`), else `current`, else `start`. A closing
 * grade does not enter: this is about values. Every figure is exact up to its one division,
 * converted once.
 *
 * @param keyResult - A metric key result, as a plain object.
 * @param cycle - `{ start, end }`: the days left run up to and including `end`.
 * @param asOf - The day to measure from, `"YYYY-MM-DD"` or a `Date` (read as its UTC date): its
 *   own progress counts as done, so the days left are those after it.
 * @param options - `progress`: the progress to reach (default 1; 0.7 for the stretch sweet spot);
 *   `policy`: accepted and checked for uniformity (no rule of it applies).
 * @returns `{ needed, remaining, daysLeft, perDay, perWeek }`.
 * @throws {OkrError} `NOT_A_METRIC` for another kind of key result.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed key result, cycle (under
 *   `["cycle"]`), date (`["asOf"]`), `options.progress` (`INVALID_NUMBER` at
 *   `["options", "progress"]`) or policy.
 *
 * @example
 * ```ts
 * const signups = { id: "signups", title: "Weekly sign-ups 0 → 100", kind: "metric",
 *   start: 0, target: 100, current: 40 };
 * const q3 = { start: "2025-07-01", end: "2025-09-30" };
 * requiredPace(signups, q3, "2025-08-15");
 * //=> { needed: 100, remaining: 60, daysLeft: 46, perDay: 1.3043478260869565, perWeek: 9.130434782608695 }
 * requiredPace(signups, q3, "2025-08-15", { progress: 0.7 }).remaining;
 * //=> 30
 * requiredPace(signups, q3, "2025-09-30");
 * //=> { needed: 100, remaining: 60, daysLeft: 0, perDay: null, perWeek: null }
 * ```
 */
export function requiredPace(
	keyResult: KeyResult,
	cycle: Cycle,
	asOf: DateInput,
	options?: RequiredPaceOptions,
): RequiredPace {
	policyOf(options);
	const zone = zoneOption(options);
	const kr = readKeyResult(keyResult, [], zone);
	const read = readCycle(cycle, ["cycle"], zone);
	const day = readDay(asOf, ["asOf"], zone);
	const progress = progressOption(options);
	if (kr.kind !== "metric") {
		throw new OkrError(
			"NOT_A_METRIC",
			`Key result ${describeString(kr.id)} is of kind "${kr.kind}": only a metric key result has a value to pace.`,
			["kind"],
		);
	}
	const needed = add(kr.start, mul(progress, sub(kr.target, kr.start)));
	const value = valueAsOf(kr.current, kr.checkIns, day) ?? kr.start;
	const remaining = sub(needed, value);
	const daysLeft = Math.max(read.end - day, 0);
	const days = fromInt(daysLeft);
	return {
		needed: toNumber(needed),
		remaining: toNumber(remaining),
		daysLeft,
		perDay: daysLeft === 0 ? null : toNumber(divide(remaining, days)),
		perWeek: daysLeft === 0 ? null : toNumber(divide(mul(SEVEN, remaining), days)),
	};
}
