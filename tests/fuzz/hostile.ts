/**
 * Hostile input for the fuzz suite: what a third-party goal tool may pass on from its users.
 *
 * Most values are plausible (so calls get past the first check and reach the arithmetic), mixed
 * with the hostile ones the issue lists: NaN, ±Infinity, -0, tiny and huge magnitudes,
 * numeric-looking strings, wrong types, unknown kinds and enum values, impossible dates, reversed
 * cycles, parent links with loops, duplicate ids, negative and zero weights, prototype-named ids
 * and keys. Values are structured-cloneable (no functions or symbols) so that the harness can
 * compare a call on a deep-frozen input with a call on a fresh copy.
 */
import fc from "fast-check";

/** Pick from `plausible` four times out of five, else from `hostile`. */
export function mostly<T, U>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) {
	return fc.oneof(
		{ arbitrary: plausible, weight: 4 },
		{ arbitrary: hostile, weight: 1 },
	) as fc.Arbitrary<T | U>;
}

/** JS numbers a caller may send that are finite but extreme, or not finite at all. */
export const EXTREME_NUMBERS: readonly number[] = [
	Number.NaN,
	Number.POSITIVE_INFINITY,
	Number.NEGATIVE_INFINITY,
	-0,
	1e-300,
	-1e-300,
	1e300,
	-1e300,
	5e-324,
	2 ** 60,
	-(2 ** 60),
	Number.MAX_VALUE,
	-Number.MAX_VALUE,
	Number.MAX_SAFE_INTEGER,
	0.1,
	0.30000000000000004,
];

/** Strings that look like numbers, some accepted (plain decimal literals), most not. */
export const NUMERIC_LOOKING: readonly string[] = [
	" 5 ",
	"1e5",
	"0x10",
	"1_000",
	"12abc",
	"",
	"Infinity",
	"-Infinity",
	"NaN",
	"-0",
	"+3",
	".5",
	"5.",
	"-0.5",
	"0.1",
	"1e400",
	"1e-400",
	"1e401",
	"-1e-401",
	"15000000.37",
	"1,5",
	"１２",
	"1e",
	".",
	"-",
	`1${"0".repeat(500)}`,
];

/** Values of the wrong type wherever a number, string, date, object or array is expected. */
export const WRONG_TYPES: readonly unknown[] = [
	null,
	undefined,
	{},
	[],
	[1],
	true,
	false,
	{ value: 5 },
	new Date(0),
];

/** Any hostile value for a number field. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(...EXTREME_NUMBERS),
	fc.constantFrom(...NUMERIC_LOOKING),
	fc.constantFrom(...WRONG_TYPES),
	fc.double(),
);

/** A plausible number: small integers, decimals and decimal strings. */
export const plausibleNumber: fc.Arbitrary<number | string> = fc.oneof(
	fc.integer({ min: -5, max: 120 }),
	fc.integer({ min: -1000, max: 1000 }).map((n) => n / 100),
	fc
		.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
		.map(([m, k]) => (k === 0 ? String(m) : `${m}e-${k}`)),
	fc.constantFrom("0.1", "0.2", "0.3", "15000000.37", "-0.5", "1e2"),
);

/** A number field: mostly plausible, sometimes hostile. */
export const numberField: fc.Arbitrary<unknown> = mostly(plausibleNumber, hostileNumber);

/** A weight: mostly 0..3, with negatives, zero and hostile values. */
export const weightField: fc.Arbitrary<unknown> = mostly(
	fc.constantFrom(0, 1, 1, 2, 3, "0.5", 0.25),
	fc.oneof(fc.constantFrom(-1, -0, "-0.5", -1e-300), hostileNumber),
);

/** Calendar days that do not exist or are not written as `YYYY-MM-DD`. */
export const IMPOSSIBLE_DATES: readonly unknown[] = [
	"2025-02-29",
	"2025-13-01",
	"2025-00-10",
	"2025-04-31",
	"2025-01-32",
	"2025-1-1",
	"2025-07-01T00:00:00",
	"2025-07-01T24:00:00Z",
	"2025-07-01T10:00:00+24:00",
	"2025-07-01T10:00:00.Z",
	"9999-12-31T23:00:00-05:00",
	"20250701",
	"",
	" 2025-07-01",
	"+02025-07-01",
	new Date(Number.NaN),
	new Date(8.64e15),
	new Date(-8.64e15),
	20250701,
	null,
	{},
	[],
];

/**
 * A plausible calendar date in 2024–2026 as a string, sometimes as an instant: a `Date` or a
 * timestamp with an offset, at any time of day.
 */
export const plausibleDate: fc.Arbitrary<string | Date> = fc
	.tuple(fc.integer({ min: 0, max: 3 * 366 }), fc.integer({ min: 0, max: 86_399_999 }))
	.chain(([offset, ms]) => {
		const date = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);
		const instant = new Date(date.getTime() + ms);
		// The same instant written at UTC+05:30.
		const shifted = new Date(instant.getTime() + 330 * 60_000).toISOString().slice(0, 23);
		return fc.constantFrom<string | Date>(
			date.toISOString().slice(0, 10),
			date.toISOString().slice(0, 10),
			date,
			instant,
			instant.toISOString(),
			`${shifted}+05:30`,
		);
	});

/** A time zone option: mostly real zones far apart, sometimes one that does not exist. */
export const timeZoneArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
	"UTC",
	"Europe/Berlin",
	"Pacific/Kiritimati",
	"America/Los_Angeles",
	"Mars/Olympus",
	"",
	5,
);

/** A date field: mostly plausible, sometimes impossible or of the wrong type. */
export const dateField: fc.Arbitrary<unknown> = mostly(
	plausibleDate,
	fc.oneof(
		fc.constantFrom(...IMPOSSIBLE_DATES),
		fc.constantFrom("0001-01-01", "9999-12-31", "2024-02-29", "1970-01-01"),
	),
);

/** Ids of the objectives of {@link soundCascadeOf}: distinct, prototype names included. */
export const CASCADE_IDS = [
	"o0",
	"__proto__",
	"o2",
	"constructor",
	"o4",
	"toString",
	"o6",
] as const;

/** Ids from a small pool (so duplicates and links happen), prototype names included. */
export const ID_POOL = ["a", "b", "c", "d", "__proto__", "constructor", "toString"] as const;

export const idField: fc.Arbitrary<unknown> = mostly(
	fc.constantFrom(...ID_POOL),
	fc.constantFrom("", null, 5, {}, [], undefined, "hasOwnProperty"),
);

/** A free-text field (titles, owners, levels, units). */
export const textField: fc.Arbitrary<unknown> = mostly(
	fc.constantFrom("Grow", "team", "company", "individual", "alice", "bob", "%", "Ünïcødé ✓", ""),
	fc.constantFrom(null, 5, {}, [], true),
);

/** An enum field: one of `values`, or an unknown value, a different case, or a wrong type. */
export function enumField<T extends string>(values: readonly T[]): fc.Arbitrary<unknown> {
	return mostly(
		fc.constantFrom(...values),
		fc.constantFrom(
			"unknown",
			"",
			values[0]?.toUpperCase() ?? "X",
			"__proto__",
			"toString",
			null,
			5,
			{},
			[],
		),
	);
}

/** Any hostile value, for any field: numbers, numeric-looking strings, dates, wrong types. */
export const anyHostile: fc.Arbitrary<unknown> = fc.oneof(
	hostileNumber,
	fc.constantFrom(...IMPOSSIBLE_DATES),
	fc.constantFrom("unknown", "__proto__", "constructor", "", "Metric", -1, -0, 0),
);

/**
 * Makes some values of `arb` hostile: with weight `rate` (out of 10), one or two of the object's
 * keys (or a missing optional one from `keys`) get a hostile value, or a key is deleted; otherwise
 * the value stays plausible. One bad field at a time reaches deep code; many would stop at the first.
 */
export function sprinkle(
	arb: fc.Arbitrary<Record<string, unknown>>,
	keys: readonly string[],
	rate = 3,
): fc.Arbitrary<unknown> {
	if (rate <= 0) return arb;
	const spoil = fc.array(fc.tuple(fc.nat(), anyHostile, fc.boolean()), {
		minLength: 1,
		maxLength: 2,
	});
	const wrongType = { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 };
	return fc.oneof(
		{ arbitrary: arb as fc.Arbitrary<unknown>, weight: 10 * (10 - rate) },
		{
			arbitrary: fc.tuple(arb, spoil).map(([value, changes]) => {
				const out: Record<string, unknown> = { ...value };
				const names = [...new Set([...Object.keys(out), ...keys])];
				for (const [n, bad, remove] of changes) {
					const key = names[n % names.length] as string;
					if (remove && n % 3 === 0) delete out[key];
					else out[key] = bad;
				}
				return out;
			}),
			weight: 9 * rate,
		},
		wrongType,
	);
}

/** Optional fields: each key present or absent. */
function record(model: Record<string, fc.Arbitrary<unknown>>, required: readonly string[]) {
	return fc.record(model, { requiredKeys: required as string[] }) as fc.Arbitrary<
		Record<string, unknown>
	>;
}

/** A plausible calendar date string in 2024–2026 (sometimes a `Date`). */
const date = plausibleDate;
const num = plausibleNumber;
const weight = fc.constantFrom<unknown>(0, 1, 1, 1, 2, 3, "0.5", 0.25);
const text = fc.constantFrom(
	"Grow",
	"team",
	"company",
	"individual",
	"alice",
	"bob",
	"%",
	"Ünïcødé ✓",
);
const id = fc.constantFrom(...ID_POOL);

/** A check-in or measurement, hostile at `rate` out of 10. */
export function readingOf(rate: number): fc.Arbitrary<unknown> {
	return sprinkle(
		record(
			{
				at: date,
				value: num,
				confidence: fc.constantFrom(0.5, 1, "0.8", 3, 7, 10, "7.5", 10.5, -1),
			},
			["at", "value"],
		),
		["confidence"],
		rate,
	);
}

export const readingArb: fc.Arbitrary<unknown> = readingOf(1);

/** An array of `item` (sometimes not an array, sometimes with holes). */
export function listOf(
	item: fc.Arbitrary<unknown>,
	maxLength: number,
	rate = 1,
): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ arbitrary: fc.array(item, { maxLength }), weight: 20 - rate },
		{
			arbitrary: fc.oneof(
				fc.constantFrom<unknown>(null, {}, "[]", 5),
				fc.sparseArray(item, { maxLength: 3 }),
			),
			weight: rate,
		},
	);
}

/** Like {@link listOf}, but a plausible list has at least one item. */
export function nonEmptyListOf(
	item: fc.Arbitrary<unknown>,
	maxLength: number,
): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ arbitrary: fc.array(item, { minLength: 1, maxLength }), weight: 18 },
		{ arbitrary: listOf(item, maxLength), weight: 2 },
	);
}

/** A closing grade `{ score, note?, at? }`, hostile at `rate` out of 10. */
export function closingOf(rate: number): fc.Arbitrary<unknown> {
	return sprinkle(record({ score: num, note: text, at: date }, ["score"]), ["note", "at"], rate);
}

function baseOf(nested: number) {
	return {
		id,
		title: text,
		weight,
		owner: text,
		unit: text,
		checkIns: listOf(readingOf(nested), 5, nested),
		// Rare: a closed key result's progress is its grade, whatever the rest says.
		closing: fc.oneof(
			{ arbitrary: fc.constant(undefined), weight: 6 },
			{ arbitrary: closingOf(nested), weight: 1 },
		),
	};
}
const base = baseOf(1);
const BASE_KEYS = ["weight", "owner", "unit", "checkIns", "closing"];

function itemOf(rate: number): fc.Arbitrary<unknown> {
	return sprinkle(
		record({ title: text, done: fc.boolean(), weight }, ["title", "done"]),
		["weight"],
		rate,
	);
}

const scoring = fc.constantFrom("latest", "checkIns");

const isPlain = (x: unknown): boolean => typeof x === "number" || typeof x === "string";

/** Puts `low` and `high` in order when both are numbers (a reversed range is one hostile case). */
function ordered(r: Record<string, unknown>): Record<string, unknown> {
	const { low, high } = r;
	return isPlain(low) && isPlain(high) && Number(low) > Number(high)
		? { ...r, low: high, high: low }
		: r;
}

/** A key result of any kind, with a hostile field (or two) at `rate` out of 10. */
export function keyResultOf(rate: number, nested = 1): fc.Arbitrary<unknown> {
	const base = baseOf(nested);
	const itemArb = itemOf(nested);
	return fc.oneof(
		sprinkle(
			record({ ...base, kind: fc.constant("metric"), start: num, target: num, current: num }, [
				"id",
				"title",
				"kind",
				"start",
				"target",
			]),
			[...BASE_KEYS, "current"],
			rate,
		),
		sprinkle(
			record(
				{
					...base,
					kind: fc.constant("threshold"),
					direction: fc.constantFrom("atLeast", "atMost"),
					threshold: num,
					current: num,
					scoring,
				},
				["id", "title", "kind", "direction", "threshold"],
			),
			[...BASE_KEYS, "current", "scoring"],
			rate,
		),
		sprinkle(
			record({ ...base, kind: fc.constant("range"), low: num, high: num, current: num, scoring }, [
				"id",
				"title",
				"kind",
				"low",
				"high",
			]).map(ordered),
			[...BASE_KEYS, "current", "scoring"],
			rate,
		),
		sprinkle(
			record({ ...base, kind: fc.constant("milestone"), done: fc.boolean() }, [
				"id",
				"title",
				"kind",
				"done",
			]),
			BASE_KEYS,
			rate,
		),
		sprinkle(
			record({ ...base, kind: fc.constant("checklist"), items: nonEmptyListOf(itemArb, 4) }, [
				"id",
				"title",
				"kind",
				"items",
			]),
			BASE_KEYS,
			rate,
		),
	);
}

/** A metric key result with a history of at least two check-ins (for forecasts). */
export const metricWithHistoryArb: fc.Arbitrary<unknown> = sprinkle(
	record(
		{
			...base,
			kind: fc.constant("metric"),
			start: num,
			target: num,
			checkIns: fc.array(readingArb, { minLength: 2, maxLength: 6 }),
		},
		["id", "title", "kind", "start", "target", "checkIns"],
	),
	BASE_KEYS,
	2,
);

/** A key result on its own: hostile three times in ten. */
export const keyResultArb: fc.Arbitrary<unknown> = keyResultOf(3);

const plausibleCycles = [
	{ start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
	{ start: "2025-01-01", end: "2025-12-31" },
	{ start: "2024-01-01", end: "2024-03-31" },
	{ start: "2025-08-15", end: "2025-08-15" },
];

/** A plausible cycle. */
export const plausibleCycle = fc.constantFrom(...plausibleCycles);

/** A cycle: mostly plausible, sometimes reversed, impossible or of the wrong type. */
export const cycleArb: fc.Arbitrary<unknown> = fc.oneof(
	{ arbitrary: fc.constantFrom(...plausibleCycles), weight: 6 },
	{
		arbitrary: sprinkle(
			record({ start: date, end: date, label: text }, ["start", "end"]),
			["label"],
			3,
		),
		weight: 3,
	},
	{
		arbitrary: fc.constantFrom<unknown>(
			{ start: "2025-09-30", end: "2025-07-01" },
			{ start: "2025-02-29", end: "2025-03-31" },
			{ start: new Date(Number.NaN), end: "2025-03-31" },
			"2025-Q3",
			null,
			{},
		),
		weight: 1,
	},
);

/** An objective with links from the id pool (so loops, unknown parents and duplicates happen). */
export function objectiveOf(rate: number, krRate: number, nested = 1): fc.Arbitrary<unknown> {
	return sprinkle(
		record(
			{
				id,
				title: text,
				type: fc.constantFrom("aspirational", "committed"),
				keyResults:
					nested > 0
						? nonEmptyListOf(keyResultOf(krRate), 4)
						: fc.array(keyResultOf(0, 0), { maxLength: 3 }),
				cycle: nested > 0 ? cycleArb : plausibleCycle,
				owner: text,
				level: text,
				parentId: fc.oneof(id, fc.constantFrom(null, "missing")),
				contribution: weight,
				kpiIds: listOf(id, 3, nested),
			},
			["id", "title", "keyResults"],
		),
		["type", "keyResults", "cycle", "owner", "level", "parentId", "contribution", "kpiIds"],
		rate,
	);
}

/** One objective: hostile three times in ten, its key results once in ten. */
export const objectiveArb: fc.Arbitrary<unknown> = objectiveOf(3, 1);

/**
 * An array of objectives: mostly clean objectives (the structure is what is hostile: loops,
 * duplicates, unknown parents, zero and negative contributions come from the id pool and weights),
 * sometimes with a hostile field deep inside, not an array, or with holes.
 */
export const objectivesArb: fc.Arbitrary<unknown> = fc.oneof(
	{ arbitrary: soundCascadeOf(), weight: 3 },
	{ arbitrary: fc.array(objectiveOf(0, 0, 0), { maxLength: 6 }), weight: 2 },
	{ arbitrary: listOf(objectiveOf(1, 1), 6), weight: 1 },
);

/**
 * A sound cascade (a forest: distinct ids, each parent listed earlier), so roll-ups get past the
 * structure checks and reach the scores; objectives may still lack key results and children.
 */
export function soundCascadeOf(): fc.Arbitrary<unknown> {
	return fc
		.array(
			fc.tuple(
				objectiveOf(0, 0, 0),
				fc.nat(),
				fc.boolean(),
				fc.array(keyResultOf(0, 0), { minLength: 1, maxLength: 3 }),
			),
			{ minLength: 1, maxLength: CASCADE_IDS.length },
		)
		.map((items) =>
			items.map(([o, parent, root, keyResults], i) => {
				const objective = { ...(o as Record<string, unknown>) };
				objective["id"] = CASCADE_IDS[i];
				if (root || i === 0) delete objective["parentId"];
				else objective["parentId"] = CASCADE_IDS[parent % i];
				const given = objective["keyResults"];
				const own = Array.isArray(given) && given.length > 0 ? given : keyResults;
				objective["keyResults"] =
					parent % 11 === 10
						? []
						: (own as Record<string, unknown>[]).map((kr, k) => ({
								...kr,
								id: `${CASCADE_IDS[i]}-kr${k}`,
							}));
				return objective;
			}),
		);
}

const thresholdsArb: fc.Arbitrary<unknown> = sprinkle(
	fc
		.tuple(
			fc.constantFrom("absolute", "relative"),
			fc.constantFrom<number | string>(0, 0.05, "0.1", 1, 5),
			fc.constantFrom<number | string>(0, 0.1, "0.25", 2, 10),
		)
		.map(([mode, green, yellow]) => ({ mode, green, yellow: Number(yellow) + Number(green) })),
	[],
	2,
);

/** A KPI, hostile at `rate` out of 10. */
export function kpiOf(rate: number): fc.Arbitrary<unknown> {
	return sprinkle(
		record(
			{
				id,
				name: text,
				unit: text,
				direction: fc.constantFrom("higherIsBetter", "lowerIsBetter", "onTarget"),
				target: num,
				thresholds: thresholdsArb,
				cadence: fc.constantFrom("daily", "weekly", "monthly", "quarterly"),
				measurements: listOf(readingArb, 5),
				owner: text,
			},
			["id", "name", "direction", "target"],
		),
		["unit", "thresholds", "cadence", "measurements", "owner"],
		rate,
	);
}

export const kpiArb: fc.Arbitrary<unknown> = kpiOf(3);
export const kpisArb: fc.Arbitrary<unknown> = listOf(kpiOf(1), 4);

/** Partial policies: plausible changes, hostile numbers, wrong shapes, prototype keys. */
export const policyArb: fc.Arbitrary<unknown> = mostly(
	fc.constantFrom<unknown>(
		{ progress: { cap: 1.2 } },
		{ progress: { cap: null } },
		{ progress: { floor: -1, cap: null } },
		{ progress: { floor: "-0.5", cap: "1.5" } },
		{ grading: { decimals: 2 } },
		{ pace: { phases: [{ at: 0.5, expected: 0.2 }] } },
		{ pace: { onTrackGap: 0.05, atRiskGap: 0.5 } },
		{ kpi: { thresholds: { mode: "absolute", green: 1, yellow: 5 } } },
		{ kpi: { staleAfter: { weekly: { days: 14 } } } },
		{ rollup: { source: "both" } },
		{ rollup: { source: "children", rootLevels: ["company", "team"] } },
		{ lint: { maxKeyResults: 3, minKeyResults: 1 } },
	),
	fc.oneof(
		fc.record({ progress: record({ floor: hostileNumber, cap: hostileNumber }, []) }),
		fc.record({
			grading: record(
				{ decimals: hostileNumber, bands: fc.constantFrom(null, {}, { yellow: 0.9, green: 0.1 }) },
				[],
			),
		}),
		fc.record({
			rollup: record(
				{
					source: enumField(["keyResults", "children", "both"]),
					rootLevels: fc.constantFrom(null, "company", [5]),
				},
				[],
			),
		}),
		fc.record({
			pace: record(
				{
					phases: fc.constantFrom(
						null,
						[{ at: 2, expected: 0 }],
						[{ at: 0.5 }],
						[
							{ at: 0.6, expected: 0.5 },
							{ at: 0.4, expected: 0.2 },
						],
					),
				},
				[],
			),
		}),
		fc.constantFrom<unknown>(
			null,
			5,
			"strict",
			[],
			{ progres: { cap: 1 } },
			JSON.parse('{"__proto__": {"polluted": 1}}'),
			JSON.parse('{"progress": {"__proto__": {"cap": 2}}}'),
			{ constructor: { prototype: { polluted: 1 } } },
		),
	),
);

/** Options of the shape `{ policy? }` plus extra keys a function may read. */
export function optionsArb(
	extra: Record<string, fc.Arbitrary<unknown>> = {},
): fc.Arbitrary<unknown> {
	return fc.oneof(
		{ arbitrary: fc.constant(undefined), weight: 10 },
		{ arbitrary: record({ policy: policyArb, timeZone: timeZoneArb, ...extra }, []), weight: 6 },
		{ arbitrary: fc.constantFrom<unknown>(null, 5, "options", []), weight: 1 },
	);
}
