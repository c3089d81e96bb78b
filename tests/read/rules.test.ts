/** The model's cross-field rules, each written once beside its record's description and run by the readers and the zod schemas alike. */
import { describe, expect, it } from "vitest";
import { emptyChecklist } from "../../src/kinds/checklist.js";
import { endBeforeStart } from "../../src/kinds/cycle.js";
import { relativeToZeroTarget, thresholdsOutOfOrder } from "../../src/kinds/kpi.js";
import { startEqualsTarget } from "../../src/kinds/metric.js";
import { lowAboveHigh } from "../../src/kinds/range.js";
import { exact } from "../../src/numeric/index.js";

const x = (value: number | string) => exact(value, []);
const codeAndPath = (issue: { code: string; path: readonly unknown[] } | null) =>
	issue === null ? null : { code: issue.code, path: issue.path };

describe("model rules", () => {
	it("startEqualsTarget: equal by value, however written", () => {
		expect(codeAndPath(startEqualsTarget(x("1.0"), x(1), ["target"]))).toEqual({
			code: "START_EQUALS_TARGET",
			path: ["target"],
		});
		expect(startEqualsTarget(x(1), x("1.0000000000000000000001"), ["target"])).toBeNull();
	});

	it("lowAboveHigh: low == high is fine", () => {
		expect(lowAboveHigh(x(5), x(5), ["high"])).toBeNull();
		expect(codeAndPath(lowAboveHigh(x(6), x(5), ["high"]))).toEqual({
			code: "LOW_ABOVE_HIGH",
			path: ["high"],
		});
	});

	it("endBeforeStart: a one-day cycle is fine", () => {
		expect(endBeforeStart(100, 100, ["end"])).toBeNull();
		expect(codeAndPath(endBeforeStart(100, 99, ["end"]))).toEqual({
			code: "END_BEFORE_START",
			path: ["end"],
		});
	});

	it("emptyChecklist: at least one item", () => {
		expect(emptyChecklist(1, ["items"])).toBeNull();
		expect(codeAndPath(emptyChecklist(0, ["items"]))).toEqual({
			code: "EMPTY_CHECKLIST",
			path: ["items"],
		});
	});

	it("thresholdsOutOfOrder: 0 <= green <= yellow", () => {
		expect(thresholdsOutOfOrder(x(0), x(0), ["thresholds"])).toBeNull();
		expect(thresholdsOutOfOrder(x("-0"), x(1), ["thresholds"])).toBeNull();
		expect(codeAndPath(thresholdsOutOfOrder(x(-1), x(1), ["thresholds"]))).toEqual({
			code: "NEGATIVE",
			path: ["thresholds", "green"],
		});
		expect(codeAndPath(thresholdsOutOfOrder(x(2), x(1), ["thresholds"]))).toEqual({
			code: "THRESHOLDS_OUT_OF_ORDER",
			path: ["thresholds"],
		});
	});

	it("relativeToZeroTarget: only relative thresholds on a zero target", () => {
		expect(relativeToZeroTarget("absolute", x(0), ["thresholds"])).toBeNull();
		expect(relativeToZeroTarget("relative", x(5), ["thresholds"])).toBeNull();
		expect(codeAndPath(relativeToZeroTarget("relative", x("-0.0"), ["thresholds"]))).toEqual({
			code: "RELATIVE_TO_ZERO_TARGET",
			path: ["thresholds"],
		});
	});

	it("every issue has a message", () => {
		for (const issue of [
			startEqualsTarget(x(1), x(1), []),
			lowAboveHigh(x(2), x(1), []),
			endBeforeStart(2, 1, []),
			emptyChecklist(0, []),
			thresholdsOutOfOrder(x(-1), x(1), []),
			thresholdsOutOfOrder(x(2), x(1), []),
			relativeToZeroTarget("relative", x(0), []),
		]) {
			expect(issue?.message.length).toBeGreaterThan(10);
		}
	});
});
