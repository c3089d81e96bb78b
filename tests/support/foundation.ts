/**
 * Helpers shared by the tests: exact error assertions, the "does not mutate its input" check, and
 * the builders of model values (`metric`, `objective`, `loose`).
 */
import { expect } from "vitest";
import {
	type IssueCode,
	type KeyResult,
	type Objective,
	OkrError,
	type OkrErrorCode,
	OkrValidationError,
	type Path,
} from "../../src/index.js";

/** Runs `fn` and returns what it threw; fails the test when it returns normally. */
export function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error("Expected the call to throw, but it returned normally.");
}

/**
 * Asserts `fn` throws an `OkrError` with exactly this `code` (and `path`, when given). For any code
 * but `INVALID_INPUT` the error must not be a validation error.
 */
export function expectCode(fn: () => unknown, code: OkrErrorCode, path?: Path): OkrError {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrError);
	const e = error as OkrError;
	expect(e.code).toBe(code);
	if (code !== "INVALID_INPUT") expect(e).not.toBeInstanceOf(OkrValidationError);
	if (path !== undefined) expect(e.path).toEqual(path);
	return e;
}

/**
 * Asserts `fn` throws an `OkrValidationError` (`code` `INVALID_INPUT`) whose first issue has exactly
 * this issue code and path; the error's own `path` is the first issue's.
 */
export function expectIssue(fn: () => unknown, code: IssueCode, path: Path): OkrValidationError {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrValidationError);
	const e = error as OkrValidationError;
	expect(e.code).toBe("INVALID_INPUT");
	expect(e.name).toBe("OkrValidationError");
	expect({ code: e.issues[0]?.code, path: e.issues[0]?.path }).toEqual({ code, path });
	expect(e.path).toEqual(path);
	expect(typeof e.issues[0]?.message).toBe("string");
	return e;
}

/** Asserts `fn` throws an `OkrValidationError` listing exactly these issues (code and path), in order. */
export function expectIssues(
	fn: () => unknown,
	issues: readonly { readonly code: IssueCode; readonly path: Path }[],
): OkrValidationError {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrValidationError);
	const e = error as OkrValidationError;
	expect(e.issues.map((issue) => ({ code: issue.code, path: issue.path }))).toEqual(issues);
	return e;
}

/**
 * Freezes a value and everything reachable from it (own keys, symbols included), so that a mutation
 * throws in strict mode. Safe on cycles; typed arrays are left as they are (one with elements
 * cannot be frozen).
 */
export function deepFreeze<T>(value: T): T {
	freezeAll(value, new Set());
	return value;
}

function freezeAll(value: unknown, seen: Set<unknown>): void {
	if (value === null || typeof value !== "object" || seen.has(value)) return;
	seen.add(value);
	if (ArrayBuffer.isView(value)) return;
	for (const key of Reflect.ownKeys(value)) {
		freezeAll((value as Record<PropertyKey, unknown>)[key], seen);
	}
	Object.freeze(value);
}

/**
 * Deep-freezes `input`, runs `fn` on it and asserts it still deep-equals a `structuredClone` taken
 * before the call. Returns what `fn` returned.
 */
export function expectUnmutated<T, R>(input: T, fn: (input: T) => R): R {
	const before = structuredClone(input);
	const result = fn(deepFreeze(input));
	expect(input).toEqual(before);
	return result;
}

/**
 * Runs `fn` while `Object.prototype` has an enumerable field `key` set to `value` (as a polluted
 * prototype has), and takes it away again whatever happens.
 */
export function withInherited<R>(key: string, value: unknown, fn: () => R): R {
	Object.defineProperty(Object.prototype, key, {
		value,
		enumerable: true,
		configurable: true,
		writable: true,
	});
	try {
		return fn();
	} finally {
		delete (Object.prototype as Record<string, unknown>)[key];
	}
}

/** Whether `value` is the number `0` and not `-0`. */
export function isPositiveZero(value: number): boolean {
	return Object.is(value, 0);
}

/** A metric key result with the given numbers (and any extra fields). */
export function metric(
	start: number | string,
	target: number | string,
	current?: number | string,
	extra: Record<string, unknown> = {},
): KeyResult {
	return {
		id: "kr",
		title: "A metric",
		kind: "metric",
		start,
		target,
		...(current === undefined ? {} : { current }),
		...extra,
	} as KeyResult;
}

/**
 * An objective with any other fields, which replace the defaults. `objective(keyResults, fields)`
 * is objective "o" with these key results (none when `undefined`, as for a parent scored from its
 * children); `objective(id, fields)` is objective `id` titled "Objective id", as in cascades.
 */
export function objective(
	keyResultsOrId: readonly unknown[] | string | undefined,
	fields: Record<string, unknown> = {},
): Objective {
	if (typeof keyResultsOrId === "string") {
		return { id: keyResultsOrId, title: `Objective ${keyResultsOrId}`, ...fields } as Objective;
	}
	return {
		id: "o",
		title: "An objective",
		...(keyResultsOrId === undefined ? {} : { keyResults: keyResultsOrId }),
		...fields,
	} as Objective;
}

/** A key result value built from loose fields, typed for the API (for tests of bad input). */
export function loose(fields: Record<string, unknown>): KeyResult {
	return fields as unknown as KeyResult;
}
