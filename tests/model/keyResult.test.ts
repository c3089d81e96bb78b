import { describe, expect, it } from "vitest";
import {
	ChecklistKeyResultSchema,
	KeyResultSchema,
	MetricKeyResultSchema,
	OkrValidationError,
	parseKeyResult,
	safeParseKeyResult,
} from "../../src/index.js";
import {
	churnKr,
	deepFreeze,
	errorOf,
	issuesOf,
	launchKr,
	npsKr,
	onboardingKr,
	responseTimeKr,
	revenueKr,
	wordedIssuesOf,
} from "./fixtures.js";

const KINDS = '"metric", "threshold", "range", "milestone", "checklist"';

const metric = { id: "kr", title: "Grow", kind: "metric", start: 0, target: 10 } as const;
const milestone = { id: "kr", title: "Launch", kind: "milestone", done: true } as const;

describe("parseKeyResult: defaults and normalisation", () => {
	it("keeps a milestone's and a checklist item's doneAt as given", () => {
		expect(
			parseKeyResult({
				id: "m",
				title: "Launch",
				kind: "milestone",
				done: true,
				doneAt: "2025-08-20T23:30:00Z",
			}),
		).toMatchObject({ doneAt: "2025-08-20T23:30:00Z" });
		const parsed = parseKeyResult({
			id: "c",
			title: "Hire",
			kind: "checklist",
			items: [
				{ title: "a", done: true, doneAt: "2025-07-10" },
				{ title: "b", done: false },
			],
		});
		expect(parsed.kind === "checklist" && parsed.items).toEqual([
			{ title: "a", done: true, weight: 1, doneAt: "2025-07-10" },
			{ title: "b", done: false, weight: 1 },
		]);
		expect(
			safeParseKeyResult({ id: "m", title: "M", kind: "milestone", done: true, doneAt: "later" })
				.success,
		).toBe(false);
	});

	it("fills weight 1 and checkIns [] and keeps numbers as written", () => {
		expect(parseKeyResult(responseTimeKr)).toEqual({
			...responseTimeKr,
			weight: 1,
			checkIns: [],
		});
	});

	it("keeps decimal strings as strings and numbers as numbers, check-ins included", () => {
		const parsed = parseKeyResult(revenueKr);
		expect(parsed).toEqual({ ...revenueKr, weight: 1 });
		if (parsed.kind !== "metric") throw new Error("expected a metric");
		expect(parsed.start).toBe("5000000");
		expect(parsed.checkIns[0]?.value).toBe("6200000.50");
		expect(parsed.checkIns[1]?.value).toBe(8400000);
	});

	it('fills scoring "latest" for threshold and range key results', () => {
		expect(parseKeyResult(npsKr)).toEqual({ ...npsKr, scoring: "latest", weight: 1, checkIns: [] });
		const { scoring: _, ...churnWithoutScoring } = churnKr;
		expect(parseKeyResult(churnWithoutScoring)).toMatchObject({ scoring: "latest" });
		expect(parseKeyResult(churnKr)).toMatchObject({ scoring: "checkIns" });
	});

	it("keeps a milestone's weight as written", () => {
		expect(parseKeyResult(launchKr)).toEqual({ ...launchKr, checkIns: [] });
	});

	it("fills each checklist item's weight with 1", () => {
		expect(parseKeyResult(onboardingKr)).toEqual({
			...onboardingKr,
			weight: 1,
			checkIns: [],
			items: [
				{ title: "Research", done: true, weight: 1 },
				{ title: "Design", done: true, weight: 1 },
				{ title: "Build", done: false, weight: "2" },
			],
		});
	});

	it("keeps check-in dates as given: a Date (copied), a timestamp, a day", () => {
		const at = [new Date("2025-07-01T23:30:00Z"), "2025-07-02T00:30:00+02:00", "2024-02-29"];
		const parsed = parseKeyResult({ ...metric, checkIns: at.map((a, i) => ({ at: a, value: i })) });
		expect(parsed.checkIns.map((c) => c.at)).toEqual(at);
		expect(parsed.checkIns[0]?.at).not.toBe(at[0]);
	});

	it("keeps unknown fields, on the key result and inside it", () => {
		const parsed = parseKeyResult({
			...milestone,
			color: "blue",
			checkIns: [{ at: "2025-07-01", value: 1, note: "kick-off" }],
		});
		expect(parsed).toEqual({
			...milestone,
			color: "blue",
			weight: 1,
			checkIns: [{ at: "2025-07-01", value: 1, note: "kick-off" }],
		});
	});

	it("refuses unknown fields with strict: true, each an UNKNOWN_KEY at its path", () => {
		const result = safeParseKeyResult(
			{ ...milestone, color: "blue", checkIns: [{ at: "2025-07-01", value: 1, valeu: 2 }] },
			{ strict: true },
		);
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(result.error.issues.map((i) => [i.code, i.path, i.message])).toEqual([
			["UNKNOWN_KEY", ["checkIns", 0, "valeu"], 'Unknown field "valeu" (did you mean "value"?)'],
			["UNKNOWN_KEY", ["color"], 'Unknown field "color"'],
		]);
	});

	it("returns a new, frozen value", () => {
		const input = { ...onboardingKr, checkIns: [{ at: "2025-07-01", value: 1 }] };
		const parsed = parseKeyResult(input);
		expect(parsed).not.toBe(input);
		expect(Object.isFrozen(parsed)).toBe(true);
		expect(Object.isFrozen(parsed.checkIns)).toBe(true);
		expect(Object.isFrozen(parsed.checkIns[0])).toBe(true);
		if (parsed.kind !== "checklist") throw new Error("expected a checklist");
		expect(Object.isFrozen(parsed.items)).toBe(true);
		expect(Object.isFrozen(parsed.items[0])).toBe(true);
	});

	it("leaves the caller's objects unfrozen when the parse fails", () => {
		const checkIns = { 0: { at: "2025-07-01", value: 1 } };
		const items = [{ title: "a", done: true, weight: -1 }];
		const cycleLike = [1, 2];
		expect(safeParseKeyResult({ ...metric, checkIns }).success).toBe(false);
		expect(safeParseKeyResult({ ...onboardingKr, items }).success).toBe(false);
		expect(safeParseKeyResult({ ...metric, checkIns: [cycleLike] }).success).toBe(false);
		expect(Object.isFrozen(checkIns)).toBe(false);
		expect(Object.isFrozen(items)).toBe(false);
		expect(Object.isFrozen(items[0])).toBe(false);
		expect(Object.isFrozen(cycleLike)).toBe(false);
	});

	it("does not mutate its input", () => {
		const input = deepFreeze({
			...revenueKr,
			checkIns: [{ at: new Date("2025-07-01T12:00:00Z"), value: "1" }],
			extra: { nested: [1, 2] },
		});
		const before = JSON.stringify(input);
		expect(() => parseKeyResult(input)).not.toThrow();
		expect(JSON.stringify(input)).toBe(before);
		expect(input.checkIns[0]?.at).toBeInstanceOf(Date);
	});

	it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "0", " x "])(
		"accepts the id %j like any other",
		(id) => {
			const parsed = parseKeyResult({ ...milestone, id });
			expect(parsed.id).toBe(id);
			expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
		},
	);

	it("keeps a title as written, spaces around it included", () => {
		expect(parseKeyResult({ ...milestone, title: " Launch v2 " }).title).toBe(" Launch v2 ");
	});

	it("the kind schemas parse their own kind", () => {
		expect(MetricKeyResultSchema.parse(metric)).toEqual({ ...metric, weight: 1, checkIns: [] });
		expect(ChecklistKeyResultSchema.safeParse(metric).success).toBe(false);
		expect(KeyResultSchema.parse(milestone).kind).toBe("milestone");
	});
});

describe("parseKeyResult: issues, each with its code and path", () => {
	it("throws an OkrValidationError listing every issue", () => {
		const bad = {
			id: "",
			title: 7,
			kind: "metric",
			start: "1e",
			target: null,
			weight: -2,
			checkIns: [{ at: "2025-13-01", value: 1 }],
		};
		let caught: unknown;
		try {
			parseKeyResult(bad);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(OkrValidationError);
		const error = caught as OkrValidationError;
		expect(error.code).toBe("INVALID_INPUT");
		expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
			["EMPTY_STRING", ["id"]],
			["INVALID_TYPE", ["title"]],
			["NEGATIVE", ["weight"]],
			["INVALID_DATE", ["checkIns", 0, "at"]],
			["INVALID_NUMBER", ["start"]],
			["INVALID_NUMBER", ["target"]],
		]);
		expect(error.path).toEqual(["id"]);
		for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0);
	});

	it.each([
		["a missing kind", { id: "kr", title: "x" }, [["REQUIRED", ["kind"]]]],
		["an unknown kind", { ...milestone, kind: "goal" }, [["INVALID_ENUM", ["kind"]]]],
		["kind toString", { ...milestone, kind: "toString" }, [["INVALID_ENUM", ["kind"]]]],
		["kind __proto__", { ...milestone, kind: "__proto__" }, [["INVALID_ENUM", ["kind"]]]],
		["kind constructor", { ...milestone, kind: "constructor" }, [["INVALID_ENUM", ["kind"]]]],
		["a numeric kind", { ...milestone, kind: 1 }, [["INVALID_ENUM", ["kind"]]]],
		["a missing id", { title: "x", kind: "milestone", done: true }, [["REQUIRED", ["id"]]]],
		["an empty id", { ...milestone, id: "" }, [["EMPTY_STRING", ["id"]]]],
		["an id of spaces", { ...milestone, id: "  " }, [["EMPTY_STRING", ["id"]]]],
		["an id of a tab and a newline", { ...milestone, id: "\t\n" }, [["EMPTY_STRING", ["id"]]]],
		["an id of a no-break space", { ...milestone, id: "\u00a0" }, [["EMPTY_STRING", ["id"]]]],
		["a numeric id", { ...milestone, id: 1 }, [["INVALID_TYPE", ["id"]]]],
		["a missing title", { id: "kr", kind: "milestone", done: true }, [["REQUIRED", ["title"]]]],
		["an empty title", { ...milestone, title: "" }, [["EMPTY_STRING", ["title"]]]],
		["a title of spaces", { ...milestone, title: " \u3000 " }, [["EMPTY_STRING", ["title"]]]],
		[
			"a checklist item's empty title",
			{
				...milestone,
				kind: "checklist",
				items: [
					{ title: "a", done: true },
					{ title: "", done: false },
				],
			},
			[["EMPTY_STRING", ["items", 1, "title"]]],
		],
		[
			"a checklist item's title of spaces",
			{ ...milestone, kind: "checklist", items: [{ title: " ", done: true }] },
			[["EMPTY_STRING", ["items", 0, "title"]]],
		],
		["a numeric owner", { ...milestone, owner: 1 }, [["INVALID_TYPE", ["owner"]]]],
		["a null unit", { ...milestone, unit: null }, [["INVALID_TYPE", ["unit"]]]],
		["a negative weight", { ...milestone, weight: "-0.5" }, [["NEGATIVE", ["weight"]]]],
		["a boolean weight", { ...milestone, weight: true }, [["INVALID_NUMBER", ["weight"]]]],
		["a null weight", { ...milestone, weight: null }, [["INVALID_NUMBER", ["weight"]]]],
		["check-ins not an array", { ...milestone, checkIns: {} }, [["INVALID_TYPE", ["checkIns"]]]],
		[
			"a check-in not an object",
			{ ...milestone, checkIns: [5] },
			[["INVALID_TYPE", ["checkIns", 0]]],
		],
		[
			"a check-in without a date or value",
			{ ...milestone, checkIns: [{}] },
			[
				["REQUIRED", ["checkIns", 0, "at"]],
				["REQUIRED", ["checkIns", 0, "value"]],
			],
		],
		[
			"a check-in on 29 February 2025",
			{ ...milestone, checkIns: [{ at: "2025-02-29", value: 1 }] },
			[["INVALID_DATE", ["checkIns", 0, "at"]]],
		],
		[
			"a check-in at an Invalid Date",
			{ ...milestone, checkIns: [{ at: new Date(Number.NaN), value: 1 }] },
			[["INVALID_DATE", ["checkIns", 0, "at"]]],
		],
		[
			"a check-in at an object that only inherits from Date",
			{ ...milestone, checkIns: [{ at: Object.create(Date.prototype), value: 1 }] },
			[["INVALID_DATE", ["checkIns", 0, "at"]]],
		],
		[
			"check-ins in a typed array",
			{ ...milestone, checkIns: new Uint8Array([1]) },
			[["INVALID_TYPE", ["checkIns"]]],
		],
		[
			"a check-in at a timestamp",
			{ ...milestone, checkIns: [{ at: 1_750_000_000_000, value: 1 }] },
			[["INVALID_DATE", ["checkIns", 0, "at"]]],
		],
		[
			"a check-in at a timestamp without an offset",
			{ ...milestone, checkIns: [{ at: "2025-07-01T00:00:00", value: 1 }] },
			[["INVALID_DATE", ["checkIns", 0, "at"]]],
		],
		[
			"a check-in with a bad confidence",
			{ ...milestone, checkIns: [{ at: "2025-07-01", value: 1, confidence: "high" }] },
			[["INVALID_NUMBER", ["checkIns", 0, "confidence"]]],
		],
		[
			"check-ins with confidences out of 0 to 10",
			{
				...milestone,
				checkIns: [
					{ at: "2025-07-01", value: 1, confidence: 11 },
					{ at: "2025-07-02", value: 1, confidence: 10 },
					{ at: "2025-07-03", value: 1, confidence: "-0.1" },
				],
			},
			[
				["OUT_OF_RANGE", ["checkIns", 0, "confidence"]],
				["OUT_OF_RANGE", ["checkIns", 2, "confidence"]],
			],
		],
		[
			"a metric without start and target",
			{ id: "kr", title: "x", kind: "metric" },
			[
				["REQUIRED", ["start"]],
				["REQUIRED", ["target"]],
			],
		],
		[
			"a metric with a bad current",
			{ ...metric, current: "n/a" },
			[["INVALID_NUMBER", ["current"]]],
		],
		[
			"a threshold without direction and threshold",
			{ id: "kr", title: "x", kind: "threshold" },
			[
				["REQUIRED", ["direction"]],
				["REQUIRED", ["threshold"]],
			],
		],
		[
			"a threshold with a bad direction",
			{ ...npsKr, direction: "above" },
			[["INVALID_ENUM", ["direction"]]],
		],
		[
			"a threshold with a bad scoring",
			{ ...npsKr, scoring: "average" },
			[["INVALID_ENUM", ["scoring"]]],
		],
		["a range with low above high", { ...churnKr, low: "0.06" }, [["LOW_ABOVE_HIGH", ["high"]]]],
		["a range without high", { ...churnKr, high: undefined }, [["REQUIRED", ["high"]]]],
		[
			"a milestone without done",
			{ id: "kr", title: "x", kind: "milestone" },
			[["REQUIRED", ["done"]]],
		],
		["a milestone done 'yes'", { ...milestone, done: "yes" }, [["INVALID_TYPE", ["done"]]]],
		[
			"a checklist without items",
			{ id: "kr", title: "x", kind: "checklist" },
			[["REQUIRED", ["items"]]],
		],
		["a checklist with no items", { ...onboardingKr, items: [] }, [["EMPTY_CHECKLIST", ["items"]]]],
		[
			"a checklist item without title and done",
			{ ...onboardingKr, items: [{}] },
			[
				["REQUIRED", ["items", 0, "title"]],
				["REQUIRED", ["items", 0, "done"]],
			],
		],
		[
			"a checklist item with a negative weight",
			{
				...onboardingKr,
				items: [
					{ title: "a", done: true },
					{ title: "b", done: false, weight: -1 },
				],
			},
			[["NEGATIVE", ["items", 1, "weight"]]],
		],
	] as const)("reports %s", (_, input, expected) => {
		expect(issuesOf(safeParseKeyResult(input))).toEqual(expected);
	});

	it.each([
		[5, "5"],
		["5", "5.00"],
		["0.1", 0.1],
		[-3, "-3e0"],
		["0", "-0"],
	])("reports start %j == target %j as START_EQUALS_TARGET at target", (start, target) => {
		const result = safeParseKeyResult({ ...metric, start, target });
		expect(issuesOf(result)).toEqual([["START_EQUALS_TARGET", ["target"]]]);
		expect(errorOf(result).issues[0]?.message).toContain('"threshold"');
	});

	it("accepts start and target that differ in the last of many digits", () => {
		const result = safeParseKeyResult({
			...metric,
			start: "0.30000000000000000000000000001",
			target: "0.3",
		});
		expect(result.success).toBe(true);
	});

	it.each([
		["NaN", Number.NaN],
		["Infinity", Number.POSITIVE_INFINITY],
		["-Infinity", Number.NEGATIVE_INFINITY],
		["an empty string", ""],
		["a padded string", " 12"],
		["a hex string", "0x10"],
		["a string with underscores", "1_000"],
		['"Infinity"', "Infinity"],
		["a comma decimal", "1,5"],
		["a bigint", 10n],
		["an exponent beyond range", "1e999"],
		["an array", [1]],
	])("rejects %s as a number (INVALID_NUMBER)", (_, value) => {
		expect(issuesOf(safeParseKeyResult({ ...metric, target: value }))).toEqual([
			["INVALID_NUMBER", ["target"]],
		]);
	});

	it.each([
		["12", 12],
		["-0.5", "-0.5"],
		["1e3", "1e3"],
		[".5", ".5"],
		["5.", "5."],
		["+7", "+7"],
	])("accepts %s as a number and keeps it as written", (_, value) => {
		const parsed = parseKeyResult({ ...metric, target: value });
		expect(parsed.kind === "metric" && parsed.target).toBe(value);
	});

	it.each([
		[null, "null"],
		[5, "a number"],
		["kr", "a string"],
		[[], "an array"],
		[undefined, "nothing"],
	])("reports the input %j itself as INVALID_TYPE at the root", (input, _what) => {
		expect(issuesOf(safeParseKeyResult(input))).toEqual([["INVALID_TYPE", []]]);
	});

	it("accepts a range whose low equals its high, and weights of zero", () => {
		expect(safeParseKeyResult({ ...churnKr, low: "0.05", weight: 0 }).success).toBe(true);
		expect(safeParseKeyResult({ ...milestone, weight: "-0" }).success).toBe(true);
	});

	it("words the issues of kind, required fields, types and numbers", () => {
		expect(wordedIssuesOf(safeParseKeyResult({}))).toEqual([
			["REQUIRED", ["kind"], '"kind" is required.'],
		]);
		expect(wordedIssuesOf(safeParseKeyResult(null))).toEqual([
			["INVALID_TYPE", [], "Expected an object, received null."],
		]);
		expect(wordedIssuesOf(safeParseKeyResult({ id: "kr", title: "T", kind: "percent" }))).toEqual([
			["INVALID_ENUM", ["kind"], `Expected one of ${KINDS}, received "percent".`],
		]);
		expect(
			wordedIssuesOf(
				safeParseKeyResult({ id: "", title: 5, kind: "metric", start: "abc", target: 5 }),
			),
		).toEqual([
			["EMPTY_STRING", ["id"], "Must not be empty."],
			["INVALID_TYPE", ["title"], "Expected a string, received a number."],
			[
				"INVALID_NUMBER",
				["start"],
				'Expected a finite number or a decimal string such as "12.5", received "abc".',
			],
		]);
		expect(
			wordedIssuesOf(
				safeParseKeyResult({
					id: "kr",
					title: "T",
					kind: "threshold",
					direction: "above",
					threshold: 1,
				}),
			),
		).toEqual([
			["INVALID_ENUM", ["direction"], 'Expected one of "atLeast", "atMost", received "above".'],
		]);
		expect(
			wordedIssuesOf(safeParseKeyResult({ id: "k", title: "t", kind: "milestone", done: "yes" })),
		).toEqual([["INVALID_TYPE", ["done"], "Expected true or false, received a string."]]);
		expect(
			wordedIssuesOf(safeParseKeyResult({ id: "k", title: "t", kind: "checklist", items: [] })),
		).toEqual([["EMPTY_CHECKLIST", ["items"], "A checklist key result needs at least one item."]]);
		expect(
			wordedIssuesOf(
				safeParseKeyResult({ id: "k", title: "t", kind: "checklist", items: [{ title: "a" }] }),
			),
		).toEqual([["REQUIRED", ["items", 0, "done"], '"done" is required.']]);
	});

	it("words a negative weight, an invalid check-in Date, a missing kind and a missing title", () => {
		expect(
			wordedIssuesOf(
				safeParseKeyResult({ id: "k", title: "t", kind: "milestone", done: true, weight: -1 }),
			),
		).toEqual([["NEGATIVE", ["weight"], "Must be zero or more, received -1."]]);
		expect(
			wordedIssuesOf(
				safeParseKeyResult({
					id: "k",
					title: "t",
					kind: "milestone",
					done: true,
					checkIns: [{ at: new Date(Number.NaN), value: 1 }],
				}),
			),
		).toEqual([
			["INVALID_DATE", ["checkIns", 0, "at"], "Expected a valid Date, received an Invalid Date."],
		]);
		expect(wordedIssuesOf(safeParseKeyResult({ id: "k", title: "t", kind: undefined }))).toEqual([
			["REQUIRED", ["kind"], '"kind" is required.'],
		]);
		expect(wordedIssuesOf(safeParseKeyResult({ id: "k", kind: "milestone", done: true }))).toEqual([
			["REQUIRED", ["title"], '"title" is required.'],
		]);
	});
});

describe("parseKeyResult: messages say what was received", () => {
	const numberMessage = (received: string) =>
		`Expected a finite number or a decimal string such as "12.5", received ${received}.`;

	it.each([
		[Number.NaN, "NaN"],
		[Number.POSITIVE_INFINITY, "Infinity"],
		[Number.NEGATIVE_INFINITY, "-Infinity"],
		[true, "a boolean"],
	])("a start of %s is INVALID_NUMBER, received %s", (start, received) => {
		const issues = errorOf(safeParseKeyResult({ ...metric, start })).issues;
		expect(issues).toEqual([
			{ code: "INVALID_NUMBER", path: ["start"], message: numberMessage(received) },
		]);
	});

	it("names a NaN given where a string belongs", () => {
		expect(errorOf(safeParseKeyResult({ ...metric, title: Number.NaN })).issues).toEqual([
			{ code: "INVALID_TYPE", path: ["title"], message: "Expected a string, received NaN." },
		]);
	});

	it("tells an empty id from one of white space only", () => {
		expect(errorOf(safeParseKeyResult({ ...metric, id: "", title: "\t" })).issues).toEqual([
			{ code: "EMPTY_STRING", path: ["id"], message: "Must not be empty." },
			{ code: "EMPTY_STRING", path: ["title"], message: "Must not be white space only." },
		]);
	});
});
