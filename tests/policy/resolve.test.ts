/**
 * Policy resolution inside the library: no policy resolves to the default policy itself, and the
 * numbers of a policy are read once, each with its own path should a policy reach them unchecked.
 */
import { describe, expect, it } from "vitest";
import { definePolicy, type ScoringPolicy } from "../../src/index.js";
import { defaultPolicy } from "../../src/policy/defaults.js";
import { policyNumbers, policyOf } from "../../src/policy/resolve.js";
import { expectIssues } from "../support/foundation.js";

describe("policyOf", () => {
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
