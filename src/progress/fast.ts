/**
 * What the fast runs of the progress computations read, for plain data with number fields: the
 * same checks as the exact readers and values in the fast arithmetic, without decimal arithmetic.
 *
 * - `keyResultProgress` of a metric: one correctly rounded division of scaled integers
 *   ({@link fastMetricProgress}).
 * - A key result's weight and clamped progress as wide numbers ({@link addWideTerm}), for the
 *   weighted means that `objectiveProgress` and the roll-ups compute with `wideArithmetic`.
 *
 * Metric key results with check-ins are read as of a day (or now) like the exact path reads them,
 * when every check-in is a plain one (a number value, a `"YYYY-MM-DD"` date). Anything they do not
 * cover (other kinds, decimal strings, dates given as `Date`s) is read and computed exactly, then
 * enclosed; a field the readers would refuse makes them give up (`false`, `NaN`),
 * and the caller reads and computes exactly, reporting any problem.
 *
 * @module
 * @internal
 */
import { scaledDifferences, setDecimal } from "../numeric/fast.js";
import { setQuotient } from "../numeric/wide.js";
import { type Wide, wideArithmetic, wideOf } from "../numeric/wideArithmetic.js";
import type { PolicyNumbers } from "../policy/rules.js";
import {
	GIVE_UP,
	isFastMetric,
	isRecord,
	knownKeyResultFields,
	type Loose,
	latestCheckIn,
	NO_CHECK_IN,
	objectiveFieldsPass,
} from "../read/fast.js";
import { readKeyResult } from "../read/keyResult.js";
import { type Day, UTC, type Zone } from "../time/day.js";
import { progressOf, scoreWith, type TermLists } from "./core.js";

// Scratch slots: the scaled differences, then a weight, then a quotient.
const scratch = new Float64Array(9);

/**
 * Whether `value` is a metric key result with number fields whose progress the fast paths can
 * prove as of `asOf`: then `(value − start) / (target − start)` is `scratch[0] / scratch[1]`
 * exactly, both whole numbers within ±2^51 (`scaledDifferences`). Its value is the exact path's
 * (`valueAsOf`): without a day, `current`, else the latest check-in; as of a day, the latest
 * check-in on or before it when it has check-ins, else `current`; then `start`. `asOf`
 * `undefined`: the caller does not say, so a key result with check-ins is left to the exact path.
 */
function scaledMetric(value: unknown, asOf: Day | null | undefined): value is Loose {
	if (!isFastMetric(value)) return false;
	const start = value["start"] as number;
	let current = value["current"] as number | undefined;
	const checkIns = value["checkIns"] as readonly unknown[] | undefined;
	if (checkIns !== undefined && checkIns.length > 0) {
		if (asOf === undefined) return false;
		// Every check-in is checked, even when `current` wins: the exact path reads them all.
		const latest = latestCheckIn(checkIns, asOf);
		if (latest === GIVE_UP) return false;
		if (asOf !== null || current === undefined) {
			current =
				latest === NO_CHECK_IN ? undefined : ((checkIns[latest] as Loose)["value"] as number);
		}
	}
	return scaledDifferences(current ?? start, start, value["target"] as number, scratch, 0);
}

/**
 * Clamped progress of `value` when it is a valid metric key result that the fast path covers,
 * else `NaN` (the caller then reads and computes exactly, reporting any problem).
 * `low`/`high` are the policy's floor and cap as numbers (`Infinity` for no cap). `asOf`: the day
 * of a snapshot (`null`: now); left out, a key result with check-ins is not covered.
 */
export function fastMetricProgress(
	value: unknown,
	low: number,
	high: number,
	asOf?: Day | null,
): number {
	if (!scaledMetric(value, asOf)) return Number.NaN;
	// One IEEE division of two exact whole numbers: the nearest double of the exact ratio.
	// Rounding is monotonic, so the nearest double of the clamped exact value is the clamped
	// nearest double.
	const clamped = Math.min(Math.max((scratch[0] as number) / (scratch[1] as number), low), high);
	return clamped === 0 ? 0 : clamped;
}

/** A policy as the wide reading needs it: its floor and cap as wide numbers, worked out once. */
export interface WidePolicy {
	readonly numbers: PolicyNumbers;
	readonly floor: Wide;
	/** `null`: no cap. */
	readonly cap: Wide | null;
}

const widePolicies = new WeakMap<PolicyNumbers, WidePolicy | null>();

/**
 * The wide reading's view of a policy (cached per policy object, which is frozen), or `null` when
 * its floor or cap lies outside what wide numbers cover (then everything is computed exactly).
 */
export function widePolicyOf(numbers: PolicyNumbers): WidePolicy | null {
	let policy = widePolicies.get(numbers);
	if (policy === undefined) {
		try {
			const { floor, cap } = numbers;
			const { fromExact } = wideArithmetic;
			policy = { numbers, floor: fromExact(floor), cap: cap === null ? null : fromExact(cap) };
		} catch {
			policy = null;
		}
		widePolicies.set(numbers, policy);
	}
	return policy;
}

function quotient(n: number, d: number): Wide {
	setQuotient(scratch, 6, n, d);
	return { h: scratch[6] as number, l: scratch[7] as number, e: scratch[8] as number };
}

/**
 * Adds the term of a plain metric key result with number fields, from the numbers themselves;
 * `false` (and nothing added) when it is not one, or when a value cannot be proven here.
 */
function addMetricTerm(
	value: unknown,
	policy: WidePolicy,
	terms: TermLists<Wide>,
	asOf: Day | null,
): boolean {
	if (!scaledMetric(value, asOf)) return false;
	const n = scratch[0] as number;
	const d = scratch[1] as number;
	const w = value["weight"] === undefined ? 1 : (value["weight"] as number);
	let weight: Wide;
	if (Number.isInteger(w) && w <= 2 ** 400) weight = wideOf(w);
	else if (setDecimal(scratch, 3, w)) {
		weight = { h: scratch[3] as number, l: scratch[4] as number, e: scratch[5] as number };
	} else return false;
	const ratio = n / d;
	const { floorNumber, capNumber } = policy.numbers;
	let progress: Wide;
	if (ratio < floorNumber) progress = policy.floor;
	else if (ratio > capNumber) progress = policy.cap as Wide;
	else if (ratio === floorNumber || ratio === capNumber) {
		// The exact ratio and the bound have the same nearest double: decidable only when both are
		// exactly that double (progress exactly 0 or 1, the usual case).
		const bound = (ratio === floorNumber ? policy.floor : policy.cap) as Wide;
		if (bound.l !== 0 || bound.e !== 0 || quotient(n, d).l !== 0) return false;
		progress = bound;
	} else progress = quotient(n, d);
	terms.ids.push(value["id"] as string);
	terms.weights.push(weight);
	terms.progress.push(progress);
	return true;
}

/**
 * Adds a key result's term as wide numbers, read as of `asOf` (`null`: now): from its numbers when
 * it is a metric key result with number fields, else read and computed exactly and then enclosed
 * (slow). `false` (nothing added) when it cannot: a value outside what wide numbers cover, a
 * field the model describes but the fast paths do not know (`FAST_KEY_RESULT_FIELDS`), or a key
 * result the readers refuse (the exact run reports it). Instants are read as days in `zone`.
 */
export function addWideTerm(
	value: unknown,
	policy: WidePolicy,
	terms: TermLists<Wide>,
	asOf: Day | null = null,
	zone: Zone = UTC,
): boolean {
	if (addMetricTerm(value, policy, terms, asOf)) return true;
	if (!isRecord(value) || !knownKeyResultFields(value)) return false;
	try {
		const kr = readKeyResult(value, [], zone);
		const progress = wideArithmetic.fromExact(progressOf(kr, policy.numbers, asOf));
		const weight = wideArithmetic.fromExact(kr.weight);
		terms.ids.push(kr.id);
		terms.weights.push(weight);
		terms.progress.push(progress);
		return true;
	} catch {
		return false;
	}
}

/**
 * `objectiveProgress` in the wide arithmetic, when the objective is plain data the fast readers
 * accept and every step is proven; else `NaN` (the caller computes exactly and reports). @internal
 */
export function fastObjectiveProgress(
	value: unknown,
	policy: PolicyNumbers,
	zone: Zone = UTC,
	asOf: Day | null = null,
): number {
	const wide = widePolicyOf(policy);
	if (wide === null || !isRecord(value) || !objectiveFieldsPass(value)) return Number.NaN;
	const list = value["keyResults"];
	if (!Array.isArray(list)) return Number.NaN;
	const terms: TermLists<Wide> = { ids: [], weights: [], progress: [] };
	for (let k = 0; k < list.length; k++) {
		if (!addWideTerm(list[k], wide, terms, asOf, zone)) return Number.NaN;
	}
	try {
		return wideArithmetic.toNumber(scoreWith(wideArithmetic, "", [], terms));
	} catch {
		// Given up, or a scoring failure that the exact path reports.
		return Number.NaN;
	}
}
