/**
 * Grading rules over exact scores.
 *
 * @module
 * @internal
 */
import { gradeUnits } from "../numeric/fast.js";
import {
	ceil,
	clamp,
	cmp,
	type Exact,
	fromInt,
	mul,
	ONE,
	roundHalfUp,
	toNumber,
	ZERO,
} from "../numeric/index.js";
import type { PolicyNumbers } from "../policy/rules.js";

/** Traffic-light colour of a grade or status. */
export type Color = "red" | "yellow" | "green";

/**
 * What grading needs of an arithmetic: a score's grade (clamped to [0, 1] and rounded half-up to
 * the policy's decimals), the band edges in the same terms, an order, and the grade as a number.
 * The grading rule is written once over it ({@link gradeWith}).
 */
export interface GradeScale<S, G> {
	readonly rounded: (score: S) => G;
	readonly yellow: G;
	readonly green: G;
	readonly compare: (a: G, b: G) => number;
	readonly toNumber: (grade: G) => number;
}

/** A score's grade and colour: red below `bands.yellow`, yellow below `bands.green`, else green. */
export function gradeWith<S, G>(
	scale: GradeScale<S, G>,
	score: S,
): { readonly grade: number; readonly color: Color } {
	const rounded = scale.rounded(score);
	return { grade: scale.toNumber(rounded), color: colorWith(scale, rounded) };
}

function colorWith<S, G>(scale: GradeScale<S, G>, rounded: G): Color {
	if (scale.compare(rounded, scale.yellow) < 0) return "red";
	if (scale.compare(rounded, scale.green) < 0) return "yellow";
	return "green";
}

/** `score` clamped to [0, 1] and rounded half-up to the policy's decimals (default one). */
export function roundedGrade(score: Exact, policy: PolicyNumbers): Exact {
	return roundHalfUp(clamp(score, ZERO, ONE), policy.decimals);
}

const exactScales = new WeakMap<PolicyNumbers, GradeScale<Exact, Exact>>();

/** Grading of exact scores, in exact arithmetic. */
export function exactScale(policy: PolicyNumbers): GradeScale<Exact, Exact> {
	let scale = exactScales.get(policy);
	if (scale === undefined) {
		scale = {
			rounded: (score) => roundedGrade(score, policy),
			yellow: policy.yellow,
			green: policy.green,
			compare: cmp,
			toNumber,
		};
		exactScales.set(policy, scale);
	}
	return scale;
}

const numberScales = new WeakMap<PolicyNumbers, GradeScale<number, number>>();

/**
 * Grading of scores given as numbers (each read as its shortest decimal, as `grade` reads a
 * number), without decimal arithmetic: grades in units of 10^-decimals (`gradeUnits`, exact), and
 * a rounded grade j/10^d lies below a band edge e exactly when j < ⌈e·10^d⌉.
 */
export function numberScale(policy: PolicyNumbers): GradeScale<number, number> {
	let scale = numberScales.get(policy);
	if (scale === undefined) {
		const units = 10 ** policy.decimals;
		const edge = (e: Exact): number => toNumber(ceil(mul(e, fromInt(units))));
		scale = {
			rounded: (score) => gradeUnits(score, policy.decimals),
			yellow: edge(policy.yellow),
			green: edge(policy.green),
			compare: (a, b) => a - b,
			// One correctly rounded division: the nearest double of the decimal grade.
			toNumber: (grade) => grade / units,
		};
		numberScales.set(policy, scale);
	}
	return scale;
}

/** The colour of a rounded grade: red below `bands.yellow`, yellow below `bands.green`, else green. */
export function gradeColor(rounded: Exact, policy: PolicyNumbers): Color {
	return colorWith(exactScale(policy), rounded);
}

/**
 * Whether a rounded grade is 1.0, the top of the scale: a stretch objective graded so was probably
 * not ambitious enough (lint's `NOT_AMBITIOUS`, `cycleSummary`'s `perfectShare`).
 */
export function isPerfectGrade(rounded: Exact): boolean {
	return cmp(rounded, ONE) === 0;
}

/** Outcome of an aspirational objective. */
export type AspirationalOutcome = "missed" | "partial" | "sweetSpot" | "exceeded";
/** Outcome of a committed objective. */
export type CommittedOutcome = "met" | "missed";

export function aspirationalOutcome(rounded: Exact, policy: PolicyNumbers): AspirationalOutcome {
	if (cmp(rounded, policy.partialFrom) < 0) return "missed";
	if (cmp(rounded, policy.sweetSpotFrom) < 0) return "partial";
	if (cmp(rounded, policy.sweetSpotTo) <= 0) return "sweetSpot";
	return "exceeded";
}
