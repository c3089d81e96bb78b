/** `objectiveProgress`: Σ wᵢ·pᵢ / Σ wᵢ over the key results, each clamped first (docs/scoring.md). */
import { describe, expect, it } from "vitest";
import { type KeyResult, keyResultProgress, objectiveProgress } from "../../src/index.js";
import {
	expectCode,
	expectIssue,
	expectUnmutated,
	metric,
	objective,
} from "../support/foundation.js";

const kr = (id: string, current: number | string, weight?: number | string): KeyResult =>
	({ ...metric(0, 100, current), id, ...(weight === undefined ? {} : { weight }) }) as KeyResult;

describe("objectiveProgress and keyResultProgress as of a day (options.asOf)", () => {
	const history = metric(0, 100, 95, {
		id: "k",
		checkIns: [
			{ at: "2025-07-15", value: 20 },
			{ at: "2025-08-10", value: 40 },
			{ at: "2025-09-28", value: 95 },
		],
	});

	it("reads check-ins on or before the day alone; without check-ins, current", () => {
		expect(keyResultProgress(history)).toBe(0.95);
		expect(keyResultProgress(history, { asOf: "2025-08-15" })).toBe(0.4);
		expect(keyResultProgress(history, { asOf: "2025-07-01" })).toBe(0);
		expect(keyResultProgress(metric(0, 100, 30), { asOf: "2025-07-01" })).toBe(0.3);
		const o = objective([history, metric(0, 10, 10)]);
		expect(objectiveProgress(o)).toBe(0.975);
		expect(objectiveProgress(o, { asOf: "2025-08-15" })).toBe(0.7);
		expect(objectiveProgress(o, { asOf: new Date("2025-08-15T12:00:00Z") })).toBe(0.7);
	});

	it("refuses an asOf that is no day, at options.asOf", () => {
		expectIssue(() => keyResultProgress(history, { asOf: "mid-August" }), "INVALID_DATE", [
			"options",
			"asOf",
		]);
		expectIssue(
			() => objectiveProgress(objective([history]), { asOf: "2025-02-30" }),
			"INVALID_DATE",
			["options", "asOf"],
		);
	});
});

describe("objectiveProgress", () => {
	it("is the plain mean when no weights are given", () => {
		expect(objectiveProgress(objective([kr("a", 20), kr("b", 40), kr("c", 90)]))).toBe(0.5);
	});

	it("is the weighted mean Σ wᵢ·pᵢ / Σ wᵢ", () => {
		// (1·0.5 + 3·1) / 4
		expect(objectiveProgress(objective([kr("a", 50), kr("b", 100, 3)]))).toBe(0.875);
		// (2·0.1 + 0.5·0.6) / 2.5 = 0.2
		expect(objectiveProgress(objective([kr("a", 10, 2), kr("b", 60, "0.5")]))).toBe(0.2);
	});

	it("mixes every kind of key result", () => {
		const o = objective([
			kr("visits", 50),
			{
				id: "up",
				title: "Uptime",
				kind: "threshold",
				direction: "atLeast",
				threshold: 99.9,
				current: 99.95,
			},
			{ id: "nps", title: "NPS band", kind: "range", low: 40, high: 60, current: 70 },
			{ id: "launch", title: "Launch", kind: "milestone", done: true },
			{
				id: "docs",
				title: "Docs",
				kind: "checklist",
				items: [
					{ title: "a", done: true },
					{ title: "b", done: false },
				],
			},
		]);
		// (0.5 + 1 + 0 + 1 + 0.5) / 5
		expect(objectiveProgress(o)).toBe(0.6);
	});

	it("clamps each key result before averaging (an over-achiever does not carry the others)", () => {
		expect(objectiveProgress(objective([kr("a", 300), kr("b", 0)]))).toBe(0.5);
		expect(
			objectiveProgress(objective([kr("a", 300), kr("b", 0)]), {
				policy: { progress: { cap: null } },
			}),
		).toBe(1.5);
		expect(
			objectiveProgress(objective([kr("a", 300), kr("b", 0)]), {
				policy: { progress: { cap: 1.2 } },
			}),
		).toBe(0.6);
	});

	it("equals keyResultProgress for a single key result", () => {
		const single = metric(240, 30, 135);
		expect(objectiveProgress(objective([single]))).toBe(keyResultProgress(single));
	});

	it("is exact: key results at 0.1, 0.2 average to exactly 0.15", () => {
		expect(objectiveProgress(objective([kr("a", 10), kr("b", 20)]))).toBe(0.15);
		expect(objectiveProgress(objective([kr("a", "33.3"), kr("b", "33.3"), kr("c", "33.3")]))).toBe(
			0.333,
		);
	});

	it("gives a zero-weight key result no say", () => {
		expect(objectiveProgress(objective([kr("a", 100, 0), kr("b", 20)]))).toBe(0.2);
	});

	it("no key results ([]): OkrError NO_KEY_RESULTS at [keyResults]", () => {
		expectCode(() => objectiveProgress(objective([])), "NO_KEY_RESULTS", ["keyResults"]);
	});

	it("absent keyResults (a parent scored from its children): NO_KEY_RESULTS", () => {
		expectCode(() => objectiveProgress(objective(undefined)), "NO_KEY_RESULTS", ["keyResults"]);
	});

	it("weights summing to 0: OkrError ZERO_TOTAL_WEIGHT at [keyResults]", () => {
		expectCode(
			() => objectiveProgress(objective([kr("a", 50, 0), kr("b", 50, "0.00")])),
			"ZERO_TOTAL_WEIGHT",
			["keyResults"],
		);
	});

	it("names the objective in the words of NO_KEY_RESULTS and ZERO_TOTAL_WEIGHT", () => {
		expect(
			expectCode(() => objectiveProgress({ id: "o", title: "O", keyResults: [] }), "NO_KEY_RESULTS")
				.message,
		).toBe('Objective "o" has no key results to score.');
		const zero = { id: "o", title: "O", keyResults: [metric(0, "10.5", "5", { weight: "0" })] };
		expect(expectCode(() => objectiveProgress(zero), "ZERO_TOTAL_WEIGHT").message).toBe(
			'The weights of the key results of objective "o" sum to 0: its score is undefined.',
		);
	});

	it("a checklist whose items weigh 0: ZERO_TOTAL_WEIGHT at its items' path", () => {
		const o = objective([
			kr("a", 50),
			{ id: "c", title: "c", kind: "checklist", items: [{ title: "x", done: true, weight: 0 }] },
		]);
		expectCode(() => objectiveProgress(o), "ZERO_TOTAL_WEIGHT", ["keyResults", 1, "items"]);
	});

	it("works for committed objectives and ones with cycles, owners and parents", () => {
		expect(
			objectiveProgress(
				objective([kr("a", 80)], {
					type: "committed",
					owner: "growth-team",
					level: "team",
					parentId: "company",
					cycle: { start: "2025-07-01", end: "2025-09-30" },
				}),
			),
		).toBe(0.8);
	});

	it("scores exactly under a cap no double-double holds (1.1) and a floor of one tenth", () => {
		const o = objective([metric(0, 100, 150, { id: "a" }), metric(0, 100, 5, { id: "b" })]);
		// (1.1 + 0.1) / 2: the cap and the floor bind, and the result is their exact mean.
		const policy = { progress: { floor: "0.1", cap: "1.1" } };
		expect(objectiveProgress(o, { policy })).toBe(0.6);
		expect(keyResultProgress(metric(0, 100, 150), { policy })).toBe(1.1);
	});

	it("scores exactly under a cap beyond the magnitudes the fast path works with", () => {
		const o = objective([metric(0, 4, 6, { id: "a" }), metric(0, 1, 1, { id: "b" })]);
		expect(objectiveProgress(o, { policy: { progress: { cap: "1e300" } } })).toBe(1.25);
	});

	it("does not mutate its input", () => {
		const o = objective([
			kr("a", 50, 2),
			{
				...metric(0, 10),
				id: "b",
				checkIns: [
					{ at: "2025-08-01", value: 3 },
					{ at: "2025-07-01", value: 9 },
				],
			},
		]);
		// (2 · 0.5 + 1 · 0.3) / 3
		expect(expectUnmutated(o, (frozen) => objectiveProgress(frozen))).toBe(13 / 30);
	});
});
