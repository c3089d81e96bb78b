/**
 * Checks a consumer's serialized result against a case's {@link Expectation}.
 */
import { expect } from "vitest";
import type { ErrorExpectation, Expectation } from "./cases.js";
import type { CaseResult } from "./runner.js";

interface SerializedError {
	readonly name: string;
	readonly message: string;
	readonly code: unknown;
	readonly path: unknown;
	readonly issues: unknown;
	readonly isError: boolean;
	readonly isEntryOkrError: boolean;
	readonly isRootOkrError: boolean;
	readonly isRootValidationError: boolean;
}

function asError(value: unknown): SerializedError | undefined {
	if (value !== null && typeof value === "object" && "$error" in value) {
		return (value as { $error: SerializedError }).$error;
	}
	return undefined;
}

/** `actual` holds everything `expected` lists: object keys recursively, arrays element-wise. */
export function contains(actual: unknown, expected: unknown): boolean {
	if (Array.isArray(expected)) {
		return (
			Array.isArray(actual) &&
			actual.length === expected.length &&
			expected.every((item, index) => contains(actual[index], item))
		);
	}
	if (expected !== null && typeof expected === "object") {
		if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
		return Object.keys(expected).every(
			(key) =>
				Object.hasOwn(actual, key) &&
				contains(
					(actual as Record<string, unknown>)[key],
					(expected as Record<string, unknown>)[key],
				),
		);
	}
	return Object.is(actual, expected);
}

function checkError(error: SerializedError | undefined, spec: ErrorExpectation, where: string) {
	expect(error, `${where}: expected an error with code ${spec.code}`).toBeDefined();
	if (error === undefined) return;
	expect(error.code, `${where}: ${error.name}: ${error.message}`).toBe(spec.code);
	// The class the caller imported must catch it: the package's errors are one class everywhere.
	expect(error.isError, where).toBe(true);
	expect(error.isEntryOkrError, `${where}: instanceof the entry's OkrError`).toBe(true);
	expect(error.isRootOkrError, `${where}: instanceof the root's OkrError`).toBe(true);
	expect(error.isRootValidationError, `${where}: instanceof OkrValidationError`).toBe(
		spec.code === "INVALID_INPUT",
	);
	for (const issue of spec.issues ?? []) {
		const issues = Array.isArray(error.issues) ? (error.issues as Record<string, unknown>[]) : [];
		const found = issues.some(
			(candidate) =>
				candidate["code"] === issue.code &&
				(issue.path === undefined || contains(candidate["path"], issue.path)),
		);
		expect(found, `${where}: issue ${JSON.stringify(issue)} among ${JSON.stringify(issues)}`).toBe(
			true,
		);
	}
}

export function checkResult(result: CaseResult, spec: Expectation, where: string): void {
	const error = asError(result.value);
	if (spec.throws !== undefined) {
		expect(result.thrown, `${where}: should throw, returned ${JSON.stringify(result.value)}`).toBe(
			true,
		);
		checkError(error, spec.throws, where);
		return;
	}
	if (spec.valueOrOkrError === true) {
		if (result.thrown)
			expect(error?.isRootOkrError, `${where}: ${JSON.stringify(error)}`).toBe(true);
		return;
	}
	expect(result.thrown, `${where}: threw ${JSON.stringify(error)}`).toBe(false);
	if (spec.error !== undefined) checkError(error, spec.error, where);
	if ("equals" in spec) expect(result.value, where).toStrictEqual(spec.equals);
	if ("matches" in spec) {
		expect(
			contains(result.value, spec.matches),
			`${where}: ${JSON.stringify(result.value)} should contain ${JSON.stringify(spec.matches)}`,
		).toBe(true);
	}
	for (const item of spec.includes ?? []) {
		expect(result.value, where).toContainEqual(item);
	}
	for (const pattern of spec.patterns ?? []) {
		expect(typeof result.value, where).toBe("string");
		expect(result.value as string, where).toMatch(new RegExp(pattern, "s"));
	}
	for (const text of spec.excludes ?? []) {
		expect(typeof result.value, where).toBe("string");
		expect(result.value as string, where).not.toContain(text);
	}
}
