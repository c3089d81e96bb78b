/** KPI numbers in words, as the bullet graph and the sparkline write them. */
import { describe, expect, it } from "vitest";
import { fromResult } from "../../src/numeric/index.js";
import { shortfallWords, withUnit } from "../../src/svg/words.js";

describe("withUnit and shortfallWords", () => {
	it("writes no unit for an empty one", () => {
		expect(withUnit("5", "")).toBe("5");
		expect(withUnit("5", undefined)).toBe("5");
		expect(withUnit("5", "%")).toBe("5%");
		expect(withUnit("5", "ms")).toBe("5 ms");
	});

	it("says on target, ahead or short of it by the sign of the shortfall", () => {
		expect(shortfallWords(fromResult(0), "higherIsBetter", "%")).toBe("on target");
		expect(shortfallWords(fromResult(-0.2), "higherIsBetter", "%")).toBe(
			"0.2% ahead of the target",
		);
		expect(shortfallWords(fromResult(9.9), "higherIsBetter", "%")).toBe("9.9% short of the target");
		expect(shortfallWords(fromResult(2), "onTarget", "°C")).toBe("2 °C off the target");
	});
});
