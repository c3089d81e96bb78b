import { describe, expect, it } from "vitest";
import {
	ObjectiveSchema,
	objectiveProgress,
	parseObjective,
	safeParseObjective,
} from "../../src/index.js";
import {
	deepFreeze,
	errorOf,
	issuesOf,
	marketShareObjective,
	npsKr,
	revenueKr,
	wordedIssuesOf,
} from "./fixtures.js";

const minimal = { id: "o", title: "Delight customers" } as const;

describe("parseObjective: defaults and normalisation", () => {
	it("fills type, keyResults, contribution and kpiIds", () => {
		expect(parseObjective(minimal)).toEqual({
			...minimal,
			type: "aspirational",
			keyResults: [],
			contribution: 1,
			kpiIds: [],
		});
	});

	it("fills the defaults of every key result too", () => {
		const parsed = parseObjective(marketShareObjective);
		expect(parsed.keyResults.map((kr) => kr.weight)).toEqual([1, 1, 1]);
		expect(parsed.keyResults[2]).toEqual({ ...npsKr, weight: 1, checkIns: [], scoring: "latest" });
		expect(parsed.keyResults[0]).toEqual({ ...revenueKr, weight: 1 });
		expect(parsed.cycle).toEqual(marketShareObjective.cycle);
		expect(parsed.kpiIds).toEqual(["kpi-uptime"]);
	});

	it("keeps what was written: committed type, contribution as a string, null parent", () => {
		const parsed = parseObjective({
			...minimal,
			type: "committed",
			contribution: "0.25",
			parentId: null,
			level: "team",
			owner: "support",
		});
		expect(parsed).toMatchObject({
			type: "committed",
			contribution: "0.25",
			parentId: null,
			level: "team",
			owner: "support",
		});
	});

	it("keeps the cycle's dates as given: days, timestamps and Dates", () => {
		const cycle = { start: new Date("2025-06-30T22:00:00-02:00"), end: "2025-09-30T23:00:00Z" };
		expect(parseObjective({ ...minimal, cycle }).cycle).toEqual(cycle);
	});

	it("gives a value computations accept, with the same result as the input", () => {
		const parsed = parseObjective(marketShareObjective);
		expect(objectiveProgress(parsed)).toBe(objectiveProgress(marketShareObjective));
	});

	it("accepts hostile ids as ids, parent ids and KPI ids", () => {
		const parsed = parseObjective({
			id: "__proto__",
			title: "x",
			parentId: "constructor",
			kpiIds: ["toString", "__proto__"],
			keyResults: [{ ...npsKr, id: "hasOwnProperty" }],
		});
		expect(parsed.id).toBe("__proto__");
		expect(parsed.parentId).toBe("constructor");
		expect(parsed.kpiIds).toEqual(["toString", "__proto__"]);
		expect(parsed.keyResults[0]?.id).toBe("hasOwnProperty");
		expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
	});

	it("keeps unknown fields as own fields, an own __proto__ from JSON included, and pollutes nothing", () => {
		const input = JSON.parse('{"id":"o","title":"t","__proto__":{"polluted":true},"extra":1}');
		const parsed = parseObjective(input) as unknown as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual([
			"id",
			"title",
			"type",
			"keyResults",
			"contribution",
			"kpiIds",
			"__proto__",
			"extra",
		]);
		expect(Object.getOwnPropertyDescriptor(parsed, "__proto__")?.value).toEqual({ polluted: true });
		expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
		expect(parsed["polluted"]).toBeUndefined();
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
	});

	it("returns a deeply frozen value", () => {
		const parsed = parseObjective(marketShareObjective);
		expect(Object.isFrozen(parsed)).toBe(true);
		expect(Object.isFrozen(parsed.keyResults)).toBe(true);
		expect(Object.isFrozen(parsed.keyResults[0])).toBe(true);
		expect(Object.isFrozen(parsed.cycle)).toBe(true);
		expect(Object.isFrozen(parsed.kpiIds)).toBe(true);
	});

	it("does not mutate its input", () => {
		const input = deepFreeze({
			...marketShareObjective,
			cycle: { start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30" },
		});
		const before = JSON.stringify(input);
		const parsed = parseObjective(input);
		expect(JSON.stringify(input)).toBe(before);
		expect(input.cycle.start).toBeInstanceOf(Date);
		expect(parsed.keyResults[0]).not.toBe(input.keyResults[0]);
	});

	it("ObjectiveSchema is the schema behind parseObjective", () => {
		expect(ObjectiveSchema.parse(minimal)).toEqual(parseObjective(minimal));
	});
});

describe("parseObjective: issues, each with its code and path", () => {
	it.each([
		[
			"a missing id and title",
			{},
			[
				["REQUIRED", ["id"]],
				["REQUIRED", ["title"]],
			],
		],
		["an empty id", { ...minimal, id: "" }, [["EMPTY_STRING", ["id"]]]],
		["an unknown type", { ...minimal, type: "stretch" }, [["INVALID_ENUM", ["type"]]]],
		[
			"key results not an array",
			{ ...minimal, keyResults: {} },
			[["INVALID_TYPE", ["keyResults"]]],
		],
		[
			"a bad key result, by its index",
			{ ...minimal, keyResults: [npsKr, { ...revenueKr, target: "5000000.0" }] },
			[["START_EQUALS_TARGET", ["keyResults", 1, "target"]]],
		],
		[
			"a key result without a kind, by its index",
			{ ...minimal, keyResults: [{ id: "kr", title: "x" }] },
			[["REQUIRED", ["keyResults", 0, "kind"]]],
		],
		["a null cycle", { ...minimal, cycle: null }, [["INVALID_TYPE", ["cycle"]]]],
		[
			"a cycle ending before it starts",
			{ ...minimal, cycle: { start: "2025-09-30", end: "2025-07-01" } },
			[["END_BEFORE_START", ["cycle", "end"]]],
		],
		[
			"a cycle with a bad date",
			{ ...minimal, cycle: { start: "2025-7-1", end: "2025-09-30" } },
			[["INVALID_DATE", ["cycle", "start"]]],
		],
		["a numeric owner", { ...minimal, owner: 3 }, [["INVALID_TYPE", ["owner"]]]],
		["a numeric level", { ...minimal, level: 1 }, [["INVALID_TYPE", ["level"]]]],
		["an empty parent id", { ...minimal, parentId: "" }, [["EMPTY_STRING", ["parentId"]]]],
		["a parent id of spaces", { ...minimal, parentId: "  " }, [["EMPTY_STRING", ["parentId"]]]],
		["an id of spaces", { ...minimal, id: " \r\n" }, [["EMPTY_STRING", ["id"]]]],
		["an empty title", { ...minimal, title: "" }, [["EMPTY_STRING", ["title"]]]],
		["a title of spaces", { ...minimal, title: "   " }, [["EMPTY_STRING", ["title"]]]],
		["a KPI id of spaces", { ...minimal, kpiIds: [" "] }, [["EMPTY_STRING", ["kpiIds", 0]]]],
		["a numeric parent id", { ...minimal, parentId: 1 }, [["INVALID_TYPE", ["parentId"]]]],
		[
			"a bad contribution",
			{ ...minimal, contribution: "half" },
			[["INVALID_NUMBER", ["contribution"]]],
		],
		["KPI ids not an array", { ...minimal, kpiIds: "kpi" }, [["INVALID_TYPE", ["kpiIds"]]]],
		["an empty KPI id", { ...minimal, kpiIds: ["a", ""] }, [["EMPTY_STRING", ["kpiIds", 1]]]],
		["a numeric KPI id", { ...minimal, kpiIds: [7] }, [["INVALID_TYPE", ["kpiIds", 0]]]],
	] as const)("reports %s", (_, input, expected) => {
		expect(issuesOf(safeParseObjective(input))).toEqual(expected);
	});

	it("accepts a negative contribution: the cascade check reports it with its own code", () => {
		expect(parseObjective({ ...minimal, contribution: -1 }).contribution).toBe(-1);
	});

	it("lists the issues of every key result and of the objective together", () => {
		const error = errorOf(
			safeParseObjective({
				id: "o",
				title: 1,
				keyResults: [
					{ id: "a", title: "a", kind: "range", low: 2, high: 1 },
					{ id: "b", title: "b", kind: "checklist", items: [] },
					{ id: "c", title: "c", kind: "metric", start: 1, target: 1 },
				],
				cycle: { start: "2025-02-01", end: "2025-01-31" },
			}),
		);
		expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
			["INVALID_TYPE", ["title"]],
			["LOW_ABOVE_HIGH", ["keyResults", 0, "high"]],
			["EMPTY_CHECKLIST", ["keyResults", 1, "items"]],
			["START_EQUALS_TARGET", ["keyResults", 2, "target"]],
			["END_BEFORE_START", ["cycle", "end"]],
		]);
		expect(error.message).toContain("keyResults[0].high");
	});

	it("parseObjective throws what safeParseObjective returns", () => {
		const input = { ...minimal, type: "stretch" };
		const expected = errorOf(safeParseObjective(input));
		expect(() => parseObjective(input)).toThrow(expected.message);
		try {
			parseObjective(input);
		} catch (error) {
			expect(error).toMatchObject({ code: "INVALID_INPUT", issues: expected.issues });
		}
	});

	it("words the issues of type, nested key results and arrays", () => {
		expect(wordedIssuesOf(safeParseObjective({ id: "o", title: "O", type: "stretch" }))).toEqual([
			[
				"INVALID_ENUM",
				["type"],
				'Expected one of "aspirational", "committed", received "stretch".',
			],
		]);
		expect(
			wordedIssuesOf(
				safeParseObjective({
					id: "o",
					title: "O",
					keyResults: [{ id: "k", title: "t", kind: "milestone" }],
				}),
			),
		).toEqual([["REQUIRED", ["keyResults", 0, "done"], '"done" is required.']]);
		expect(wordedIssuesOf(safeParseObjective([]))).toEqual([
			["INVALID_TYPE", [], "Expected an object, received an array."],
		]);
		expect(wordedIssuesOf(safeParseObjective({ id: "o", title: "O", keyResults: 5 }))).toEqual([
			["INVALID_TYPE", ["keyResults"], "Expected an array, received a number."],
		]);
	});

	it("words bad cycle dates and a key result that is null", () => {
		const badDate =
			'Expected a calendar date "YYYY-MM-DD" or a timestamp with an offset ("Z", "+02:00"), received "bad".';
		expect(
			wordedIssuesOf(
				safeParseObjective({ id: "o", title: "O", cycle: { start: "bad", end: "2025-01-01" } }),
			),
		).toEqual([["INVALID_DATE", ["cycle", "start"], badDate]]);
		expect(
			wordedIssuesOf(
				safeParseObjective({ id: "o", title: "O", cycle: { start: "2025-01-01", end: "bad" } }),
			),
		).toEqual([["INVALID_DATE", ["cycle", "end"], badDate]]);
		expect(wordedIssuesOf(safeParseObjective({ id: "o", title: "O", keyResults: [null] }))).toEqual(
			[["INVALID_TYPE", ["keyResults", 0], "Expected an object, received null."]],
		);
	});
});
