/**
 * Exact expectations on policy resolution that mutation testing (issue 8) showed were missing:
 * the words of each kind of policy issue, the limits of counts and decimals, and the paths of the
 * numbers read from a policy (each number's own path, should a policy reach them unchecked).
 */
import { describe, expect, it } from "vitest";
import { definePolicy, grade, type ScoringPolicy } from "../../src/index.js";
import { defaultPolicy } from "../../src/policy/defaults.js";
import { policyNumbers, policyOf } from "../../src/policy/resolve.js";
import { expectIssue, expectIssues } from "../support/foundation.js";

type Partial = Parameters<typeof definePolicy>[0];

/** The message of the one issue `definePolicy(partial)` reports, at `path`. */
function words(
	partial: unknown,
	code: Parameters<typeof expectIssue>[1],
	path: (string | number)[],
) {
	return expectIssue(() => definePolicy(partial as Partial), code, path).issues[0]?.message;
}

describe("the words of policy issues", () => {
	it("says what each field expected", () => {
		expect(words({ progress: 5 }, "INVALID_TYPE", ["progress"])).toBe(
			"Expected an object, received a number.",
		);
		expect(words({ progres: {} }, "UNKNOWN_KEY", ["progres"])).toBe(
			'The policy has no field "progres".',
		);
		expect(words({ rollup: { source: "all" } }, "INVALID_ENUM", ["rollup", "source"])).toBe(
			'Expected one of "keyResults", "children", "both".',
		);
		expect(
			words({ lint: { maxKeyResults: -1 } }, "INVALID_NUMBER", ["lint", "maxKeyResults"]),
		).toBe("Expected a whole number, 0 or more.");
		expect(words({ grading: { decimals: 11 } }, "INVALID_NUMBER", ["grading", "decimals"])).toBe(
			"Expected a whole number of decimal places from 0 to 10.",
		);
		expect(words({ rollup: { rootLevels: [1] } }, "INVALID_TYPE", ["rollup", "rootLevels"])).toBe(
			"Expected an array of strings.",
		);
		expect(words({ progress: { cap: "big" } }, "INVALID_NUMBER", ["progress", "cap"])).toBe(
			"Expected a finite number or decimal string, received a string.",
		);
		expect(
			words({ kpi: { staleAfter: { daily: { weeks: 1 } } } }, "INVALID_TYPE", [
				"kpi",
				"staleAfter",
				"daily",
			]),
		).toBe("Expected { days: n } or { months: n } with a whole n >= 0.");
		expect(words({ pace: { phases: {} } }, "INVALID_TYPE", ["pace", "phases"])).toBe(
			"Expected an array of { at, expected } points.",
		);
		expect(words({ pace: { phases: [5] } }, "INVALID_TYPE", ["pace", "phases", 0])).toBe(
			"Expected { at, expected }.",
		);
		expect(
			words({ pace: { phases: [{ at: 0.5, expected: 0.5, when: 1 }] } }, "UNKNOWN_KEY", [
				"pace",
				"phases",
				0,
				"when",
			]),
		).toBe('A phase has no field "when".');
		expect(
			expectIssue(() => grade(0.5, 5 as never), "INVALID_TYPE", ["options"]).issues[0]?.message,
		).toBe("Expected an options object, received a number.");
	});

	it("accepts 0 to 10 decimals, counts and stale limits from 0", () => {
		expect(definePolicy({ grading: { decimals: 0 } }).grading.decimals).toBe(0);
		expect(definePolicy({ grading: { decimals: 10 } }).grading.decimals).toBe(10);
		expectIssue(() => definePolicy({ grading: { decimals: -1 } }), "INVALID_NUMBER", [
			"grading",
			"decimals",
		]);
		expect(definePolicy({ lint: { maxObjectivesPerOwner: 0 } }).lint.maxObjectivesPerOwner).toBe(0);
		expect(
			definePolicy({ kpi: { staleAfter: { daily: { days: 0 } } } }).kpi.staleAfter.daily,
		).toEqual({
			days: 0,
		});
		expectIssue(
			() => definePolicy({ kpi: { staleAfter: { daily: null } } } as unknown as Partial),
			"INVALID_TYPE",
			["kpi", "staleAfter", "daily"],
		);
		expectIssue(
			() => definePolicy({ kpi: { staleAfter: { daily: { days: -1 } } } }),
			"INVALID_TYPE",
			["kpi", "staleAfter", "daily"],
		);
	});

	it("resolves no policy, or an empty one, to the default policy itself", () => {
		expect(policyOf(undefined)).toBe(defaultPolicy);
		expect(policyOf({})).toBe(defaultPolicy);
		expect(policyOf({ policy: undefined })).toBe(defaultPolicy);
	});
});

describe("policyNumbers", () => {
	it("reads each number once per policy object", () => {
		const policy = definePolicy({ progress: { cap: 1.5 } });
		expect(policyNumbers(policy)).toBe(policyNumbers(policy));
		expect(policyNumbers(policy).cap?.toFixed()).toBe("1.5");
		expect(policyNumbers(definePolicy({ progress: { cap: null } })).cap).toBeNull();
		expect(policyNumbers(definePolicy({ progress: { cap: null } })).capNumber).toBe(
			Number.POSITIVE_INFINITY,
		);
		const aim = policyNumbers(definePolicy({ health: { kpisOnTime: { min: "0.5", max: null } } }));
		expect(aim.kpisOnTime.min.toFixed()).toBe("0.5");
		expect(aim.kpisOnTime.max).toBeNull();
		expect(policyNumbers(defaultPolicy).achievementRate.max?.toFixed()).toBe("0.7");
	});

	it("names the path of a number a policy reached it with unchecked", () => {
		const numberPaths: (readonly (string | number)[])[] = [
			["progress", "floor"],
			["progress", "cap"],
			["grading", "bands", "yellow"],
			["grading", "bands", "green"],
			["grading", "aspirational", "partialFrom"],
			["grading", "aspirational", "sweetSpotFrom"],
			["grading", "aspirational", "sweetSpotTo"],
			["grading", "aspirational", "successFrom"],
			["grading", "committed", "successFrom"],
			["pace", "expectedFinal", "committed"],
			["pace", "expectedFinal", "aspirational"],
			["pace", "onTrackGap"],
			["pace", "atRiskGap"],
			["pace", "phases", 0, "at"],
			["pace", "phases", 0, "expected"],
			["kpi", "thresholds", "green"],
			["kpi", "thresholds", "yellow"],
			["lint", "kpiInDisguiseMove"],
			["health", "achievementRate", "min"],
			["health", "achievementRate", "max"],
			["health", "checkInCompliance", "min"],
			["health", "kpisOnTime", "min"],
			["health", "connectedShare", "min"],
		];
		for (const path of numberPaths) {
			const policy = structuredClone({
				...defaultPolicy,
				pace: { ...defaultPolicy.pace, phases: [{ at: 0.5, expected: 0.5 }] },
			}) as unknown as Record<string, unknown>;
			let node = policy;
			for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
			node[path[path.length - 1] as string] = "not a number";
			expectIssues(
				() => policyNumbers(policy as unknown as ScoringPolicy),
				[{ code: "INVALID_NUMBER", path: ["options", "policy", ...path] }],
			);
		}
	});
});
