/** The internal key result reader (src/read/keyResult.ts), which other modules build on. */
import { describe, expect, it } from "vitest";
import type { IssueCode, Path } from "../../src/index.js";
import { keyResultProgress } from "../../src/index.js";
import { currentValue, type KeyResultRead, readKeyResult } from "../../src/read/keyResult.js";
import { expectIssue, metric } from "../support/foundation.js";

/** The one issue's message of what `fn` threw, checking its code and path. */
function message(fn: () => unknown, code: IssueCode, path: Path): string {
	return expectIssue(fn, code, path).issues[0]?.message ?? "";
}

const valued = (value: unknown) => {
	const read = readKeyResult(value, ["keyResults", 3]);
	if (read.kind === "milestone" || read.kind === "checklist") throw new Error("no value");
	return read as Extract<KeyResultRead, { current: unknown }>;
};

describe("readKeyResult", () => {
	it("keeps the path it was read at and the caller's own object", () => {
		const kr = metric(0, 10, 5);
		const read = readKeyResult(kr, ["keyResults", 3]);
		expect(read.path).toEqual(["keyResults", 3]);
		expect(read.source).toBe(kr);
		expect(read.weight.toNumber()).toBe(1);
	});

	it("sorts check-ins by date, ties in array order, keeping each one's index", () => {
		const read = readKeyResult(
			metric(0, 10, undefined, {
				checkIns: [
					{ at: "2025-09-01", value: 1 },
					{ at: "2025-07-01", value: 2 },
					{ at: "2025-09-01", value: 3 },
				],
			}),
			[],
		);
		expect(read.checkIns.map((c) => [c.index, c.value.toNumber()])).toEqual([
			[1, 2],
			[0, 1],
			[2, 3],
		]);
	});

	it("names what it expected: a key result, checklist items and each item", () => {
		expect(message(() => readKeyResult(5, []), "INVALID_TYPE", [])).toBe(
			"Expected a key result (an object), received a number.",
		);
		const checklist = { id: "c", title: "C", kind: "checklist" };
		expect(message(() => readKeyResult(checklist, []), "REQUIRED", ["items"])).toBe(
			'"items" is required.',
		);
		expect(
			message(() => readKeyResult({ ...checklist, items: {} }, []), "INVALID_TYPE", ["items"]),
		).toBe('Expected "items" (an array), received an object.');
		expect(
			message(() => readKeyResult({ ...checklist, items: [true] }, []), "INVALID_TYPE", [
				"items",
				0,
			]),
		).toBe("Expected a checklist item (an object), received a boolean.");
	});

	it("scores thresholds and ranges by the latest value unless told otherwise", () => {
		const threshold = readKeyResult(
			{ id: "t", title: "T", kind: "threshold", direction: "atLeast", threshold: 1 },
			[],
		);
		const range = readKeyResult({ id: "r", title: "R", kind: "range", low: 1, high: 2 }, []);
		expect("scoring" in threshold ? threshold.scoring : null).toBe("latest");
		expect("scoring" in range ? range.scoring : null).toBe("latest");
	});
});

describe("currentValue", () => {
	it("is current when given", () => {
		expect(
			currentValue(
				valued(metric(0, 10, 4, { checkIns: [{ at: "2025-07-01", value: 9 }] })),
			)?.toNumber(),
		).toBe(4);
	});

	it("else the latest check-in by date (ties: the later in the array)", () => {
		const kr = metric(0, 10, undefined, {
			checkIns: [
				{ at: "2025-09-01", value: 6 },
				{ at: "2025-07-01", value: 9 },
				{ at: "2025-09-01", value: 7 },
			],
		});
		expect(currentValue(valued(kr))?.toNumber()).toBe(7);
	});

	it("else null (for every kind that has a value)", () => {
		expect(currentValue(valued(metric(0, 10)))).toBeNull();
		expect(
			currentValue(
				valued({ id: "t", title: "t", kind: "threshold", direction: "atMost", threshold: 1 }),
			),
		).toBeNull();
		expect(
			currentValue(valued({ id: "r", title: "r", kind: "range", low: 1, high: 2 })),
		).toBeNull();
	});
});

describe("the metric fast path agrees with the reader", () => {
	it("accepts owner and unit strings and refuses other types like the reader", () => {
		const kr = metric(0, 10, 5, { owner: "growth", unit: "%" });
		expect(keyResultProgress(kr)).toBe(0.5);
		expect(() => keyResultProgress(metric(0, 10, 5, { owner: 5 }))).toThrow(/owner/);
		expect(() => keyResultProgress(metric(0, 10, 5, { unit: null }))).toThrow(/unit/);
	});

	it("hands weights it does not cover to the reader (strings, Infinity, negatives)", () => {
		expect(keyResultProgress(metric(0, 10, 5, { weight: "2" }))).toBe(0.5);
		expect(() => keyResultProgress(metric(0, 10, 5, { weight: Number.POSITIVE_INFINITY }))).toThrow(
			/weight/,
		);
		expect(() => keyResultProgress(metric(0, 10, 5, { weight: -1 }))).toThrow(/weight/);
	});

	it("hands values whose common scale overflows to the exact path, with the same result", () => {
		const big = 2 ** 50 - 1;
		expect(keyResultProgress(metric(0.5, big, big - 1))).toBe(
			keyResultProgress(metric("0.5", String(big), String(big - 1))),
		);
	});
});
