import { expect } from "vitest";
import { OkrError, OkrValidationError } from "../../src/index.js";

/** Runs `fn` and returns what it threw (fails the test when it does not throw). */
export function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error("Expected a throw.");
}

/** Asserts `fn` throws an OkrValidationError whose first issue has this code and path. */
export function expectIssue(fn: () => unknown, code: string, path: readonly (string | number)[]) {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrValidationError);
	const e = error as OkrValidationError;
	expect(e.code).toBe("INVALID_INPUT");
	expect(e.issues[0]?.code).toBe(code);
	expect(e.issues[0]?.path).toEqual(path);
}

/** Asserts `fn` throws an OkrError (not a validation error) with this code. */
export function expectCode(fn: () => unknown, code: string) {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrError);
	expect((error as OkrError).code).toBe(code);
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === "object") {
		for (const key of Reflect.ownKeys(value)) {
			deepFreeze((value as Record<PropertyKey, unknown>)[key]);
		}
		Object.freeze(value);
	}
	return value;
}
