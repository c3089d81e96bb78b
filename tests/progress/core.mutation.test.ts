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

describe("objectiveProgress under a policy the fast path cannot hold", () => {
	it("scores exactly with a cap no double-double holds (1.1) and a floor of one tenth", () => {
		const objective = {
			id: "o",
			title: "Over-achieve",
			keyResults: [metric(0, 100, 150, { id: "a" }), metric(0, 100, 5, { id: "b" })],
		};
		// (1.1 + 0.1) / 2: the cap and the floor bind, and the result is their exact mean.
		const policy = { progress: { floor: "0.1", cap: "1.1" } };
		expect(objectiveProgress(objective, { policy })).toBe(0.6);
		expect(keyResultProgress(metric(0, 100, 150), { policy })).toBe(1.1);
	});

	it("scores exactly with a cap beyond the magnitudes the fast path works with", () => {
		const objective = {
			id: "o",
			title: "Unbounded",
			keyResults: [metric(0, 4, 6, { id: "a" }), metric(0, 1, 1, { id: "b" })],
		};
		expect(objectiveProgress(objective, { policy: { progress: { cap: "1e300" } } })).toBe(1.25);
	});
});
