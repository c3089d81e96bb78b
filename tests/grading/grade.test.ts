/**
 * `grade` (docs/scoring.md, "Grades and outcomes"): clamp to [0, 1], round half-up to one decimal,
 * colour the rounded grade.
 */
import { describe, expect, it } from "vitest";
import { grade } from "../../src/index.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";

const tenths = Array.from({ length: 11 }, (_, i) => i / 10);
const colorOf = (g: number) => (g < 0.4 ? "red" : g < 0.7 ? "yellow" : "green");

describe("grade", () => {
	it("grade(0.65) → { grade: 0.7, color: 'green' }", () => {
		expect(grade(0.65)).toEqual({ grade: 0.7, color: "green" });
	});

	it.each(tenths)("at the one-decimal score %s, grade is the score itself", (score) => {
		expect(grade(score)).toEqual({ grade: score, color: colorOf(score) });
		expect(grade(String(score))).toEqual({ grade: score, color: colorOf(score) });
	});

	it("colours 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green, with no gaps", () => {
		expect(tenths.map((s) => grade(s).color)).toEqual([
			"red",
			"red",
			"red",
			"red",
			"yellow",
			"yellow",
			"yellow",
			"green",
			"green",
			"green",
			"green",
		]);
	});

	it.each([
		["0.05", 0.1, "red"],
		["0.15", 0.2, "red"],
		["0.25", 0.3, "red"],
		["0.35", 0.4, "yellow"],
		["0.45", 0.5, "yellow"],
		["0.55", 0.6, "yellow"],
		["0.65", 0.7, "green"],
		["0.75", 0.8, "green"],
		["0.85", 0.9, "green"],
		["0.95", 1, "green"],
	] as const)(
		"rounds the decimal-exact %s half up to %s (%s), as a string and as a number",
		(text, g, color) => {
			expect(grade(text)).toEqual({ grade: g, color });
			// As a number, 0.35 is 0.34999999999999997779…; it is read as the decimal it was written as.
			expect(grade(Number(text))).toEqual({ grade: g, color });
		},
	);

	it.each([
		["0.34999", 0.3, "red"],
		["0.3499999999999999999999", 0.3, "red"],
		["0.6499999999999999999999", 0.6, "yellow"],
		["0.6500000000000000000001", 0.7, "green"],
		["0.0499", 0, "red"],
		["0.9499", 0.9, "green"],
		["0.04", 0, "red"],
		["0.96", 1, "green"],
	] as const)("rounds %s to %s (%s): only .x5 and above go up", (text, g, color) => {
		expect(grade(text)).toEqual({ grade: g, color });
	});

	it.each([
		[-0.2, 0],
		[-1e300, 0],
		["-0.04", 0],
		[1.3, 1],
		[1.04, 1],
		["1e10", 1],
		[Number.MAX_VALUE, 1],
	])("clamps %s outside [0, 1] to %s", (score, g) => {
		expect(grade(score)).toEqual({ grade: g, color: g === 0 ? "red" : "green" });
	});

	it("rejects a score that is not a number: INVALID_NUMBER at [score]", () => {
		expectIssue(() => grade(Number.NaN), "INVALID_NUMBER", ["score"]);
		expectIssue(() => grade("70%"), "INVALID_NUMBER", ["score"]);
		expectIssue(() => grade(undefined as never), "INVALID_NUMBER", ["score"]);
	});

	it("returns a fresh, plain object each call", () => {
		const a = grade(0.5);
		const b = grade(0.5);
		expect(a).not.toBe(b);
		expect(Object.keys(a).sort()).toEqual(["color", "grade"]);
	});

	it("does not mutate its options", () => {
		expectUnmutated({ policy: { grading: { bands: { green: 0.8 } } } }, (options) =>
			grade(0.7, options),
		);
	});
});

describe("grade under a policy", () => {
	it("band edges are policy data", () => {
		const options = { policy: { grading: { bands: { yellow: 0.3, green: 0.6 } } } };
		expect(grade(0.25, options)).toEqual({ grade: 0.3, color: "yellow" });
		expect(grade(0.2, options)).toEqual({ grade: 0.2, color: "red" });
		expect(grade(0.6, options)).toEqual({ grade: 0.6, color: "green" });
		expect(grade(0.54, options)).toEqual({ grade: 0.5, color: "yellow" });
	});

	it("equal band edges leave no yellow", () => {
		const options = { policy: { grading: { bands: { yellow: 0.5, green: 0.5 } } } };
		expect(grade(0.4, options).color).toBe("red");
		expect(grade(0.5, options).color).toBe("green");
	});

	it("edges at 0 and 1: everything yellow or better, green only at 1.0", () => {
		const options = { policy: { grading: { bands: { yellow: 0, green: 1 } } } };
		expect(grade(0, options).color).toBe("yellow");
		expect(grade(0.94, options).color).toBe("yellow");
		expect(grade(0.95, options).color).toBe("green");
	});

	it("decimals: 2 grades to the hundredth, half up", () => {
		const options = { policy: { grading: { decimals: 2 } } };
		expect(grade("0.655", options)).toEqual({ grade: 0.66, color: "yellow" });
		expect(grade(0.655, options)).toEqual({ grade: 0.66, color: "yellow" });
		expect(grade("0.6949", options)).toEqual({ grade: 0.69, color: "yellow" });
		expect(grade("0.695", options)).toEqual({ grade: 0.7, color: "green" });
	});

	it("decimals: 0 grades to 0 or 1", () => {
		const options = { policy: { grading: { decimals: 0 } } };
		expect(grade(0.49, options)).toEqual({ grade: 0, color: "red" });
		expect(grade(0.5, options)).toEqual({ grade: 1, color: "green" });
	});

	it("colours the rounded grade, not the raw score", () => {
		// 0.396 is below the yellow edge, but its grade 0.4 is not.
		expect(grade(0.396)).toEqual({ grade: 0.4, color: "yellow" });
		const options = { policy: { grading: { bands: { green: "0.65" } } } };
		expect(grade(0.64, options)).toEqual({ grade: 0.6, color: "yellow" });
		expect(grade(0.66, options)).toEqual({ grade: 0.7, color: "green" });
	});
});
