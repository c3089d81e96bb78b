import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	definePolicy,
	type IssueCode,
	OkrValidationError,
	parseKeyResult,
	parseKpi,
	parseObjective,
	type SafeParseResult,
	ScoringPolicySchema,
	safeParseKeyResult,
	safeParseKpi,
	safeParseObjective,
} from "../../src/index.js";
import { readKeyResult } from "../../src/read/keyResult.js";
import { readKpi } from "../../src/read/kpi.js";
import { readObjective } from "../../src/read/objective.js";
import { deepFreeze } from "../support/foundation.js";

const RUNS = { numRuns: 300 };

/** Every issue code the model may report. */
const MODEL_CODES = new Set<IssueCode>([
	"INVALID_TYPE",
	"REQUIRED",
	"INVALID_NUMBER",
	"INVALID_DATE",
	"INVALID_ENUM",
	"EMPTY_STRING",
	"TOO_LONG",
	"NEGATIVE",
	"OUT_OF_RANGE",
	"START_EQUALS_TARGET",
	"DIRECTION_MISMATCH",
	"LOW_ABOVE_HIGH",
	"END_BEFORE_START",
	"EMPTY_CHECKLIST",
	"RELATIVE_TO_ZERO_TARGET",
	"THRESHOLDS_OUT_OF_ORDER",
]);

/** Whether a zod-free reader accepts `value` (it may only ever throw an OkrValidationError). */
function accepts(read: (value: unknown, path: readonly []) => unknown, value: unknown): boolean {
	try {
		read(value, []);
		return true;
	} catch (error) {
		expect(error).toBeInstanceOf(OkrValidationError);
		return false;
	}
}

function expectWellFormed(result: SafeParseResult<unknown>): void {
	if (result.success) return;
	expect(result.error).toBeInstanceOf(OkrValidationError);
	expect(result.error.code).toBe("INVALID_INPUT");
	expect(result.error.issues.length).toBeGreaterThan(0);
	for (const issue of result.error.issues) {
		expect(MODEL_CODES.has(issue.code)).toBe(true);
		expect(typeof issue.message).toBe("string");
		expect(issue.message.length).toBeGreaterThan(0);
		for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
	}
}

// ---- generators of near-valid model objects: every field valid, wrong or absent ----

const hostileId = fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "kr");
const idArb = fc.oneof(hostileId, fc.string({ maxLength: 4 }), fc.constantFrom(7, null, ""));
const titleArb = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(0, null));

const goodNumber = fc.oneof(
	fc.integer({ min: -5, max: 5 }),
	fc.constantFrom("1", "1.0", "-0", "0", "2e0", "0.1", ".5", "+3", 0.1, -0),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.integer({ min: -1000, max: 1000 }).map((n) => `${n}e-2`),
);
const badNumber = fc.constantFrom(
	Number.NaN,
	Number.POSITIVE_INFINITY,
	"",
	" 1",
	"1e",
	"0x1",
	"Infinity",
	"1e999",
	true,
	null,
	[],
	{},
);
const numberArb = fc.oneof(
	{ weight: 4, arbitrary: goodNumber },
	{ weight: 1, arbitrary: badNumber },
);

const dayString = fc
	.date({
		min: new Date("1900-01-01T00:00:00Z"),
		max: new Date("2100-12-31T00:00:00Z"),
		noInvalidDate: true,
	})
	.map((d) => d.toISOString().slice(0, 10));
const dateArb = fc.oneof(
	{ weight: 3, arbitrary: dayString },
	{
		weight: 1,
		arbitrary: fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true }),
	},
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			"2025-02-29",
			"2025-13-01",
			"2025-1-1",
			"",
			20250101,
			new Date(Number.NaN),
		),
	},
);

const readingArb = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{ at: dateArb, value: numberArb, confidence: numberArb, note: fc.string() },
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom(null, 3, "x", []) },
);
const readingsArb = fc.oneof(
	{ weight: 5, arbitrary: fc.array(readingArb, { maxLength: 3 }) },
	{ weight: 1, arbitrary: fc.constantFrom({}, "none", null) },
);
const stringOrNot = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom(1, null, true));

const itemArb = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{
				title: titleArb,
				done: fc.oneof(fc.boolean(), fc.constantFrom("yes", 1)),
				weight: numberArb,
			},
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom(null, "item") },
);

const keyResultArb = fc.oneof(
	{
		weight: 12,
		arbitrary: fc.record(
			{
				id: idArb,
				title: titleArb,
				kind: fc.constantFrom("metric", "threshold", "range", "milestone", "checklist"),
				weight: numberArb,
				owner: stringOrNot,
				unit: stringOrNot,
				checkIns: readingsArb,
				// Small pools, so that start == target and low > high happen often.
				start: fc.oneof(fc.constantFrom(0, 1, "1.0", "2", -1), numberArb),
				target: fc.oneof(fc.constantFrom(0, 1, "1.0", "2", -1), numberArb),
				low: fc.oneof(fc.constantFrom(0, 1, "1.0", "2"), numberArb),
				high: fc.oneof(fc.constantFrom(0, 1, "1.0", "2"), numberArb),
				current: numberArb,
				threshold: numberArb,
				direction: fc.constantFrom("atLeast", "atMost", "above", 1),
				scoring: fc.constantFrom("latest", "checkIns", "mean", undefined),
				done: fc.oneof(fc.boolean(), fc.constantFrom("no", 0)),
				items: fc.oneof(
					{ weight: 4, arbitrary: fc.array(itemArb, { maxLength: 3 }) },
					{ weight: 1, arbitrary: fc.constantFrom({}, null) },
				),
				extra: fc.anything(),
			},
			{ requiredKeys: ["id", "title", "kind"] },
		),
	},
	{
		weight: 1,
		arbitrary: fc.record(
			{ id: idArb, title: titleArb, kind: fc.constantFrom("goal", "toString", "__proto__", 3) },
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: fc.anything() },
);

const cycleArb = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{ start: dateArb, end: dateArb, label: stringOrNot },
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom(null, "2025-Q3", []) },
);

const objectiveArb = fc.oneof(
	{
		weight: 10,
		arbitrary: fc.record(
			{
				id: idArb,
				title: titleArb,
				type: fc.constantFrom("aspirational", "committed", "stretch", undefined),
				keyResults: fc.oneof(
					{ weight: 5, arbitrary: fc.array(keyResultArb, { maxLength: 3 }) },
					{ weight: 1, arbitrary: fc.constantFrom({}, null) },
				),
				cycle: cycleArb,
				owner: stringOrNot,
				level: stringOrNot,
				parentId: fc.oneof(idArb, fc.constant(null)),
				contribution: numberArb,
				kpiIds: fc.oneof(
					{ weight: 4, arbitrary: fc.array(idArb, { maxLength: 3 }) },
					{ weight: 1, arbitrary: fc.constantFrom("kpi", null) },
				),
			},
			{ requiredKeys: ["id", "title"] },
		),
	},
	{ weight: 1, arbitrary: fc.anything() },
);

const thresholdsArb = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record(
			{
				mode: fc.constantFrom("absolute", "relative", "percent"),
				green: fc.oneof(fc.constantFrom(0, "0.1", -1), numberArb),
				yellow: fc.oneof(fc.constantFrom(0, "0.1", 1), numberArb),
			},
			{ requiredKeys: [] },
		),
	},
	{ weight: 1, arbitrary: fc.constantFrom(null, "red") },
);

const kpiArb = fc.oneof(
	{
		weight: 10,
		arbitrary: fc.record(
			{
				id: idArb,
				name: titleArb,
				unit: stringOrNot,
				direction: fc.constantFrom("higherIsBetter", "lowerIsBetter", "onTarget", "up"),
				target: fc.oneof(fc.constantFrom(0, "0.0", "-0", 99), numberArb),
				thresholds: thresholdsArb,
				cadence: fc.constantFrom("daily", "weekly", "monthly", "quarterly", "hourly"),
				measurements: readingsArb,
				owner: stringOrNot,
				origin: fc.oneof(
					fc.record(
						{
							objectiveId: idArb,
							keyResultId: idArb,
							promotedAt: fc.oneof(dayString, fc.constantFrom(null, "soon")),
						},
						{ requiredKeys: [] },
					),
					fc.constant(null),
				),
			},
			{ requiredKeys: ["id", "name", "direction", "target"] },
		),
	},
	{ weight: 1, arbitrary: fc.anything() },
);

// ---- generators of partial policies: known paths with good, bad or hostile values ----

const policyLeaf = fc.oneof(
	goodNumber,
	badNumber,
	fc.constantFrom(null, 0, 1, 3, 11, -1, 0.5, "keyResults", "both", "nope"),
	fc.constantFrom([], ["company"], [1], [{ at: 0.5, expected: 0.5 }], [{ at: 2, expected: 0 }]),
	fc.constantFrom({ days: 2 }, { months: 1 }, { weeks: 1 }, { days: -1 }, {}),
);
const policyArb = fc.oneof(
	{
		weight: 10,
		arbitrary: fc.record(
			{
				progress: fc.record({ floor: policyLeaf, cap: policyLeaf }, { requiredKeys: [] }),
				grading: fc.record(
					{
						decimals: policyLeaf,
						bands: fc.record({ yellow: policyLeaf, green: policyLeaf }, { requiredKeys: [] }),
						aspirational: fc.record(
							{ partialFrom: policyLeaf, sweetSpotTo: policyLeaf },
							{ requiredKeys: [] },
						),
					},
					{ requiredKeys: [] },
				),
				pace: fc.record(
					{ onTrackGap: policyLeaf, atRiskGap: policyLeaf, phases: policyLeaf },
					{ requiredKeys: [] },
				),
				kpi: fc.record(
					{
						thresholds: fc.record(
							{ mode: policyLeaf, green: policyLeaf, yellow: policyLeaf },
							{ requiredKeys: [] },
						),
						staleAfter: fc.record({ weekly: policyLeaf }, { requiredKeys: [] }),
						confirmations: policyLeaf,
					},
					{ requiredKeys: [] },
				),
				rollup: fc.record({ source: policyLeaf, rootLevels: policyLeaf }, { requiredKeys: [] }),
				lint: fc.record(
					{ minKeyResults: policyLeaf, maxKeyResults: policyLeaf },
					{ requiredKeys: [] },
				),
				health: fc.record(
					{ kpisOnTime: fc.record({ min: policyLeaf, max: policyLeaf }, { requiredKeys: [] }) },
					{ requiredKeys: [] },
				),
			},
			{ requiredKeys: [] },
		),
	},
	{
		weight: 1,
		arbitrary: fc
			.constantFrom(
				'{"__proto__": {"x": 1}}',
				'{"progress": {"__proto__": {"cap": 2}}}',
				'{"constructor": {"prototype": {"x": 1}}}',
				'{"pace": {"phases": [{"at": 0.5, "expected": 0.5, "__proto__": {}}]}}',
			)
			.map((json) => JSON.parse(json) as unknown),
	},
	{ weight: 1, arbitrary: fc.anything() },
	{ weight: 1, arbitrary: fc.jsonValue() },
);

const everyKind = {
	withBigInt: true,
	withBoxedValues: true,
	withDate: true,
	withMap: true,
	withNullPrototype: true,
	withObjectString: true,
	withSet: true,
	withSparseArray: true,
	withTypedArray: true,
	withUnicodeString: true,
};

describe("safeParse never throws", () => {
	it.each([
		["safeParseObjective", safeParseObjective],
		["safeParseKeyResult", safeParseKeyResult],
		["safeParseKpi", safeParseKpi],
	] as const)("%s returns a result for anything, with okr-kit issues", (_, safeParse) => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.anything(everyKind)), (input) => {
				expectWellFormed(safeParse(deepFreeze(input)));
			}),
			RUNS,
		);
	});

	it("for near-valid objectives, key results and KPIs too, without mutating them", () => {
		fc.assert(
			fc.property(objectiveArb, keyResultArb, kpiArb, (objective, keyResult, kpi) => {
				expectWellFormed(safeParseObjective(deepFreeze(objective)));
				expectWellFormed(safeParseKeyResult(deepFreeze(keyResult)));
				expectWellFormed(safeParseKpi(deepFreeze(kpi)));
			}),
			RUNS,
		);
	});

	it("anything placed in any field of a valid objective is reported, not thrown", () => {
		const base = {
			id: "o",
			title: "t",
			cycle: { start: "2025-07-01", end: "2025-09-30" },
			keyResults: [{ id: "k", title: "k", kind: "metric", start: 0, target: 1, checkIns: [] }],
		};
		const paths = [
			["id"],
			["cycle", "start"],
			["keyResults", 0, "start"],
			["keyResults", 0, "checkIns"],
			["keyResults", 0],
			["cycle"],
		] as const;
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.anything(everyKind), (path, value) => {
				const input = structuredClone(base) as Record<string | number, unknown>;
				let node = input;
				for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
				node[path[path.length - 1] as string | number] = value;
				expectWellFormed(safeParseObjective(input));
			}),
			RUNS,
		);
	});
});

/** Whether any object inside `value` (itself included) is frozen. */
function anyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
	if (typeof value !== "object" || value === null || seen.has(value)) return false;
	seen.add(value);
	if (ArrayBuffer.isView(value)) return false;
	if (Object.isFrozen(value)) return true;
	return Reflect.ownKeys(value).some((key) =>
		anyFrozen((value as Record<PropertyKey, unknown>)[key], seen),
	);
}

describe("parsing leaves the caller's input alone", () => {
	it("neither changes nor freezes anything inside the input, whether it parses or not", () => {
		fc.assert(
			fc.property(
				fc.oneof(objectiveArb, keyResultArb, kpiArb, policyArb, fc.anything(everyKind)),
				(input) => {
					fc.pre(!anyFrozen(input));
					const before = structuredClone(input);
					safeParseObjective(input);
					safeParseKeyResult(input);
					safeParseKpi(input);
					ScoringPolicySchema.safeParse(input);
					expect(anyFrozen(input)).toBe(false);
					expect(input).toEqual(before);
				},
			),
			RUNS,
		);
	});
});

describe("parse and the zod-free readers agree", () => {
	it("readKeyResult accepts exactly what parseKeyResult accepts", () => {
		fc.assert(
			fc.property(keyResultArb, (input) => {
				expect(safeParseKeyResult(input).success).toBe(accepts(readKeyResult, input));
			}),
			{ numRuns: 1000 },
		);
	});

	it("readObjective accepts exactly what parseObjective accepts", () => {
		fc.assert(
			fc.property(objectiveArb, (input) => {
				expect(safeParseObjective(input).success).toBe(accepts(readObjective, input));
			}),
			{ numRuns: 1000 },
		);
	});

	it("readKpi accepts what parseKpi accepts (parse also requires an origin's promotedAt)", () => {
		fc.assert(
			fc.property(kpiArb, (input) => {
				const parsed = safeParseKpi(input).success;
				if (parsed) expect(accepts(readKpi, input)).toBe(true);
				const origin = typeof input === "object" && input !== null && "origin" in input;
				if (!origin) expect(parsed).toBe(accepts(readKpi, input));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("parsing is idempotent", () => {
	it("a parsed value parses to itself, and readers accept it", () => {
		fc.assert(
			fc.property(objectiveArb, keyResultArb, kpiArb, (objective, keyResult, kpi) => {
				const o = safeParseObjective(objective);
				if (o.success) {
					expect(parseObjective(o.data)).toEqual(o.data);
					expect(accepts(readObjective, o.data)).toBe(true);
				}
				const kr = safeParseKeyResult(keyResult);
				if (kr.success) expect(parseKeyResult(kr.data)).toEqual(kr.data);
				const k = safeParseKpi(kpi);
				if (k.success) {
					expect(parseKpi(k.data)).toEqual(k.data);
					expect(accepts(readKpi, k.data)).toBe(true);
				}
			}),
			RUNS,
		);
	});
});

describe("definePolicy and ScoringPolicySchema agree", () => {
	it("accept and reject the same partial policies, with the same result or issues", () => {
		fc.assert(
			fc.property(policyArb, (partial) => {
				const frozen = deepFreeze(partial);
				const schema = ScoringPolicySchema.safeParse(frozen);
				let defined: unknown;
				let issues: readonly unknown[] = [];
				try {
					defined = definePolicy(frozen as Parameters<typeof definePolicy>[0]);
				} catch (error) {
					expect(error).toBeInstanceOf(OkrValidationError);
					issues = (error as OkrValidationError).issues.map((i) => [i.code, i.path]);
				}
				expect(schema.success).toBe(defined !== undefined);
				if (schema.success) {
					expect(schema.data).toEqual(defined);
				} else {
					expect(
						schema.error.issues.map((i) => [
							i.code === "custom" ? (i.params as { okrCode: string }).okrCode : i.code,
							i.path,
						]),
					).toEqual(issues);
				}
				expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
			}),
			{ numRuns: 1000 },
		);
	});
});
