import { describe, expect, it } from "vitest";
import { keyResultProgress } from "../../src/index.js";

describe("keyResultProgress (smoke)", () => {
	it("gives exactly 0.5 for decimal strings 0.1 → 0.3 at 0.2", () => {
		expect(
			keyResultProgress({
				id: "x",
				title: "x",
				kind: "metric",
				start: "0.1",
				target: "0.3",
				current: "0.2",
			}),
		).toBe(0.5);
	});
});
