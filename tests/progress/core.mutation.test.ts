/**
 * Exact expectations on progress that mutation testing (issue 8) showed were missing: the exact
 * weighted mean on its own (most public calls take the fast path), and the words of its errors.
 */
import { describe, expect, it } from "vitest";
import { keyResultProgress, objectiveProgress } from "../../src/index.js";
import { exact } from "../../src/numeric/index.js";
import { weightedMean } from "../../src/progress/core.js";
import { expectCode, loose, metric } from "../support/foundation.js";

const x = (value: number | string) => exact(value, []);

describe("weightedMean (the exact path)", () => {
	it("is Σ wᵢ·pᵢ / Σ wᵢ, exactly", () => {
		const items = [
			{ weight: x(1), progress: x("0.5") },
			{ weight: x(3), progress: x(1) },
		];
		expect(weightedMean(items, [], "items").toFixed()).toBe("0.875");
		expect(weightedMean([{ weight: x("0.1"), progress: x("0.3") }], [], "one").toFixed()).toBe(
			"0.3",
		);
	});

	it("throws ZERO_TOTAL_WEIGHT at the path it is given, naming what it averaged", () => {
		const error = expectCode(
			() =>
				weightedMean([{ weight: x(0), progress: x(1) }], ["keyResults"], "the key results of X"),
			"ZERO_TOTAL_WEIGHT",
			["keyResults"],
		);
		expect(error.message).toBe(
			"The weights of the key results of X sum to 0: its score is undefined.",
		);
		expectCode(() => weightedMean([], [], "nothing"), "ZERO_TOTAL_WEIGHT", []);
	});
});

describe("the words of progress errors", () => {
	it("names the objective without key results, or whose weights sum to 0", () => {
		expect(
			expectCode(() => objectiveProgress({ id: "o", title: "O", keyResults: [] }), "NO_KEY_RESULTS")
				.message,
		).toBe('Objective "o" has no key results to score.');
		const zero = { id: "o", title: "O", keyResults: [metric(0, "10.5", "5", { weight: "0" })] };
		expect(expectCode(() => objectiveProgress(zero), "ZERO_TOTAL_WEIGHT").message).toBe(
			'The weights of the key results of objective "o" sum to 0: its score is undefined.',
		);
	});

	it("names the checklist whose item weights sum to 0", () => {
		const kr = loose({
			id: "c",
			title: "C",
			kind: "checklist",
			items: [{ title: "a", done: true, weight: "0.0" }],
		});
		expect(expectCode(() => keyResultProgress(kr), "ZERO_TOTAL_WEIGHT", ["items"]).message).toBe(
			'The items of key result "c" have weights summing to 0.',
		);
	});
});
