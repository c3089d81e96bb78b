/**
 * The fuzz harness: the reliability promise of docs/errors.md ("The promise"), checked on every
 * generated call.
 *
 * Every call either returns, and then every number reachable in its result is finite and not -0
 * (plus the function's own range checks), or throws an `OkrError` with a code from `OkrErrorCode`
 * and a path of keys and indices (an `OkrValidationError` has at least one issue, each with a code
 * from `IssueCode`); nothing else escapes. The input is deep-frozen for the first call and must be
 * unchanged after it; a second call on a fresh copy must give the same result (or the same error:
 * code, path, issues and message): the same input always gives the same output.
 *
 * Runs are seeded (a fixed seed per property, from its name) so a failure reproduces; set
 * `FUZZ_SEED` to explore other seeds and `FUZZ_RUNS` to multiply the number of runs.
 */
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { OkrError, OkrValidationError } from "../../src/index.js";
import { deepFreeze } from "../support/foundation.js";
import { ISSUE_CODES, OKR_ERROR_CODES } from "./codes.js";

/** What a call did: returned a value or threw. */
export type Outcome =
	| { readonly ok: true; readonly value: unknown }
	| { readonly ok: false; readonly error: unknown };

function attempt(call: () => unknown): Outcome {
	try {
		return { ok: true, value: call() };
	} catch (error) {
		return { ok: false, error };
	}
}

/** A stable seed per property name (FNV-1a), or `FUZZ_SEED` when set. */
export function seedOf(name: string): number {
	const fromEnv = process.env["FUZZ_SEED"];
	if (fromEnv !== undefined && fromEnv !== "") return Number(fromEnv) | 0;
	let h = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		h ^= name.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

/** `runs`, times `FUZZ_RUNS` when set. */
export function runsOf(runs: number): number {
	const factor = Number(process.env["FUZZ_RUNS"] ?? "1");
	return Math.max(1, Math.round(runs * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** Counts of what the calls of one property did (for the report and to see the fuzz reaches code). */
export interface FuzzStats {
	runs: number;
	returned: number;
	threw: number;
	codes: Map<string, number>;
}

export const allStats = new Map<string, FuzzStats>();

function fail(message: string): never {
	throw new Error(message);
}

/** Asserts the thrown value is an OkrError as promised; returns its codes for the stats. */
export function expectOkrError(error: unknown): string {
	if (!(error instanceof OkrError)) {
		fail(
			`A non-OkrError escaped: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`,
		);
	}
	if (!OKR_ERROR_CODES.includes(error.code)) fail(`Unknown OkrError code ${error.code}`);
	checkPath(error.path, "error.path");
	if (typeof error.message !== "string" || error.message === "") fail("An error without a message");
	if (error instanceof OkrValidationError) {
		if (error.code !== "INVALID_INPUT") fail(`A validation error with code ${error.code}`);
		if (error.issues.length === 0) fail("A validation error without issues");
		for (const issue of error.issues) {
			if (!ISSUE_CODES.includes(issue.code)) fail(`Unknown issue code ${issue.code}`);
			checkPath(issue.path, "issue.path");
			if (typeof issue.message !== "string" || issue.message === "")
				fail("An issue without a message");
		}
		if (!same(error.path, error.issues[0]?.path)) fail("error.path is not the first issue's path");
		return `INVALID_INPUT/${error.issues[0]?.code}`;
	}
	if (error.code === "INVALID_INPUT")
		fail("INVALID_INPUT on an error that is not a validation error");
	return error.code;
}

function checkPath(path: unknown, what: string): void {
	if (!Array.isArray(path)) fail(`${what} is not an array`);
	for (const key of path) {
		if (
			!(typeof key === "string" || (typeof key === "number" && Number.isInteger(key) && key >= 0))
		) {
			fail(`${what} holds ${String(key)}`);
		}
	}
}

/**
 * Deep equality for plain data as the fuzz makes it: `Object.is` on primitives (so `-0` and `NaN`
 * count), Dates by time, arrays with their holes, Maps in order, own enumerable keys of objects.
 */
export function same(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
	if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
	if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime());
	if (a instanceof Map) {
		const m = b as Map<unknown, unknown>;
		if (a.size !== m.size) return false;
		const left = [...a];
		const right = [...m];
		return left.every(([k, v], i) => Object.is(k, right[i]?.[0]) && same(v, right[i]?.[1]));
	}
	if (Array.isArray(a)) {
		const r = b as unknown[];
		if (a.length !== r.length) return false;
		for (let i = 0; i < a.length; i++) {
			if (i in a !== i in r || !same(a[i], r[i])) return false;
		}
		return true;
	}
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	for (const k of ka) {
		if (!Object.hasOwn(b, k)) return false;
		if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
	}
	return true;
}

/** Asserts every number reachable from `value` is finite and not -0 (Maps, Sets, arrays, objects). */
export function expectFiniteNumbers(
	value: unknown,
	where = "result",
	allowNegativeZero = false,
): void {
	const seen = new Set<unknown>();
	const walk = (v: unknown, at: string): void => {
		if (typeof v === "number") {
			if (!Number.isFinite(v) || (Object.is(v, -0) && !allowNegativeZero)) {
				throw new Error(`${at} is ${Object.is(v, -0) ? "-0" : String(v)}`);
			}
			return;
		}
		if (v === null || typeof v !== "object" || seen.has(v)) return;
		seen.add(v);
		if (v instanceof Map) {
			for (const [k, item] of v) walk(item, `${at}.get(${String(k)})`);
		} else if (v instanceof Set) {
			for (const item of v) walk(item, `${at}{}`);
		} else {
			for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], `${at}.${key}`);
		}
	};
	walk(value, where);
}

/** What two outcomes must share to count as the same output. */
function comparable(outcome: Outcome): unknown {
	if (outcome.ok) return { ok: true, value: outcome.value };
	const e = outcome.error as OkrError;
	return {
		ok: false,
		name: e.name,
		code: e.code,
		path: e.path,
		message: e.message,
		issues: e instanceof OkrValidationError ? e.issues : undefined,
	};
}

export interface FuzzSpec<A extends readonly unknown[]> {
	/** The property's name (also seeds it). */
	readonly name: string;
	/** Generates the arguments of one call. */
	readonly args: fc.Arbitrary<A>;
	/** Makes the call; return a plain projection when the result holds functions. */
	readonly call: (...args: A) => unknown;
	/** Checks a returned value (ranges, enums); throw or `expect` to fail. */
	readonly check?: (result: never, args: A) => void;
	readonly numRuns: number;
	/**
	 * The result echoes the input (a parse): numbers come back as written, so a `-0` the caller
	 * wrote may stay `-0`. Results of computations never hold `-0`.
	 */
	readonly echoesInput?: boolean;
}

/**
 * Runs the reliability promise (docs/errors.md) as a property over `spec.args`. Returns the stats
 * of the run.
 */
export function fuzz<A extends readonly unknown[]>(spec: FuzzSpec<A>): FuzzStats {
	const stats: FuzzStats = { runs: 0, returned: 0, threw: 0, codes: new Map() };
	fc.assert(
		fc.property(spec.args, (args) => {
			const snapshot = structuredClone(args);
			const frozen = deepFreeze(structuredClone(args));
			const first = attempt(() => spec.call(...frozen));
			if (!same(frozen, snapshot)) fail("The call changed its (frozen) input");
			const fresh = structuredClone(args);
			const second = attempt(() => spec.call(...fresh));
			if (!same(fresh, snapshot)) fail("The call changed its input");
			stats.runs++;
			if (first.ok) {
				stats.returned++;
				expectFiniteNumbers(first.value, "result", spec.echoesInput === true);
				spec.check?.(first.value as never, frozen);
			} else {
				stats.threw++;
				const code = expectOkrError(first.error);
				stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
			}
			if (!same(comparable(second), comparable(first))) {
				fail("Two calls on the same input gave different outcomes");
			}
		}),
		{ seed: seedOf(spec.name), numRuns: runsOf(spec.numRuns) },
	);
	allStats.set(spec.name, stats);
	const report = process.env["FUZZ_REPORT"];
	if (report !== undefined && report !== "") {
		const codes = Object.fromEntries([...stats.codes].sort((a, b) => b[1] - a[1]));
		appendFileSync(report, `${JSON.stringify({ name: spec.name, ...stats, codes })}\n`);
	}
	return stats;
}

/** `x` is a number within `[low, high]`. */
export function expectWithin(x: unknown, low: number, high: number): void {
	if (typeof x !== "number" || !(x >= low && x <= high)) {
		fail(`${String(x)} is not within [${low}, ${high}]`);
	}
}

/** `x` is one of `values`. */
export function expectOneOf(x: unknown, values: readonly unknown[]): void {
	if (!values.includes(x)) fail(`${String(x)} is not one of ${values.join(", ")}`);
}

/** `x` is a `YYYY-MM-DD` string of a real calendar day. */
export function expectDay(x: unknown): void {
	if (typeof x !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(x)) fail(`${String(x)} is not a day`);
	if (new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) !== x) fail(`${x} is not a real day`);
}

/** Fails with `message` unless `condition`. */
export function ensure(condition: boolean, message: string): void {
	if (!condition) fail(message);
}
