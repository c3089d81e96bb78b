/**
 * Exact expectations on the readers that mutation testing (issue 8) showed were missing: the words
 * of every reader's errors (what was expected, what was received), enums, and cycles' labels.
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
import { readKpi, readThresholds } from "../../src/read/kpi.js";
import { readObjective } from "../../src/read/objective.js";
import { expectIssue } from "../support/foundation.js";

/** The one issue's message of what `fn` threw, checking its code and path. */
function message(fn: () => unknown, code: IssueCode, path: Path): string {
	return expectIssue(fn, code, path).issues[0]?.message ?? "";
}

describe("the words of the readers' errors", () => {
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

describe("the model readers' words and defaults", () => {
	it("name what they expected for each kind of input", () => {
		expect(message(() => readKeyResult(5, []), "INVALID_TYPE", [])).toBe(
			"Expected a key result (an object), received a number.",
		);
		expect(message(() => readObjective("o", [0]), "INVALID_TYPE", [0])).toBe(
			"Expected an objective (an object), received a string.",
		);
		expect(message(() => readKpi(null, []), "INVALID_TYPE", [])).toBe(
			"Expected a KPI (an object), received null.",
		);
		expect(message(() => readThresholds([], ["thresholds"]), "INVALID_TYPE", ["thresholds"])).toBe(
			"Expected thresholds { mode, green, yellow } (an object), received an array.",
		);
		const checklist = { id: "c", title: "C", kind: "checklist" };
		expect(message(() => readKeyResult(checklist, []), "REQUIRED", ["items"])).toBe(
			'"items" is required.',
		);
		expect(
			message(() => readKeyResult({ ...checklist, items: {} }, []), "INVALID_TYPE", ["items"]),
		).toBe('Expected "items" (an array), received an object.');
		expect(
			message(() => readKeyResult({ ...checklist, items: [true] }, []), "INVALID_TYPE", [
				"items",
				0,
			]),
		).toBe("Expected a checklist item (an object), received a boolean.");
		const objective = { id: "o", title: "O" };
		expect(
			message(() => readObjective({ ...objective, keyResults: "kr" }, []), "INVALID_TYPE", [
				"keyResults",
			]),
		).toBe('Expected "keyResults" (an array), received a string.');
		expect(
			message(() => readObjective({ ...objective, kpiIds: {} }, []), "INVALID_TYPE", ["kpiIds"]),
		).toBe('Expected "kpiIds" (an array), received an object.');
		expect(
			message(() => readObjective({ ...objective, kpiIds: ["k", ""] }, []), "EMPTY_STRING", [
				"kpiIds",
				1,
			]),
		).toBe("A KPI id must not be empty.");
	});

	it("fill the defaults: no parent, no KPI ids, aspirational, latest scoring", () => {
		const read = readObjective({ id: "o", title: "O", parentId: null }, []);
		expect(read.parentId).toBeNull();
		expect(read.kpiIds).toEqual([]);
		expect(read.keyResults).toEqual([]);
		expect(read.type).toBe("aspirational");
		const threshold = readKeyResult(
			{ id: "t", title: "T", kind: "threshold", direction: "atLeast", threshold: 1 },
			[],
		);
		const range = readKeyResult({ id: "r", title: "R", kind: "range", low: 1, high: 2 }, []);
		expect("scoring" in threshold ? threshold.scoring : null).toBe("latest");
		expect("scoring" in range ? range.scoring : null).toBe("latest");
	});

	it("read a promoted KPI's origin: promotedAt a date string or null", () => {
		const base = { id: "k", name: "K", direction: "higherIsBetter", target: 1 };
		const origin = { objectiveId: "o", keyResultId: "kr" };
		expect(
			readKpi({ ...base, origin: { ...origin, promotedAt: null } }, []).origin?.promotedAt,
		).toBeNull();
		expect(readKpi({ ...base, origin }, []).origin?.promotedAt).toBeNull();
		expect(
			readKpi({ ...base, origin: { ...origin, promotedAt: "2025-07-01" } }, []).origin?.promotedAt,
		).toBe("2025-07-01");
		expect(
			message(
				() => readKpi({ ...base, origin: { ...origin, promotedAt: 5 } }, []),
				"INVALID_TYPE",
				["origin", "promotedAt"],
			),
		).toBe('Expected a date "YYYY-MM-DD" or null.');
		expect(message(() => readKpi({ ...base, origin: 5 }, []), "INVALID_TYPE", ["origin"])).toBe(
			"Expected an origin { objectiveId, keyResultId, promotedAt } (an object), received a number.",
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
