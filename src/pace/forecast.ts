import { OkrError } from "../errors/index.js";
import { type Color, gradeColor, roundedGrade } from "../grading/core.js";
import type { Cycle, DateInput, KeyResult } from "../model/types.js";
import { describeString, divide, fromResult, mul, sub, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { clampProgress } from "../progress/core.js";
import { readCycle } from "../read/cycle.js";
import { readKeyResult } from "../read/keyResult.js";
import { readDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { leastSquaresAt } from "./core.js";

/** Options of {@link forecast}. */
export interface ForecastOptions extends PolicyOptions, TimeZoneOptions {}

/** Where a metric key result is heading by the end of its cycle. */
export interface Forecast {
	/** The trend line's value on the cycle's last day; not clamped. */
	readonly value: number;
	/** The progress that value would give, clamped by policy `progress.floor` / `progress.cap`. */
	readonly progress: number;
	/** `progress` graded as `grade()` does: clamped to [0, 1], rounded half-up to one decimal. */
	readonly grade: number;
	/** The grade's colour, as `grade()` gives it. */
	readonly color: Color;
}

/**
 * Forecasts a metric key result: the least-squares line through its check-ins inside the cycle and
 * on or before `asOf`
 * (x = calendar day, every check-in one point), read on the cycle's last day. The line is solved
 * exactly and divided once, so check-ins lying exactly on a line forecast that line's value.
 * `current` is ignored: only dated check-ins make a trend.
 *
 * @param keyResult - A metric key result, as a plain object.
 * @param cycle - `{ start, end }`: the forecast is read at `end`.
 * @param asOf - Check-ins after this date are left out (`"YYYY-MM-DD"`, or an instant read in
 *   `options.timeZone`).
 * @param options - `policy`: `progress.*` (clamping), `grading.*` (grade and colour).
 * @returns `{ value, progress, grade, color }`.
 * @throws {OkrError} `NOT_A_METRIC` for another kind of key result; `NOT_ENOUGH_CHECK_INS` unless
 *   check-ins inside the cycle and on or before `asOf` fall on at least two different dates.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed key result, cycle, date or policy.
 *
 * @example
 * ```ts
 * forecast({
 *   id: "signups", title: "Weekly sign-ups 200 → 500", kind: "metric", start: 200, target: 500,
 *   checkIns: [{ at: "2025-07-01", value: 200 }, { at: "2025-07-31", value: 260 }, { at: "2025-08-30", value: 320 }],
 * }, { start: "2025-07-01", end: "2025-09-29" }, "2025-08-30");
 * //=> { value: 380, progress: 0.6, grade: 0.6, color: "yellow" }
 * ```
 */
export function forecast(
	keyResult: KeyResult,
	cycle: Cycle,
	asOf: DateInput,
	options?: ForecastOptions,
): Forecast {
	const policy = policyNumbers(policyOf(options));
	const zone = zoneOption(options);
	const kr = readKeyResult(keyResult, [], zone);
	const read = readCycle(cycle, ["cycle"], zone);
	const day = readDay(asOf, ["asOf"], zone);
	if (kr.kind !== "metric") {
		throw new OkrError(
			"NOT_A_METRIC",
			`Key result ${describeString(kr.id)} is of kind "${kr.kind}": only a metric key result has a trend to forecast.`,
			["kind"],
		);
	}
	// Only this cycle's check-ins make its trend: one carried over from another cycle is left out.
	const readings = kr.checkIns.filter((r) => r.at >= read.start && r.at <= day);
	const { numerator, denominator } = leastSquaresAt(readings, read.end, ["checkIns"]);
	const value = divide(numerator, denominator);
	// (value − start) / (target − start), as one fraction over the line's own denominator.
	const raw = divide(
		sub(numerator, mul(kr.start, denominator)),
		mul(denominator, sub(kr.target, kr.start)),
	);
	const progress = toNumber(clampProgress(raw, policy));
	// Graded from the returned number, so `grade(result.progress)` always agrees.
	const rounded = roundedGrade(fromResult(progress), policy);
	return {
		value: toNumber(value),
		progress,
		grade: toNumber(rounded),
		color: gradeColor(rounded, policy),
	};
}
