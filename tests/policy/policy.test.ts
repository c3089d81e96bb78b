/**
 * Options and the scoring policy (docs/scoring.md, "Policies: how rules are changed"):
 * `options.policy` is a partial policy deep-merged over `defaultPolicy`, checked field by field,
 * prototype safe. Observed through the computations that take it, and the merged value itself
 * through `definePolicy` (the same merge: its issue paths start in the partial, where
 * `options.policy`'s start with "policy").
 */
import { afterEach, describe, expect, it } from "vitest";
import {
	defaultPolicy,
	definePolicy,
	grade,
	gradeObjective,
	keyResultProgress,
	objectiveProgress,
	progressAt,
	type ScoringPolicy,
} from "../../src/index.js";
import {
	deepFreeze,
	expectIssue,
	expectIssues,
	expectUnmutated,
	metric,
} from "../support/foundation.js";

type PartialPolicy = Parameters<typeof definePolicy>[0];
type Path = (string | number)[];

const over = (current: number | string) => metric(0, 100, current);
const policy = (p: unknown) => ({ policy: p }) as Parameters<typeof grade>[1];

describe("defaultPolicy", () => {
	it("holds the default rules of docs/scoring.md", () => {
		expect(defaultPolicy.progress).toEqual({ floor: 0, cap: 1 });
		expect(defaultPolicy.grading).toEqual({
			decimals: 1,
			bands: { yellow: 0.4, green: 0.7 },
			aspirational: { partialFrom: 0.4, sweetSpotFrom: 0.6, sweetSpotTo: 0.7, successFrom: 0.6 },
			committed: { successFrom: 1 },
		});
		expect(defaultPolicy.pace).toEqual({
			expectedFinal: { committed: 1, aspirational: 0.7 },
			onTrackGap: 0.1,
			atRiskGap: 0.25,
			phases: [],
		});
		expect(defaultPolicy.kpi.thresholds).toEqual({ mode: "relative", green: 0, yellow: 0.1 });
		expect(defaultPolicy.rollup).toEqual({ source: "keyResults", rootLevels: ["company"] });
	});

	it("is serializable: JSON round-trips it unchanged", () => {
		expect(JSON.parse(JSON.stringify(defaultPolicy))).toEqual(defaultPolicy);
	});

	it("is deeply frozen", () => {
		const frozen = (value: unknown): boolean =>
			value === null ||
			typeof value !== "object" ||
			(Object.isFrozen(value) && Object.values(value).every(frozen));
		expect(frozen(defaultPolicy)).toBe(true);
	});

	it("gives the same results as no policy at all", () => {
		expect(grade(0.65, { policy: defaultPolicy })).toEqual(grade(0.65));
		expect(keyResultProgress(over(150), { policy: defaultPolicy })).toBe(1);
	});
});

describe("deep merge of a partial policy over the defaults", () => {
	it("changes only the fields given (bands.green), keeping their siblings (bands.yellow)", () => {
		const options = policy({ grading: { bands: { green: 0.8 } } });
		expect(grade(0.3, options).color).toBe("red");
		expect(grade(0.4, options).color).toBe("yellow");
		expect(grade(0.7, options).color).toBe("yellow");
		expect(grade(0.8, options).color).toBe("green");
		const merged = definePolicy({ grading: { bands: { green: 0.8 } } });
		expect(merged.grading.bands).toEqual({ yellow: 0.4, green: 0.8 });
		expect(merged.grading.decimals).toBe(1);
		expect(merged.progress).toEqual(defaultPolicy.progress);
	});

	it("{ policy: { progress: { cap: 1.2 } } } allows over-achievement up to 120%", () => {
		expect(keyResultProgress(over(110), { policy: { progress: { cap: 1.2 } } })).toBe(1.1);
		expect(keyResultProgress(over(130), { policy: { progress: { cap: 1.2 } } })).toBe(1.2);
		expect(keyResultProgress(over(-5), { policy: { progress: { cap: 1.2 } } })).toBe(0);
	});

	it("reads policy numbers given as decimal strings exactly", () => {
		expect(keyResultProgress(over(130), { policy: { progress: { cap: "1.2" } } })).toBe(1.2);
		const options = { policy: { grading: { decimals: 2, bands: { green: "0.75" } } } };
		expect(grade("0.745", options)).toEqual({ grade: 0.75, color: "green" });
		expect(grade("0.7449999", options)).toEqual({ grade: 0.74, color: "yellow" });
	});

	it("treats an undefined field as absent (the default stays)", () => {
		expect(keyResultProgress(over(150), { policy: { progress: { cap: undefined } } })).toBe(1);
		expect(definePolicy({ progress: undefined }).progress).toEqual({ floor: 0, cap: 1 });
	});

	it("accepts staleAfter in days or calendar months", () => {
		const merged = definePolicy({
			kpi: { staleAfter: { weekly: { days: 10 }, monthly: { months: 2 } } },
		});
		expect(merged.kpi.staleAfter).toEqual({
			daily: { days: 1 },
			weekly: { days: 10 },
			monthly: { months: 2 },
			quarterly: { months: 3 },
		});
	});

	it("replaces arrays whole instead of merging them", () => {
		const merged = definePolicy({ rollup: { rootLevels: ["division"] } });
		expect(merged.rollup.rootLevels).toEqual(["division"]);
		expect(definePolicy({ rollup: { rootLevels: [] } }).rollup.rootLevels).toEqual([]);
		const phased = definePolicy({ pace: { phases: [{ at: 0.5, expected: 0.3 }] } });
		expect(phased.pace.phases).toEqual([{ at: 0.5, expected: 0.3 }]);
	});

	it("returns a deeply frozen policy that shares nothing mutable with the input", () => {
		const levels = ["company", "group"];
		const merged = definePolicy({ rollup: { rootLevels: levels } });
		levels.push("team");
		expect(merged.rollup.rootLevels).toEqual(["company", "group"]);
		expect(Object.isFrozen(merged)).toBe(true);
		expect(Object.isFrozen(merged.rollup.rootLevels)).toBe(true);
		expect(Object.isFrozen(merged.grading.bands)).toBe(true);
	});

	it("accepts a full policy (the defaults themselves) as a partial", () => {
		expect(definePolicy(defaultPolicy)).toEqual(defaultPolicy);
		expect(definePolicy()).toEqual(defaultPolicy);
	});

	it("a policy from definePolicy is a valid options.policy, and survives JSON", () => {
		const p = definePolicy({ progress: { cap: 1.2 }, grading: { bands: { green: 0.8 } } });
		const viaJson = JSON.parse(JSON.stringify(p));
		expect(keyResultProgress(over(130), { policy: p })).toBe(1.2);
		expect(keyResultProgress(over(130), { policy: viaJson })).toBe(1.2);
		expect(grade(0.7, { policy: viaJson }).color).toBe("yellow");
		expect(definePolicy(viaJson)).toEqual(p);
	});

	it("accepts a policy object with a null prototype", () => {
		const progress = Object.assign(Object.create(null), { cap: 2 });
		const p = Object.assign(Object.create(null), { progress });
		expect(keyResultProgress(over(150), { policy: p })).toBe(1.5);
	});

	it("does not mutate the policy it was given", () => {
		const p = { progress: { cap: 1.5, floor: 0 }, rollup: { rootLevels: ["company", "bu"] } };
		expectUnmutated(p, (frozen) => keyResultProgress(over(150), { policy: frozen }));
		expectUnmutated(p, (frozen) => definePolicy(frozen));
	});

	it("resolves equal policies given as fresh objects to equal results on every call", () => {
		const a = grade(0.55, { policy: { grading: { bands: { yellow: 0.6 } } } });
		const b = grade(0.55, { policy: { grading: { bands: { yellow: 0.6 } } } });
		expect(a).toEqual(b);
		expect(a).toEqual({ grade: 0.6, color: "yellow" });
	});
});

describe("cap and floor", () => {
	it("cap: null removes the cap", () => {
		expect(keyResultProgress(over(250), { policy: { progress: { cap: null } } })).toBe(2.5);
	});

	it("a negative floor lets progress fall below 0", () => {
		expect(keyResultProgress(over(-30), { policy: { progress: { floor: -0.2 } } })).toBe(-0.2);
		expect(keyResultProgress(over(-10), { policy: { progress: { floor: -0.2 } } })).toBe(-0.1);
	});

	it("a floor equal to the cap pins every progress to it", () => {
		const pinned = { policy: { progress: { floor: 0.5, cap: 0.5 } } };
		expect(keyResultProgress(over(0), pinned)).toBe(0.5);
		expect(keyResultProgress(over(100), pinned)).toBe(0.5);
	});

	it("the policy applies to objectiveProgress, progressAt and gradeObjective too", () => {
		const kr = metric(0, 100, 150, {
			checkIns: [{ at: "2025-07-01", value: 200 }],
		});
		const options = { policy: { progress: { cap: 1.2 } } };
		expect(objectiveProgress({ id: "o", title: "o", keyResults: [kr] }, options)).toBe(1.2);
		expect(progressAt(kr, "2025-07-02", options)).toBe(1.2);
		expect(gradeObjective({ id: "o", title: "o", keyResults: [kr] }, options).score).toBe(1.2);
	});
});

describe("bad policies are OkrValidationErrors with exact issue codes and paths", () => {
	it.each([
		["unknown top-level key", { foo: 1 }, "UNKNOWN_KEY", ["options", "policy", "foo"]],
		[
			"unknown nested key",
			{ progress: { cep: 1 } },
			"UNKNOWN_KEY",
			["options", "policy", "progress", "cep"],
		],
		["misspelt section", { grades: {} }, "UNKNOWN_KEY", ["options", "policy", "grades"]],
		[
			"cap not a number",
			{ progress: { cap: "abc" } },
			"INVALID_NUMBER",
			["options", "policy", "progress", "cap"],
		],
		[
			"cap NaN",
			{ progress: { cap: Number.NaN } },
			"INVALID_NUMBER",
			["options", "policy", "progress", "cap"],
		],
		[
			"cap Infinity",
			{ progress: { cap: Number.POSITIVE_INFINITY } },
			"INVALID_NUMBER",
			["options", "policy", "progress", "cap"],
		],
		[
			"floor null",
			{ progress: { floor: null } },
			"INVALID_NUMBER",
			["options", "policy", "progress", "floor"],
		],
		[
			"floor above cap",
			{ progress: { floor: 2 } },
			"FLOOR_ABOVE_CAP",
			["options", "policy", "progress", "floor"],
		],
		[
			"floor above an explicit cap",
			{ progress: { floor: 0.5, cap: "0.4" } },
			"FLOOR_ABOVE_CAP",
			["options", "policy", "progress", "floor"],
		],
		["section not an object", { progress: 5 }, "INVALID_TYPE", ["options", "policy", "progress"]],
		["section null", { grading: null }, "INVALID_TYPE", ["options", "policy", "grading"]],
		["section an array", { grading: [] }, "INVALID_TYPE", ["options", "policy", "grading"]],
		[
			"decimals fractional",
			{ grading: { decimals: 1.5 } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "decimals"],
		],
		[
			"decimals negative",
			{ grading: { decimals: -1 } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "decimals"],
		],
		[
			"decimals above 10",
			{ grading: { decimals: 11 } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "decimals"],
		],
		[
			"decimals a string",
			{ grading: { decimals: "1" } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "decimals"],
		],
		[
			"bands yellow above green",
			{ grading: { bands: { yellow: 0.8 } } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "bands"],
		],
		[
			"bands green above 1",
			{ grading: { bands: { green: 1.1 } } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "bands"],
		],
		[
			"bands yellow below 0",
			{ grading: { bands: { yellow: -0.1 } } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "bands"],
		],
		[
			"band edge not a number",
			{ grading: { bands: { green: "high" } } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "bands", "green"],
		],
		[
			"aspirational edges out of order",
			{ grading: { aspirational: { partialFrom: 0.7 } } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "aspirational"],
		],
		[
			"sweet spot ending before it starts",
			{ grading: { aspirational: { sweetSpotTo: 0.5 } } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "grading", "aspirational"],
		],
		[
			"committed successFrom not a number",
			{ grading: { committed: { successFrom: true } } },
			"INVALID_NUMBER",
			["options", "policy", "grading", "committed", "successFrom"],
		],
		[
			"pace gaps out of order",
			{ pace: { onTrackGap: 0.3 } },
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "pace", "onTrackGap"],
		],
		[
			"phases not an array",
			{ pace: { phases: {} } },
			"INVALID_TYPE",
			["options", "policy", "pace", "phases"],
		],
		[
			"phase not an object",
			{ pace: { phases: [5] } },
			"INVALID_TYPE",
			["options", "policy", "pace", "phases", 0],
		],
		[
			"phase missing expected",
			{ pace: { phases: [{ at: 0.5 }] } },
			"INVALID_NUMBER",
			["options", "policy", "pace", "phases", 0, "expected"],
		],
		[
			"phase with an unknown key",
			{ pace: { phases: [{ at: 0.5, expected: 0.5, label: "mid" }] } },
			"UNKNOWN_KEY",
			["options", "policy", "pace", "phases", 0, "label"],
		],
		[
			"phases not increasing",
			{
				pace: {
					phases: [
						{ at: 0.5, expected: 0.4 },
						{ at: 0.5, expected: 0.6 },
					],
				},
			},
			"INVALID_PHASES",
			["options", "policy", "pace", "phases", 1],
		],
		[
			"KPI threshold mode unknown",
			{ kpi: { thresholds: { mode: "percent" } } },
			"INVALID_ENUM",
			["options", "policy", "kpi", "thresholds", "mode"],
		],
		[
			"KPI green negative",
			{ kpi: { thresholds: { green: -1 } } },
			"NEGATIVE",
			["options", "policy", "kpi", "thresholds", "green"],
		],
		[
			"KPI green above yellow",
			{ kpi: { thresholds: { green: 0.2 } } },
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "kpi", "thresholds"],
		],
		[
			"staleAfter in weeks",
			{ kpi: { staleAfter: { daily: { weeks: 1 } } } },
			"INVALID_TYPE",
			["options", "policy", "kpi", "staleAfter", "daily"],
		],
		[
			"confirmations 0",
			{ kpi: { confirmations: 0 } },
			"OUT_OF_RANGE",
			["options", "policy", "kpi", "confirmations"],
		],
		[
			"confidence red above yellow",
			{ confidence: { red: 8 } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "confidence"],
		],
		[
			"confidence yellow above 10",
			{ confidence: { yellow: "10.5" } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "confidence"],
		],
		[
			"confidence red below 0",
			{ confidence: { red: -1 } },
			"BANDS_OUT_OF_ORDER",
			["options", "policy", "confidence"],
		],
		[
			"confidence red not a number",
			{ confidence: { red: "low" } },
			"INVALID_NUMBER",
			["options", "policy", "confidence", "red"],
		],
		[
			"risk checkInDays 0",
			{ risk: { checkInDays: 0 } },
			"OUT_OF_RANGE",
			["options", "policy", "risk", "checkInDays"],
		],
		[
			"risk checkInDays fractional",
			{ risk: { checkInDays: 7.5 } },
			"INVALID_NUMBER",
			["options", "policy", "risk", "checkInDays"],
		],
		[
			"staleAfter with a fractional count",
			{ kpi: { staleAfter: { weekly: { days: 7.5 } } } },
			"INVALID_TYPE",
			["options", "policy", "kpi", "staleAfter", "weekly"],
		],
		[
			"staleAfter negative",
			{ kpi: { staleAfter: { monthly: { months: -1 } } } },
			"INVALID_TYPE",
			["options", "policy", "kpi", "staleAfter", "monthly"],
		],
		[
			"staleAfter with both days and months",
			{ kpi: { staleAfter: { quarterly: { days: 90, months: 3 } } } },
			"INVALID_TYPE",
			["options", "policy", "kpi", "staleAfter", "quarterly"],
		],
		[
			"staleAfter not an object",
			{ kpi: { staleAfter: { daily: 1 } } },
			"INVALID_TYPE",
			["options", "policy", "kpi", "staleAfter", "daily"],
		],
		[
			"a phase's at not a number",
			{ pace: { phases: [{ at: "half", expected: 0.5 }] } },
			"INVALID_NUMBER",
			["options", "policy", "pace", "phases", 0, "at"],
		],
		[
			"a hole in phases",
			// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
			{ pace: { phases: [, { at: 0.5, expected: 0.5 }] } },
			"INVALID_TYPE",
			["options", "policy", "pace", "phases", 0],
		],
		[
			"a hole in root levels",
			// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
			{ rollup: { rootLevels: [, "company"] } },
			"INVALID_TYPE",
			["options", "policy", "rollup", "rootLevels"],
		],
		[
			"rollup source unknown",
			{ rollup: { source: "parents" } },
			"INVALID_ENUM",
			["options", "policy", "rollup", "source"],
		],
		[
			"root levels a string",
			{ rollup: { rootLevels: "company" } },
			"INVALID_TYPE",
			["options", "policy", "rollup", "rootLevels"],
		],
		[
			"root levels not strings",
			{ rollup: { rootLevels: [1] } },
			"INVALID_TYPE",
			["options", "policy", "rollup", "rootLevels"],
		],
		[
			"lint limit fractional",
			{ lint: { maxKeyResults: 4.5 } },
			"INVALID_NUMBER",
			["options", "policy", "lint", "maxKeyResults"],
		],
		[
			"lint limits out of order",
			{ lint: { minKeyResults: 6 } },
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "lint", "minKeyResults"],
		],
		[
			"health aim min above max",
			{ health: { achievementRate: { min: 0.8 } } },
			"THRESHOLDS_OUT_OF_ORDER",
			["options", "policy", "health", "achievementRate"],
		],
	] as const)("%s", (_, p, code, path) => {
		expectIssue(() => grade(0.5, policy(p)), code, path);
		expectIssue(() => keyResultProgress(over(50), policy(p)), code, path);
		expectIssue(() => definePolicy(p as never), code, path.slice(2));
	});

	it("lists every bad field at once, in the order of the policy's shape", () => {
		expectIssues(
			() =>
				grade(
					0.5,
					policy({ zzz: 1, progress: { cap: "x", floor: "y" }, grading: { decimals: -1 } }),
				),
			[
				{ code: "UNKNOWN_KEY", path: ["options", "policy", "zzz"] },
				{ code: "INVALID_NUMBER", path: ["options", "policy", "progress", "floor"] },
				{ code: "INVALID_NUMBER", path: ["options", "policy", "progress", "cap"] },
				{ code: "INVALID_NUMBER", path: ["options", "policy", "grading", "decimals"] },
			],
		);
	});

	it.each([
		["null", null],
		["a string", "strict"],
		["a number", 1],
		["an array", [{ progress: { cap: 2 } }]],
		["a Date", new Date(0)],
	])("rejects a policy that is %s (INVALID_TYPE at [policy])", (_, p) => {
		expectIssue(() => grade(0.5, policy(p)), "INVALID_TYPE", ["options", "policy"]);
	});
});

describe("the words of policy issues", () => {
	/** The message of the one issue `definePolicy(partial)` reports, at `path`. */
	const words = (partial: unknown, code: Parameters<typeof expectIssue>[1], path: Path) =>
		expectIssue(() => definePolicy(partial as PartialPolicy), code, path).issues[0]?.message;

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

	it("says what each cross-field rule needs", () => {
		expect(
			words({ grading: { bands: { yellow: 0.8, green: 0.5 } } }, "BANDS_OUT_OF_ORDER", [
				"grading",
				"bands",
			]),
		).toBe("Grade bands must satisfy 0 <= yellow <= green <= 1.");
		expect(
			words({ grading: { aspirational: { partialFrom: 0.9 } } }, "BANDS_OUT_OF_ORDER", [
				"grading",
				"aspirational",
			]),
		).toBe("Aspirational outcomes must satisfy 0 <= partialFrom <= sweetSpotFrom <= sweetSpotTo.");
		expect(
			words({ pace: { onTrackGap: 0.3, atRiskGap: 0.2 } }, "THRESHOLDS_OUT_OF_ORDER", [
				"pace",
				"onTrackGap",
			]),
		).toBe("pace.onTrackGap must not exceed pace.atRiskGap.");
		expect(
			words({ pace: { phases: [{ at: 1.5, expected: 1 }] } }, "INVALID_PHASES", [
				"pace",
				"phases",
				0,
			]),
		).toBe(
			"Phases must have strictly increasing `at` in (0, 1] and non-decreasing `expected` in [0, 1].",
		);
		expect(
			words({ kpi: { thresholds: { mode: "absolute", green: -1, yellow: 1 } } }, "NEGATIVE", [
				"kpi",
				"thresholds",
				"green",
			]),
		).toBe("Must be zero or more.");
		expect(
			words(
				{ kpi: { thresholds: { mode: "absolute", green: 3, yellow: 2 } } },
				"THRESHOLDS_OUT_OF_ORDER",
				["kpi", "thresholds"],
			),
		).toBe("The green limit must not exceed the yellow limit.");
		expect(
			words({ lint: { minKeyResults: 4, maxKeyResults: 3 } }, "THRESHOLDS_OUT_OF_ORDER", [
				"lint",
				"minKeyResults",
			]),
		).toBe("lint.minKeyResults must not exceed lint.maxKeyResults.");
		expect(words({ kpi: { confirmations: 0 } }, "OUT_OF_RANGE", ["kpi", "confirmations"])).toBe(
			"Must be 1 or more.",
		);
		expect(words({ confidence: { red: 8 } }, "BANDS_OUT_OF_ORDER", ["confidence"])).toBe(
			"Confidence bands must satisfy 0 <= red <= yellow <= 10.",
		);
		expect(words({ risk: { checkInDays: 0 } }, "OUT_OF_RANGE", ["risk", "checkInDays"])).toBe(
			"Must be 1 or more.",
		);
		expect(
			words({ health: { kpisOnTime: { min: 0.9, max: 0.8 } } }, "THRESHOLDS_OUT_OF_ORDER", [
				"health",
				"kpisOnTime",
			]),
		).toBe("An aim's min must not exceed its max.");
	});
});

describe("the edges a policy may reach", () => {
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
			() => definePolicy({ kpi: { staleAfter: { daily: null } } } as unknown as PartialPolicy),
			"INVALID_TYPE",
			["kpi", "staleAfter", "daily"],
		);
		expectIssue(
			() => definePolicy({ kpi: { staleAfter: { daily: { days: -1 } } } }),
			"INVALID_TYPE",
			["kpi", "staleAfter", "daily"],
		);
	});

	it("accepts equal values at every edge of the cross-field rules", () => {
		expect(() => definePolicy({ pace: { onTrackGap: 0.2, atRiskGap: 0.2 } })).not.toThrow();
		expect(() => definePolicy({ pace: { phases: [{ at: 1, expected: 1 }] } })).not.toThrow();
		expect(() =>
			definePolicy({ kpi: { thresholds: { mode: "absolute", green: 2, yellow: 2 } } }),
		).not.toThrow();
		expect(() => definePolicy({ lint: { minKeyResults: 3, maxKeyResults: 3 } })).not.toThrow();
		expect(() => definePolicy({ health: { kpisOnTime: { min: 0.8, max: 0.8 } } })).not.toThrow();
		expect(() => definePolicy({ kpi: { confirmations: 1 } })).not.toThrow();
		expect(definePolicy({ confidence: { red: 0, yellow: 0 } }).confidence).toEqual({
			red: 0,
			yellow: 0,
		});
		expect(definePolicy({ confidence: { red: "10", yellow: "10.0" } }).confidence).toEqual({
			red: "10",
			yellow: "10.0",
		});
		expect(definePolicy({ confidence: { red: 5, yellow: 5 } }).confidence.red).toBe(5);
		expect(definePolicy({ risk: { checkInDays: 1 } }).risk.checkInDays).toBe(1);
	});
});

describe("options that are not objects", () => {
	it.each([
		["a number", 5],
		["a string", "policy"],
		["true", true],
		["an array", []],
		["a function", () => ({})],
		["a Date", new Date(0)],
	])("rejects options that are %s (INVALID_TYPE at [options])", (_, options) => {
		const o = options as never;
		expectIssue(() => grade(0.5, o), "INVALID_TYPE", ["options"]);
		expectIssue(() => keyResultProgress(over(50), o), "INVALID_TYPE", ["options"]);
		expectIssue(
			() => objectiveProgress({ id: "o", title: "o", keyResults: [over(50)] }, o),
			"INVALID_TYPE",
			["options"],
		);
		expectIssue(() => progressAt(over(50), "2025-01-01", o), "INVALID_TYPE", ["options"]);
		expectIssue(
			() => gradeObjective({ id: "o", title: "o", keyResults: [over(50)] }, o),
			"INVALID_TYPE",
			["options"],
		);
	});

	it("treats undefined and null options as no options", () => {
		expect(grade(0.65, undefined)).toEqual({ grade: 0.7, color: "green" });
		expect(grade(0.65, null as never)).toEqual({ grade: 0.7, color: "green" });
		expect(keyResultProgress(over(150), null as never)).toBe(1);
	});

	it("ignores options it does not use (another function's options are fine)", () => {
		expect(grade(0.65, { cycle: "2025-Q3", asOf: "2025-08-01" } as never)).toEqual({
			grade: 0.7,
			color: "green",
		});
		expect(grade(0.65, {})).toEqual({ grade: 0.7, color: "green" });
	});
});

describe("hostile policies pollute nothing", () => {
	afterEach(() => {
		// A failing test must not leave pollution behind for the others.
		for (const key of ["x", "cap", "polluted"]) {
			delete (Object.prototype as Record<string, unknown>)[key];
		}
	});

	const clean = () => {
		expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
		expect(({} as Record<string, unknown>)["cap"]).toBeUndefined();
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
		expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("x");
	};

	it('JSON.parse(\'{"__proto__": {"x": 1}}\') as a policy is UNKNOWN_KEY and pollutes nothing', () => {
		const p = JSON.parse('{"__proto__": {"x": 1}}');
		expectIssue(() => grade(0.5, { policy: p }), "UNKNOWN_KEY", ["options", "policy", "__proto__"]);
		expectIssue(() => definePolicy(p), "UNKNOWN_KEY", ["__proto__"]);
		clean();
	});

	it("a __proto__ key inside a section is UNKNOWN_KEY and does not change the section", () => {
		const p = JSON.parse('{"progress": {"__proto__": {"cap": 5}}, "grading": {"__proto__": null}}');
		expectIssues(
			() => keyResultProgress(over(300), { policy: p }),
			[
				{ code: "UNKNOWN_KEY", path: ["options", "policy", "progress", "__proto__"] },
				{ code: "UNKNOWN_KEY", path: ["options", "policy", "grading", "__proto__"] },
			],
		);
		clean();
		expect(keyResultProgress(over(300))).toBe(1);
	});

	it('"constructor" and "prototype" keys are UNKNOWN_KEY', () => {
		const p = JSON.parse('{"constructor": {"prototype": {"polluted": true}}}');
		expectIssue(() => grade(0.5, { policy: p }), "UNKNOWN_KEY", [
			"options",
			"policy",
			"constructor",
		]);
		const q = JSON.parse('{"progress": {"constructor": {"prototype": {"polluted": true}}}}');
		expectIssue(() => grade(0.5, { policy: q }), "UNKNOWN_KEY", [
			"options",
			"policy",
			"progress",
			"constructor",
		]);
		clean();
	});

	it("a phase or a stale-after value carrying __proto__ pollutes nothing", () => {
		const p = JSON.parse(
			'{"pace": {"phases": [{"at": 0.5, "expected": 0.5, "__proto__": {"x": 1}}]}, "kpi": {"staleAfter": {"daily": {"__proto__": {"x": 1}}}}}',
		);
		expectIssues(
			() => grade(0.5, { policy: p }),
			[
				{ code: "UNKNOWN_KEY", path: ["options", "policy", "pace", "phases", 0, "__proto__"] },
				{ code: "INVALID_TYPE", path: ["options", "policy", "kpi", "staleAfter", "daily"] },
			],
		);
		clean();
	});

	it("ignores a policy's inherited fields (only own fields merge)", () => {
		const inherited = Object.create({ progress: { cap: 5 } }) as ScoringPolicy;
		expect(keyResultProgress(over(300), { policy: inherited })).toBe(1);
	});

	it("a frozen hostile policy is read without writing to it", () => {
		const p = deepFreeze(JSON.parse('{"progress": {"cap": 2}, "__proto__": {"x": 1}}'));
		expectIssue(() => grade(0.5, { policy: p }), "UNKNOWN_KEY", ["options", "policy", "__proto__"]);
		clean();
	});
});
