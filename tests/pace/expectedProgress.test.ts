import { describe, expect, it } from "vitest";
import {
	type Cycle,
	type ExpectedProgressOptions,
	expectedProgress,
	quarter,
} from "../../src/index.js";
import { expectIssue, expectUnmutated } from "../support/foundation.js";

const q3 = { start: "2025-07-01", end: "2025-09-30" };

describe("expectedProgress", () => {
	it("gives 46/92 = 0.5 for Q3 2025 as of 2025-08-15", () => {
		expect(expectedProgress(q3, "2025-08-15")).toBe(0.5);
		expect(expectedProgress(quarter(2025, 3), "2025-08-15")).toBe(0.5);
	});

	it("gives 0 before the cycle starts", () => {
		expect(expectedProgress(q3, "2025-06-30")).toBe(0);
		expect(expectedProgress(q3, "1999-01-01")).toBe(0);
	});

	it("gives 1 after the cycle ends", () => {
		expect(expectedProgress(q3, "2025-10-01")).toBe(1);
		expect(expectedProgress(q3, "2099-01-01")).toBe(1);
	});

	it("counts asOf itself as elapsed: 1/92 on the first day, 1 on the last", () => {
		expect(expectedProgress(q3, "2025-07-01")).toBe(1 / 92);
		expect(expectedProgress(q3, "2025-09-30")).toBe(1);
		expect(expectedProgress(q3, "2025-09-29")).toBe(91 / 92);
	});

	it("gives 1 for a one-day cycle on its day", () => {
		expect(expectedProgress({ start: "2025-07-01", end: "2025-07-01" }, "2025-07-01")).toBe(1);
		expect(expectedProgress({ start: "2025-07-01", end: "2025-07-01" }, "2025-06-30")).toBe(0);
	});

	it("multiplies by options.final (0.7 for a stretch goal), exactly", () => {
		expect(expectedProgress(q3, "2025-08-15", { final: 0.7 })).toBe(0.35);
		expect(expectedProgress(q3, "2025-08-15", { final: "0.7" })).toBe(0.35);
		expect(expectedProgress(q3, "2025-10-01", { final: 0.7 })).toBe(0.7);
		expect(expectedProgress(q3, "2025-06-01", { final: 0.7 })).toBe(0);
		expect(expectedProgress(q3, "2025-08-15", { final: 0 })).toBe(0);
	});

	it("gives the nearest number to a non-terminating share", () => {
		const days3 = { start: "2025-01-01", end: "2025-01-03" };
		expect(expectedProgress(days3, "2025-01-01")).toBe(1 / 3);
		expect(expectedProgress(days3, "2025-01-02")).toBe(2 / 3);
		expect(expectedProgress(days3, "2025-01-01", { final: 0.3 })).toBe(0.1);
	});

	it("reads a Date asOf as its UTC calendar date", () => {
		expect(expectedProgress(q3, new Date("2025-08-15T23:59:59.999Z"))).toBe(0.5);
		expect(expectedProgress(q3, new Date("2025-08-15T00:00:00Z"))).toBe(0.5);
	});

	it("never returns -0", () => {
		expect(Object.is(expectedProgress(q3, "2025-06-01"), 0)).toBe(true);
	});
});

describe("expectedProgress with phased pace (policy pace.phases)", () => {
	const slowStart: ExpectedProgressOptions = {
		policy: { pace: { phases: [{ at: 0.5, expected: 0.25 }] } },
	};

	it("passes through its points and interpolates linearly between them", () => {
		// Q3 2025 has 92 days: 46 days is exactly half the cycle.
		expect(expectedProgress(q3, "2025-08-15", slowStart)).toBe(0.25);
		// A quarter in (23 days): half of 0.25.
		expect(expectedProgress(q3, "2025-07-23", slowStart)).toBe(0.125);
		// Three quarters in (69 days): halfway from 0.25 to 1.
		expect(expectedProgress(q3, "2025-09-07", slowStart)).toBe(0.625);
		expect(expectedProgress(q3, "2025-09-30", slowStart)).toBe(1);
		expect(expectedProgress(q3, "2025-06-30", slowStart)).toBe(0);
	});

	it("applies the same phases to cycles of any length", () => {
		const days10 = { start: "2025-01-01", end: "2025-01-10" };
		expect(expectedProgress(days10, "2025-01-05", slowStart)).toBe(0.25);
		expect(expectedProgress(days10, "2025-01-01", slowStart)).toBe(0.05);
	});

	it("multiplies the phased share by final", () => {
		expect(expectedProgress(q3, "2025-08-15", { ...slowStart, final: 0.7 })).toBe(0.175);
	});

	it("takes several points, a flat stretch, and decimal strings", () => {
		const days10 = { start: "2025-01-01", end: "2025-01-10" };
		const options: ExpectedProgressOptions = {
			policy: {
				pace: {
					phases: [
						{ at: "0.2", expected: "0.1" },
						{ at: "0.6", expected: "0.1" },
						{ at: "0.8", expected: "0.7" },
					],
				},
			},
		};
		const shares = Array.from({ length: 10 }, (_, i) =>
			expectedProgress(days10, `2025-01-${String(i + 1).padStart(2, "0")}`, options),
		);
		expect(shares).toEqual([0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4, 0.7, 0.85, 1]);
	});

	it("ends at a phase placed at 1 instead of adding (1, 1)", () => {
		const options: ExpectedProgressOptions = {
			policy: { pace: { phases: [{ at: 1, expected: 0.9 }] } },
		};
		expect(expectedProgress(q3, "2025-09-30", options)).toBe(0.9);
		expect(expectedProgress(q3, "2025-08-15", options)).toBe(0.45);
	});

	it("passes through its points and interpolates between them", () => {
		const one = { policy: { pace: { phases: [{ at: 0.5, expected: 0.2 }] } } };
		expect(expectedProgress(q3, "2025-07-01", one)).toBe(0.004347826086956522);
		expect(expectedProgress(q3, "2025-08-15", one)).toBe(0.2);
		expect(expectedProgress(q3, "2025-09-07", one)).toBe(0.6);
		expect(expectedProgress(q3, "2025-09-30", one)).toBe(1);
		const ending = {
			policy: {
				pace: {
					phases: [
						{ at: 0.5, expected: 0.2 },
						{ at: 1, expected: 0.9 },
					],
				},
			},
		};
		expect(expectedProgress(q3, "2025-08-15", ending)).toBe(0.2);
		expect(expectedProgress(q3, "2025-09-07", ending)).toBe(0.55);
		expect(expectedProgress(q3, "2025-09-30", ending)).toBe(0.9);
	});

	it("refuses phases out of order with INVALID_PHASES", () => {
		expectIssue(
			() =>
				expectedProgress(q3, "2025-08-15", {
					policy: {
						pace: {
							phases: [
								{ at: 0.5, expected: 0.5 },
								{ at: 0.4, expected: 0.6 },
							],
						},
					},
				}),
			"INVALID_PHASES",
			["options", "policy", "pace", "phases", 1],
		);
	});
});

describe("expectedProgress errors", () => {
	it("refuses a cycle ending before it starts with END_BEFORE_START at [cycle, end]", () => {
		expectIssue(
			() => expectedProgress({ start: "2025-07-02", end: "2025-07-01" }, "2025-07-01"),
			"END_BEFORE_START",
			["cycle", "end"],
		);
	});

	it("refuses a bad cycle or date with the issue at its path", () => {
		expectIssue(
			() => expectedProgress({ start: "2025-7-1", end: "2025-09-30" }, "2025-08-15"),
			"INVALID_DATE",
			["cycle", "start"],
		);
		expectIssue(() => expectedProgress(null as unknown as Cycle, "2025-08-15"), "INVALID_TYPE", [
			"cycle",
		]);
		expectIssue(() => expectedProgress(q3, "15/08/2025"), "INVALID_DATE", ["asOf"]);
		expectIssue(() => expectedProgress(q3, new Date(Number.NaN)), "INVALID_DATE", ["asOf"]);
	});

	it("refuses a negative or non-numeric final", () => {
		expectIssue(() => expectedProgress(q3, "2025-08-15", { final: -0.1 }), "NEGATIVE", [
			"options",
			"final",
		]);
		expectIssue(() => expectedProgress(q3, "2025-08-15", { final: Number.NaN }), "INVALID_NUMBER", [
			"options",
			"final",
		]);
		expectIssue(() => expectedProgress(q3, "2025-08-15", { final: "lots" }), "INVALID_NUMBER", [
			"options",
			"final",
		]);
	});

	it("reads null options as no options", () => {
		expect(expectedProgress(q3, "2025-08-15", null as unknown as undefined)).toBe(0.5);
	});

	it("refuses options that are not an object", () => {
		expectIssue(
			() => expectedProgress(q3, "2025-08-15", 3 as unknown as ExpectedProgressOptions),
			"INVALID_TYPE",
			["options"],
		);
	});
});

describe("expectedProgress does not mutate its input", () => {
	it("leaves a deep-frozen cycle and options as they were", () => {
		const input = {
			cycle: { start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30", label: "Q3" },
			options: { final: "0.7", policy: { pace: { phases: [{ at: 0.5, expected: 0.25 }] } } },
		};
		const result = expectUnmutated(input, (i) =>
			expectedProgress(i.cycle, "2025-08-15", i.options),
		);
		expect(result).toBe(0.175);
	});
});
