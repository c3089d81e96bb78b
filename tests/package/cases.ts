/**
 * Conformance cases run against the *built, packed* package from an ESM and a CJS consumer.
 *
 * Each case names the export it needs (`fn`); it runs against every entry point whose build exports
 * that name, in both module formats, and is skipped while no entry exports it. To cover a new
 * function, add cases here: arguments are JSON data (see {@link special} for dates, NaN, …).
 *
 * Expected values are the documented examples and rules (README, docs/), nothing implementation-specific.
 */

/** Where the value to check comes from: a property path into the result (`"*"` maps an array). */
export type Pick = readonly (string | number)[];

/** What a thrown or returned error must look like. */
export interface ErrorExpectation {
	/** `OkrError.code`. */
	readonly code: string;
	/** Issue codes (and paths when given) that must be among `issues`. */
	readonly issues?: readonly {
		readonly code: string;
		readonly path?: readonly (string | number)[];
	}[];
}

/** Every property present is checked. */
export interface Expectation {
	/** Deep equality with the (serialized) value; `-0`, NaN, Maps and errors are told apart. */
	readonly equals?: unknown;
	/** The value contains this: objects by their listed keys, arrays element-wise and same length. */
	readonly matches?: unknown;
	/** An array holding (deep-equal) each of these. */
	readonly includes?: readonly unknown[];
	/** A string matching each regular expression (source, flag `s`). */
	readonly patterns?: readonly string[];
	/** A string containing none of these substrings. */
	readonly excludes?: readonly string[];
	/** The call throws this error. */
	readonly throws?: ErrorExpectation;
	/** The value (after `pick`) is an error of this shape, returned rather than thrown. */
	readonly error?: ErrorExpectation;
	/** Returns normally, or throws an `OkrError` (any code): never a TypeError or a wrong type. */
	readonly valueOrOkrError?: true;
}

export interface ConformanceCase {
	/** Test title: the behaviour, in words. */
	readonly title: string;
	/** The export the case needs. */
	readonly fn: string;
	/** Arguments of the call. Omitted: the export's value itself (e.g. `defaultPolicy`). */
	readonly args?: readonly unknown[];
	/**
	 * Instead of one call: the body of `function (m, args, h) { … }`, `m` being the entry's module
	 * and `h` helpers (`h.deepFreeze`). For sequences such as `createRollUp(...).update(...)`.
	 */
	readonly script?: string;
	readonly pick?: Pick;
	readonly expect: Expectation;
}

/** JSON stand-ins for values JSON cannot carry; the consumer turns them back into the real thing. */
export const special = {
	date: (iso: string) => ({ $date: iso }),
	nan: { $nan: true },
	infinity: { $inf: 1 },
	negativeZero: { $negzero: true },
	undefined: { $undefined: true },
} as const;

// ---------------------------------------------------------------------------------------------
// Builders for the data the cases share

const metric = (fields: Record<string, unknown>) => ({
	id: "kr",
	title: "A metric",
	kind: "metric",
	...fields,
});

const q3 = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };

const objective = (fields: Record<string, unknown>) => ({
	id: "o",
	title: "An objective",
	...fields,
});

const kpi = (fields: Record<string, unknown>) => ({
	id: "k",
	name: "A KPI",
	direction: "higherIsBetter",
	target: 100,
	measurements: [],
	...fields,
});

const invalidInput = (...issues: { code: string; path?: (string | number)[] }[]) => ({
	throws: { code: "INVALID_INPUT", issues },
});

/** A small cascade: company `c` scored from its children `t1` (0.5, contribution 1), `t2` (1, 3). */
const cascade = [
	objective({ id: "c", title: "Company", level: "company", keyResults: [] }),
	objective({
		id: "t1",
		title: "Team one",
		level: "team",
		parentId: "c",
		kpiIds: ["k1"],
		keyResults: [metric({ id: "t1-kr", start: 0, target: 10, current: 5 })],
	}),
	objective({
		id: "t2",
		title: "Team two",
		level: "team",
		parentId: "c",
		contribution: 3,
		keyResults: [metric({ id: "t2-kr", start: 0, target: 10, current: 10 })],
	}),
];

// ---------------------------------------------------------------------------------------------

export const conformanceCases: readonly ConformanceCase[] = [
	// Progress
	{
		title: 'keyResultProgress: start "0.1", target "0.3", current "0.2" is exactly 0.5',
		fn: "keyResultProgress",
		args: [metric({ start: "0.1", target: "0.3", current: "0.2" })],
		expect: { equals: 0.5 },
	},
	{
		title: "keyResultProgress: numbers 0.1 → 0.3 at 0.2 are exactly 0.5 too",
		fn: "keyResultProgress",
		args: [metric({ start: 0.1, target: 0.3, current: 0.2 })],
		expect: { equals: 0.5 },
	},
	{
		title: "keyResultProgress: a decrease uses the same formula (240 → 30 at 135 is 0.5)",
		fn: "keyResultProgress",
		args: [metric({ start: 240, target: 30, current: 135 })],
		expect: { equals: 0.5 },
	},
	{
		title: "keyResultProgress: the latest check-in by date is the current value",
		fn: "keyResultProgress",
		args: [
			metric({
				start: 0,
				target: 10,
				checkIns: [
					{ at: "2025-08-01", value: 8 },
					{ at: "2025-07-01", value: 2 },
				],
			}),
		],
		expect: { equals: 0.8 },
	},
	{
		title: "keyResultProgress: no current value and no check-ins is start (0), never -0",
		fn: "keyResultProgress",
		args: [metric({ start: -5, target: -10 })],
		expect: { equals: 0 },
	},
	{
		title: "keyResultProgress: clamped to [0, 1] by default",
		fn: "keyResultProgress",
		args: [metric({ start: 0, target: 100, current: 150 })],
		expect: { equals: 1 },
	},
	{
		title: "keyResultProgress: policy cap 1.2 allows 120%",
		fn: "keyResultProgress",
		args: [metric({ start: 0, target: 100, current: 150 }), { policy: { progress: { cap: 1.2 } } }],
		expect: { equals: 1.2 },
	},
	{
		title: "keyResultProgress: policy cap null removes the cap",
		fn: "keyResultProgress",
		args: [
			metric({ start: 0, target: 100, current: 150 }),
			{ policy: { progress: { cap: null } } },
		],
		expect: { equals: 1.5 },
	},
	{
		title: "keyResultProgress: threshold atLeast is inclusive",
		fn: "keyResultProgress",
		args: [
			{
				id: "up",
				title: "Uptime",
				kind: "threshold",
				direction: "atLeast",
				threshold: "99.9",
				current: "99.9",
			},
		],
		expect: { equals: 1 },
	},
	{
		title: "keyResultProgress: threshold atMost not held is 0",
		fn: "keyResultProgress",
		args: [
			{
				id: "lat",
				title: "Latency",
				kind: "threshold",
				direction: "atMost",
				threshold: 200,
				current: 201,
			},
		],
		expect: { equals: 0 },
	},
	{
		title: "keyResultProgress: threshold scored by check-ins is the share that held",
		fn: "keyResultProgress",
		args: [
			{
				id: "lat",
				title: "Latency",
				kind: "threshold",
				direction: "atMost",
				threshold: 200,
				scoring: "checkIns",
				checkIns: [
					{ at: "2025-07-01", value: 180 },
					{ at: "2025-07-08", value: 220 },
					{ at: "2025-07-15", value: 200 },
					{ at: "2025-07-22", value: 250 },
				],
			},
		],
		expect: { equals: 0.5 },
	},
	{
		title: "keyResultProgress: range is inclusive at both ends",
		fn: "keyResultProgress",
		args: [{ id: "r", title: "Range", kind: "range", low: 1, high: 3, current: 3 }],
		expect: { equals: 1 },
	},
	{
		title: "keyResultProgress: range without a current value is 0",
		fn: "keyResultProgress",
		args: [{ id: "r", title: "Range", kind: "range", low: 1, high: 3 }],
		expect: { equals: 0 },
	},
	{
		title: "keyResultProgress: milestone done is 1",
		fn: "keyResultProgress",
		args: [{ id: "m", title: "Launch", kind: "milestone", done: true }],
		expect: { equals: 1 },
	},
	{
		title: "keyResultProgress: checklist is the weighted share of items done",
		fn: "keyResultProgress",
		args: [
			{
				id: "c",
				title: "Checklist",
				kind: "checklist",
				items: [
					{ title: "a", done: true },
					{ title: "b", done: false },
					{ title: "c", done: true, weight: 2 },
				],
			},
		],
		expect: { equals: 0.75 },
	},
	{
		title: "keyResultProgress: checklist weights summing to 0 throw ZERO_TOTAL_WEIGHT",
		fn: "keyResultProgress",
		args: [
			{
				id: "c",
				title: "Checklist",
				kind: "checklist",
				items: [{ title: "a", done: true, weight: 0 }],
			},
		],
		expect: { throws: { code: "ZERO_TOTAL_WEIGHT" } },
	},
	{
		title: "keyResultProgress: start equal to target is START_EQUALS_TARGET",
		fn: "keyResultProgress",
		args: [metric({ start: 5, target: "5.0" })],
		expect: invalidInput({ code: "START_EQUALS_TARGET" }),
	},
	{
		title: "keyResultProgress: NaN is rejected, naming the path",
		fn: "keyResultProgress",
		args: [metric({ start: 0, target: 10, current: special.nan })],
		expect: invalidInput({ code: "INVALID_NUMBER", path: ["current"] }),
	},
	{
		title: "keyResultProgress: Infinity is rejected, naming the path",
		fn: "keyResultProgress",
		args: [metric({ start: 0, target: special.infinity })],
		expect: invalidInput({ code: "INVALID_NUMBER", path: ["target"] }),
	},
	{
		title: "keyResultProgress: an empty string is not a number",
		fn: "keyResultProgress",
		args: [metric({ start: "", target: 10 })],
		expect: invalidInput({ code: "INVALID_NUMBER", path: ["start"] }),
	},
	{
		title: "keyResultProgress: a non-object is an OkrValidationError, not a TypeError",
		fn: "keyResultProgress",
		args: [null],
		expect: { throws: { code: "INVALID_INPUT" } },
	},
	{
		title: "keyResultProgress: a JSON policy with __proto__ pollutes nothing",
		fn: "keyResultProgress",
		args: [
			metric({ start: 0, target: 10, current: 5 }),
			{ policy: JSON.parse('{"__proto__": {"polluted": 1}, "progress": {"cap": 1}}') },
		],
		expect: { valueOrOkrError: true },
	},
	{
		title: 'keyResultProgress: ids "__proto__" and "constructor" are ordinary ids',
		fn: "keyResultProgress",
		args: [metric({ id: "__proto__", title: "constructor", start: 0, target: 4, current: 1 })],
		expect: { equals: 0.25 },
	},
	{
		title: "objectiveProgress: the weighted mean of its key results",
		fn: "objectiveProgress",
		args: [
			objective({
				keyResults: [
					metric({ id: "traffic", start: 100_000, target: 250_000, current: 175_000 }),
					metric({ id: "nps", start: 6, target: 8, current: 7.3 }),
				],
			}),
		],
		expect: { equals: 0.575 },
	},
	{
		title: "objectiveProgress: weights count",
		fn: "objectiveProgress",
		args: [
			objective({
				keyResults: [
					metric({ id: "a", start: 0, target: 1, current: 1, weight: 3 }),
					{ id: "b", title: "b", kind: "milestone", done: false },
				],
			}),
		],
		expect: { equals: 0.75 },
	},
	{
		title: "objectiveProgress: no key results throws NO_KEY_RESULTS",
		fn: "objectiveProgress",
		args: [objective({ keyResults: [] })],
		expect: { throws: { code: "NO_KEY_RESULTS" } },
	},
	{
		title: "objectiveProgress: weights summing to 0 throw ZERO_TOTAL_WEIGHT",
		fn: "objectiveProgress",
		args: [objective({ keyResults: [metric({ start: 0, target: 1, current: 1, weight: 0 })] })],
		expect: { throws: { code: "ZERO_TOTAL_WEIGHT" } },
	},
	{
		title: "progressAt: the latest check-in on or before the date, ignoring current",
		fn: "progressAt",
		args: [
			metric({
				start: 6,
				target: 8,
				current: 8,
				checkIns: [
					{ at: "2025-07-15", value: 6.5 },
					{ at: "2025-08-15", value: 7 },
				],
			}),
			"2025-08-01",
		],
		expect: { equals: 0.25 },
	},
	{
		title: "progressAt: before the first check-in, as if there were none",
		fn: "progressAt",
		args: [
			metric({ start: 6, target: 8, checkIns: [{ at: "2025-07-15", value: 7 }] }),
			"2025-07-01",
		],
		expect: { equals: 0 },
	},
	{
		title: "progressAt: a Date is read as its UTC calendar date",
		fn: "progressAt",
		args: [
			metric({ start: 0, target: 10, checkIns: [{ at: "2025-08-15", value: 5 }] }),
			special.date("2025-08-15T23:30:00.000Z"),
		],
		expect: { equals: 0.5 },
	},

	// Grading
	{
		title: "grade: 0.65 rounds half-up to 0.7, green",
		fn: "grade",
		args: [0.65],
		expect: { equals: { grade: 0.7, color: "green" } },
	},
	{
		title: "grade: 0.35 is 0.4, yellow",
		fn: "grade",
		args: [0.35],
		expect: { equals: { grade: 0.4, color: "yellow" } },
	},
	{
		title: "grade: 0.34 is 0.3, red",
		fn: "grade",
		args: [0.34],
		expect: { equals: { grade: 0.3, color: "red" } },
	},
	{
		title: "grade: clamped to [0, 1]",
		fn: "grade",
		args: [1.5],
		expect: { equals: { grade: 1, color: "green" } },
	},
	{
		title: "grade: a negative score is 0, never -0",
		fn: "grade",
		args: [-0.2],
		expect: { equals: { grade: 0, color: "red" } },
	},
	{
		title: 'grade: accepts a decimal string ("0.65")',
		fn: "grade",
		args: ["0.65"],
		expect: { equals: { grade: 0.7, color: "green" } },
	},
	{
		title: "grade: NaN is INVALID_INPUT",
		fn: "grade",
		args: [special.nan],
		expect: { throws: { code: "INVALID_INPUT" } },
	},
	{
		title: "gradeObjective: aspirational 0.575 grades 0.6, the sweet spot, a success",
		fn: "gradeObjective",
		args: [
			objective({
				keyResults: [
					metric({ id: "traffic", start: 100_000, target: 250_000, current: 175_000 }),
					metric({ id: "nps", start: 6, target: 8, current: 7.3 }),
				],
			}),
		],
		expect: {
			matches: {
				score: 0.575,
				grade: 0.6,
				color: "yellow",
				type: "aspirational",
				outcome: "sweetSpot",
				success: true,
			},
		},
	},
	{
		title: "gradeObjective: aspirational 0.8 has exceeded",
		fn: "gradeObjective",
		args: [objective({ keyResults: [metric({ start: 0, target: 10, current: 8 })] })],
		expect: { matches: { grade: 0.8, outcome: "exceeded", success: true } },
	},
	{
		title: "gradeObjective: aspirational 0.3 missed",
		fn: "gradeObjective",
		args: [objective({ keyResults: [metric({ start: 0, target: 10, current: 3 })] })],
		expect: { matches: { grade: 0.3, color: "red", outcome: "missed", success: false } },
	},
	{
		title: "gradeObjective: committed succeeds only at a score of 1, unrounded",
		fn: "gradeObjective",
		args: [
			objective({
				type: "committed",
				keyResults: [metric({ start: 0, target: 1000, current: 999 })],
			}),
		],
		expect: {
			matches: { score: 0.999, grade: 1, type: "committed", outcome: "missed", success: false },
		},
	},
	{
		title: "gradeObjective: committed at 1 is met",
		fn: "gradeObjective",
		args: [
			objective({
				type: "committed",
				keyResults: [{ id: "m", title: "Ship", kind: "milestone", done: true }],
			}),
		],
		expect: { matches: { score: 1, outcome: "met", success: true } },
	},

	// Errors and the default policy
	{
		title: "OkrError: a computation's failure is an Error with a stable code",
		// Runs on every entry with the computation (an entry such as ./svg exports OkrError too).
		fn: "objectiveProgress",
		args: [objective({ keyResults: [] })],
		script:
			"try { m.objectiveProgress(args[0]); } catch (e) { return [e instanceof m.OkrError, e instanceof Error, e instanceof m.OkrValidationError, e.name, e.code]; }",
		expect: { equals: [true, true, false, "OkrError", "NO_KEY_RESULTS"] },
	},
	{
		title: "OkrValidationError: code INVALID_INPUT, issues with code, path and message",
		fn: "keyResultProgress",
		args: [metric({ start: 0, target: 10, current: "ten" })],
		script:
			"try { m.keyResultProgress(args[0]); } catch (e) { const i = e.issues[0]; return [e instanceof m.OkrValidationError, e instanceof m.OkrError, e.name, e.code, i.code, i.path, typeof i.message]; }",
		expect: {
			equals: [
				true,
				true,
				"OkrValidationError",
				"INVALID_INPUT",
				"INVALID_NUMBER",
				["current"],
				"string",
			],
		},
	},
	{
		title: "defaultPolicy: cannot be changed (deeply frozen: no global configuration)",
		fn: "defaultPolicy",
		script:
			"return [Object.isFrozen(m.defaultPolicy), Object.isFrozen(m.defaultPolicy.progress), Object.isFrozen(m.defaultPolicy.rollup.rootLevels)];",
		expect: { equals: [true, true, true] },
	},

	// Model
	{
		title: "defaultPolicy: progress is clamped to [0, 1] by default",
		fn: "defaultPolicy",
		pick: ["progress"],
		expect: { equals: { floor: 0, cap: 1 } },
	},
	{
		title: "defaultPolicy: pace gaps, expected finals and root levels as documented",
		fn: "defaultPolicy",
		expect: {
			matches: {
				pace: {
					expectedFinal: { committed: 1, aspirational: 0.7 },
					onTrackGap: 0.1,
					atRiskGap: 0.25,
				},
				kpi: { thresholds: { mode: "relative", green: 0, yellow: 0.1 } },
				rollup: { source: "keyResults", rootLevels: ["company"] },
			},
		},
	},
	{
		title: "defaultPolicy: is JSON-serializable plain data",
		fn: "defaultPolicy",
		script: "return JSON.parse(JSON.stringify(m.defaultPolicy)).progress;",
		expect: { equals: { floor: 0, cap: 1 } },
	},
	{
		title: "definePolicy: merges a partial policy over the defaults",
		fn: "definePolicy",
		args: [{ progress: { cap: 1.2 } }],
		pick: ["progress"],
		expect: { equals: { floor: 0, cap: 1.2 } },
	},
	{
		title: "definePolicy: a bad field is an OkrValidationError",
		fn: "definePolicy",
		args: [{ progress: { cap: "lots" } }],
		expect: { throws: { code: "INVALID_INPUT" } },
	},
	{
		title: "quarter: 2025 Q3",
		fn: "quarter",
		args: [2025, 3],
		expect: { equals: q3 },
	},
	{
		title: "year: 2024 is the calendar year",
		fn: "year",
		args: [2024],
		expect: { matches: { start: "2024-01-01", end: "2024-12-31" } },
	},
	{
		title: 'parseCycle: "2025-Q3"',
		fn: "parseCycle",
		args: ["2025-Q3"],
		expect: { matches: { start: "2025-07-01", end: "2025-09-30" } },
	},
	{
		title: 'parseCycle: "2025-H1" is January to June',
		fn: "parseCycle",
		args: ["2025-H1"],
		expect: { matches: { start: "2025-01-01", end: "2025-06-30" } },
	},
	{
		title: 'parseCycle: "2025-H2" is July to December',
		fn: "parseCycle",
		args: ["2025-H2"],
		expect: { matches: { start: "2025-07-01", end: "2025-12-31" } },
	},
	{
		title: 'parseCycle: "2025" is the year',
		fn: "parseCycle",
		args: ["2025"],
		expect: { matches: { start: "2025-01-01", end: "2025-12-31" } },
	},
	{
		title: 'parseCycle: "2025-Q5" is an OkrValidationError',
		fn: "parseCycle",
		args: ["2025-Q5"],
		expect: { throws: { code: "INVALID_INPUT" } },
	},
	{
		title: "parseObjective: fills the defaults",
		fn: "parseObjective",
		args: [{ id: "o", title: "T" }],
		expect: { matches: { id: "o", title: "T", type: "aspirational", keyResults: [] } },
	},
	{
		title: "parseKeyResult: start equal to target is START_EQUALS_TARGET",
		fn: "parseKeyResult",
		args: [metric({ start: 5, target: 5 })],
		expect: invalidInput({ code: "START_EQUALS_TARGET" }),
	},
	{
		title: "safeParseKeyResult: returns the error instead of throwing",
		fn: "safeParseKeyResult",
		args: [metric({ start: 5, target: 5 })],
		pick: ["error"],
		expect: { error: { code: "INVALID_INPUT", issues: [{ code: "START_EQUALS_TARGET" }] } },
	},
	{
		title: "safeParseKeyResult: success carries the data",
		fn: "safeParseKeyResult",
		args: [metric({ start: "0.1", target: "0.3" })],
		expect: { matches: { success: true, data: { id: "kr", kind: "metric" } } },
	},
	{
		title: "safeParseObjective: a missing title fails",
		fn: "safeParseObjective",
		args: [{ id: "o" }],
		pick: ["success"],
		expect: { equals: false },
	},
	{
		title: "parseKpi: relative thresholds on a zero target are RELATIVE_TO_ZERO_TARGET",
		fn: "parseKpi",
		args: [
			kpi({
				direction: "lowerIsBetter",
				target: 0,
				thresholds: { mode: "relative", green: 0, yellow: 0.1 },
			}),
		],
		expect: invalidInput({ code: "RELATIVE_TO_ZERO_TARGET" }),
	},
	{
		title: "safeParseKpi: a valid KPI succeeds",
		fn: "safeParseKpi",
		args: [kpi({})],
		pick: ["success"],
		expect: { equals: true },
	},
	{
		title: "jsonSchemas: objective, kpi, cycle and policy are object schemas",
		fn: "jsonSchemas",
		script:
			"const s = m.jsonSchemas; return ['objective', 'keyResult', 'kpi', 'cycle', 'policy'].map((k) => typeof s[k] === 'object' && s[k] !== null && JSON.parse(JSON.stringify(s[k])) !== null);",
		expect: { equals: [true, true, true, true, true] },
	},

	// Pace
	{
		title: 'expectedProgress: Q3 2025 as of "2025-08-15" is 46/92 = 0.5',
		fn: "expectedProgress",
		args: [q3, "2025-08-15"],
		expect: { equals: 0.5 },
	},
	{
		title: "expectedProgress: the first day counts as elapsed (1/92)",
		fn: "expectedProgress",
		args: [q3, "2025-07-01"],
		expect: { equals: 1 / 92 },
	},
	{
		title: "expectedProgress: before the cycle 0, after it 1",
		fn: "expectedProgress",
		script:
			"return [m.expectedProgress(args[0], '2025-06-30'), m.expectedProgress(args[0], '2025-10-01'), m.expectedProgress(args[0], '2025-09-30')];",
		args: [q3],
		expect: { equals: [0, 1, 1] },
	},
	{
		title: "expectedProgress: times options.final",
		fn: "expectedProgress",
		args: [q3, "2025-08-15", { final: 0.7 }],
		expect: { equals: 0.35 },
	},
	{
		title: "expectedProgress: a Date is read as its UTC calendar date",
		fn: "expectedProgress",
		args: [q3, special.date("2025-08-15T23:59:59.000Z")],
		expect: { equals: 0.5 },
	},
	{
		title: "paceStatus: aspirational expects 0.7 at the end; ahead is onTrack with a negative gap",
		fn: "paceStatus",
		args: [
			objective({ cycle: q3, keyResults: [metric({ start: 0, target: 10, current: 5 })] }),
			"2025-08-15",
		],
		expect: { equals: { status: "onTrack", progress: 0.5, expected: 0.35, gap: -0.15 } },
	},
	{
		title: "paceStatus: a gap of exactly 0.10 is still onTrack",
		fn: "paceStatus",
		args: [
			objective({
				type: "committed",
				cycle: q3,
				keyResults: [metric({ start: 0, target: 10, current: 4 })],
			}),
			"2025-08-15",
		],
		expect: { equals: { status: "onTrack", progress: 0.4, expected: 0.5, gap: 0.1 } },
	},
	{
		title: "paceStatus: a gap up to 0.25 is atRisk, beyond it offTrack",
		fn: "paceStatus",
		script:
			"const o = (c) => ({ id: 'o', title: 'T', type: 'committed', cycle: args[0], keyResults: [{ id: 'k', title: 'k', kind: 'metric', start: 0, target: 100, current: c }] }); return [m.paceStatus(o(25), '2025-08-15').status, m.paceStatus(o(24), '2025-08-15').status];",
		args: [q3],
		expect: { equals: ["atRisk", "offTrack"] },
	},
	{
		title: "paceStatus: options.cycle serves an objective without one",
		fn: "paceStatus",
		args: [
			objective({ keyResults: [metric({ start: 0, target: 10, current: 5 })] }),
			"2025-08-15",
			{ cycle: q3 },
		],
		expect: { matches: { expected: 0.35 } },
	},
	{
		title: "paceStatus: no cycle anywhere throws NO_CYCLE",
		fn: "paceStatus",
		args: [objective({ keyResults: [metric({ start: 0, target: 10, current: 5 })] }), "2025-08-15"],
		expect: { throws: { code: "NO_CYCLE" } },
	},
	{
		title: "forecast: a flat line forecasts its own value",
		fn: "forecast",
		args: [
			metric({
				start: 0,
				target: 100,
				checkIns: [
					{ at: "2025-07-10", value: 50 },
					{ at: "2025-07-20", value: 50 },
				],
			}),
			q3,
			"2025-08-01",
		],
		expect: { equals: { value: 50, progress: 0.5, grade: 0.5, color: "yellow" } },
	},
	{
		title: "forecast: the value is not clamped, the progress is",
		fn: "forecast",
		args: [
			metric({
				start: 0,
				target: 10,
				checkIns: [
					{ at: "2025-07-10", value: 20 },
					{ at: "2025-07-20", value: 20 },
				],
			}),
			q3,
			"2025-08-01",
		],
		expect: { equals: { value: 20, progress: 1, grade: 1, color: "green" } },
	},
	{
		title: "forecast: fewer than two check-ins on distinct dates is NOT_ENOUGH_CHECK_INS",
		fn: "forecast",
		args: [
			metric({
				start: 0,
				target: 100,
				checkIns: [
					{ at: "2025-07-10", value: 10 },
					{ at: "2025-07-10", value: 20 },
					{ at: "2025-08-10", value: 30 },
				],
			}),
			q3,
			"2025-08-01",
		],
		expect: { throws: { code: "NOT_ENOUGH_CHECK_INS" } },
	},
	{
		title: "forecast: not a metric is NOT_A_METRIC",
		fn: "forecast",
		args: [{ id: "m", title: "Launch", kind: "milestone", done: false }, q3, "2025-08-01"],
		expect: { throws: { code: "NOT_A_METRIC" } },
	},

	// KPI status
	{
		title: "kpiStatus: within 10% of the target is yellow",
		fn: "kpiStatus",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 95 }] })],
		expect: {
			equals: { status: "yellow", value: 95, at: "2025-01-01", shortfall: 5, stale: false },
		},
	},
	{
		title: "kpiStatus: exactly 10% short gets the better colour (yellow)",
		fn: "kpiStatus",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 90 }] })],
		expect: { matches: { status: "yellow", shortfall: 10 } },
	},
	{
		title: "kpiStatus: lowerIsBetter 2.2 against 2 is exactly 10% short: yellow",
		fn: "kpiStatus",
		args: [
			kpi({
				direction: "lowerIsBetter",
				target: 2,
				measurements: [{ at: "2025-01-01", value: 2.2 }],
			}),
		],
		expect: { matches: { status: "yellow", shortfall: 0.2 } },
	},
	{
		title: "kpiStatus: ahead of target is green with a negative shortfall",
		fn: "kpiStatus",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 120 }] })],
		expect: { matches: { status: "green", shortfall: -20 } },
	},
	{
		title: "kpiStatus: more than 10% short is red",
		fn: "kpiStatus",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 89 }] })],
		expect: { matches: { status: "red", shortfall: 11 } },
	},
	{
		title: "kpiStatus: onTarget measures the distance either way",
		fn: "kpiStatus",
		args: [
			kpi({ direction: "onTarget", target: 50, measurements: [{ at: "2025-01-01", value: 55 }] }),
		],
		expect: { matches: { status: "yellow", shortfall: 5 } },
	},
	{
		title: "kpiStatus: absolute thresholds are in the KPI's unit",
		fn: "kpiStatus",
		args: [
			kpi({
				thresholds: { mode: "absolute", green: 1, yellow: 5 },
				measurements: [{ at: "2025-01-01", value: 99 }],
			}),
		],
		expect: { matches: { status: "green", shortfall: 1 } },
	},
	{
		title: "kpiStatus: options.value wins, with at null",
		fn: "kpiStatus",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 10 }] }), { value: 100 }],
		expect: { equals: { status: "green", value: 100, at: null, shortfall: 0, stale: false } },
	},
	{
		title: "kpiStatus: the latest measurement on or before asOf",
		fn: "kpiStatus",
		args: [
			kpi({
				measurements: [
					{ at: "2025-01-01", value: 50 },
					{ at: "2025-02-01", value: 100 },
				],
			}),
			{ asOf: "2025-01-15" },
		],
		expect: { matches: { value: 50, at: "2025-01-01", status: "red" } },
	},
	{
		title: "kpiStatus: no value is unknown",
		fn: "kpiStatus",
		args: [kpi({})],
		expect: { equals: { status: "unknown", value: null, at: null, shortfall: null, stale: false } },
	},
	{
		title: "kpiStatus: a weekly KPI is stale after more than 7 days",
		fn: "kpiStatus",
		script:
			"return [m.kpiStatus(args[0], { asOf: '2025-01-08' }).stale, m.kpiStatus(args[0], { asOf: '2025-01-09' }).stale, m.kpiStatus(args[0], { asOf: '2025-01-09' }).status];",
		args: [kpi({ cadence: "weekly", measurements: [{ at: "2025-01-01", value: 100 }] })],
		expect: { equals: [false, true, "unknown"] },
	},
	{
		title: "kpiStatus: a monthly KPI is stale after more than a calendar month",
		fn: "kpiStatus",
		args: [
			kpi({ cadence: "monthly", measurements: [{ at: "2025-01-15", value: 100 }] }),
			{ asOf: "2025-03-01" },
		],
		expect: { matches: { status: "unknown", stale: true } },
	},
	{
		title: "kpiStatus: default thresholds on a zero target: green when met",
		fn: "kpiStatus",
		args: [
			kpi({
				direction: "lowerIsBetter",
				target: 0,
				measurements: [{ at: "2025-01-01", value: 0 }],
			}),
		],
		expect: { matches: { status: "green", shortfall: 0 } },
	},
	{
		title: "kpiStatus: default thresholds on a zero target: red when missed",
		fn: "kpiStatus",
		args: [
			kpi({
				direction: "lowerIsBetter",
				target: 0,
				measurements: [{ at: "2025-01-01", value: 1 }],
			}),
		],
		expect: { matches: { status: "red", shortfall: 1 } },
	},
	{
		title: "kpiStatus: relative thresholds written on a zero target are RELATIVE_TO_ZERO_TARGET",
		fn: "kpiStatus",
		args: [
			kpi({
				target: 0,
				thresholds: { mode: "relative", green: 0, yellow: 0.1 },
				measurements: [{ at: "2025-01-01", value: 1 }],
			}),
		],
		expect: invalidInput({ code: "RELATIVE_TO_ZERO_TARGET" }),
	},
	{
		title: "kpiTrend: higherIsBetter going up is improving (by date, not array order)",
		fn: "kpiTrend",
		args: [
			kpi({
				measurements: [
					{ at: "2025-02-01", value: 12 },
					{ at: "2025-01-01", value: 10 },
				],
			}),
		],
		expect: { equals: { direction: "up", improving: true } },
	},
	{
		title: "kpiTrend: lowerIsBetter going up is not improving",
		fn: "kpiTrend",
		args: [
			kpi({
				direction: "lowerIsBetter",
				measurements: [
					{ at: "2025-01-01", value: 10 },
					{ at: "2025-02-01", value: 12 },
				],
			}),
		],
		expect: { equals: { direction: "up", improving: false } },
	},
	{
		title: "kpiTrend: onTarget improves when the distance to the target shrinks",
		fn: "kpiTrend",
		args: [
			kpi({
				direction: "onTarget",
				target: 10,
				measurements: [
					{ at: "2025-01-01", value: 14 },
					{ at: "2025-02-01", value: 12 },
				],
			}),
		],
		expect: { equals: { direction: "down", improving: true } },
	},
	{
		title: "kpiTrend: flat is improving null",
		fn: "kpiTrend",
		args: [
			kpi({
				measurements: [
					{ at: "2025-01-01", value: "0.3" },
					{ at: "2025-02-01", value: 0.3 },
				],
			}),
		],
		expect: { equals: { direction: "flat", improving: null } },
	},
	{
		title: "kpiTrend: fewer than two measurements is improving null",
		fn: "kpiTrend",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 10 }] })],
		expect: { matches: { improving: null } },
	},

	// Cascades
	{
		title: "validateCascade: a sound cascade has no issues",
		fn: "validateCascade",
		args: [cascade],
		expect: { equals: [] },
	},
	{
		title: "validateCascade: duplicate objective ids",
		fn: "validateCascade",
		args: [[objective({ id: "a" }), objective({ id: "a" })]],
		pick: ["*", "code"],
		expect: { equals: ["DUPLICATE_ID"] },
	},
	{
		title: "validateCascade: duplicate key result ids across objectives",
		fn: "validateCascade",
		args: [
			[
				objective({ id: "a", keyResults: [metric({ id: "x", start: 0, target: 1 })] }),
				objective({ id: "b", keyResults: [metric({ id: "x", start: 0, target: 1 })] }),
			],
		],
		pick: ["*", "code"],
		expect: { equals: ["DUPLICATE_ID"] },
	},
	{
		title: "validateCascade: an unknown parent, path starting with its index",
		fn: "validateCascade",
		args: [[objective({ id: "a" }), objective({ id: "b", parentId: "zzz" })]],
		script: "return m.validateCascade(args[0]).map((i) => [i.code, i.path[0]]);",
		expect: { equals: [["UNKNOWN_PARENT", 1]] },
	},
	{
		title: "validateCascade: a loop is reported once, with its ids",
		fn: "validateCascade",
		args: [[objective({ id: "a", parentId: "b" }), objective({ id: "b", parentId: "a" })]],
		script:
			"const issues = m.validateCascade(args[0]); return issues.map((i) => [i.code, [...i.ids].sort()]);",
		expect: { equals: [["ALIGNMENT_CYCLE", ["a", "b"]]] },
	},
	{
		title: "validateCascade: a negative contribution",
		fn: "validateCascade",
		args: [[objective({ id: "a" }), objective({ id: "b", parentId: "a", contribution: -1 })]],
		pick: ["*", "code"],
		expect: { equals: ["NEGATIVE_CONTRIBUTION"] },
	},
	{
		title: "validateCascade: ids such as __proto__ and toString are ordinary",
		fn: "validateCascade",
		args: [
			[
				objective({ id: "__proto__" }),
				objective({ id: "toString", parentId: "__proto__" }),
				objective({ id: "constructor", parentId: "toString" }),
			],
		],
		expect: { equals: [] },
	},
	{
		title: "rollUp: a parent without key results takes its children's weighted mean",
		fn: "rollUp",
		args: [cascade],
		script:
			"const s = m.rollUp(args[0]); return ['c', 't1', 't2'].map((id) => [s.get(id).score, s.get(id).grade, s.get(id).color]);",
		expect: {
			equals: [
				[0.875, 0.9, "green"],
				[0.5, 0.5, "yellow"],
				[1, 1, "green"],
			],
		},
	},
	{
		title: 'rollUp: source "both" pools children with the key results',
		fn: "rollUp",
		args: [
			[
				{
					...cascade[0],
					keyResults: [{ id: "c-kr", title: "c", kind: "milestone", done: false }],
				},
				cascade[1],
				cascade[2],
			],
			{ policy: { rollup: { source: "both" } } },
		],
		pick: ["c", "score"],
		expect: { equals: 0.7 },
	},
	{
		title: 'rollUp: source "children" ignores a parent\'s own key results',
		fn: "rollUp",
		args: [
			[
				{
					...cascade[0],
					keyResults: [{ id: "c-kr", title: "c", kind: "milestone", done: false }],
				},
				cascade[1],
				cascade[2],
			],
			{ policy: { rollup: { source: "children" } } },
		],
		pick: ["c", "score"],
		expect: { equals: 0.875 },
	},
	{
		title: "rollUp: an unsound cascade throws OkrValidationError",
		fn: "rollUp",
		args: [[objective({ id: "a", keyResults: [] }), objective({ id: "a", keyResults: [] })]],
		expect: invalidInput({ code: "DUPLICATE_ID" }),
	},
	{
		title: "rollUp: neither key results nor children is NO_KEY_RESULTS",
		fn: "rollUp",
		args: [[objective({ id: "a", keyResults: [] })]],
		expect: { throws: { code: "NO_KEY_RESULTS" } },
	},
	{
		title: "createRollUp: update re-scores the path to the root, the old value unchanged",
		fn: "createRollUp",
		args: [cascade],
		script:
			"const a = m.createRollUp(args[0]); const b = a.update('t1-kr', { current: 10 }); return [a.scores.get('c').score, b.scores.get('c').score, b.scores.get('t1').score];",
		expect: { equals: [0.875, 1, 1] },
	},
	{
		title: "createRollUp: update of an unknown key result is UNKNOWN_KEY_RESULT",
		fn: "createRollUp",
		args: [cascade],
		script: "return m.createRollUp(args[0]).update('nope', { current: 1 });",
		expect: { throws: { code: "UNKNOWN_KEY_RESULT" } },
	},
	{
		title: "explain: one term per item; shares and points add up to the score",
		fn: "explain",
		args: [cascade, "c"],
		script:
			"const e = m.explain(args[0], args[1]); return [e.id, e.score, e.terms.map((t) => [t.id, t.kind, t.progress, t.weight, t.share, t.points]).sort()];",
		expect: {
			equals: [
				"c",
				0.875,
				[
					["t1", "objective", 0.5, 1, 0.25, 0.125],
					["t2", "objective", 1, 3, 0.75, 0.75],
				],
			],
		},
	},
	{
		title: "explain: an unknown id is UNKNOWN_OBJECTIVE",
		fn: "explain",
		args: [cascade, "nope"],
		expect: { throws: { code: "UNKNOWN_OBJECTIVE" } },
	},
	{
		title: "alignmentReport: orphans and unlinked KPIs",
		fn: "alignmentReport",
		args: [
			[...cascade, objective({ id: "o", level: "team" })],
			[kpi({ id: "k1" }), kpi({ id: "k2" })],
		],
		expect: { matches: { orphans: ["o"], unlinkedKpis: ["k2"] } },
	},
	{
		title: "alignmentReport: no objectives is fully connected",
		fn: "alignmentReport",
		args: [[]],
		expect: {
			equals: { orphans: [], unlinkedKpis: [], objectivesWithoutKpis: [], connectedShare: 1 },
		},
	},

	// OKR ⇄ KPI
	{
		title: "okrFromKpi: uptime 50 → 99 drafts one metric key result",
		fn: "okrFromKpi",
		args: [
			kpi({
				id: "uptime",
				name: "Uptime",
				unit: "%",
				target: 99,
				measurements: [{ at: "2025-06-01", value: 50 }],
			}),
			{ title: "Make the service dependable" },
		],
		expect: {
			matches: {
				id: "uptime-okr",
				title: "Make the service dependable",
				type: "aspirational",
				kpiIds: ["uptime"],
				keyResults: [{ id: "uptime-kr", kind: "metric", start: 50, target: 99 }],
			},
		},
	},
	{
		title: "okrFromKpi: copied values keep the type they came in with",
		fn: "okrFromKpi",
		args: [
			kpi({ id: "uptime", target: "99.9", measurements: [{ at: "2025-06-01", value: "50.5" }] }),
			{ title: "T" },
		],
		pick: ["keyResults", 0],
		expect: { matches: { start: "50.5", target: "99.9" } },
	},
	{
		title: "okrFromKpi: no measurement is NO_MEASUREMENT",
		fn: "okrFromKpi",
		args: [kpi({}), { title: "T" }],
		expect: { throws: { code: "NO_MEASUREMENT" } },
	},
	{
		title: "okrFromKpi: a KPI already on target is KPI_ON_TARGET",
		fn: "okrFromKpi",
		args: [kpi({ measurements: [{ at: "2025-06-01", value: 100 }] }), { title: "T" }],
		expect: { throws: { code: "KPI_ON_TARGET" } },
	},
	{
		title: "okrFromKpi: options.target equal to the latest value is START_EQUALS_TARGET",
		fn: "okrFromKpi",
		args: [kpi({ measurements: [{ at: "2025-06-01", value: 80 }] }), { title: "T", target: 80 }],
		expect: { throws: { code: "START_EQUALS_TARGET" } },
	},
	{
		title: "promoteToKpi: an achieved metric increase guards its target, higherIsBetter",
		fn: "promoteToKpi",
		args: [
			objective({
				keyResults: [
					metric({
						id: "kr1",
						title: "Uptime to 99.9%",
						start: 99,
						target: 99.9,
						current: 99.95,
						unit: "%",
						owner: "ops",
						checkIns: [{ at: "2025-08-01", value: 99.95 }],
					}),
				],
			}),
			"kr1",
			{ asOf: "2025-10-01" },
		],
		expect: {
			matches: {
				id: "kr1",
				name: "Uptime to 99.9%",
				unit: "%",
				owner: "ops",
				direction: "higherIsBetter",
				target: 99.9,
				measurements: [{ at: "2025-08-01", value: 99.95 }],
				origin: { objectiveId: "o", keyResultId: "kr1", promotedAt: "2025-10-01" },
			},
		},
	},
	{
		title:
			'promoteToKpi: baseline "achieved" guards the achieved value; promotedAt null without asOf',
		fn: "promoteToKpi",
		args: [
			objective({
				keyResults: [metric({ id: "kr1", start: 500, target: 200, current: 150 })],
			}),
			"kr1",
			{ baseline: "achieved" },
		],
		expect: {
			matches: {
				direction: "lowerIsBetter",
				target: 150,
				origin: { objectiveId: "o", keyResultId: "kr1", promotedAt: null },
			},
		},
	},
	{
		title: "promoteToKpi: a range guards its midpoint, onTarget, half-width and width",
		fn: "promoteToKpi",
		args: [
			objective({
				keyResults: [{ id: "r", title: "Range", kind: "range", low: 10, high: 20, current: 15 }],
			}),
			"r",
		],
		expect: {
			matches: {
				direction: "onTarget",
				target: 15,
				thresholds: { mode: "absolute", green: 5, yellow: 10 },
			},
		},
	},
	{
		title: "promoteToKpi: an unknown key result is UNKNOWN_KEY_RESULT",
		fn: "promoteToKpi",
		args: [objective({ keyResults: [] }), "nope"],
		expect: { throws: { code: "UNKNOWN_KEY_RESULT" } },
	},
	{
		title: "promoteToKpi: a milestone is NOT_PROMOTABLE (before KEY_RESULT_NOT_ACHIEVED)",
		fn: "promoteToKpi",
		args: [
			objective({ keyResults: [{ id: "m", title: "m", kind: "milestone", done: false }] }),
			"m",
		],
		expect: { throws: { code: "NOT_PROMOTABLE" } },
	},
	{
		title: "promoteToKpi: not achieved is KEY_RESULT_NOT_ACHIEVED",
		fn: "promoteToKpi",
		args: [
			objective({ keyResults: [metric({ id: "kr1", start: 0, target: 10, current: 9 })] }),
			"kr1",
		],
		expect: { throws: { code: "KEY_RESULT_NOT_ACHIEVED" } },
	},

	// Health
	{
		title: "lint: a lone milestone objective without owner or cycle",
		fn: "lint",
		args: [[objective({ keyResults: [{ id: "m", title: "m", kind: "milestone", done: false }] })]],
		pick: ["*", "code"],
		expect: { includes: ["KEY_RESULT_COUNT", "TODO_LIST_OBJECTIVE", "NOT_TIME_BOUND", "NO_OWNER"] },
	},
	{
		title: "lint: a target moving under 5% from its start is a KPI in disguise",
		fn: "lint",
		args: [[objective({ keyResults: [metric({ start: 100, target: 104 })] })]],
		pick: ["*", "code"],
		expect: { includes: ["KPI_IN_DISGUISE"] },
	},
	{
		title: "lint: a KPI no objective lists is unlinked",
		fn: "lint",
		args: [[], [kpi({ id: "lonely" })]],
		pick: ["*", "code"],
		expect: { includes: ["UNLINKED_KPI"] },
	},
	{
		title: "lint: findings have a severity of error, warning or info",
		fn: "lint",
		args: [[objective({ keyResults: [{ id: "m", title: "m", kind: "milestone", done: false }] })]],
		script:
			"return [...new Set(m.lint(args[0]).map((f) => ['error', 'warning', 'info'].includes(f.severity)))];",
		expect: { equals: [true] },
	},
	{
		title: "programHealth: aims as documented; nothing to measure is null",
		fn: "programHealth",
		args: [[], [], "2025-08-15"],
		expect: {
			matches: {
				achievementRate: { value: null, aim: { min: 0.6, max: 0.7 }, met: null },
				checkInCompliance: { aim: { min: 0.75 } },
				kpisOnTime: { value: null, aim: { min: 0.9 }, met: null },
				connectedShare: { aim: { min: 0.9 } },
			},
		},
	},

	// Pictures
	{
		title: "progressBarSvg: one <svg> with role img, a title and a description",
		fn: "progressBarSvg",
		args: [{ score: 0.5 }],
		expect: {
			patterns: ['^\\s*<svg[^>]*role="img"', "<title[^>]*>", "<desc[^>]*>", "</svg>\\s*$"],
		},
	},
	{
		title: "kpiBulletSvg: user strings are escaped",
		fn: "kpiBulletSvg",
		args: [
			kpi({
				name: '<script>alert("x")</script> & co',
				measurements: [{ at: "2025-01-01", value: 90 }],
			}),
		],
		expect: { patterns: ["^\\s*<svg", "&lt;script&gt;"], excludes: ["<script>"] },
	},
	{
		title: "sparklineSvg: the same input gives the same bytes",
		fn: "sparklineSvg",
		args: [
			kpi({
				measurements: [
					{ at: "2025-01-01", value: 1 },
					{ at: "2025-02-01", value: 3 },
				],
			}),
		],
		script: "return m.sparklineSvg(args[0]) === m.sparklineSvg(args[0]);",
		expect: { equals: true },
	},
	{
		title: "cascadeTreeSvg: one <svg> with role img",
		fn: "cascadeTreeSvg",
		args: [cascade],
		expect: { patterns: ['^\\s*<svg[^>]*role="img"', "</svg>\\s*$"] },
	},
	{
		title: "okr-kit/svg: a picture's failures are the package's OkrError and OkrValidationError",
		fn: "cascadeTreeSvg",
		args: [[objective({ keyResults: [] })]],
		script:
			"const codes = []; for (const call of [() => m.cascadeTreeSvg(args[0]), () => m.progressBarSvg({ score: 'x' })]) { try { call(); } catch (e) { codes.push([e instanceof m.OkrError, e instanceof m.OkrValidationError, e.code, e.issues?.[0]?.code ?? null]); } } return codes;",
		expect: {
			equals: [
				[true, false, "NO_KEY_RESULTS", null],
				[true, true, "INVALID_INPUT", "INVALID_NUMBER"],
			],
		},
	},
	{
		title: "progressBarSvg: the description states the numbers in words",
		fn: "progressBarSvg",
		args: [{ score: 0.65, expected: 0.5 }],
		expect: {
			patterns: ["<desc[^>]*>Score 0\\.65, grade 0\\.7, green; expected 0\\.5 by now\\."],
		},
	},
	{
		title: "cascadeTreeSvg: scores through rollUp (the company takes its teams' weighted mean)",
		fn: "cascadeTreeSvg",
		args: [cascade],
		expect: { patterns: ["Company: score 0\\.875, grade 0\\.9, green, from its children\\."] },
	},
	{
		title: "cascadeTreeSvg: an unsound cascade is refused as rollUp refuses it",
		fn: "cascadeTreeSvg",
		args: [[objective({ id: "a", parentId: "missing", keyResults: [] })]],
		expect: invalidInput({ code: "UNKNOWN_PARENT", path: [0, "parentId"] }),
	},
	{
		title: "kpiBulletSvg: a colour that could leave its attribute is INVALID_COLOR",
		fn: "kpiBulletSvg",
		args: [kpi({}), { colors: { red: 'red" onload="alert(1)' } }],
		expect: invalidInput({ code: "INVALID_COLOR", path: ["options", "colors", "red"] }),
	},
	{
		title: "sparklineSvg: one <svg> with role img, a title and a description",
		fn: "sparklineSvg",
		args: [kpi({ measurements: [{ at: "2025-01-01", value: 90 }] })],
		expect: {
			patterns: [
				'^\\s*<svg[^>]*role="img"',
				"<title[^>]*>A KPI</title>",
				"<desc[^>]*>",
				"</svg>\\s*$",
			],
		},
	},

	// Purity: nothing the caller passed is mutated (deep-frozen inputs, compared before and after)
	...(
		[
			[
				"keyResultProgress",
				[
					metric({
						start: 0,
						target: 10,
						checkIns: [
							{ at: "2025-07-02", value: 4 },
							{ at: "2025-07-01", value: 2 },
						],
					}),
				],
			],
			["objectiveProgress", [cascade[1]]],
			["gradeObjective", [cascade[2]]],
			["paceStatus", [{ ...cascade[1], cycle: q3 }, "2025-08-15"]],
			[
				"kpiStatus",
				[
					kpi({
						measurements: [
							{ at: "2025-02-01", value: 90 },
							{ at: "2025-01-01", value: 80 },
						],
					}),
				],
			],
			["rollUp", [cascade]],
			["explain", [cascade, "c"]],
			["okrFromKpi", [kpi({ measurements: [{ at: "2025-01-01", value: 80 }] }), { title: "T" }]],
			[
				"promoteToKpi",
				[
					objective({ keyResults: [metric({ id: "kr1", start: 0, target: 10, current: 10 })] }),
					"kr1",
				],
			],
			["lint", [cascade, [kpi({ id: "k1" })]]],
			["progressBarSvg", [{ score: "0.65", expected: 0.5 }, { colors: { green: "#0A0" } }]],
			["kpiBulletSvg", [kpi({ measurements: [{ at: "2025-01-01", value: 90 }] })]],
			["sparklineSvg", [kpi({ measurements: [{ at: "2025-01-01", value: 90 }] })]],
			["cascadeTreeSvg", [cascade]],
		] as const
	).map(
		([fn, args]): ConformanceCase => ({
			title: `${fn}: does not mutate its (deep-frozen) input`,
			fn,
			args,
			script: `const before = JSON.stringify(args); h.deepFreeze(args); m.${fn}(...args); return JSON.stringify(args) === before;`,
			expect: { equals: true },
		}),
	),
];

/**
 * Functions `okr-kit/score` exports (progress, grading, pace, KPI status, roll-up), plus
 * the errors and the default policy that come with them: each one the root exports must be there.
 */
export const scoreEntryNames: readonly string[] = [
	"keyResultProgress",
	"objectiveProgress",
	"progressAt",
	"grade",
	"gradeObjective",
	"expectedProgress",
	"paceStatus",
	"forecast",
	"kpiStatus",
	"kpiTrend",
	"rollUp",
	"createRollUp",
	"OkrError",
	"OkrValidationError",
	"defaultPolicy",
];

/** Every runtime name the package root promises (README, docs/api). */
export const specRootNames: readonly string[] = [
	"OkrError",
	"OkrValidationError",
	"defaultPolicy",
	"definePolicy",
	"quarter",
	"year",
	"parseCycle",
	"parseObjective",
	"parseKeyResult",
	"parseKpi",
	"safeParseObjective",
	"safeParseKeyResult",
	"safeParseKpi",
	"jsonSchemas",
	"keyResultProgress",
	"objectiveProgress",
	"progressAt",
	"grade",
	"gradeObjective",
	"expectedProgress",
	"paceStatus",
	"forecast",
	"kpiStatus",
	"kpiTrend",
	"validateCascade",
	"rollUp",
	"createRollUp",
	"explain",
	"alignmentReport",
	"okrFromKpi",
	"promoteToKpi",
	"lint",
	"programHealth",
];
