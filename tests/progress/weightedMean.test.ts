/**
 * The exact weighted mean behind objective and checklist progress (docs/scoring.md, "Objective
 * score"), on its own: most public calls take the fast path, which gives up to this one when it
 * cannot prove its result (bench/README.md, "How the fast paths stay exact").
 */
import { describe, expect, it } from "vitest";
import { exact } from "../../src/numeric/index.js";
import { weightedMean } from "../../src/progress/core.js";
import { expectCode } from "../support/foundation.js";

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
