/**
 * The zod model's issues in full (code, path, words) for a range of bad input: mutation testing
 * (issue 8) showed the translation of zod's issues into okr-kit's was not pinned word for word.
 */
import { describe, expect, it } from "vitest";
import {
	type SafeParseResult,
	safeParseKeyResult,
	safeParseKpi,
	safeParseObjective,
} from "../../src/index.js";

function issuesOf(result: SafeParseResult<unknown>): unknown {
	return result.success
		? "parsed"
		: result.error.issues.map((issue) => [issue.code, issue.path, issue.message]);
}

const KINDS = '"metric", "threshold", "range", "milestone", "checklist"';

describe("the zod model's issues", () => {
	it("key results: kind, required fields, types, numbers", () => {
		expect(issuesOf(safeParseKeyResult({}))).toEqual([
			["REQUIRED", ["kind"], '"kind" is required.'],
		]);
		expect(issuesOf(safeParseKeyResult(null))).toEqual([
			["INVALID_TYPE", [], "Expected an object, received null."],
		]);
		expect(issuesOf(safeParseKeyResult({ id: "kr", title: "T", kind: "percent" }))).toEqual([
			["INVALID_ENUM", ["kind"], `Expected one of ${KINDS}, received "percent".`],
		]);
		expect(
			issuesOf(safeParseKeyResult({ id: "", title: 5, kind: "metric", start: "abc", target: 5 })),
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
			issuesOf(
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
			issuesOf(safeParseKeyResult({ id: "k", title: "t", kind: "milestone", done: "yes" })),
		).toEqual([["INVALID_TYPE", ["done"], "Expected true or false, received a string."]]);
		expect(
			issuesOf(safeParseKeyResult({ id: "k", title: "t", kind: "checklist", items: [] })),
		).toEqual([["EMPTY_CHECKLIST", ["items"], "A checklist key result needs at least one item."]]);
		expect(
			issuesOf(
				safeParseKeyResult({ id: "k", title: "t", kind: "checklist", items: [{ title: "a" }] }),
			),
		).toEqual([["REQUIRED", ["items", 0, "done"], '"done" is required.']]);
	});

	it("objectives: type, nested key results, arrays", () => {
		expect(issuesOf(safeParseObjective({ id: "o", title: "O", type: "stretch" }))).toEqual([
			[
				"INVALID_ENUM",
				["type"],
				'Expected one of "aspirational", "committed", received "stretch".',
			],
		]);
		expect(
			issuesOf(
				safeParseObjective({
					id: "o",
					title: "O",
					keyResults: [{ id: "k", title: "t", kind: "milestone" }],
				}),
			),
		).toEqual([["REQUIRED", ["keyResults", 0, "done"], '"done" is required.']]);
		expect(issuesOf(safeParseObjective([]))).toEqual([
			["INVALID_TYPE", [], "Expected an object, received an array."],
		]);
		expect(issuesOf(safeParseObjective({ id: "o", title: "O", keyResults: 5 }))).toEqual([
			["INVALID_TYPE", ["keyResults"], "Expected an array, received a number."],
		]);
	});

	it("KPIs: direction, cadence, measurements", () => {
		expect(issuesOf(safeParseKpi({ id: "k", name: "K", direction: "up", target: 1 }))).toEqual([
			[
				"INVALID_ENUM",
				["direction"],
				'Expected one of "higherIsBetter", "lowerIsBetter", "onTarget", received "up".',
			],
		]);
		expect(
			issuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 1,
					measurements: [{ at: "2025-02-30", value: "x" }],
					cadence: 5,
				}),
			),
		).toEqual([
			[
				"INVALID_ENUM",
				["cadence"],
				'Expected one of "daily", "weekly", "monthly", "quarterly", received a number.',
			],
			[
				"INVALID_DATE",
				["measurements", 0, "at"],
				'Expected a calendar date "YYYY-MM-DD" or a Date, received "2025-02-30".',
			],
			[
				"INVALID_NUMBER",
				["measurements", 0, "value"],
				'Expected a finite number or a decimal string such as "12.5", received "x".',
			],
		]);
	});

	it("weights, dates and thresholds: one issue each, in words", () => {
		expect(
			issuesOf(
				safeParseKeyResult({ id: "k", title: "t", kind: "milestone", done: true, weight: -1 }),
			),
		).toEqual([["NEGATIVE", ["weight"], "Must be zero or more, received -1."]]);
		expect(
			issuesOf(
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
		expect(
			issuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 1,
					origin: { objectiveId: "o", keyResultId: "kr", promotedAt: "2025-02-30" },
				}),
			),
		).toEqual([
			[
				"INVALID_DATE",
				["origin", "promotedAt"],
				'Expected a calendar date "YYYY-MM-DD", received "2025-02-30".',
			],
		]);
		const badDate = 'Expected a calendar date "YYYY-MM-DD" or a Date, received "bad".';
		expect(
			issuesOf(
				safeParseObjective({ id: "o", title: "O", cycle: { start: "bad", end: "2025-01-01" } }),
			),
		).toEqual([["INVALID_DATE", ["cycle", "start"], badDate]]);
		expect(
			issuesOf(
				safeParseObjective({ id: "o", title: "O", cycle: { start: "2025-01-01", end: "bad" } }),
			),
		).toEqual([["INVALID_DATE", ["cycle", "end"], badDate]]);
		expect(
			issuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 0,
					thresholds: { mode: 5, green: 0, yellow: 1 },
				}),
			),
		).toEqual([
			[
				"INVALID_ENUM",
				["thresholds", "mode"],
				'Expected one of "absolute", "relative", received a number.',
			],
		]);
		expect(issuesOf(safeParseObjective({ id: "o", title: "O", keyResults: [null] }))).toEqual([
			["INVALID_TYPE", ["keyResults", 0], "Expected an object, received null."],
		]);
		expect(issuesOf(safeParseKeyResult({ id: "k", title: "t", kind: undefined }))).toEqual([
			["REQUIRED", ["kind"], '"kind" is required.'],
		]);
		expect(issuesOf(safeParseKeyResult({ id: "k", kind: "milestone", done: true }))).toEqual([
			["REQUIRED", ["title"], '"title" is required.'],
		]);
	});
});
