/**
 * Pace rules over values already read: calendar days in, exact values out. Every quotient is
 * written as one fraction and divided once, at the end.
 *
 * @module
 * @internal
 */
import { OkrError } from "../errors/index.js";
import { add, cmp, divide, type Exact, fromInt, mul, ONE, sub, ZERO } from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";
import type { Reading } from "../read/common.js";
import type { CycleRead } from "../read/cycle.js";
import type { Day } from "../time/day.js";

/** Number of days in a cycle, both ends included. */
export function cycleDays(cycle: CycleRead): number {
	return cycle.end - cycle.start + 1;
}

/** Days of the cycle elapsed by the end of `asOf` (which counts), from 0 to the cycle's length. */
export function elapsedDays(cycle: CycleRead, asOf: Day): number {
	return Math.min(Math.max(asOf - cycle.start + 1, 0), cycleDays(cycle));
}

interface Point {
	readonly at: Exact;
	readonly expected: Exact;
}

/** The pace curve: (0, 0), the policy's phases, then (1, 1) unless a phase already sits at 1. */
function curve(policy: PolicyNumbers): readonly Point[] {
	const points: Point[] = [{ at: ZERO, expected: ZERO }, ...policy.phases];
	const last = points[points.length - 1] as Point;
	// Stryker disable next-line ConditionalExpression,EqualityOperator: a second point at 1 is never reached (the search stops at the first point at or past the elapsed share)
	if (cmp(last.at, ONE) < 0) points.push({ at: ONE, expected: ONE });
	return points;
}

/**
 * The expected progress by the end of `asOf`: `final × pace(elapsed / length)`, where `pace` is
 * linear or the policy's phased curve, interpolated linearly between its points. Exact up to the
 * one division: with `s = e/L` on the segment from `(a₀, p₀)` to `(a₁, p₁)`,
 * `pace = (p₀·L·(a₁ − a₀) + (p₁ − p₀)·(e − a₀·L)) / (L·(a₁ − a₀))`.
 */
export function expectedShare(
	cycle: CycleRead,
	asOf: Day,
	final: Exact,
	policy: PolicyNumbers,
): Exact {
	const length = fromInt(cycleDays(cycle));
	const elapsed = fromInt(elapsedDays(cycle, asOf));
	const points = curve(policy);
	// The segment ending at the first point at or past the elapsed share s = e/L (s <= a ⟺
	// e <= a·L): the last point is at 1 and e <= L, so the search stops there at the latest. At a
	// point itself, both segments give its value.
	let i = 1;
	while (cmp(elapsed, mul((points[i] as Point).at, length)) > 0) i++;
	const from = points[i - 1] as Point;
	const to = points[i] as Point;
	const width = sub(to.at, from.at);
	const numerator = add(
		mul(mul(from.expected, length), width),
		mul(sub(to.expected, from.expected), sub(elapsed, mul(from.at, length))),
	);
	return divide(mul(final, numerator), mul(length, width));
}

/** A fitted line's value at a day, as an exact fraction `numerator / denominator`. */
export interface Fraction {
	readonly numerator: Exact;
	readonly denominator: Exact;
}

/**
 * The least-squares line through the readings (x = day, y = value), read at day `x`, as one exact
 * fraction. With `n` points, `D = n·Σx² − (Σx)²` (positive when two days differ):
 * `y(x) = (Σy·D + (n·Σxy − Σx·Σy)·(n·x − Σx)) / (n·D)`. Days are counted from the first reading,
 * which leaves the line unchanged and keeps the sums small.
 * Throws `NOT_ENOUGH_CHECK_INS` (at `path`) unless the readings fall on two or more distinct days.
 */
export function leastSquaresAt(
	readings: readonly Reading[],
	x: Day,
	path: readonly (string | number)[],
): Fraction {
	// Measuring days from the first reading keeps the sums small; any origin gives the same line.
	// Stryker disable next-line LogicalOperator: see above
	const origin = readings[0]?.at ?? 0;
	let distinct = 0;
	let previous: Day | null = null;
	let sx = ZERO;
	let sy = ZERO;
	let sxx = ZERO;
	let sxy = ZERO;
	for (const r of readings) {
		if (r.at !== previous) distinct++;
		previous = r.at;
		const dx = fromInt(r.at - origin);
		sx = add(sx, dx);
		sy = add(sy, r.value);
		sxx = add(sxx, mul(dx, dx));
		sxy = add(sxy, mul(dx, r.value));
	}
	if (distinct < 2) {
		throw new OkrError(
			"NOT_ENOUGH_CHECK_INS",
			`A forecast needs check-ins on at least two different dates; found ${distinct}.`,
			path,
		);
	}
	const n = fromInt(readings.length);
	const d = sub(mul(n, sxx), mul(sx, sx));
	const slopeNumerator = sub(mul(n, sxy), mul(sx, sy));
	const numerator = add(mul(sy, d), mul(slopeNumerator, sub(mul(n, fromInt(x - origin)), sx)));
	return { numerator, denominator: mul(n, d) };
}

/** The default length of a check-in period: a week. */
export const WEEK_DAYS = 7;

/** How one key result's check-ins cover the periods of a cycle up to a date. */
export interface PeriodCoverage {
	/** Periods of the cycle started by `asOf` (the one containing `asOf` counts). */
	readonly periods: number;
	/** Of those, periods with at least one check-in on or before `asOf`. */
	readonly covered: number;
	/** 1-based numbers of the periods without a check-in, in order. */
	readonly missed: readonly number[];
}

/**
 * Which periods (blocks of `periodDays` days counted from the cycle's start; the last may be
 * shorter) up to `asOf` hold at least one check-in. Check-ins outside the cycle or after `asOf`
 * do not count. `readings` are sorted by date.
 */
export function periodCoverage(
	readings: readonly Reading[],
	cycle: CycleRead,
	asOf: Day,
	periodDays: number,
): PeriodCoverage {
	const last = Math.min(asOf, cycle.end);
	if (last < cycle.start) return { periods: 0, covered: 0, missed: [] };
	const periods = Math.floor((last - cycle.start) / periodDays) + 1;
	const missed: number[] = [];
	let next = 0; // the first period index not yet accounted for
	// A reading before the cycle falls in a period index below 0, which changes nothing below.
	for (const r of readings) {
		if (r.at > last) break;
		const index = Math.floor((r.at - cycle.start) / periodDays);
		for (; next < index; next++) missed.push(next + 1);
		next = Math.max(next, index + 1);
	}
	for (; next < periods; next++) missed.push(next + 1);
	return { periods, covered: periods - missed.length, missed };
}

/** `covered / pairs` exactly, or `null` when there is nothing to measure. */
export function coverageShare(covered: number, pairs: number): Exact | null {
	return pairs === 0 ? null : divide(fromInt(covered), fromInt(pairs));
}
