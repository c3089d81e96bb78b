/**
 * Fast paths of the progress computations for plain data with number fields: the same checks as
 * the exact readers and the same results, bit for bit, without decimal arithmetic.
 *
 * - `keyResultProgress` of a metric: one correctly rounded division of scaled integers
 *   ({@link fastMetricProgress}).
 * - Weighted means (`objectiveProgress`, roll-ups): each term `wᵢ·pᵢ` and the sums as wide numbers
 *   (`numeric/wide.ts`: a double-double with a rigorous error bound), the quotient rounded once;
 *   when the bound cannot decide the nearest double, the caller computes exactly.
 *
 * Anything they do not cover (other kinds, check-ins, decimal strings, a field the readers would
 * refuse) makes them give up, and the caller reads and computes exactly, reporting any problem.
 *
 * @module
 * @internal
 */

import { ratioOfDifferences, scaledDifferences, setDecimal } from "../numeric/fast.js";
import { ceil, type Exact, fromInt, mul, nearestNumber, toNumber } from "../numeric/index.js";
import {
	addInto,
	addParts,
	divideInto,
	mulAddInto,
	nearestOf,
	setExact,
	setNumber,
	setQuotient,
	wideArray,
} from "../numeric/wide.js";
import type { PolicyNumbers } from "../policy/rules.js";
import { isId, isRecord, type Loose, objectiveFieldsPass, optionalString } from "../read/fast.js";
import { readKeyResult } from "../read/keyResult.js";
import { progressOf } from "./core.js";

/** Whether the plain key result `kr` (already known to be an object) has the base fields right. */
function basePasses(kr: Loose): boolean {
	const weight = kr["weight"];
	return (
		isId(kr["id"]) &&
		isId(kr["title"]) &&
		(weight === undefined ||
			(typeof weight === "number" && weight >= 0 && weight !== Number.POSITIVE_INFINITY)) &&
		optionalString(kr["owner"]) &&
		optionalString(kr["unit"])
	);
}

/** Whether `kr` is a metric key result with number fields and no check-ins, as the reader accepts. */
function isPlainMetric(kr: Loose): boolean {
	if (kr["kind"] !== "metric" || kr["checkIns"] !== undefined) return false;
	const start = kr["start"];
	const target = kr["target"];
	const current = kr["current"];
	return (
		typeof start === "number" &&
		typeof target === "number" &&
		Number.isFinite(start) &&
		Number.isFinite(target) &&
		start !== target &&
		(current === undefined || (typeof current === "number" && Number.isFinite(current))) &&
		basePasses(kr)
	);
}

/**
 * Clamped progress of `value` when it is a valid metric key result that the fast path covers,
 * else `NaN` (the caller then reads and computes exactly, reporting any problem).
 * `low`/`high` are the policy's floor and cap as numbers (`Infinity` for no cap).
 */
export function fastMetricProgress(value: unknown, low: number, high: number): number {
	if (!isRecord(value) || !isPlainMetric(value)) return Number.NaN;
	const start = value["start"] as number;
	const current = value["current"];
	const ratio = ratioOfDifferences(
		current === undefined ? start : (current as number),
		start,
		value["target"] as number,
	);
	if (Number.isNaN(ratio)) return Number.NaN;
	// Rounding is monotonic, so the nearest double of the clamped exact value is the clamped
	// nearest double.
	const clamped = Math.min(Math.max(ratio, low), high);
	return clamped === 0 ? 0 : clamped;
}

/** What the weighted-mean fast paths need of a policy, worked out once per policy. */
export interface FastPolicy {
	readonly numbers: PolicyNumbers;
	/** `floor` and `cap` as their nearest doubles (`Infinity` for no cap). */
	readonly floor: number;
	readonly cap: number;
	/** `floor` (offset 0) and `cap` (offset 3, when there is one) as exact wide numbers. */
	readonly bounds: Float64Array;
	/** Whether `floor` / `cap` are exactly their nearest doubles (no rounding at all). */
	readonly floorIsDouble: boolean;
	readonly capIsDouble: boolean;
	/** `10^decimals`, and the grade bands in those units: red below `yellow`, green from `green`. */
	readonly gradeScale: number;
	readonly yellowUnits: number;
	readonly greenUnits: number;
}

const fastPolicies = new WeakMap<PolicyNumbers, FastPolicy | null>();

/**
 * The fast paths' view of a policy (cached per policy object, which is frozen), or `null` when its
 * floor or cap lies outside what wide numbers cover (then everything is computed exactly).
 */
export function fastPolicyOf(numbers: PolicyNumbers): FastPolicy | null {
	let policy = fastPolicies.get(numbers);
	if (policy === undefined) {
		policy = makeFastPolicy(numbers);
		fastPolicies.set(numbers, policy);
	}
	return policy;
}

function makeFastPolicy(numbers: PolicyNumbers): FastPolicy | null {
	const bounds = wideArray(2);
	if (!setExact(bounds, 0, numbers.floor)) return null;
	if (numbers.cap !== null && !setExact(bounds, 3, numbers.cap)) return null;
	const scale = 10 ** numbers.decimals;
	// A rounded grade j/scale is below a band edge e exactly when j < ⌈e·scale⌉.
	const units = (edge: Exact): number => toNumber(ceil(mul(edge, fromInt(scale))));
	return {
		numbers,
		floor: nearestNumber(numbers.floor),
		cap: numbers.cap === null ? Number.POSITIVE_INFINITY : nearestNumber(numbers.cap),
		bounds,
		floorIsDouble: bounds[1] === 0 && bounds[2] === 0,
		capIsDouble: numbers.cap !== null && bounds[4] === 0 && bounds[5] === 0,
		gradeScale: scale,
		yellowUnits: units(numbers.yellow),
		greenUnits: units(numbers.green),
	};
}

const TWO_53 = 2 ** 53;

/**
 * Adds a key result's weighted, clamped progress into the wide number at offset `at` of `sums`,
 * and its weight into the one at `at + 3`, when it is a plain metric key result the fast path
 * covers; returns its id. Otherwise returns `null` and adds nothing (the caller reads it exactly).
 * `scratch` offsets `s` and `s + 3` are overwritten.
 */
export function addMetricTerm(
	value: unknown,
	policy: FastPolicy,
	sums: Float64Array,
	at: number,
	scratch: Float64Array,
	s: number,
): string | null {
	if (!isRecord(value) || !isPlainMetric(value)) return null;
	const start = value["start"] as number;
	const current = value["current"];
	if (
		!scaledDifferences(
			current === undefined ? start : (current as number),
			start,
			value["target"] as number,
			scratch,
			s,
		)
	) {
		return null;
	}
	const n = scratch[s] as number;
	const d = scratch[s + 1] as number;
	const weight = value["weight"];
	const w = weight === undefined ? 1 : (weight as number);
	const ratio = n / d;
	// Which value the clamped progress takes: the ratio, the floor (bound 0) or the cap (bound 3).
	let bound = -1;
	if (ratio < policy.floor) bound = 0;
	else if (ratio > policy.cap) bound = 3;
	else if (ratio === policy.floor || ratio === policy.cap) {
		// The exact ratio and the bound have the same nearest double: decidable only when both are
		// exactly that double (progress exactly 0 or 1, the usual case).
		const isFloor = ratio === policy.floor;
		if (!(isFloor ? policy.floorIsDouble : policy.capIsDouble)) return null;
		setQuotient(scratch, s, n, d);
		if (scratch[s + 1] !== 0) return null;
		bound = isFloor ? 0 : 3;
	}
	if (Number.isInteger(w) && w <= 2 ** 400) {
		if (bound === -1 && Math.abs(w * n) < TWO_53) {
			// w·n is an exact integer: one quotient (the exact path's w·trunc(n/d) is within the
			// truncation term of it).
			setQuotient(scratch, s, w * n, d);
			addInto(sums, at, scratch, s);
		} else {
			setNumber(scratch, s + 3, w);
			addWeighted(sums, at, scratch, s, n, d, bound, policy);
		}
		addWeight(sums, at + 3, w);
		return value["id"] as string;
	}
	if (!setDecimal(scratch, s + 3, w)) return null;
	addWeighted(sums, at, scratch, s, n, d, bound, policy);
	addInto(sums, at + 3, scratch, s + 3);
	return value["id"] as string;
}

/** sums[at] += (weight at scratch[s + 3]) × (progress n/d, or the policy bound at `bound`). */
function addWeighted(
	sums: Float64Array,
	at: number,
	scratch: Float64Array,
	s: number,
	n: number,
	d: number,
	bound: number,
	policy: FastPolicy,
): void {
	if (bound === -1) {
		setQuotient(scratch, s, n, d);
		mulAddInto(sums, at, scratch, s + 3, scratch, s);
	} else {
		mulAddInto(sums, at, scratch, s + 3, policy.bounds, bound);
	}
}

/** sums[at] += w for an exact double w: stays exact while the sum is an integer below 2^53. */
function addWeight(sums: Float64Array, at: number, w: number): void {
	const total = (sums[at] as number) + w;
	if (sums[at + 1] === 0 && sums[at + 2] === 0 && total < TWO_53 && Number.isInteger(total)) {
		sums[at] = total;
	} else {
		addParts(sums, at, w, 0, 0);
	}
}

/**
 * Adds a key result's weighted, clamped progress and its weight, as {@link addMetricTerm} does, for
 * any key result: read and computed exactly, then enclosed in wide numbers. Slow. Returns its id,
 * or `null` when a value lies outside what wide numbers cover. Throws what the reader or the
 * progress rules throw (callers then take the exact path, which throws the same in its order).
 */
export function addExactTerm(
	value: unknown,
	policy: FastPolicy,
	sums: Float64Array,
	at: number,
	scratch: Float64Array,
	s: number,
): string | null {
	const kr = readKeyResult(value, []);
	const progress = progressOf(kr, policy.numbers);
	if (!setExact(scratch, s, progress) || !setExact(scratch, s + 3, kr.weight)) return null;
	mulAddInto(sums, at, scratch, s + 3, scratch, s);
	addInto(sums, at + 3, scratch, s + 3);
	return kr.id;
}

/**
 * Adds a key result's term with {@link addMetricTerm}, else {@link addExactTerm}; `null` when
 * neither can (then the caller takes the exact path).
 */
export function addKeyResultTerm(
	value: unknown,
	policy: FastPolicy,
	sums: Float64Array,
	at: number,
	scratch: Float64Array,
	s: number,
): string | null {
	const id = addMetricTerm(value, policy, sums, at, scratch, s);
	if (id !== null) return id;
	try {
		return addExactTerm(value, policy, sums, at, scratch, s);
	} catch {
		return null;
	}
}

/**
 * `objectiveProgress` without decimal arithmetic when the objective is valid and every weighted
 * mean decides its nearest double; else `NaN` (the caller computes exactly and reports).
 */
export function fastObjectiveProgress(value: unknown, policy: FastPolicy): number {
	if (!isRecord(value) || !objectiveFieldsPass(value)) return Number.NaN;
	const list = value["keyResults"];
	if (!Array.isArray(list) || list.length === 0) return Number.NaN;
	// Slots: 0 points, 1 weight, 2–3 scratch, 4 the mean.
	const t = wideArray(5);
	for (let k = 0; k < list.length; k++) {
		if (addKeyResultTerm(list[k], policy, t, 0, t, 6) === null) return Number.NaN;
	}
	if (!((t[3] as number) > 0) || !divideInto(t, 12, t, 0, t, 3)) return Number.NaN;
	return nearestOf(t, 12);
}
