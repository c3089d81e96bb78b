import { describe, expect, it } from "vitest";
import { objective } from "../../src/kinds/objective.js";
import { program } from "../../src/kinds/program.js";
import { locate, nearestKey, unknownKeyMessage } from "../../src/model/locate.js";

const known = ["id", "title", "weight", "current", "checkIns", "kpiIds", "at", "value"];

describe("nearestKey", () => {
	it.each([
		["currrent", "current"],
		["Current", "current"],
		["wieght", "weight"],
		["tittle", "title"],
		["kpiId", "kpiIds"],
		["checkins", "checkIns"],
	])("takes %s for %s", (typo, meant) => {
		expect(nearestKey(typo, known)).toBe(meant);
	});

	it.each(["color", "ids", "as", "x", "currrrrent", "", "y".repeat(100_000)])(
		"suggests nothing for %s (too far, or too short to tell)",
		(key) => {
			expect(nearestKey(key, known)).toBeUndefined();
		},
	);

	it("words the message, quoting at most 40 characters of the key", () => {
		expect(unknownKeyMessage("currrent", known)).toBe(
			'Unknown field "currrent" (did you mean "current"?)',
		);
		expect(unknownKeyMessage("z".repeat(1000), known)).toBe(`Unknown field "${"z".repeat(40)}…"`);
	});
});

describe("locate", () => {
	const input = {
		objectives: [
			{ id: "o", title: "O", keyResults: [{ id: "kr", kind: "metric" }, { kind: "x" }] },
		],
	};

	it("finds the record at a path and the nearest readable id, the key result's first", () => {
		expect(locate(program, input, ["objectives", 0, "keyResults", 0, "start"]).id).toBe("kr");
		expect(locate(program, input, ["objectives", 0, "keyResults", 1, "start"]).id).toBe("o");
		expect(locate(program, input, ["objectives", 0, "cycle", "start"])).toEqual({
			record: null,
			id: "o",
		});
		expect(locate(program, input, ["objectives", 0]).record).toBe(objective);
		expect(locate(program, input, ["objectives"])).toEqual({ record: null, id: undefined });
		expect(locate(program, input, ["elsewhere", 0])).toEqual({ record: null, id: undefined });
		expect(locate(program, null, ["objectives", 0, "id"]).id).toBeUndefined();
	});
});
