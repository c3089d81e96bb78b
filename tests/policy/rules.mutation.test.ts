/**
 * Exact expectations on the policy's cross-field rules that mutation testing (issue 8) showed were
 * missing: equal values are allowed at every edge, and each rule's words.
 */
import { describe, expect, it } from "vitest";
import { definePolicy } from "../../src/index.js";
import { expectIssue } from "../support/foundation.js";

type Partial = Parameters<typeof definePolicy>[0];

function words(
	partial: Partial,
	code: Parameters<typeof expectIssue>[1],
	path: (string | number)[],
) {
	return expectIssue(() => definePolicy(partial), code, path).issues[0]?.message;
}

describe("policy rules", () => {
	it("allow equal values at every edge", () => {
		expect(() => definePolicy({ pace: { onTrackGap: 0.2, atRiskGap: 0.2 } })).not.toThrow();
		expect(() => definePolicy({ pace: { phases: [{ at: 1, expected: 1 }] } })).not.toThrow();
		expect(() =>
			definePolicy({ kpi: { thresholds: { mode: "absolute", green: 2, yellow: 2 } } }),
		).not.toThrow();
		expect(() => definePolicy({ lint: { minKeyResults: 3, maxKeyResults: 3 } })).not.toThrow();
		expect(() => definePolicy({ health: { kpisOnTime: { min: 0.8, max: 0.8 } } })).not.toThrow();
		expect(() => definePolicy({ kpi: { confirmations: 1 } })).not.toThrow();
	});

	it("say what each rule needs", () => {
		expect(
			words({ grading: { bands: { yellow: 0.8, green: 0.5 } } }, "BANDS_OUT_OF_ORDER", [
				"grading",
				"bands",
			]),
		).toBe("Grade bands must satisfy 0 <= yellow <= green <= 1.");
		expect(
			words({ grading: { aspirational: { partialFrom: 0.9 } } }, "BANDS_OUT_OF_ORDER", [
				"grading",
				"aspirational",
			]),
		).toBe("Aspirational outcomes must satisfy 0 <= partialFrom <= sweetSpotFrom <= sweetSpotTo.");
		expect(
			words({ pace: { onTrackGap: 0.3, atRiskGap: 0.2 } }, "THRESHOLDS_OUT_OF_ORDER", [
				"pace",
				"onTrackGap",
			]),
		).toBe("pace.onTrackGap must not exceed pace.atRiskGap.");
		expect(
			words({ pace: { phases: [{ at: 1.5, expected: 1 }] } }, "INVALID_PHASES", [
				"pace",
				"phases",
				0,
			]),
		).toBe(
			"Phases must have strictly increasing `at` in (0, 1] and non-decreasing `expected` in [0, 1].",
		);
		expect(
			words({ kpi: { thresholds: { mode: "absolute", green: -1, yellow: 1 } } }, "NEGATIVE", [
				"kpi",
				"thresholds",
				"green",
			]),
		).toBe("Must be zero or more.");
		expect(
			words(
				{ kpi: { thresholds: { mode: "absolute", green: 3, yellow: 2 } } },
				"THRESHOLDS_OUT_OF_ORDER",
				["kpi", "thresholds"],
			),
		).toBe("The green limit must not exceed the yellow limit.");
		expect(
			words({ lint: { minKeyResults: 4, maxKeyResults: 3 } }, "THRESHOLDS_OUT_OF_ORDER", [
				"lint",
				"minKeyResults",
			]),
		).toBe("lint.minKeyResults must not exceed lint.maxKeyResults.");
		expect(words({ kpi: { confirmations: 0 } }, "OUT_OF_RANGE", ["kpi", "confirmations"])).toBe(
			"Must be 1 or more.",
		);
		expect(
			words({ health: { kpisOnTime: { min: 0.9, max: 0.8 } } }, "THRESHOLDS_OUT_OF_ORDER", [
				"health",
				"kpisOnTime",
			]),
		).toBe("An aim's min must not exceed its max.");
	});
});
