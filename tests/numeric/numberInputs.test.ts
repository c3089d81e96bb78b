/**
 * Numbers in, exact arithmetic and numbers out (docs/errors.md, "Numbers in" and "Results out"),
 * through the public API.
 *
 * Decision on numeric strings: a string is accepted when it is a plain decimal literal
 * `[+-]digits[.digits][(e|E)[+-]digits]` (digits on at least one side of the point), so "1e5",
 * "-0.5", "+3", ".5", "5." and "007" are numbers, read exactly. Anything else a lenient `Number()`
 * would also take is refused: surrounding or inner spaces, hex/octal/binary prefixes, `_`
 * separators, "Infinity", and trailing garbage.
 */
import { describe, expect, it } from "vitest";
import {
	grade,
	keyResultProgress,
	OkrValidationError,
	objectiveProgress,
	progressAt,
} from "../../src/index.js";
import { expectCode, expectIssue, isPositiveZero, loose, metric } from "../support/foundation.js";

const uncapped = { policy: { progress: { cap: null, floor: "-1e300" } } } as const;

const rejected: readonly (readonly [string, unknown])[] = [
	["NaN", Number.NaN],
	["Infinity", Number.POSITIVE_INFINITY],
	["-Infinity", Number.NEGATIVE_INFINITY],
	['""', ""],
	['"abc"', "abc"],
	['" 5 " (spaces around)', " 5 "],
	['"5 " (trailing space)', "5 "],
	['"\\t5"', "\t5"],
	['"0x10" (hex)', "0x10"],
	['"0b11" (binary)', "0b11"],
	['"0o17" (octal)', "0o17"],
	['"1_000" (separator)', "1_000"],
	['"1,5" (comma)', "1,5"],
	['"12abc" (trailing garbage)', "12abc"],
	['"Infinity"', "Infinity"],
	['"-Infinity"', "-Infinity"],
	['"NaN"', "NaN"],
	['"."', "."],
	['"-"', "-"],
	['"+"', "+"],
	['"+-1"', "+-1"],
	['"1.2.3"', "1.2.3"],
	['"1e" (no exponent digits)', "1e"],
	['"e5" (no mantissa)', "e5"],
	['"1e5.5"', "1e5.5"],
	['"１２" (full-width digits)', "１２"],
	['"1e1234567" (7 exponent digits)', "1e1234567"],
	['"1e401" (beyond the exponent range)', "1e401"],
	['"1e-401" (beyond the exponent range)', "1e-401"],
	["a 501-character string", `1${"0".repeat(500)}`],
	["null", null],
	["true", true],
	["an object", { value: 5 }],
	["an array", [5]],
	["a bigint", 5n],
	["a boxed number", new Number(5)],
	["a Date", new Date(0)],
	["a symbol", Symbol("five")],
	["a function", () => 5],
];

describe("number inputs: rejected values are INVALID_NUMBER at their path", () => {
	it.each(rejected)("rejects %s as a metric's current value (path [current])", (_, value) => {
		expectIssue(
			() => keyResultProgress(loose({ ...metric(0, 10), current: value })),
			"INVALID_NUMBER",
			["current"],
		);
	});

	it.each(rejected)("rejects %s as a metric's start (path [start])", (_, value) => {
		expectIssue(
			() => keyResultProgress(loose({ ...metric(0, 10, 5), start: value })),
			"INVALID_NUMBER",
			["start"],
		);
	});

	it.each(rejected)("rejects %s as a grade's score (path [score])", (_, value) => {
		expectIssue(() => grade(value as number), "INVALID_NUMBER", ["score"]);
	});

	it.each(rejected)("rejects %s as a check-in value (path [checkIns, 1, value])", (_, value) => {
		const kr = loose({
			...metric(0, 10),
			checkIns: [
				{ at: "2025-07-01", value: 1 },
				{ at: "2025-07-02", value },
			],
		});
		expectIssue(() => keyResultProgress(kr), "INVALID_NUMBER", ["checkIns", 1, "value"]);
		expectIssue(() => progressAt(kr, "2025-07-01"), "INVALID_NUMBER", ["checkIns", 1, "value"]);
	});

	it.each(rejected)("rejects %s as a nested weight (path [keyResults, 1, weight])", (_, value) => {
		expectIssue(
			() =>
				objectiveProgress({
					id: "o",
					title: "o",
					keyResults: [metric(0, 10, 5), loose({ ...metric(0, 10, 5), id: "b", weight: value })],
				}),
			"INVALID_NUMBER",
			["keyResults", 1, "weight"],
		);
	});

	it.each(rejected)("rejects %s as a threshold (path [threshold])", (_, value) => {
		expectIssue(
			() =>
				keyResultProgress(
					loose({ id: "t", title: "t", kind: "threshold", direction: "atLeast", threshold: value }),
				),
			"INVALID_NUMBER",
			["threshold"],
		);
	});

	it("names the value it refused in the message, cut short when long", () => {
		const error = expectIssue(() => grade("12abc"), "INVALID_NUMBER", ["score"]);
		expect(error.issues[0]?.message).toContain('"12abc"');
		const long = expectIssue(() => grade("x".repeat(1000)), "INVALID_NUMBER", ["score"]);
		expect(long.message.length).toBeLessThan(200);
	});

	it("refuses a long string of digits in time linear in its length", () => {
		const start = performance.now();
		for (let i = 0; i < 200; i++) {
			expect(() => grade(`${"9".repeat(100_000)}x`)).toThrow(OkrValidationError);
		}
		// Generous bound: a backtracking check would take seconds, not milliseconds.
		expect(performance.now() - start).toBeLessThan(5_000);
	});
});

describe("number inputs: numeric strings accepted (decision: plain decimal literals)", () => {
	const accepted: readonly (readonly [string, number])[] = [
		["1e5", 1e5],
		["1E5", 1e5],
		["1e+5", 1e5],
		["25e-1", 2.5],
		["-0.5", -0.5],
		["+3", 3],
		[".5", 0.5],
		["5.", 5],
		["-.5", -0.5],
		["007", 7],
		["0.000", 0],
		["-0", 0],
		["1e400", Number.POSITIVE_INFINITY],
		["1e-400", 0],
	];

	it.each(accepted.filter(([, n]) => Number.isFinite(n)))(
		'accepts "%s" as the decimal number it spells',
		(text, value) => {
			expect(keyResultProgress(metric(0, 1, text), uncapped)).toBe(value);
		},
	);

	it('accepts the exponent range\'s ends ("1e400", "1e-400") as inputs', () => {
		expect(keyResultProgress(metric(0, "1e400", "5e399"))).toBe(0.5);
		expect(keyResultProgress(metric(0, "1e-400", "1e-400"))).toBe(1);
		expect(grade("1e-400")).toEqual({ grade: 0, color: "red" });
		expect(grade("1e400")).toEqual({ grade: 1, color: "green" });
	});

	it("accepts a 500-character decimal string", () => {
		const text = `0.${"5".repeat(498)}`;
		expect(text.length).toBe(500);
		expect(grade(text)).toEqual({ grade: 0.6, color: "yellow" });
	});

	it("reads a JS number as its shortest decimal (0.15 is fifteen hundredths)", () => {
		expect(grade(0.15).grade).toBe(0.2);
		expect(grade("0.15").grade).toBe(0.2);
	});
});

describe("exact arithmetic", () => {
	it('gives exactly 0.5 for start "0.1", target "0.3", current "0.2" as strings', () => {
		expect(keyResultProgress(metric("0.1", "0.3", "0.2"))).toBe(0.5);
	});

	it("gives exactly 0.5 for start 0.1, target 0.3, current 0.2 as numbers", () => {
		expect((0.2 - 0.1) / (0.3 - 0.1)).not.toBe(0.5);
		expect(keyResultProgress(metric(0.1, 0.3, 0.2))).toBe(0.5);
	});

	it("gives exactly 0.5 with numbers and strings mixed", () => {
		expect(keyResultProgress(metric(0.1, "0.3", 0.2))).toBe(0.5);
		expect(keyResultProgress(metric("0.1", 0.3, "0.2"))).toBe(0.5);
	});

	it("keeps large decimal strings exact (15000000.37)", () => {
		expect(keyResultProgress(metric(0, "15000000.37", "7500000.185"))).toBe(0.5);
		expect(keyResultProgress(metric("15000000.37", "15000000.39", "15000000.38"))).toBe(0.5);
	});

	it("keeps digits beyond a double's precision (20-digit strings)", () => {
		// As doubles, all three would be the same number.
		expect(
			keyResultProgress(
				metric("10000000000000000000.1", "10000000000000000000.3", "10000000000000000000.2"),
			),
		).toBe(0.5);
	});

	it("gives the nearest number to a non-terminating quotient (1/3, 2/3, 1/7)", () => {
		expect(keyResultProgress(metric(0, 3, 1))).toBe(1 / 3);
		expect(keyResultProgress(metric("0", "3", "2"))).toBe(2 / 3);
		expect(keyResultProgress(metric("0", "7", "1"))).toBe(1 / 7);
		expect(keyResultProgress(metric("0.3", "0", "0.2"))).toBe(1 / 3);
	});

	it("gives the same number for a value written as a number and as a string", () => {
		for (const [s, t, c] of [
			[1.1, 3.3, 2.2],
			[240, 30, 135],
			[99.5, 99.9, 99.7],
			[-3.3, 4.4, 0.11],
		] as const) {
			expect(keyResultProgress(metric(s, t, c))).toBe(
				keyResultProgress(metric(String(s), String(t), String(c))),
			);
		}
	});
});

describe("numbers out", () => {
	it("never returns -0 from a metric at its start, whatever the signs", () => {
		expect(isPositiveZero(keyResultProgress(metric(5, 0, 5)))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric(0, -5, 0)))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric(0, -5, -0)))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric("0", "-5", "-0")))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric(5, 0, 5), uncapped))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric("-0", "-5")))).toBe(true);
	});

	it("never returns -0 when a negative floor lets negative values through", () => {
		const floored = { policy: { progress: { floor: -1 } } };
		expect(isPositiveZero(keyResultProgress(metric(5, 0, 5), floored))).toBe(true);
		expect(isPositiveZero(keyResultProgress(metric("5", "0", "5.000"), floored))).toBe(true);
		expect(
			isPositiveZero(
				objectiveProgress({ id: "o", title: "o", keyResults: [metric(5, 0, 5)] }, floored),
			),
		).toBe(true);
	});

	it("never returns -0 from grade", () => {
		expect(isPositiveZero(grade(-0).grade)).toBe(true);
		expect(isPositiveZero(grade("-0").grade)).toBe(true);
		expect(isPositiveZero(grade("-0.04").grade)).toBe(true);
		expect(isPositiveZero(grade(-5).grade)).toBe(true);
	});

	it("returns plain numbers", () => {
		expect(typeof keyResultProgress(metric("0", "3", "1"))).toBe("number");
		expect(typeof grade("0.5").grade).toBe("number");
	});

	it("reports a result beyond the number range as OUT_OF_RANGE, never Infinity", () => {
		expectCode(() => keyResultProgress(metric(0, "1e-300", "1e300"), uncapped), "OUT_OF_RANGE");
		expectCode(
			() =>
				keyResultProgress(metric(0, "1e-300", "-1e300"), {
					policy: { progress: { floor: "-1e400" } },
				}),
			"OUT_OF_RANGE",
		);
	});

	it("returns a tiny nonzero result rather than rounding it to 0 early", () => {
		expect(keyResultProgress(metric(0, "1e300", "1e-10"), uncapped)).toBe(1e-310);
	});
});

describe("known limitation (reported, not fixed): quotients are truncated at 41 significant digits", () => {
	// 0.5 + 3·2⁻⁵⁴ is exactly halfway between two doubles and has 54 significant digits. Its
	// nearest double (ties to even) is 0.5 + 2⁻⁵², which `Number` of the same string gives; the
	// division by 1 truncates the value below the halfway point first, giving 0.5 + 2⁻⁵³. Only
	// inputs with more than ~40 significant digits (or quotients within 1e-40 of a halfway point)
	// are affected. When `divide` is made correctly rounding, turn this into a plain `it`.
	const halfway = "0.500000000000000166533453693773481063544750213623046875";

	it.fails("a 54-digit value divided by 1 is its own nearest double", () => {
		expect(keyResultProgress(metric(0, 1, halfway))).toBe(Number(halfway));
	});

	it("the same value through grade, which does not divide, is exact", () => {
		expect(Number(halfway)).toBe(0.5 + 2 ** -52);
		expect(grade(halfway, { policy: { grading: { decimals: 10 } } }).grade).toBe(0.5);
	});
});
