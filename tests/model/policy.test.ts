import { describe, expect, it } from "vitest";
import {
	defaultPolicy,
	definePolicy,
	keyResultProgress,
	OkrValidationError,
	type PolicyInput,
	ScoringPolicySchema,
} from "../../src/index.js";
import { deepFreeze, responseTimeKr, revenueKr } from "./fixtures.js";

/** The `[code, path]` pairs of what `fn` throws (asserting an OkrValidationError). */
function thrown(fn: () => unknown): [string, readonly (string | number)[]][] {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(OkrValidationError);
		return (error as OkrValidationError).issues.map((issue) => [issue.code, issue.path]);
	}
	throw new Error("expected an OkrValidationError");
}

/** The `[code, path]` pairs of a failed ScoringPolicySchema parse. */
function schemaIssues(input: unknown): [string, readonly PropertyKey[]][] {
	const result = ScoringPolicySchema.safeParse(input);
	expect(result.success).toBe(false);
	return (result.error?.issues ?? []).map((issue) => [
		issue.code === "custom" ? String((issue.params as { okrCode: string }).okrCode) : issue.code,
		issue.path,
	]);
}

function isDeepFrozen(value: unknown): boolean {
	if (typeof value !== "object" || value === null) return true;
	return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("definePolicy", () => {
	it("gives the defaults for no partial, or an empty one", () => {
		expect(definePolicy()).toEqual(defaultPolicy);
		expect(definePolicy({})).toEqual(defaultPolicy);
	});

	it("deep-merges a partial over the defaults", () => {
		const policy = definePolicy({ progress: { cap: 1.2 }, grading: { bands: { green: "0.8" } } });
		expect(policy).toEqual({
			...defaultPolicy,
			progress: { floor: 0, cap: 1.2 },
			grading: { ...defaultPolicy.grading, bands: { yellow: 0.4, green: "0.8" } },
		});
	});

	it("replaces arrays whole", () => {
		const policy = definePolicy({
			rollup: { rootLevels: ["group"] },
			pace: { phases: [{ at: 0.5, expected: 0.3 }] },
		});
		expect(policy.rollup.rootLevels).toEqual(["group"]);
		expect(policy.pace.phases).toEqual([{ at: 0.5, expected: 0.3 }]);
	});

	it("takes undefined fields as absent", () => {
		expect(definePolicy({ progress: { cap: undefined } })).toEqual(defaultPolicy);
	});

	it("removes the cap with null", () => {
		expect(definePolicy({ progress: { cap: null } }).progress.cap).toBeNull();
	});

	it("returns a deeply frozen policy that computations accept as options.policy", () => {
		const policy = definePolicy({ progress: { cap: 1.2 } });
		expect(isDeepFrozen(policy)).toBe(true);
		const overAchieved = { ...revenueKr, current: "17000000" };
		expect(keyResultProgress(overAchieved, { policy })).toBe(1.2);
		expect(keyResultProgress(overAchieved)).toBe(1);
	});

	it("survives a JSON round trip", () => {
		const policy = definePolicy({ kpi: { staleAfter: { daily: { days: 2 } } } });
		expect(definePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
	});

	it("does not mutate its input", () => {
		const partial = deepFreeze({
			progress: { cap: 1.5 },
			pace: { phases: [{ at: 0.5, expected: 0.25 }] },
			rollup: { rootLevels: ["company", "division"] },
		});
		const before = JSON.stringify(partial);
		const policy = definePolicy(partial);
		expect(JSON.stringify(partial)).toBe(before);
		expect(policy.rollup.rootLevels).not.toBe(partial.rollup.rootLevels);
	});

	it.each([
		["a bad number", { progress: { cap: "x" } }, [["INVALID_NUMBER", ["progress", "cap"]]]],
		["a level that is not an object", { progress: 5 }, [["INVALID_TYPE", ["progress"]]]],
		["a level that is an array", { grading: [] }, [["INVALID_TYPE", ["grading"]]]],
		["a level that is a Date", { pace: new Date(0) }, [["INVALID_TYPE", ["pace"]]]],
		["an unknown field", { progress: { ceiling: 1 } }, [["UNKNOWN_KEY", ["progress", "ceiling"]]]],
		["an unknown section", { scoring: {} }, [["UNKNOWN_KEY", ["scoring"]]]],
		[
			"an unknown source",
			{ rollup: { source: "parents" } },
			[["INVALID_ENUM", ["rollup", "source"]]],
		],
		[
			"fractional decimals",
			{ grading: { decimals: 1.5 } },
			[["INVALID_NUMBER", ["grading", "decimals"]]],
		],
		[
			"a negative count",
			{ lint: { maxKeyResults: -1 } },
			[["INVALID_NUMBER", ["lint", "maxKeyResults"]]],
		],
		[
			"root levels not strings",
			{ rollup: { rootLevels: [1] } },
			[["INVALID_TYPE", ["rollup", "rootLevels"]]],
		],
		[
			"a stale limit in weeks",
			{ kpi: { staleAfter: { weekly: { weeks: 1 } } } },
			[["INVALID_TYPE", ["kpi", "staleAfter", "weekly"]]],
		],
		[
			"a phase with a bad point",
			{ pace: { phases: [{ at: "x", expected: 0.5, when: 1 }] } },
			[
				["INVALID_NUMBER", ["pace", "phases", 0, "at"]],
				["UNKNOWN_KEY", ["pace", "phases", 0, "when"]],
			],
		],
		[
			"a floor above the cap",
			{ progress: { floor: 0.5, cap: 0.4 } },
			[["FLOOR_ABOVE_CAP", ["progress", "floor"]]],
		],
		[
			"grade bands out of order",
			{ grading: { bands: { yellow: 0.8 } } },
			[["BANDS_OUT_OF_ORDER", ["grading", "bands"]]],
		],
		[
			"outcomes out of order",
			{ grading: { aspirational: { sweetSpotFrom: 0.3 } } },
			[["BANDS_OUT_OF_ORDER", ["grading", "aspirational"]]],
		],
		[
			"pace gaps out of order",
			{ pace: { onTrackGap: 0.3 } },
			[["THRESHOLDS_OUT_OF_ORDER", ["pace", "onTrackGap"]]],
		],
		[
			"phases going back",
			{
				pace: {
					phases: [
						{ at: 0.5, expected: 0.5 },
						{ at: 0.4, expected: 0.6 },
					],
				},
			},
			[["INVALID_PHASES", ["pace", "phases", 1]]],
		],
		[
			"a negative KPI green limit",
			{ kpi: { thresholds: { green: -0.1 } } },
			[["NEGATIVE", ["kpi", "thresholds", "green"]]],
		],
		[
			"KPI limits out of order",
			{ kpi: { thresholds: { green: 0.2, yellow: 0.1 } } },
			[["THRESHOLDS_OUT_OF_ORDER", ["kpi", "thresholds"]]],
		],
		[
			"no confirmations",
			{ kpi: { confirmations: 0 } },
			[["OUT_OF_RANGE", ["kpi", "confirmations"]]],
		],
		[
			"confidence bands out of order",
			{ confidence: { red: 7, yellow: 3 } },
			[["BANDS_OUT_OF_ORDER", ["confidence"]]],
		],
		[
			"no days to check in",
			{ risk: { checkInDays: 0 } },
			[["OUT_OF_RANGE", ["risk", "checkInDays"]]],
		],
		[
			"key result limits out of order",
			{ lint: { minKeyResults: 6 } },
			[["THRESHOLDS_OUT_OF_ORDER", ["lint", "minKeyResults"]]],
		],
		[
			"an aim's min above its max",
			{ health: { achievementRate: { min: 0.8 } } },
			[["THRESHOLDS_OUT_OF_ORDER", ["health", "achievementRate"]]],
		],
	] as const)("reports %s at its path in the partial", (_, partial, expected) => {
		expect(thrown(() => definePolicy(partial as PolicyInput))).toEqual(expected);
		expect(schemaIssues(partial)).toEqual(expected);
	});

	it("reports a partial that is not an object at the root", () => {
		expect(thrown(() => definePolicy(null as unknown as PolicyInput))).toEqual([
			["INVALID_TYPE", []],
		]);
		expect(thrown(() => definePolicy([] as unknown as PolicyInput))).toEqual([
			["INVALID_TYPE", []],
		]);
	});

	it("lists every bad field", () => {
		expect(
			thrown(() =>
				definePolicy({
					progress: { floor: "low", cap: Number.NaN },
					grading: { decimals: 11 },
				} as PolicyInput),
			),
		).toEqual([
			["INVALID_NUMBER", ["progress", "floor"]],
			["INVALID_NUMBER", ["progress", "cap"]],
			["INVALID_NUMBER", ["grading", "decimals"]],
		]);
	});

	it("keeps computations' paths under policy", () => {
		expect(
			thrown(() => keyResultProgress(responseTimeKr, { policy: { progress: { cap: "x" } } })),
		).toEqual([["INVALID_NUMBER", ["options", "policy", "progress", "cap"]]]);
	});
});

describe("hostile policies", () => {
	const hostile = [
		'{"__proto__": {"x": 1}}',
		'{"progress": {"__proto__": {"x": 1}}}',
		'{"constructor": {"prototype": {"x": 1}}}',
		'{"pace": {"phases": [{"at": 0.5, "expected": 0.5, "__proto__": {"x": 1}}]}}',
		'{"kpi": {"staleAfter": {"daily": {"__proto__": {"x": 1}}}}}',
	];

	it.each(hostile)(
		"%s pollutes nothing and is refused with UNKNOWN_KEY or INVALID_TYPE",
		(json) => {
			const issues = thrown(() => definePolicy(JSON.parse(json)));
			expect(issues.length).toBeGreaterThan(0);
			expect(schemaIssues(JSON.parse(json))).toEqual(issues);
			expect(() => keyResultProgress(responseTimeKr, { policy: JSON.parse(json) })).toThrow(
				OkrValidationError,
			);
			expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
			expect(Object.prototype).not.toHaveProperty("x");
			expect(defaultPolicy).not.toHaveProperty("x");
			expect((defaultPolicy.progress as Record<string, unknown>)["x"]).toBeUndefined();
		},
	);

	it("reports an own __proto__ key as an unknown field at its path", () => {
		expect(thrown(() => definePolicy(JSON.parse('{"__proto__": {"x": 1}}')))).toEqual([
			["UNKNOWN_KEY", ["__proto__"]],
		]);
		expect(
			thrown(() => definePolicy(JSON.parse('{"progress": {"__proto__": {"cap": 9}}}'))),
		).toEqual([["UNKNOWN_KEY", ["progress", "__proto__"]]]);
	});
});

describe("ScoringPolicySchema", () => {
	it("reads a partial policy and gives the full one, as definePolicy does", () => {
		const partial = { progress: { cap: 1.2 }, rollup: { source: "both" } } as const;
		expect(ScoringPolicySchema.parse(partial)).toEqual(definePolicy(partial));
		expect(ScoringPolicySchema.parse({})).toEqual(defaultPolicy);
	});

	it("accepts a full policy, the defaults included", () => {
		expect(ScoringPolicySchema.parse(defaultPolicy)).toEqual(defaultPolicy);
		const full = definePolicy({ pace: { phases: [{ at: 0.25, expected: 0.1 }] } });
		expect(ScoringPolicySchema.parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
	});

	it("returns a deeply frozen policy", () => {
		expect(isDeepFrozen(ScoringPolicySchema.parse({ progress: { floor: -1 } }))).toBe(true);
	});

	it("carries okr-kit's issue code and message on each issue", () => {
		const result = ScoringPolicySchema.safeParse({ progress: { floor: 2 } });
		expect(result.error?.issues[0]).toMatchObject({
			code: "custom",
			path: ["progress", "floor"],
			params: { okrCode: "FLOOR_ABOVE_CAP" },
			message: "progress.floor must not exceed progress.cap.",
		});
	});
});
