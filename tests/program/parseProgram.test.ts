import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	keyResultProgress,
	OkrValidationError,
	parseKpi,
	parseObjective,
	parseProgram,
	rollUp,
	safeParseProgram,
} from "../../src/index.js";
import { soundCascadeOf } from "../fuzz/hostile.js";
import { expectUnmutated, thrown } from "../support/foundation.js";

const q3 = { start: "2025-07-01", end: "2025-09-30" };
const csat = { id: "csat", title: "CSAT 85 → 95", kind: "metric", start: 85, target: 95 };
const uptime = { id: "uptime", name: "Uptime", direction: "higherIsBetter", target: 99.9 };

/** Every issue of a program as `[code, path, id]`. */
function issuesOf(input: unknown, options?: object): unknown[][] {
	const result = safeParseProgram(input, options as never);
	if (result.success) throw new Error("Expected the program to be refused.");
	return result.error.issues.map((i) => [i.code, i.path, i.id]);
}

function warningsOf(input: unknown, options?: object): unknown[][] {
	return parseProgram(input, options as never).warnings.map((w) => [w.code, w.path, w.id]);
}

describe("parseProgram: a whole program parsed", () => {
	it("fills defaults as parseObjective and parseKpi do, kpis [] when not given, frozen", () => {
		const input = { objectives: [{ id: "o", title: "O", keyResults: [csat] }] };
		const parsed = expectUnmutated(input, (i) => parseProgram(i));
		expect(parsed).toEqual({
			objectives: [parseObjective(input.objectives[0])],
			kpis: [],
			warnings: [],
		});
		expect(Object.isFrozen(parsed)).toBe(true);
		expect(Object.isFrozen(parsed.warnings)).toBe(true);
		expect(parseProgram({ ...input, kpis: [uptime] }).kpis).toEqual([parseKpi(uptime)]);
	});

	it("keeps a typo'd field, warns UNKNOWN_KEY at its path with the key result's id and the name it stands for", () => {
		const parsed = parseProgram({
			objectives: [{ id: "o", title: "O", keyResults: [{ ...csat, currrent: 90 }] }],
		});
		expect(parsed.warnings).toEqual([
			{
				code: "UNKNOWN_KEY",
				path: ["objectives", 0, "keyResults", 0, "currrent"],
				message: 'Unknown field "currrent" (did you mean "current"?)',
				id: "csat",
			},
		]);
		const kr = parsed.objectives[0]?.keyResults[0] as unknown as Record<string, unknown>;
		expect(kr["currrent"]).toBe(90);
		// Kept, not read: the key result still has no current value.
		expect(keyResultProgress(parsed.objectives[0]?.keyResults[0] as never)).toBe(0);
	});

	it("warns about unknown fields at every depth, each with the nearest readable id", () => {
		const warnings = warningsOf({
			source: "tool",
			objectives: [
				{
					id: "o",
					title: "O",
					meta: 1,
					cycle: { ...q3, tz: "UTC" },
					keyResults: [
						{ ...csat, checkIns: [{ at: "2025-07-02", value: 86, by: "ann" }] },
						{
							id: "list",
							title: "L",
							kind: "checklist",
							items: [{ title: "a", done: false, owner: "x" }],
						},
					],
				},
			],
			kpis: [
				{
					...uptime,
					thresholds: { mode: "absolute", green: 0, yellow: 1, red: 2 },
					measurements: [{ at: "2025-07-01", value: 99, src: "x" }],
					origin: { objectiveId: "o", keyResultId: "k", promotedAt: null, by: "bot" },
				},
			],
		});
		// In the order of the document: its keys as the tool wrote them, its items by index.
		expect(warnings).toEqual([
			["UNKNOWN_KEY", ["source"], undefined],
			["UNKNOWN_KEY", ["objectives", 0, "meta"], "o"],
			["UNKNOWN_KEY", ["objectives", 0, "cycle", "tz"], "o"],
			["UNKNOWN_KEY", ["objectives", 0, "keyResults", 0, "checkIns", 0, "by"], "csat"],
			["UNKNOWN_KEY", ["objectives", 0, "keyResults", 1, "items", 0, "owner"], "list"],
			["UNKNOWN_KEY", ["kpis", 0, "thresholds", "red"], "uptime"],
			["UNKNOWN_KEY", ["kpis", 0, "measurements", 0, "src"], "uptime"],
			["UNKNOWN_KEY", ["kpis", 0, "origin", "by"], "uptime"],
		]);
	});

	it("with strict: true, unknown fields are UNKNOWN_KEY issues instead", () => {
		expect(
			issuesOf(
				{ objectives: [{ id: "o", title: "O", keyResults: [{ ...csat, currrent: 90 }] }] },
				{ strict: true },
			),
		).toEqual([["UNKNOWN_KEY", ["objectives", 0, "keyResults", 0, "currrent"], "csat"]]);
		expect(thrown(() => parseProgram({ objectives: [], x: 1 }, { strict: true }))).toBeInstanceOf(
			OkrValidationError,
		);
	});

	it("lists every issue at once, with paths from the root and the nearest readable id", () => {
		const objectives = [
			{ id: "a", title: "A" },
			{ id: "b", title: "" },
			{ id: "c", title: "C", type: "stretch" },
			{
				id: "d",
				title: "D",
				keyResults: [
					{ ...csat, start: "lots" },
					{ ...csat, id: "", target: "x" },
				],
			},
		];
		expect(issuesOf({ objectives, kpis: [{ ...uptime, target: null }, 7] })).toEqual([
			["EMPTY_STRING", ["objectives", 1, "title"], "b"],
			["INVALID_ENUM", ["objectives", 2, "type"], "c"],
			["INVALID_NUMBER", ["objectives", 3, "keyResults", 0, "start"], "csat"],
			["EMPTY_STRING", ["objectives", 3, "keyResults", 1, "id"], "d"],
			["INVALID_NUMBER", ["objectives", 3, "keyResults", 1, "target"], "d"],
			["INVALID_NUMBER", ["kpis", 0, "target"], "uptime"],
			["INVALID_TYPE", ["kpis", 1], undefined],
		]);
	});

	it("reports the root's own shape", () => {
		expect(issuesOf(null)).toEqual([["INVALID_TYPE", [], undefined]]);
		expect(issuesOf([])).toEqual([["INVALID_TYPE", [], undefined]]);
		expect(issuesOf({})).toEqual([["REQUIRED", ["objectives"], undefined]]);
		expect(issuesOf({ objectives: {}, kpis: "none" })).toEqual([
			["INVALID_TYPE", ["objectives"], undefined],
			["INVALID_TYPE", ["kpis"], undefined],
		]);
	});

	it("reports the cascade's issues with paths from the root", () => {
		expect(
			issuesOf({
				objectives: [
					{ id: "a", title: "A", keyResults: [csat] },
					{ id: "a", title: "A again", keyResults: [csat] },
					{ id: "b", title: "B", parentId: "ghost" },
					{ id: "c", title: "C", parentId: "d" },
					{ id: "d", title: "D", parentId: "c", contribution: -1 },
				],
			}),
		).toEqual([
			["DUPLICATE_ID", ["objectives", 1, "id"], "a"],
			["DUPLICATE_ID", ["objectives", 1, "keyResults", 0, "id"], "csat"],
			["UNKNOWN_PARENT", ["objectives", 2, "parentId"], "b"],
			["ALIGNMENT_CYCLE", ["objectives", 3, "parentId"], "c"],
			["NEGATIVE_CONTRIBUTION", ["objectives", 4, "contribution"], "d"],
		]);
	});

	it("checks links over what can be read: a parent with a broken field is still a parent", () => {
		expect(
			issuesOf({
				objectives: [
					{ id: "p", title: "" },
					{ id: "child", title: "C", parentId: "p" },
					"not an objective",
					{ id: "child", title: "C2", parentId: 5 },
				],
			}),
		).toEqual([
			["EMPTY_STRING", ["objectives", 0, "title"], "p"],
			["INVALID_TYPE", ["objectives", 2], undefined],
			["INVALID_TYPE", ["objectives", 3, "parentId"], "child"],
			["DUPLICATE_ID", ["objectives", 3, "id"], "child"],
		]);
	});

	it("reports UNKNOWN_KPI for a kpiIds entry naming no KPI given, only when kpis is given", () => {
		const objectives = [{ id: "o", title: "O", kpiIds: ["uptime", "nps"] }];
		expect(issuesOf({ objectives, kpis: [uptime] })).toEqual([
			["UNKNOWN_KPI", ["objectives", 0, "kpiIds", 1], "o"],
		]);
		expect((thrown(() => parseProgram({ objectives, kpis: [] })) as Error).message).toBe(
			'objectives[0].kpiIds[0]: Objective "o" names KPI "uptime", which is not among the KPIs given.\nobjectives[0].kpiIds[1]: Objective "o" names KPI "nps", which is not among the KPIs given.',
		);
		expect(parseProgram({ objectives }).warnings).toEqual([]);
	});

	it("keeps messages short for a value of a million characters", () => {
		const long = "x".repeat(1_000_000);
		const error = thrown(() =>
			parseProgram({
				objectives: [
					{ id: long, title: long },
					{ id: long, title: "B", parentId: long, kpiIds: [long] },
				],
				kpis: [],
			}),
		) as OkrValidationError;
		expect(error.issues.map((i) => [i.code, i.path])).toEqual([
			["TOO_LONG", ["objectives", 0, "id"]],
			["TOO_LONG", ["objectives", 0, "title"]],
			["TOO_LONG", ["objectives", 1, "id"]],
			["TOO_LONG", ["objectives", 1, "parentId"]],
			["TOO_LONG", ["objectives", 1, "kpiIds", 0]],
		]);
		for (const issue of error.issues) expect(issue.message.length).toBeLessThan(120);
		expect(error.message.length).toBeLessThan(1000);
	});

	it("quotes at most 40 characters of a long id in a cascade message", () => {
		const id = "y".repeat(1000);
		const error = thrown(() =>
			parseProgram({
				objectives: [
					{ id, title: "A" },
					{ id, title: "B" },
				],
			}),
		) as OkrValidationError;
		expect(error.issues.map((i) => [i.code, i.id === id])).toEqual([["DUPLICATE_ID", true]]);
		expect(error.issues[0]?.message.length).toBeLessThan(120);
	});

	it("warns DATED_AFTER_AS_OF for each entry dated after options.asOf, at the entry's path", () => {
		const input = {
			objectives: [
				{
					id: "o",
					title: "O",
					keyResults: [
						{
							...csat,
							checkIns: [
								{ at: "2025-08-01", value: 88 },
								{ at: "2025-08-16", value: 90 },
							],
						},
						{
							id: "ship",
							title: "Ship",
							kind: "milestone",
							done: true,
							doneAt: "2025-09-01",
							closing: { score: 1, at: "2025-09-30" },
						},
						{
							id: "list",
							title: "L",
							kind: "checklist",
							items: [
								{ title: "a", done: true, doneAt: "2025-08-15" },
								{ title: "b", done: true, doneAt: new Date("2025-08-20T00:00:00Z") },
							],
						},
					],
				},
			],
			kpis: [{ ...uptime, measurements: [{ at: "2025-09-30", value: 99.95 }] }],
		};
		expect(warningsOf(input, { asOf: "2025-08-15" })).toEqual([
			["DATED_AFTER_AS_OF", ["objectives", 0, "keyResults", 0, "checkIns", 1], "csat"],
			["DATED_AFTER_AS_OF", ["objectives", 0, "keyResults", 1, "doneAt"], "ship"],
			["DATED_AFTER_AS_OF", ["objectives", 0, "keyResults", 1, "closing", "at"], "ship"],
			["DATED_AFTER_AS_OF", ["objectives", 0, "keyResults", 2, "items", 1, "doneAt"], "list"],
			["DATED_AFTER_AS_OF", ["kpis", 0, "measurements", 0], "uptime"],
		]);
		expect(parseProgram(input, { asOf: "2025-08-15" }).warnings[1]?.message).toBe(
			'"doneAt" is 2025-09-01, after the day asked (2025-08-15): as of that day it has not happened yet.',
		);
		expect(warningsOf(input)).toEqual([]);
		expect(warningsOf(input, { asOf: "2025-12-31" })).toEqual([]);
	});

	it("warns CHECK_IN_OUTSIDE_CYCLE for each check-in outside its objective's cycle, whatever asOf says", () => {
		const input = {
			objectives: [
				{
					id: "o",
					title: "O",
					cycle: q3,
					keyResults: [
						{
							...csat,
							checkIns: [
								{ at: "2025-06-30", value: 86 },
								{ at: "2025-07-01", value: 87 },
								{ at: "2025-09-30", value: 88 },
								{ at: "2025-10-01", value: 89 },
							],
						},
					],
				},
				{
					id: "free",
					title: "No cycle",
					keyResults: [{ ...csat, id: "k2", checkIns: [{ at: "1999-01-01", value: 1 }] }],
				},
			],
		};
		const expected = [
			["CHECK_IN_OUTSIDE_CYCLE", ["objectives", 0, "keyResults", 0, "checkIns", 0], "csat"],
			["CHECK_IN_OUTSIDE_CYCLE", ["objectives", 0, "keyResults", 0, "checkIns", 3], "csat"],
		];
		expect(warningsOf(input)).toEqual(expected);
		expect(warningsOf(input, { asOf: "2026-01-01" })).toEqual(expected);
		expect(parseProgram(input).warnings[0]?.message).toBe(
			'Dated 2025-06-30, outside the cycle of objective "o" (2025-07-01 to 2025-09-30): a date typed wrong, or a key result carried over from another cycle?',
		);
	});

	it("lists warnings in the order of the document, whichever check found them", () => {
		const input = {
			objectives: [
				{
					id: "early",
					title: "Early",
					cycle: q3,
					keyResults: [{ ...csat, checkIns: [{ at: "2025-06-30", value: 86, by: "ann" }] }],
				},
				{ id: "later", title: "Later", team: "web", keyResults: [{ ...csat, id: "k2" }] },
			],
		};
		expect(warningsOf(input)).toEqual([
			["CHECK_IN_OUTSIDE_CYCLE", ["objectives", 0, "keyResults", 0, "checkIns", 0], "csat"],
			["UNKNOWN_KEY", ["objectives", 0, "keyResults", 0, "checkIns", 0, "by"], "csat"],
			["UNKNOWN_KEY", ["objectives", 1, "team"], "later"],
		]);
		// Items by index, even past ten (not as text: "10" before "9").
		const many = {
			objectives: Array.from({ length: 11 }, (_, i) => ({
				id: `o${i}`,
				title: "O",
				keyResults: [{ ...csat, id: `k${i}` }],
				...(i === 9 || i === 10 ? { note: i } : {}),
			})),
		};
		expect(warningsOf(many).map((w) => w[2])).toEqual(["o9", "o10"]);
	});

	it("keeps a tool's own fields through a JSON round trip, and __proto__ as a plain field", () => {
		const text = JSON.stringify({
			exportedBy: "tool",
			objectives: [
				{ id: "o", title: "O", color: "#f00", keyResults: [{ ...csat, jiraKey: "OKR-1" }] },
			],
			kpis: [{ ...uptime, dashboard: { url: "https://example.com" } }],
		}).replace('"color"', '"__proto__":{"polluted":true},"color"');
		const parsed = parseProgram(JSON.parse(text));
		const { warnings, ...data } = parsed;
		expect(warnings).toHaveLength(5);
		const again = parseProgram(JSON.parse(JSON.stringify(data)));
		const { warnings: warnedAgain, ...dataAgain } = again;
		expect(JSON.stringify(dataAgain)).toBe(JSON.stringify(data));
		// The same warnings, in the order of the parsed document (defaults first, unknown fields last).
		const paths = (list: typeof warnings) => list.map((w) => w.path.join("."));
		expect(paths(warnedAgain)).toEqual([
			"objectives.0.keyResults.0.jiraKey",
			"objectives.0.__proto__",
			"objectives.0.color",
			"kpis.0.dashboard",
			"exportedBy",
		]);
		expect(paths(warnings)).toEqual([
			"exportedBy",
			"objectives.0.__proto__",
			"objectives.0.color",
			"objectives.0.keyResults.0.jiraKey",
			"kpis.0.dashboard",
		]);
		const o = parsed.objectives[0] as unknown as Record<string, unknown>;
		expect(Object.getOwnPropertyDescriptor(o, "__proto__")?.value).toEqual({ polluted: true });
		expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
		expect((parsed as unknown as Record<string, unknown>)["exportedBy"]).toBe("tool");
	});

	it("replaces a root field named warnings with the warnings (and warns about it)", () => {
		const parsed = parseProgram({ objectives: [], warnings: "mine" });
		expect(parsed.warnings.map((w) => [w.code, w.path])).toEqual([["UNKNOWN_KEY", ["warnings"]]]);
		// The warnings come last, after the fields of the root the model does not know.
		expect(Object.keys(parseProgram({ warnings: "mine", objectives: [], extra: 1 }))).toEqual([
			"objectives",
			"kpis",
			"extra",
			"warnings",
		]);
	});

	it("gives an issue an id only where one can be read", () => {
		const result = safeParseProgram({ objectives: [{ id: "o", title: "" }], kpis: "none" });
		expect(result.success).toBe(false);
		const issues = result.success ? [] : result.error.issues;
		expect(issues.map((issue) => Object.hasOwn(issue, "id"))).toEqual([true, false]);
	});

	it("refuses bad options: safeParseProgram returns the error, parseProgram throws it", () => {
		expect(issuesOf({ objectives: [] }, { strict: "yes" })).toEqual([
			["INVALID_TYPE", ["options", "strict"], undefined],
		]);
		expect(issuesOf({ objectives: [] }, { asOf: "soon" })).toEqual([
			["INVALID_DATE", ["options", "asOf"], undefined],
		]);
		expect(() => parseProgram({ objectives: [] }, { asOf: "soon" } as never)).toThrow(
			OkrValidationError,
		);
	});
});

describe("parseProgram: laws", () => {
	const programs = soundCascadeOf().filter((objectives) => {
		return safeParseProgram({ objectives }).success;
	});

	it("parses a valid program as parsing each record", () => {
		fc.assert(
			fc.property(programs, (objectives) => {
				const parsed = parseProgram({ objectives });
				expect(parsed.objectives).toStrictEqual(
					(objectives as unknown[]).map((o) => parseObjective(o)),
				);
			}),
			{ numRuns: 100 },
		);
	});

	it("adding an unknown field never changes a score, and gives one UNKNOWN_KEY warning at its path", () => {
		fc.assert(
			fc.property(
				programs,
				fc.nat(),
				fc.nat(),
				fc.constantFrom("currrent", "__proto__", "x-tool", "Title", "constructor"),
				(objectives, i, k, key) => {
					const list = objectives as Record<string, unknown>[];
					const o = i % list.length;
					const krs = (list[o]?.["keyResults"] ?? []) as Record<string, unknown>[];
					const before = parseProgram({ objectives: list });
					let path: (string | number)[];
					const changed = list.map((x) => ({ ...x }));
					if (krs.length > 0) {
						const kr = k % krs.length;
						const copy = krs.map((x) => ({ ...x }));
						Object.defineProperty(copy[kr], key, { value: 1, enumerable: true });
						(changed[o] as Record<string, unknown>)["keyResults"] = copy;
						path = ["objectives", o, "keyResults", kr, key];
					} else {
						Object.defineProperty(changed[o], key, { value: 1, enumerable: true });
						path = ["objectives", o, key];
					}
					const after = parseProgram({ objectives: changed });
					const added = after.warnings.filter((w) => w.code === "UNKNOWN_KEY");
					expect(added.map((w) => w.path)).toEqual([path]);
					expect(before.warnings).toEqual(after.warnings.filter((w) => w.code !== "UNKNOWN_KEY"));
					const scores = (p: typeof before) =>
						safeScores(() => [...rollUp(p.objectives as never)].map(([id, s]) => [id, s.score]));
					expect(scores(after)).toEqual(scores(before));
				},
			),
			{ numRuns: 100 },
		);
	});
});

function safeScores(fn: () => unknown): unknown {
	try {
		return fn();
	} catch (error) {
		return (error as { code?: string }).code;
	}
}
