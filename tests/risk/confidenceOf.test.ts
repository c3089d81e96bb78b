import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confidenceOf, type KeyResult } from "../../src/index.js";
import { expectIssue, expectUnmutated, metric } from "../support/foundation.js";

type CheckIn = { at: string | Date; value: number | string; confidence?: number | string };

/** A metric key result from 0 to 100 with these check-ins. */
const withCheckIns = (checkIns: readonly CheckIn[]): KeyResult =>
	metric(0, 100, undefined, { checkIns });

/** The colour of a single check-in's confidence under the default policy. */
const colorOf = (confidence: number | string) =>
	confidenceOf(withCheckIns([{ at: "2025-07-01", value: 1, confidence }]))?.color;

describe("confidenceOf", () => {
	it("gives the latest check-in's confidence, its day and its colour", () => {
		const kr = withCheckIns([
			{ at: "2025-07-07", value: 10, confidence: 8 },
			{ at: "2025-07-21", value: 20, confidence: 5 },
		]);
		expect(confidenceOf(kr)).toEqual({ value: 5, at: "2025-07-21", color: "yellow" });
	});

	it("colours by the default policy: red up to 3, yellow up to 7, green above (both ends inclusive)", () => {
		expect(colorOf(0)).toBe("red");
		expect(colorOf(3)).toBe("red");
		expect(colorOf(3.5)).toBe("yellow");
		expect(colorOf("3.0000001")).toBe("yellow");
		expect(colorOf(7)).toBe("yellow");
		expect(colorOf("7.000000000000000000001")).toBe("green");
		expect(colorOf(8)).toBe("green");
		expect(colorOf(10)).toBe("green");
	});

	it("colours by policy confidence.red and confidence.yellow", () => {
		const kr = withCheckIns([{ at: "2025-07-01", value: 1, confidence: 5 }]);
		expect(confidenceOf(kr, { policy: { confidence: { red: 5 } } })?.color).toBe("red");
		expect(confidenceOf(kr, { policy: { confidence: { red: 2, yellow: 4 } } })?.color).toBe(
			"green",
		);
	});

	it("is null without a check-in that has a confidence", () => {
		expect(confidenceOf(metric(0, 100, 50))).toBeNull();
		expect(confidenceOf(withCheckIns([{ at: "2025-07-01", value: 1 }]))).toBeNull();
	});

	it("is not hidden by a later check-in without a confidence", () => {
		const kr = withCheckIns([
			{ at: "2025-07-07", value: 10, confidence: 2 },
			{ at: "2025-07-21", value: 20 },
		]);
		expect(confidenceOf(kr)).toEqual({ value: 2, at: "2025-07-07", color: "red" });
	});

	it("goes by date, not array order; on one date the later in the array wins", () => {
		const kr = withCheckIns([
			{ at: "2025-07-21", value: 20, confidence: 9 },
			{ at: "2025-07-07", value: 10, confidence: 1 },
			{ at: "2025-07-21", value: 21, confidence: 6 },
		]);
		expect(confidenceOf(kr)).toEqual({ value: 6, at: "2025-07-21", color: "yellow" });
	});

	it("as of a day, ignores check-ins dated after it (the day itself counts)", () => {
		const kr = withCheckIns([
			{ at: "2025-07-07", value: 10, confidence: 9 },
			{ at: "2025-07-21", value: 20, confidence: 2 },
		]);
		expect(confidenceOf(kr, { asOf: "2025-07-20" })).toEqual({
			value: 9,
			at: "2025-07-07",
			color: "green",
		});
		expect(confidenceOf(kr, { asOf: "2025-07-21" })?.value).toBe(2);
		expect(confidenceOf(kr, { asOf: new Date(Date.UTC(2025, 6, 21)) })?.value).toBe(2);
		expect(confidenceOf(kr, { asOf: "2025-07-06" })).toBeNull();
	});

	it("reads decimal strings exactly and returns numbers", () => {
		const kr = withCheckIns([
			{ at: new Date(Date.UTC(2025, 6, 1)), value: "1", confidence: "6.5" },
		]);
		expect(confidenceOf(kr)).toEqual({ value: 6.5, at: "2025-07-01", color: "yellow" });
	});

	it("reads the check-ins of every kind of key result", () => {
		const checkIns = [{ at: "2025-07-01", value: 1, confidence: 4 }];
		const milestone = {
			id: "m",
			title: "Launch",
			kind: "milestone",
			done: false,
			checkIns,
		} as const;
		expect(confidenceOf(milestone)?.color).toBe("yellow");
	});

	it("refuses a confidence outside 0 to 10, a bad day and a bad policy at their paths", () => {
		expectIssue(
			() => confidenceOf(withCheckIns([{ at: "2025-07-01", value: 1, confidence: 11 }])),
			"OUT_OF_RANGE",
			["checkIns", 0, "confidence"],
		);
		expectIssue(() => confidenceOf(withCheckIns([]), { asOf: "tomorrow" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(
			() => confidenceOf(withCheckIns([]), { policy: { confidence: { red: 8, yellow: 7 } } }),
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "confidence"],
		);
	});

	it("leaves a deep-frozen key result and options as they were", () => {
		const kr = withCheckIns([{ at: "2025-07-01", value: 1, confidence: 4 }]);
		expectUnmutated({ kr, options: { asOf: "2025-07-02" } }, ({ kr, options }) =>
			confidenceOf(kr, options),
		);
	});
});

describe("confidenceOf laws", () => {
	const checkInArb = fc.record({
		day: fc.integer({ min: 1, max: 28 }),
		value: fc.integer({ min: 0, max: 100 }),
		confidence: fc.option(
			fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
			{ nil: undefined },
		),
	});
	const at = (day: number) => `2025-07-${String(day).padStart(2, "0")}`;
	const build = (
		list: readonly { day: number; value: number; confidence?: number | undefined }[],
	) =>
		withCheckIns(
			list.map(({ day, value, confidence }) => ({
				at: at(day),
				value,
				...(confidence === undefined ? {} : { confidence }),
			})),
		);

	it("is the confidence of the last check-in with one, by date then array order, as of any day", () => {
		fc.assert(
			fc.property(
				fc.array(checkInArb, { maxLength: 8 }),
				fc.integer({ min: 0, max: 29 }),
				(list, asOf) => {
					const options = asOf === 0 ? {} : { asOf: at(Math.min(asOf, 28)) };
					const limit = asOf === 0 ? 28 : Math.min(asOf, 28);
					// The model answer: a stable sort by day, then the last with a confidence.
					const expected = list
						.map((c, index) => ({ ...c, index }))
						.filter((c) => c.day <= limit && c.confidence !== undefined)
						.sort((a, b) => a.day - b.day || a.index - b.index)
						.at(-1);
					const got = confidenceOf(build(list), options);
					if (expected === undefined) expect(got).toBeNull();
					else {
						const v = expected.confidence as number;
						expect(got).toEqual({
							value: v,
							at: at(expected.day),
							color: v <= 3 ? "red" : v <= 7 ? "yellow" : "green",
						});
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it("is the same with the check-ins dated after asOf deleted", () => {
		fc.assert(
			fc.property(
				fc.array(checkInArb, { maxLength: 8 }),
				fc.integer({ min: 1, max: 28 }),
				(list, asOf) => {
					const options = { asOf: at(asOf) };
					const kept = list.filter((c) => c.day <= asOf);
					expect(confidenceOf(build(list), options)).toEqual(confidenceOf(build(kept), options));
				},
			),
			{ numRuns: 200 },
		);
	});
});
