/**
 * Mutation testing (issue 8): how the cascade functions word an id they cannot find, whatever was
 * passed as the id, and what they say when the objectives are not an array.
 */
import { describe, expect, it } from "vitest";
import { createRollUp, explain, type Objective, validateCascade } from "../../src/index.js";
import { expectCode } from "../support/foundation.js";
import { specExample } from "./fixtures.js";

describe("ids the cascade does not hold", () => {
	it("explain names a missing id, quoting strings and writing anything else as it prints", () => {
		const objectives = specExample();
		expect(expectCode(() => explain(objectives, "nope"), "UNKNOWN_OBJECTIVE", ["id"]).message).toBe(
			'No objective has id "nope".',
		);
		const notAString = {} as unknown as string;
		expect(
			expectCode(() => explain(objectives, notAString), "UNKNOWN_OBJECTIVE", ["id"]).message,
		).toBe("No objective has id [object Object].");
	});

	it("an update names a missing key result id the same way", () => {
		const scores = createRollUp(specExample());
		expect(
			expectCode(() => scores.update("nope", { current: 1 }), "UNKNOWN_KEY_RESULT", ["keyResultId"])
				.message,
		).toBe('No key result has id "nope".');
		const notAString = ["kr"] as unknown as string;
		expect(
			expectCode(() => scores.update(notAString, { current: 1 }), "UNKNOWN_KEY_RESULT", [
				"keyResultId",
			]).message,
		).toBe("No key result has id kr.");
	});

	it("an update's patch is read as own fields, whatever their names", () => {
		const scores = createRollUp(specExample());
		// JSON.parse makes "__proto__" an own key: merged as a plain field, it reaches no prototype.
		const patch = JSON.parse('{"__proto__": {"polluted": true}, "current": 77}') as object;
		const next = scores.update("activation", patch);
		expect(next.scores.get("teamA")).toEqual({
			score: 0.9,
			grade: 0.9,
			color: "green",
			source: "keyResults",
		});
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
	});
});

describe("objectives that are not an array", () => {
	it("validateCascade says what it expected", () => {
		const error = expectCode(
			() => validateCascade("objectives" as unknown as Objective[]),
			"INVALID_INPUT",
			[],
		);
		expect(error.message).toContain(
			"Expected an array of objectives (an array), received a string.",
		);
	});
});

describe("versions of a live roll-up", () => {
	it("an update leaves the version it came from as it was, key results and progress alike", () => {
		const metric = (id: string) => ({
			id,
			title: id,
			kind: "metric" as const,
			start: 0,
			target: 10,
			current: 0,
		});
		const v1 = createRollUp([{ id: "o", title: "O", keyResults: [metric("k1"), metric("k2")] }]);
		const v2 = v1.update("k1", { current: 10, weight: 3 });
		const v3 = v1.update("k2", { current: 10 });
		expect(v1.scores.get("o")?.score).toBe(0);
		expect(v2.scores.get("o")?.score).toBe(0.75);
		expect(v3.scores.get("o")?.score).toBe(0.5);
		expect(v3.update("k1", { current: 10 }).scores.get("o")?.score).toBe(1);
	});
});
