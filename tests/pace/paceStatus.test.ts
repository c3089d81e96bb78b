import { describe, expect, it } from "vitest";
import { type Objective, type PaceStatusOptions, paceStatus, quarter } from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated } from "../support/foundation.js";

// Ten days: as of the 5th, half the cycle has elapsed.
const tenDays = { start: "2025-01-01", end: "2025-01-10" };
const half = "2025-01-05";

/** A committed objective (expected final 1.0) whose one key result has progress `current`/100. */
function committed(current: number | string, extra: Partial<Objective> = {}): Objective {
	return {
		id: "o",
		title: "Ship it",
		type: "committed",
		cycle: tenDays,
		keyResults: [{ id: "k", title: "0 → 100", kind: "metric", start: 0, target: 100, current }],
		...extra,
	};
}

describe("paceStatus", () => {
	it("compares progress with the expected progress and reports the gap", () => {
		expect(paceStatus(committed(30), half)).toEqual({
			status: "atRisk",
			progress: 0.3,
			expected: 0.5,
			gap: 0.2,
		});
	});

	it("is onTrack at exactly gap 0.10 (inclusive, exact decimals)", () => {
		expect(paceStatus(committed(40), half)).toEqual({
			status: "onTrack",
			progress: 0.4,
			expected: 0.5,
			gap: 0.1,
		});
	});

	it("is atRisk just above 0.10", () => {
		expect(paceStatus(committed("39.999"), half).status).toBe("atRisk");
	});

	it("is atRisk at exactly gap 0.25 (inclusive) and offTrack just above", () => {
		expect(paceStatus(committed(25), half)).toEqual({
			status: "atRisk",
			progress: 0.25,
			expected: 0.5,
			gap: 0.25,
		});
		expect(paceStatus(committed("24.999"), half).status).toBe("offTrack");
		expect(paceStatus(committed(0), half)).toEqual({
			status: "offTrack",
			progress: 0,
			expected: 0.5,
			gap: 0.5,
		});
	});

	it("keeps the boundaries exact where binary floating point would not (0.7 − 0.6 = 0.1)", () => {
		// Aspirational: expected 0.7 at the end; progress 0.6 → gap exactly 0.1 → onTrack.
		const o = committed(60, { type: "aspirational" });
		expect(paceStatus(o, "2025-01-10")).toEqual({
			status: "onTrack",
			progress: 0.6,
			expected: 0.7,
			gap: 0.1,
		});
		// 0.45 − 0.2 is 0.25 exactly, though 0.45 - 0.2 in floating point is 0.25000000000000006.
		const p = committed(20, { cycle: { start: "2025-01-01", end: "2025-01-20" } });
		expect(paceStatus(p, "2025-01-09")).toEqual({
			status: "atRisk",
			progress: 0.2,
			expected: 0.45,
			gap: 0.25,
		});
	});

	it("expects 0.7 of an aspirational objective and 1.0 of a committed one", () => {
		const asp = committed(0, { type: "aspirational" });
		expect(paceStatus(asp, half).expected).toBe(0.35);
		expect(paceStatus(committed(0, { type: undefined }), half).expected).toBe(0.35);
		expect(paceStatus(committed(0), half).expected).toBe(0.5);
		expect(paceStatus(asp, "2025-02-01").expected).toBe(0.7);
	});

	it("is onTrack before the cycle, and reports ahead of pace as a negative gap", () => {
		expect(paceStatus(committed(0), "2024-12-31")).toEqual({
			status: "onTrack",
			progress: 0,
			expected: 0,
			gap: 0,
		});
		expect(paceStatus(committed(90), half)).toEqual({
			status: "onTrack",
			progress: 0.9,
			expected: 0.5,
			gap: -0.4,
		});
	});

	it("uses options.cycle when the objective has none, and its own cycle otherwise", () => {
		const noCycle = committed(40, { cycle: undefined });
		const { cycle: _, ...withoutKey } = committed(40);
		expect(paceStatus(noCycle, half, { cycle: tenDays }).expected).toBe(0.5);
		expect(paceStatus(withoutKey as Objective, half, { cycle: tenDays }).expected).toBe(0.5);
		expect(
			paceStatus(committed(40), half, { cycle: { start: "2025-01-01", end: "2025-01-05" } })
				.expected,
		).toBe(0.5);
	});

	it("reads the gaps and expected finals from the policy", () => {
		const options: PaceStatusOptions = {
			policy: { pace: { onTrackGap: 0.2, atRiskGap: 0.3, expectedFinal: { committed: 0.8 } } },
		};
		expect(paceStatus(committed(20), half, options)).toEqual({
			status: "onTrack",
			progress: 0.2,
			expected: 0.4,
			gap: 0.2,
		});
		expect(paceStatus(committed(10), half, options).status).toBe("atRisk");
		expect(paceStatus(committed(9), half, options).status).toBe("offTrack");
	});

	it("follows a phased pace from the policy", () => {
		const options: PaceStatusOptions = {
			policy: { pace: { phases: [{ at: 0.5, expected: 0.2 }] } },
		};
		expect(paceStatus(committed(10), half, options)).toEqual({
			status: "onTrack",
			progress: 0.1,
			expected: 0.2,
			gap: 0.1,
		});
	});

	it("uses the objective's progress with key results clamped by the policy", () => {
		const o = committed(150, { type: "committed" });
		expect(paceStatus(o, "2025-01-10").progress).toBe(1);
		expect(paceStatus(o, "2025-01-10", { policy: { progress: { cap: 1.2 } } })).toEqual({
			status: "onTrack",
			progress: 1.2,
			expected: 1,
			gap: -0.2,
		});
	});

	it("judges a real quarter: Q3 2025 as of mid-August", () => {
		const o: Objective = {
			id: "growth",
			title: "Make the website a growth engine",
			cycle: quarter(2025, 3),
			keyResults: [
				{
					id: "traffic",
					title: "Visits",
					kind: "metric",
					start: 100_000,
					target: 250_000,
					current: 130_000,
				},
				{ id: "nps", title: "NPS", kind: "metric", start: 6, target: 8, current: 6.5 },
			],
		};
		// progress (0.2 + 0.25)/2 = 0.225; expected 0.7 × 0.5 = 0.35; gap 0.125 → atRisk.
		expect(paceStatus(o, "2025-08-15")).toEqual({
			status: "atRisk",
			progress: 0.225,
			expected: 0.35,
			gap: 0.125,
		});
	});

	it("reads null options as no options", () => {
		const inQ3 = committed(50, { cycle: quarter(2025, 3) });
		expect(paceStatus(inQ3, "2025-08-15", null as unknown as undefined).expected).toBe(0.5);
		expect(paceStatus(committed(40), half, null as never)).toEqual(paceStatus(committed(40), half));
	});
});

describe("paceStatus: a snapshot of the day asked", () => {
	it("does not count a check-in dated after the day: 20, 40, then 95 in September reads 0.4 mid-August", () => {
		const o: Objective = {
			id: "o",
			title: "Grow",
			cycle: quarter(2025, 3),
			keyResults: [
				{
					id: "k",
					title: "0 → 100",
					kind: "metric",
					start: 0,
					target: 100,
					checkIns: [
						{ at: "2025-07-15", value: 20 },
						{ at: "2025-08-10", value: 40 },
						{ at: "2025-09-28", value: 95 },
					],
				},
			],
		};
		expect(paceStatus(o, "2025-08-15")).toEqual({
			status: "onTrack",
			progress: 0.4,
			expected: 0.35,
			gap: -0.05,
		});
		expect(paceStatus(o, "2025-09-30").progress).toBe(0.95);
	});

	it("judges options.score instead of the objective's own: a parent scored from its children", () => {
		const parent: Objective = { id: "company", title: "Win", cycle: quarter(2025, 3) };
		expect(paceStatus(parent, "2025-08-15", { score: 0.2 })).toEqual({
			status: "atRisk",
			progress: 0.2,
			expected: 0.35,
			gap: 0.15,
		});
		expectCode(() => paceStatus(parent, "2025-08-15"), "NO_KEY_RESULTS");
		expectIssue(() => paceStatus(parent, "2025-08-15", { score: "high" }), "INVALID_NUMBER", [
			"options",
			"score",
		]);
	});

	it("does not count a milestone done after the day", () => {
		const o: Objective = {
			id: "o",
			title: "Ship",
			cycle: quarter(2025, 3),
			keyResults: [
				{ id: "m", title: "Launch", kind: "milestone", done: true, doneAt: "2025-09-01" },
			],
		};
		expect(paceStatus(o, "2025-08-15").progress).toBe(0);
		expect(paceStatus(o, "2025-09-01").progress).toBe(1);
	});
});

describe("paceStatus errors", () => {
	it("throws NO_CYCLE when neither the objective nor options has a cycle", () => {
		expectCode(() => paceStatus(committed(40, { cycle: undefined }), half), "NO_CYCLE", ["cycle"]);
		expectCode(() => paceStatus(committed(40, { cycle: undefined }), half, {}), "NO_CYCLE");
	});

	it("says that pace needs dates", () => {
		expect(
			expectCode(() => paceStatus(committed(40, { cycle: undefined }), half), "NO_CYCLE", ["cycle"])
				.message,
		).toBe('Objective "o" has no cycle, and options.cycle was not given: pace needs dates.');
	});

	it("throws NO_KEY_RESULTS for an objective without key results", () => {
		expectCode(() => paceStatus(committed(40, { keyResults: [] }), half), "NO_KEY_RESULTS", [
			"keyResults",
		]);
	});

	it("throws ZERO_TOTAL_WEIGHT when the weights sum to 0", () => {
		const o = committed(40, {
			keyResults: [
				{ id: "k", title: "k", kind: "metric", start: 0, target: 1, current: 1, weight: 0 },
			],
		});
		expectCode(() => paceStatus(o, half), "ZERO_TOTAL_WEIGHT");
	});

	it("refuses a malformed objective, date, cycle or options with the issue at its path", () => {
		expectIssue(
			() => paceStatus(committed(40, { cycle: { start: "2025-01-10", end: "2025-01-01" } }), half),
			"END_BEFORE_START",
			["cycle", "end"],
		);
		expectIssue(() => paceStatus(committed(40), "tomorrow"), "INVALID_DATE", ["asOf"]);
		expectIssue(
			() => paceStatus(committed(40), half, { cycle: { start: "2025-01-01", end: "x" } }),
			"INVALID_DATE",
			["options", "cycle", "end"],
		);
		expectIssue(() => paceStatus(committed("forty"), half), "INVALID_NUMBER", [
			"keyResults",
			0,
			"current",
		]);
		expectIssue(
			() => paceStatus(committed(40, { type: "stretch" as "aspirational" }), half),
			"INVALID_ENUM",
			["type"],
		);
		expectIssue(() => paceStatus(null as unknown as Objective, half), "INVALID_TYPE", []);
		expectIssue(
			() => paceStatus(committed(40), half, { policy: { pace: { onTrackGap: 0.3 } } }),
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "pace", "onTrackGap"],
		);
	});
});

describe("paceStatus does not mutate its input", () => {
	it("leaves a deep-frozen objective and options as they were", () => {
		const input = {
			objective: committed(40, {
				cycle: undefined,
				keyResults: [
					{
						id: "k",
						title: "k",
						kind: "metric",
						start: 0,
						target: 100,
						checkIns: [
							{ at: "2025-01-03", value: 40 },
							{ at: new Date("2025-01-02T00:00:00Z"), value: 20 },
						],
					},
				],
			}),
			options: { cycle: tenDays, policy: { pace: { phases: [{ at: 0.5, expected: 0.5 }] } } },
		};
		const result = expectUnmutated(input, (i) => paceStatus(i.objective, half, i.options));
		expect(result.status).toBe("onTrack");
	});
});
