/**
 * Inputs and hostile data (docs/errors.md, "The promise" and "Paths"): computations accept plain
 * objects as written, check what they use, and report bad input as an OkrValidationError whose
 * issue names the offending path (relative to the function's argument; secondary arguments start
 * with their parameter name).
 */
import { describe, expect, it } from "vitest";
import {
	gradeObjective,
	type KeyResult,
	keyResultProgress,
	objectiveProgress,
	progressAt,
	rollUp,
	safeParseKeyResult,
} from "../../src/index.js";
import { expectCode, expectIssue, loose, metric, objective } from "../support/foundation.js";

const base = { id: "kr", title: "A key result" };

describe("key result fields: issue code and path", () => {
	it.each([
		["not an object (null)", null, "INVALID_TYPE", []],
		["not an object (a string)", "kr", "INVALID_TYPE", []],
		["not an object (an array)", [base], "INVALID_TYPE", []],
		["not an object (a Date)", new Date(0), "INVALID_TYPE", []],
		["kind missing", { ...base, start: 0, target: 1 }, "REQUIRED", ["kind"]],
		["kind unknown", { ...base, kind: "okr" }, "INVALID_ENUM", ["kind"]],
		["kind not a string", { ...base, kind: 1 }, "INVALID_ENUM", ["kind"]],
		["id missing", { title: "t", kind: "milestone", done: true }, "REQUIRED", ["id"]],
		["id empty", { ...base, id: "", kind: "milestone", done: true }, "EMPTY_STRING", ["id"]],
		// Metrics with number fields take the fast path first: it must refuse what the reader refuses.
		["metric id empty", { ...metric(0, 1, 1), id: "" }, "EMPTY_STRING", ["id"]],
		["metric id of spaces", { ...metric(0, 1, 1), id: " \t" }, "EMPTY_STRING", ["id"]],
		["metric title empty", { ...metric(0, 1, 1), title: "" }, "EMPTY_STRING", ["title"]],
		["metric title of spaces", { ...metric(0, 1, 1), title: "\u2003" }, "EMPTY_STRING", ["title"]],
		[
			"milestone title of spaces",
			{ ...base, title: " ", kind: "milestone", done: true },
			"EMPTY_STRING",
			["title"],
		],
		["id a number", { ...base, id: 7, kind: "milestone", done: true }, "INVALID_TYPE", ["id"]],
		["title missing", { id: "kr", kind: "milestone", done: true }, "REQUIRED", ["title"]],
		[
			"title a number",
			{ ...base, title: 1, kind: "milestone", done: true },
			"INVALID_TYPE",
			["title"],
		],
		[
			"weight negative",
			{ ...base, kind: "milestone", done: true, weight: -1 },
			"NEGATIVE",
			["weight"],
		],
		[
			"weight a word",
			{ ...base, kind: "milestone", done: true, weight: "x" },
			"INVALID_NUMBER",
			["weight"],
		],
		[
			"owner a number",
			{ ...base, kind: "milestone", done: true, owner: 1 },
			"INVALID_TYPE",
			["owner"],
		],
		[
			"unit an object",
			{ ...base, kind: "milestone", done: true, unit: {} },
			"INVALID_TYPE",
			["unit"],
		],
		[
			"checkIns not an array",
			{ ...base, kind: "milestone", done: true, checkIns: {} },
			"INVALID_TYPE",
			["checkIns"],
		],
		[
			"check-in not an object",
			{ ...base, kind: "milestone", done: true, checkIns: [5] },
			"INVALID_TYPE",
			["checkIns", 0],
		],
		[
			"check-in date missing",
			{ ...base, kind: "metric", start: 0, target: 1, checkIns: [{ value: 1 }] },
			"REQUIRED",
			["checkIns", 0, "at"],
		],
		[
			"check-in date not a calendar date",
			{ ...base, kind: "metric", start: 0, target: 1, checkIns: [{ at: "2025-02-30", value: 1 }] },
			"INVALID_DATE",
			["checkIns", 0, "at"],
		],
		[
			"check-in date with a time",
			{
				...base,
				kind: "metric",
				start: 0,
				target: 1,
				checkIns: [{ at: "2025-02-03T10:00", value: 1 }],
			},
			"INVALID_DATE",
			["checkIns", 0, "at"],
		],
		[
			"check-in date an Invalid Date",
			{
				...base,
				kind: "metric",
				start: 0,
				target: 1,
				checkIns: [{ at: new Date(Number.NaN), value: 1 }],
			},
			"INVALID_DATE",
			["checkIns", 0, "at"],
		],
		[
			"check-in date a number",
			{ ...base, kind: "metric", start: 0, target: 1, checkIns: [{ at: 20250101, value: 1 }] },
			"INVALID_DATE",
			["checkIns", 0, "at"],
		],
		[
			"check-in value missing",
			{ ...base, kind: "metric", start: 0, target: 1, checkIns: [{ at: "2025-01-01" }] },
			"REQUIRED",
			["checkIns", 0, "value"],
		],
		[
			"check-in confidence not a number",
			{
				...base,
				kind: "metric",
				start: 0,
				target: 1,
				checkIns: [{ at: "2025-01-01", value: 1, confidence: "high" }],
			},
			"INVALID_NUMBER",
			["checkIns", 0, "confidence"],
		],
		[
			"check-in confidence above 10",
			{
				...base,
				kind: "metric",
				start: 0,
				target: 1,
				checkIns: [{ at: "2025-01-01", value: 1, confidence: "10.000001" }],
			},
			"OUT_OF_RANGE",
			["checkIns", 0, "confidence"],
		],
		[
			"check-in confidence below 0",
			{
				...base,
				kind: "threshold",
				direction: "atLeast",
				threshold: 1,
				checkIns: [{ at: "2025-01-01", value: 1, confidence: -0.5 }],
			},
			"OUT_OF_RANGE",
			["checkIns", 0, "confidence"],
		],
		["metric start missing", { ...base, kind: "metric", target: 1 }, "REQUIRED", ["start"]],
		["metric target missing", { ...base, kind: "metric", start: 1 }, "REQUIRED", ["target"]],
		[
			"metric current null",
			{ ...base, kind: "metric", start: 0, target: 1, current: null },
			"INVALID_NUMBER",
			["current"],
		],
		[
			"metric start == target",
			{ ...base, kind: "metric", start: 5, target: 5 },
			"START_EQUALS_TARGET",
			["target"],
		],
		[
			'metric start == target written differently ("1.0" and 1)',
			{ ...base, kind: "metric", start: "1.0", target: 1 },
			"START_EQUALS_TARGET",
			["target"],
		],
		[
			"metric start == target as 0 and -0",
			{ ...base, kind: "metric", start: 0, target: -0 },
			"START_EQUALS_TARGET",
			["target"],
		],
		[
			"threshold direction missing",
			{ ...base, kind: "threshold", threshold: 1 },
			"REQUIRED",
			["direction"],
		],
		[
			"threshold direction unknown",
			{ ...base, kind: "threshold", direction: "above", threshold: 1 },
			"INVALID_ENUM",
			["direction"],
		],
		[
			"threshold missing",
			{ ...base, kind: "threshold", direction: "atLeast" },
			"REQUIRED",
			["threshold"],
		],
		[
			"threshold scoring unknown",
			{ ...base, kind: "threshold", direction: "atLeast", threshold: 1, scoring: "average" },
			"INVALID_ENUM",
			["scoring"],
		],
		["range low missing", { ...base, kind: "range", high: 1 }, "REQUIRED", ["low"]],
		["range high missing", { ...base, kind: "range", low: 1 }, "REQUIRED", ["high"]],
		[
			"range low above high",
			{ ...base, kind: "range", low: 2, high: 1 },
			"LOW_ABOVE_HIGH",
			["high"],
		],
		[
			"range scoring unknown",
			{ ...base, kind: "range", low: 1, high: 2, scoring: "all" },
			"INVALID_ENUM",
			["scoring"],
		],
		["milestone done missing", { ...base, kind: "milestone" }, "REQUIRED", ["done"]],
		[
			"milestone done a string",
			{ ...base, kind: "milestone", done: "yes" },
			"INVALID_TYPE",
			["done"],
		],
		["checklist items missing", { ...base, kind: "checklist" }, "REQUIRED", ["items"]],
		[
			"checklist items not an array",
			{ ...base, kind: "checklist", items: {} },
			"INVALID_TYPE",
			["items"],
		],
		[
			"checklist items empty",
			{ ...base, kind: "checklist", items: [] },
			"EMPTY_CHECKLIST",
			["items"],
		],
		[
			"checklist item not an object",
			{ ...base, kind: "checklist", items: ["a"] },
			"INVALID_TYPE",
			["items", 0],
		],
		[
			"checklist item title missing",
			{ ...base, kind: "checklist", items: [{ title: "a", done: true }, { done: true }] },
			"REQUIRED",
			["items", 1, "title"],
		],
		[
			"checklist item title of spaces",
			{
				...base,
				kind: "checklist",
				items: [
					{ title: "a", done: true },
					{ title: " ", done: true },
				],
			},
			"EMPTY_STRING",
			["items", 1, "title"],
		],
		[
			"checklist item done missing",
			{ ...base, kind: "checklist", items: [{ title: "a" }] },
			"REQUIRED",
			["items", 0, "done"],
		],
		[
			"checklist item weight negative",
			{ ...base, kind: "checklist", items: [{ title: "a", done: true, weight: -2 }] },
			"NEGATIVE",
			["items", 0, "weight"],
		],
	] as const)("%s", (_, value, code, path) => {
		expectIssue(() => keyResultProgress(value as never), code, path);
		expectIssue(() => progressAt(value as never, "2025-01-01"), code, path);
		expectIssue(() => objectiveProgress(objective([metric(0, 1, 1), value])), code, [
			"keyResults",
			1,
			...path,
		]);
	});

	it("points START_EQUALS_TARGET's message to the threshold kind", () => {
		const error = expectIssue(
			() => keyResultProgress(loose({ ...base, kind: "metric", start: 3, target: 3 })),
			"START_EQUALS_TARGET",
			["target"],
		);
		expect(error.issues[0]?.message).toContain('"threshold"');
	});

	it("accepts a range with low == high", () => {
		expect(
			keyResultProgress(loose({ ...base, kind: "range", low: 5, high: "5.0", current: 5 })),
		).toBe(1);
	});

	it('accepts a weight of 0 written as -0 or "-0"', () => {
		const o = objective([
			{ ...metric(0, 1, 1), weight: "-0" },
			{ ...metric(0, 1, 0), id: "b", weight: 1 },
		]);
		expect(objectiveProgress(o)).toBe(0);
	});
});

describe("objective fields: issue code and path", () => {
	it.each([
		["not an object", 5, "INVALID_TYPE", []],
		["an array", [], "INVALID_TYPE", []],
		["id missing", { title: "t", keyResults: [metric(0, 1, 1)] }, "REQUIRED", ["id"]],
		["id empty", { id: "", title: "t", keyResults: [metric(0, 1, 1)] }, "EMPTY_STRING", ["id"]],
		[
			"id of spaces",
			{ id: "  ", title: "t", keyResults: [metric(0, 1, 1)] },
			"EMPTY_STRING",
			["id"],
		],
		["title missing", { id: "o", keyResults: [metric(0, 1, 1)] }, "REQUIRED", ["title"]],
		[
			"title empty",
			{ id: "o", title: "", keyResults: [metric(0, 1, 1)] },
			"EMPTY_STRING",
			["title"],
		],
		[
			"title of spaces",
			{ id: "o", title: "\n ", keyResults: [metric(0, 1, 1)] },
			"EMPTY_STRING",
			["title"],
		],
		[
			"parentId of spaces",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], parentId: " " },
			"EMPTY_STRING",
			["parentId"],
		],
		["type unknown", { id: "o", title: "t", type: "stretch" }, "INVALID_ENUM", ["type"]],
		[
			"keyResults not an array",
			{ id: "o", title: "t", keyResults: {} },
			"INVALID_TYPE",
			["keyResults"],
		],
		["keyResults null", { id: "o", title: "t", keyResults: null }, "INVALID_TYPE", ["keyResults"]],
		[
			"cycle ending before it starts",
			{
				id: "o",
				title: "t",
				keyResults: [metric(0, 1, 1)],
				cycle: { start: "2025-07-01", end: "2025-06-30" },
			},
			"END_BEFORE_START",
			["cycle", "end"],
		],
		[
			"cycle start not a date",
			{
				id: "o",
				title: "t",
				keyResults: [metric(0, 1, 1)],
				cycle: { start: "Q3", end: "2025-06-30" },
			},
			"INVALID_DATE",
			["cycle", "start"],
		],
		[
			"cycle not an object",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], cycle: "2025-Q3" },
			"INVALID_TYPE",
			["cycle"],
		],
		[
			"owner a number",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], owner: 3 },
			"INVALID_TYPE",
			["owner"],
		],
		[
			"level a number",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], level: 1 },
			"INVALID_TYPE",
			["level"],
		],
		[
			"parentId empty",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], parentId: "" },
			"EMPTY_STRING",
			["parentId"],
		],
		[
			"parentId a number",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], parentId: 1 },
			"INVALID_TYPE",
			["parentId"],
		],
		[
			"contribution not a number",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], contribution: "half" },
			"INVALID_NUMBER",
			["contribution"],
		],
		[
			"kpiIds not an array",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], kpiIds: "uptime" },
			"INVALID_TYPE",
			["kpiIds"],
		],
		[
			"a kpiId empty",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], kpiIds: ["uptime", ""] },
			"EMPTY_STRING",
			["kpiIds", 1],
		],
		[
			"a kpiId of spaces",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], kpiIds: [" \t"] },
			"EMPTY_STRING",
			["kpiIds", 0],
		],
		[
			"a kpiId a number",
			{ id: "o", title: "t", keyResults: [metric(0, 1, 1)], kpiIds: [7] },
			"INVALID_TYPE",
			["kpiIds", 0],
		],
		[
			"a nested check-in date",
			{
				id: "o",
				title: "t",
				keyResults: [
					metric(0, 1, 1),
					{
						...metric(0, 1),
						id: "b",
						checkIns: [
							{ at: "2025-01-01", value: 1 },
							{ at: "01/02/2025", value: 1 },
						],
					},
				],
			},
			"INVALID_DATE",
			["keyResults", 1, "checkIns", 1, "at"],
		],
	] as const)("%s", (_, value, code, path) => {
		expectIssue(() => objectiveProgress(value as never), code, path);
		expectIssue(() => gradeObjective(value as never), code, path);
	});

	it("accepts parentId null, a contribution and kpiIds it does not use", () => {
		expect(
			objectiveProgress(
				objective([metric(0, 10, 5)], {
					parentId: null,
					contribution: "2.5",
					kpiIds: ["uptime"],
					owner: "ops",
					level: "team",
					cycle: { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
				}),
			),
		).toBe(0.5);
	});
});

describe("sparse arrays: a hole is reported at its index, never skipped", () => {
	it("a hole in keyResults is INVALID_TYPE at [keyResults, 0]", () => {
		// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
		const keyResults = [, metric(0, 10, 5)];
		expectIssue(() => objectiveProgress(objective(keyResults)), "INVALID_TYPE", ["keyResults", 0]);
		expectIssue(() => gradeObjective(objective(keyResults)), "INVALID_TYPE", ["keyResults", 0]);
	});

	it("a keyResults array of holes only is INVALID_TYPE, not NO_KEY_RESULTS", () => {
		expectIssue(() => objectiveProgress(objective(new Array(3))), "INVALID_TYPE", [
			"keyResults",
			0,
		]);
	});

	it("a hole in a checklist's items is INVALID_TYPE at [items, 1]", () => {
		// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
		const items = [{ title: "a", done: true }, , { title: "b", done: false }];
		expectIssue(
			() => keyResultProgress(loose({ ...base, kind: "checklist", items })),
			"INVALID_TYPE",
			["items", 1],
		);
	});

	it("a hole in check-ins is INVALID_TYPE at [checkIns, 0]", () => {
		// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
		const checkIns = [, { at: "2025-07-01", value: 1 }];
		expectIssue(() => keyResultProgress(loose({ ...metric(0, 10), checkIns })), "INVALID_TYPE", [
			"checkIns",
			0,
		]);
	});

	it("a hole in kpiIds is INVALID_TYPE at [kpiIds, 0]", () => {
		// biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
		const kpiIds = [, "uptime"];
		expectIssue(
			() => objectiveProgress(objective([metric(0, 10, 5)], { kpiIds })),
			"INVALID_TYPE",
			["kpiIds", 0],
		);
	});
});

describe("secondary arguments: paths start with the parameter name", () => {
	it.each([
		["a word", "yesterday"],
		["a day that does not exist", "2025-02-29"],
		["a month 13", "2025-13-01"],
		["a short form", "2025-7-1"],
		["a timestamp without an offset", "2025-07-01T00:00:00"],
		["an Invalid Date", new Date(Number.NaN)],
		["a number", 1_751_328_000_000],
		["null", null],
		["undefined", undefined],
	])("progressAt rejects %s as the date (INVALID_DATE at [date])", (_, date) => {
		expectIssue(() => progressAt(metric(0, 10, 5), date as never), "INVALID_DATE", ["date"]);
	});
});

describe("dates", () => {
	it("reads a Date check-in as its UTC calendar date", () => {
		const kr: KeyResult = {
			...base,
			kind: "metric",
			start: 0,
			target: 10,
			checkIns: [
				{ at: new Date("2025-07-15T23:30:00Z"), value: 5 },
				{ at: "2025-07-16", value: 8 },
			],
		};
		expect(progressAt(kr, "2025-07-15")).toBe(0.5);
		expect(progressAt(kr, new Date("2025-07-15T00:00:00Z"))).toBe(0.5);
		expect(progressAt(kr, new Date("2025-07-16T00:00:00.000Z"))).toBe(0.8);
	});

	it("reads leap days and century rules correctly", () => {
		const kr: KeyResult = {
			...base,
			kind: "metric",
			start: 0,
			target: 10,
			checkIns: [
				{ at: "2024-02-29", value: 2 },
				{ at: "2000-02-29", value: 1 },
			],
		};
		expect(progressAt(kr, "2024-02-29")).toBe(0.2);
		expect(progressAt(kr, "2000-03-01")).toBe(0.1);
		expectIssue(() => progressAt(kr, "1900-02-29"), "INVALID_DATE", ["date"]);
		expectIssue(() => progressAt(kr, "2025-02-29"), "INVALID_DATE", ["date"]);
	});
});

describe("hostile data", () => {
	it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"])(
		"accepts %j as an id and as a check-in-free key result's id in an objective",
		(id) => {
			const kr = { ...metric(0, 10, 5), id };
			expect(keyResultProgress(kr)).toBe(0.5);
			expect(objectiveProgress({ id, title: id, keyResults: [kr] })).toBe(0.5);
			expect(gradeObjective({ id, title: id, keyResults: [kr] }).score).toBe(0.5);
		},
	);

	it("reads a key result parsed from JSON with a __proto__ key without polluting anything", () => {
		const kr = JSON.parse(
			'{"id": "kr", "title": "t", "kind": "metric", "start": 0, "target": 10, "current": 5, "__proto__": {"current": 9, "x": 1}}',
		);
		expect(keyResultProgress(kr)).toBe(0.5);
		expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
	});

	it("reads objects with a null prototype", () => {
		const kr = Object.assign(Object.create(null), metric(0, 10, 5));
		const o = Object.assign(Object.create(null), { id: "o", title: "t", keyResults: [kr] });
		expect(keyResultProgress(kr)).toBe(0.5);
		expect(objectiveProgress(o)).toBe(0.5);
	});

	it("checks long inputs in linear time (100 000 check-ins)", () => {
		const checkIns = Array.from({ length: 100_000 }, (_, i) => ({
			at: `2025-07-${String((i % 28) + 1).padStart(2, "0")}`,
			value: i % 11,
		}));
		const kr = { ...metric(0, 10), checkIns };
		const started = performance.now();
		// The latest date is the 28th; of its check-ins the last in the array wins.
		const last = checkIns.filter((c) => c.at === "2025-07-28").at(-1)?.value ?? 0;
		expect(keyResultProgress(kr)).toBe(last / 10);
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it("refuses a 1 MB id-like string as a date quickly (no backtracking)", () => {
		const started = performance.now();
		expectIssue(() => progressAt(metric(0, 10, 5), "2".repeat(1_000_000)), "INVALID_DATE", [
			"date",
		]);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});

describe("objects that only inherit from Date.prototype", () => {
	// `instanceof Date` holds for them, but getTime() would throw a TypeError: they are INVALID_DATE.
	const fakeDate = Object.create(Date.prototype) as Date;

	it("a fake Date as a check-in date is INVALID_DATE, not a TypeError", () => {
		expectIssue(
			() => keyResultProgress(loose({ ...metric(0, 10), checkIns: [{ at: fakeDate, value: 1 }] })),
			"INVALID_DATE",
			["checkIns", 0, "at"],
		);
	});

	it("a fake Date as progressAt's date is INVALID_DATE, not a TypeError", () => {
		expectIssue(() => progressAt(metric(0, 10, 5), fakeDate), "INVALID_DATE", ["date"]);
	});
});

describe("messages name the value received, as the parsers do", () => {
	it.each([
		[Number.NaN, "NaN"],
		[Number.POSITIVE_INFINITY, "Infinity"],
		[Number.NEGATIVE_INFINITY, "-Infinity"],
	])("a start of %s", (start, received) => {
		const kr = { ...metric(0, 1, 1), start };
		const read = expectIssue(() => keyResultProgress(kr as never), "INVALID_NUMBER", ["start"]);
		expect(read.issues[0]?.message).toBe(`Expected a finite number, received ${received}.`);
		const parsed = safeParseKeyResult(kr);
		expect(parsed.success ? null : parsed.error.issues[0]?.message).toMatch(
			new RegExp(`, received ${received.replace("-", "\\-")}\\.$`),
		);
	});

	describe("lengths: ids up to 1,000 characters, words up to 10,000", () => {
		const long = (n: number) => "x".repeat(n);

		it("accepts them at the limit, refuses them one beyond with TOO_LONG, readers and parsers alike", () => {
			expect(keyResultProgress({ ...metric(0, 10, 5), id: long(1000) })).toBe(0.5);
			expect(keyResultProgress({ ...metric(0, 10, 5), title: long(10_000) })).toBe(0.5);
			for (const [field, n] of [
				["id", 1001],
				["title", 10_001],
				["owner", 10_001],
				["unit", 10_001],
			] as const) {
				const kr = { ...metric(0, 10, 5), [field]: long(n) };
				expectIssue(() => keyResultProgress(kr), "TOO_LONG", [field]);
				const parsed = safeParseKeyResult(kr);
				expect(parsed.success ? null : parsed.error.issues.map((i) => [i.code, i.path])).toEqual([
					["TOO_LONG", [field]],
				]);
			}
			const o = { ...objective("o"), kpiIds: ["k", long(1001)] };
			expectIssue(() => objectiveProgress({ ...o, keyResults: [metric(0, 1, 1)] }), "TOO_LONG", [
				"kpiIds",
				1,
			]);
			expectIssue(() => rollUp([{ ...objective("o"), parentId: long(1001) }]), "TOO_LONG", [
				0,
				"parentId",
			]);
		});

		it("says how long, never quoting the value: a 1,000,000-character id gives a short message", () => {
			const kr = { ...metric(0, 10, 5), id: long(1_000_000) };
			const read = expectIssue(() => keyResultProgress(kr), "TOO_LONG", ["id"]);
			expect(read.issues[0]?.message).toBe("Must be at most 1,000 characters, received 1,000,000.");
			const parsed = safeParseKeyResult(kr);
			expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe(
				"Must be at most 1,000 characters, received 1,000,000.",
			);
			// Two objectives sharing that id: refused for its length, in a message under 100 characters.
			const error = expectIssue(
				() => rollUp([objective(long(1_000_000)), objective(long(1_000_000))]),
				"TOO_LONG",
				[0, "id"],
			);
			expect(error.message.length).toBeLessThan(200);
		});

		it("quotes at most 40 characters of an id in a computation's message", () => {
			const id = `${long(60)}-end`;
			const error = expectCode(() => rollUp([objective(id)]), "NO_KEY_RESULTS");
			expect(error.message).toBe(
				`Objective "${long(40)}…" has neither key results nor children to score it.`,
			);
		});
	});

	it("an id or a title without text: EMPTY_STRING saying which", () => {
		const empty = expectIssue(
			() => keyResultProgress({ ...metric(0, 1, 1), id: "" } as never),
			"EMPTY_STRING",
			["id"],
		);
		expect(empty.issues[0]?.message).toBe('"id" must not be empty.');
		const spaces = expectIssue(
			() => keyResultProgress({ ...metric(0, 1, 1), title: "  " } as never),
			"EMPTY_STRING",
			["title"],
		);
		expect(spaces.issues[0]?.message).toBe('"title" must not be white space only.');
	});
});

describe("the fast roll-up refuses what the readers refuse", () => {
	it.each([
		["an objective id of spaces", { id: " " }, [0, "id"]],
		["an objective title of spaces", { title: "\t" }, [0, "title"]],
		["a parent id of spaces", { parentId: "  " }, [0, "parentId"]],
		[
			"a key result title of spaces",
			{ keyResults: [{ ...metric(0, 1, 1), title: " " }] },
			[0, "keyResults", 0, "title"],
		],
		[
			"a key result id of spaces",
			{ keyResults: [{ ...metric(0, 1, 1), id: "\n" }] },
			[0, "keyResults", 0, "id"],
		],
	] as const)("%s: EMPTY_STRING", (_, change, path) => {
		const objectives = [{ id: "o", title: "O", keyResults: [metric(0, 1, 1)], ...change }];
		expectIssue(() => rollUp(objectives as never), "EMPTY_STRING", path);
	});
});
