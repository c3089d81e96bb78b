/**
 * The fields every kind of key result has, here its closing grade: `closing: { score, note?, at? }`
 * read and checked like any field, and, from `at` on, the key result's progress in every
 * computation (docs/cycle.md, "Closing grades").
 */
import { describe, expect, it } from "vitest";
import {
	createRollUp,
	explain,
	forecast,
	gradeObjective,
	jsonSchemas,
	type KeyResult,
	KeyResultSchema,
	keyResultProgress,
	lint,
	objectiveProgress,
	paceStatus,
	parseKeyResult,
	programHealth,
	progressAt,
	promoteToKpi,
	quarter,
	rollUp,
} from "../../src/index.js";
import {
	expectCode,
	expectIssue,
	expectUnmutated,
	loose,
	metric,
	objective,
} from "../support/foundation.js";

/** One key result of each kind, none of them done or at target. */
const kinds: readonly KeyResult[] = [
	metric(0, 100, 40),
	{ id: "t", title: "Uptime", kind: "threshold", direction: "atLeast", threshold: 99, current: 98 },
	{ id: "r", title: "Stock", kind: "range", low: 10, high: 20, current: 30 },
	{ id: "m", title: "Launch", kind: "milestone", done: false },
	{
		id: "c",
		title: "Hire",
		kind: "checklist",
		items: [
			{ title: "a", done: true },
			{ title: "b", done: false },
		],
	},
];

const closed = (kr: KeyResult, closing: Record<string, unknown>): KeyResult =>
	({ ...kr, closing }) as KeyResult;

describe("closing: reading and checking", () => {
	it("is optional on every kind, and kept as written by parsing", () => {
		for (const kr of kinds) {
			const closing = { score: "0.65", note: "Graded at the review", at: "2025-09-30" };
			expect(parseKeyResult(closed(kr, closing)).closing).toEqual(closing);
			expect(parseKeyResult(kr).closing).toBeUndefined();
		}
		expect(
			parseKeyResult(closed(metric(0, 1), { score: 1, at: new Date("2025-09-30T12:00:00Z") }))
				.closing,
		).toEqual({
			score: 1,
			at: new Date("2025-09-30T12:00:00Z"),
		});
	});

	it("reports a bad score, note or day at its own path", () => {
		const kr = metric(0, 100, 40);
		expectIssue(() => keyResultProgress(closed(kr, {})), "REQUIRED", ["closing", "score"]);
		expectIssue(() => keyResultProgress(closed(kr, { score: Number.NaN })), "INVALID_NUMBER", [
			"closing",
			"score",
		]);
		expectIssue(() => keyResultProgress(closed(kr, { score: "high" })), "INVALID_NUMBER", [
			"closing",
			"score",
		]);
		expectIssue(() => keyResultProgress(closed(kr, { score: 1, note: 7 })), "INVALID_TYPE", [
			"closing",
			"note",
		]);
		expectIssue(
			() => keyResultProgress(closed(kr, { score: 1, note: "x".repeat(10_001) })),
			"TOO_LONG",
			["closing", "note"],
		);
		expectIssue(
			() => keyResultProgress(closed(kr, { score: 1, at: "2025-02-30" })),
			"INVALID_DATE",
			["closing", "at"],
		);
		const notARecord = expectIssue(
			() => keyResultProgress(loose({ ...kr, closing: 0.7 })),
			"INVALID_TYPE",
			["closing"],
		);
		expect(notARecord.issues[0]?.message).toContain("a closing { score, note?, at? }");
		expectIssue(() => keyResultProgress(loose({ ...kr, closing: null })), "INVALID_TYPE", [
			"closing",
		]);
	});

	it("counts a closing with a day, whatever its day, when no day is asked (the data as it stands)", () => {
		const kr = metric(0, 100, 40);
		for (const at of ["1970-01-02", "2025-09-30", "9999-12-31"]) {
			expect(keyResultProgress(closed(kr, { score: 0.7, at }))).toBe(0.7);
		}
		expect(
			keyResultProgress(closed(kr, { score: 0.7, at: "2025-09-30" }), { asOf: "2025-09-29" }),
		).toBe(0.4);
		// A closing without a day counts as of any day, before 1970 too (days are negative there).
		expect(keyResultProgress(closed(kr, { score: 0.7 }), { asOf: "1960-01-01" })).toBe(0.7);
	});

	it("takes a note of 10,000 characters, an empty note, and any finite score", () => {
		const kr = metric(0, 100, 40);
		expect(keyResultProgress(closed(kr, { score: 0.5, note: "x".repeat(10_000) }))).toBe(0.5);
		expect(keyResultProgress(closed(kr, { score: 0.5, note: "" }))).toBe(0.5);
		expect(keyResultProgress(closed(kr, { score: -3 }))).toBe(0);
		expect(keyResultProgress(closed(kr, { score: "1e300" }))).toBe(1);
	});

	it("is checked the same by the zod schema, whose issues name the same paths", () => {
		const result = KeyResultSchema.safeParse(
			closed(metric(0, 1), { score: "x", note: "y".repeat(10_001), at: "soon" }),
		);
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((issue) => issue.path);
		expect(paths).toEqual([
			["closing", "score"],
			["closing", "note"],
			["closing", "at"],
		]);
	});

	it("is in the key result JSON Schema of every kind", () => {
		const text = JSON.stringify(jsonSchemas.keyResult);
		const count = text.split('"closing":').length - 1;
		expect(count).toBe(5);
	});
});

describe("closing: the key result's progress from its day on", () => {
	it("is closing.score, clamped like any progress, for every kind", () => {
		for (const kr of kinds) {
			expect(keyResultProgress(closed(kr, { score: 0.6 }))).toBe(0.6);
			expect(keyResultProgress(closed(kr, { score: "0.65" }))).toBe(0.65);
			expect(keyResultProgress(closed(kr, { score: 1.3 }))).toBe(1);
			expect(
				keyResultProgress(closed(kr, { score: 1.3 }), { policy: { progress: { cap: 1.2 } } }),
			).toBe(1.2);
			expect(
				keyResultProgress(closed(kr, { score: 1.3 }), { policy: { progress: { cap: null } } }),
			).toBe(1.3);
			expect(keyResultProgress(closed(kr, { score: -0.5 }))).toBe(0);
			expect(
				keyResultProgress(closed(kr, { score: 0.05 }), { policy: { progress: { floor: 0.1 } } }),
			).toBe(0.1);
		}
	});

	it("is exact for decimal strings, and never -0", () => {
		expect(keyResultProgress(closed(metric(0, 1, 0), { score: "0.3" }))).toBe(0.3);
		const zero = keyResultProgress(closed(metric(0, 1, 1), { score: "-0" }));
		expect(Object.is(zero, 0)).toBe(true);
	});

	it("counts from its `at` on: as of an earlier day the data scores it", () => {
		const kr = closed(
			metric(0, 100, undefined, {
				checkIns: [
					{ at: "2025-08-10", value: 40 },
					{ at: "2025-09-28", value: 95 },
				],
			}),
			{ score: 0.7, at: "2025-09-30" },
		);
		expect(keyResultProgress(kr)).toBe(0.7);
		expect(keyResultProgress(kr, { asOf: "2025-09-29" })).toBe(0.95);
		expect(keyResultProgress(kr, { asOf: "2025-09-30" })).toBe(0.7);
		expect(keyResultProgress(kr, { asOf: "2025-10-15" })).toBe(0.7);
		expect(progressAt(kr, "2025-08-15")).toBe(0.4);
	});

	it("counts as of any day when it has no `at`", () => {
		const kr = closed(metric(0, 100, 40), { score: 0.9 });
		expect(progressAt(kr, "2000-01-01")).toBe(0.9);
	});

	it("does not change the key result given", () => {
		const kr = closed(metric(0, 100, 40), { score: 0.9, at: "2025-09-30", note: "n" });
		expect(expectUnmutated(kr, (k) => keyResultProgress(k))).toBe(0.9);
	});
});

describe("closing: in every computation", () => {
	const q3 = quarter(2025, 3);
	/** Two key results at 0.4 and 0.6; the second closed at 1 on the cycle's last day. */
	const graded = () =>
		objective(
			[
				metric(0, 100, 40, { id: "a" }),
				closed(metric(0, 100, 60, { id: "b" }), { score: 1, at: "2025-09-30" }),
			],
			{ cycle: q3, owner: "ana" },
		);

	it("objectiveProgress and gradeObjective", () => {
		expect(objectiveProgress(graded())).toBe(0.7);
		expect(objectiveProgress(graded(), { asOf: "2025-09-29" })).toBe(0.5);
		expect(gradeObjective(graded())).toMatchObject({
			score: 0.7,
			grade: 0.7,
			outcome: "sweetSpot",
		});
		expect(gradeObjective(graded(), { asOf: "2025-09-29" }).grade).toBe(0.5);
	});

	it("paceStatus and programHealth read it as of their day", () => {
		expect(paceStatus(graded(), "2025-09-30").progress).toBe(0.7);
		expect(paceStatus(graded(), "2025-09-29").progress).toBe(0.5);
		expect(programHealth([graded()], [], "2025-09-30").achievementRate.value).toBe(0.7);
		expect(programHealth([graded()], [], "2025-09-29").achievementRate.value).toBe(0.5);
	});

	it("rollUp, createRollUp and explain", () => {
		const family = [objective("parent"), { ...graded(), id: "child", parentId: "parent" }];
		expect(rollUp(family).get("parent")?.score).toBe(0.7);
		const live = createRollUp(family);
		const reopened = live.update("b", { closing: undefined });
		expect(reopened.scores.get("parent")?.score).toBe(0.5);
		expect(reopened.update("a", { closing: { score: 0.8 } }).scores.get("child")?.score).toBe(0.7);
		expect(explain(family, "child").terms.map((t) => [t.id, t.progress])).toEqual([
			["a", 0.4],
			["b", 1],
		]);
	});

	it("lint's NOT_AMBITIOUS counts grades given at closing", () => {
		const perfect = (start: string, i: number) =>
			objective([closed(metric(0, 100, 10, { id: `k${i}` }), { score: 1 })], {
				id: `o${i}`,
				owner: "ana",
				cycle: { start, end: `${start.slice(0, 8)}28` },
			});
		const objectives = ["2025-01-01", "2025-02-01", "2025-03-01"].map(perfect);
		expect(lint(objectives).map((f) => f.code)).toContain("NOT_AMBITIOUS");
	});

	it("promotion to a KPI asks whether the value reached the target, whatever the grade", () => {
		const reached = closed(metric(90, 99, 99.5, { id: "up" }), { score: 0.3 });
		expect(promoteToKpi(objective([reached]), "up").target).toBe(99);
		const short = closed(metric(90, 99, 95, { id: "up" }), { score: 1 });
		expectCode(() => promoteToKpi(objective([short]), "up"), "KEY_RESULT_NOT_ACHIEVED");
	});

	it("forecast reads values, not grades", () => {
		const kr = closed(
			metric(0, 100, undefined, {
				checkIns: [
					{ at: "2025-07-01", value: 0 },
					{ at: "2025-08-01", value: 31 },
				],
			}),
			{ score: 1 },
		);
		expect(forecast(kr, { start: "2025-07-01", end: "2025-08-11" }, "2025-08-01").value).toBe(41);
	});
});
