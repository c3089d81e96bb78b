/** The examples show a score beside its grade as the pictures do: cut to two decimals more. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreText } from "../../examples/lib/scoreText.js";
import { exact, roundHalfUp } from "../../src/numeric/index.js";

describe("scoreText", () => {
	it("cuts, never rounds up: 0.4467 is 0.446 beside grade 0.4, where rounding would give 0.45", () => {
		expect(scoreText(0.4467)).toBe("0.446");
		expect(scoreText(0.4499999)).toBe("0.449");
		expect(scoreText(0.45)).toBe("0.45");
		expect(scoreText(0.57)).toBe("0.57"); // 0.56999999999999995 as a double: its shortest digits
		expect(scoreText(0.5)).toBe("0.5");
		expect(scoreText(1)).toBe("1");
		expect(scoreText(1.23456)).toBe("1.234");
		expect(scoreText(0.444999, 2)).toBe("0.4449");
	});

	it("writes tiny and small negative scores as 0, and cuts others toward zero", () => {
		expect(scoreText(1e-7)).toBe("0");
		expect(scoreText(-0.0001)).toBe("0");
		expect(scoreText(-0.2567)).toBe("-0.256");
	});

	it("shows every score so that it rounds half-up to the score's own grade", () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (score) => {
				const grade = roundHalfUp(exact(String(score), []), 1);
				expect(roundHalfUp(exact(scoreText(score), []), 1).toString()).toBe(grade.toString());
			}),
		);
	});
});
