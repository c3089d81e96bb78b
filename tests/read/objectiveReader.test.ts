/** The internal objective reader (src/read/objective.ts), which other modules build on. */
import { describe, expect, it } from "vitest";
import type { IssueCode, Path } from "../../src/index.js";
import { readObjective } from "../../src/read/objective.js";
import { expectIssue } from "../support/foundation.js";

/** The one issue's message of what `fn` threw, checking its code and path. */
function message(fn: () => unknown, code: IssueCode, path: Path): string {
	return expectIssue(fn, code, path).issues[0]?.message ?? "";
}

describe("readObjective", () => {
	it("names what it expected: an objective, an array of key results, KPI ids", () => {
		expect(message(() => readObjective("o", [0]), "INVALID_TYPE", [0])).toBe(
			"Expected an objective (an object), received a string.",
		);
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
		expect(
			message(() => readObjective({ ...objective, kpiIds: ["k", 5] }, []), "INVALID_TYPE", [
				"kpiIds",
				1,
			]),
		).toBe("Expected a KPI id, received a number.");
	});

	it("fills the defaults: no parent, no KPI ids, no key results, aspirational", () => {
		const read = readObjective({ id: "o", title: "O", parentId: null }, []);
		expect(read.parentId).toBeNull();
		expect(read.kpiIds).toEqual([]);
		expect(read.keyResults).toEqual([]);
		expect(read.type).toBe("aspirational");
	});
});
