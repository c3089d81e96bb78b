/**
 * The shared field readers of the zod-free model readers (src/read/common.ts, src/read/cycle.ts):
 * what each one accepts, and the words of its errors (what was expected, what was received).
 */
import { describe, expect, it } from "vitest";
import type { IssueCode, Path } from "../../src/index.js";
import {
	asArray,
	asObject,
	readBoolean,
	readDate,
	readEach,
	readEnum,
	readId,
	readNumber,
	readOptionalString,
	readString,
} from "../../src/read/common.js";
import { readCycle } from "../../src/read/cycle.js";
import { readKeyResult } from "../../src/read/keyResult.js";
import { readKpi } from "../../src/read/kpi.js";
import { expectIssue } from "../support/foundation.js";

/** The one issue's message of what `fn` threw, checking its code and path. */
function message(fn: () => unknown, code: IssueCode, path: Path): string {
	return expectIssue(fn, code, path).issues[0]?.message ?? "";
}

describe("field readers: what they accept and the words of their errors", () => {
	it("asObject and asArray say what they expected and what they got", () => {
		expect(message(() => asObject([], ["o"], "a thing"), "INVALID_TYPE", ["o"])).toBe(
			"Expected a thing (an object), received an array.",
		);
		expect(message(() => asArray({}, ["a"], "things"), "INVALID_TYPE", ["a"])).toBe(
			"Expected things (an array), received an object.",
		);
	});

	it("ids and strings: required, not empty, a string", () => {
		expect(message(() => readId({}, "id", ["x"]), "REQUIRED", ["x", "id"])).toBe(
			'"id" is required.',
		);
		expect(message(() => readId({ id: "" }, "id", []), "EMPTY_STRING", ["id"])).toBe(
			'"id" must not be empty.',
		);
		expect(message(() => readId({ id: 5 }, "id", []), "INVALID_TYPE", ["id"])).toBe(
			"Expected a string, received a number.",
		);
		expect(message(() => readString({}, "title", []), "REQUIRED", ["title"])).toBe(
			'"title" is required.',
		);
		expect(message(() => readString({ title: null }, "title", []), "INVALID_TYPE", ["title"])).toBe(
			"Expected a string, received null.",
		);
		expect(
			message(() => readOptionalString({ unit: true }, "unit", []), "INVALID_TYPE", ["unit"]),
		).toBe("Expected a string, received a boolean.");
		expect(readOptionalString({}, "unit", [])).toBeUndefined();
		expect(readOptionalString({ unit: "%" }, "unit", [])).toBe("%");
	});

	it("booleans, numbers and dates: required, of their type", () => {
		expect(message(() => readBoolean({}, "done", []), "REQUIRED", ["done"])).toBe(
			'"done" is required.',
		);
		expect(message(() => readBoolean({ done: "yes" }, "done", []), "INVALID_TYPE", ["done"])).toBe(
			"Expected true or false, received a string.",
		);
		expect(message(() => readNumber({}, "target", []), "REQUIRED", ["target"])).toBe(
			'"target" is required.',
		);
		expect(message(() => readDate({}, "at", ["r"]), "REQUIRED", ["r", "at"])).toBe(
			'"at" is required.',
		);
	});

	it("enums: the values allowed, and what came instead (cut at 40 characters)", () => {
		const values = ["up", "down"] as const;
		expect(readEnum({ d: "down" }, "d", [], values)).toBe("down");
		expect(readEnum({}, "d", [], values, "up")).toBe("up");
		expect(message(() => readEnum({}, "d", [], values), "REQUIRED", ["d"])).toBe(
			'"d" is required.',
		);
		expect(message(() => readEnum({ d: 5 }, "d", [], values), "INVALID_ENUM", ["d"])).toBe(
			'Expected one of "up", "down", received a number.',
		);
		expect(
			message(() => readEnum({ d: "x".repeat(50) }, "d", [], values), "INVALID_ENUM", ["d"]),
		).toBe(`Expected one of "up", "down", received "${"x".repeat(40)}".`);
		expect(message(() => readEnum({ d: "Up" }, "d", [], values, "up"), "INVALID_ENUM", ["d"])).toBe(
			'Expected one of "up", "down", received "Up".',
		);
	});

	it("readings: an array of { at, value } objects", () => {
		const kpiBase = { id: "k", name: "K", direction: "higherIsBetter", target: 1 };
		expect(
			message(
				() =>
					readKeyResult({ id: "k", title: "K", kind: "milestone", done: true, checkIns: {} }, []),
				"INVALID_TYPE",
				["checkIns"],
			),
		).toBe('Expected "checkIns" (an array), received an object.');
		expect(
			message(() => readKpi({ ...kpiBase, measurements: [5] }, []), "INVALID_TYPE", [
				"measurements",
				0,
			]),
		).toBe("Expected a reading { at, value } (an object), received a number.");
	});

	it("cycles: an object with dates, and their label", () => {
		expect(message(() => readCycle("2025-Q3", ["cycle"]), "INVALID_TYPE", ["cycle"])).toBe(
			"Expected a cycle { start, end } (an object), received a string.",
		);
		expect(readCycle({ start: "2025-07-01", end: "2025-09-30", label: "Q3" }, []).label).toBe("Q3");
		expect(readCycle({ start: "2025-07-01", end: "2025-09-30" }, []).label).toBeUndefined();
		expectIssue(
			() => readCycle({ start: "2025-07-01", end: "2025-09-30", label: 3 }, ["c"]),
			"INVALID_TYPE",
			["c", "label"],
		);
	});
});

describe("readEach", () => {
	const readName = (item: unknown, path: Path) =>
		readString(asObject(item, path, "a thing"), "name", path);

	it("reads every item at its own index under the path", () => {
		expect(
			readEach([{ name: "a" }, { name: "b" }], ["kpis"], "an array of things", readName),
		).toEqual(["a", "b"]);
	});

	it("reads a hole as nothing, reported at its index", () => {
		// biome-ignore lint/suspicious/noSparseArray: the hole is the point
		const sparse = [{ name: "a" }, , { name: "c" }];
		expectIssue(() => readEach(sparse, ["kpis"], "an array of things", readName), "INVALID_TYPE", [
			"kpis",
			1,
		]);
	});

	it("names what it expected when the value is not an array", () => {
		const error = expectIssue(
			() => readEach({ name: "a" }, ["kpis"], "an array of things", readName),
			"INVALID_TYPE",
			["kpis"],
		);
		expect(error.issues[0]?.message).toBe(
			"Expected an array of things (an array), received an object.",
		);
	});
});
