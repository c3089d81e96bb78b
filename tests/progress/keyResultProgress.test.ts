/**
 * `keyResultProgress`, kind by kind, with the rule for the current value: `current`, else the latest
 * check-in by date, else none (docs/scoring.md, "Key-result progress").
 */
import { describe, expect, it } from "vitest";
import {
	type CheckIn,
	type KeyResult,
	keyResultProgress,
	safeParseKeyResult,
} from "../../src/index.js";
import {
	expectCode,
	expectIssue,
	expectUnmutated,
	loose,
	metric,
	withInherited,
} from "../support/foundation.js";

const uncapped = { policy: { progress: { cap: null } } } as const;

const threshold = (
	direction: "atLeast" | "atMost",
	value: number | string,
	current?: number | string,
	extra: Partial<KeyResult> = {},
): KeyResult =>
	({
		id: "t",
		title: "A threshold",
		kind: "threshold",
		direction,
		threshold: value,
		...(current === undefined ? {} : { current }),
		...extra,
	}) as KeyResult;

const range = (
	low: number | string,
	high: number | string,
	current?: number | string,
	extra: Partial<KeyResult> = {},
): KeyResult =>
	({
		id: "r",
		title: "A range",
		kind: "range",
		low,
		high,
		...(current === undefined ? {} : { current }),
		...extra,
	}) as KeyResult;

const checkIns = (...entries: [string, number | string][]): CheckIn[] =>
	entries.map(([at, value]) => ({ at, value }));

describe("metric: (current − start) / (target − start)", () => {
	it("increasing: monthly visits 100k → 250k at 175k is 0.5", () => {
		expect(keyResultProgress(metric(100_000, 250_000, 175_000))).toBe(0.5);
	});

	it("decreasing uses the same formula: response time 240 → 30 min at 135 is 0.5", () => {
		expect(keyResultProgress(metric(240, 30, 135))).toBe(0.5);
		expect(keyResultProgress(metric(240, 30, 30))).toBe(1);
		expect(keyResultProgress(metric(240, 30, 240))).toBe(0);
	});

	it("works across zero and with negative values", () => {
		expect(keyResultProgress(metric(-10, 10, 0))).toBe(0.5);
		expect(keyResultProgress(metric(-5, -25, -20))).toBe(0.75);
		expect(keyResultProgress(metric("-0.3", "-0.1", "-0.2"))).toBe(0.5);
	});

	it("is exact for decimals (churn 2.4% → 1.8% at 2.1% is 0.5)", () => {
		expect(keyResultProgress(metric(2.4, 1.8, 2.1))).toBe(0.5);
		expect(keyResultProgress(metric("2.4", "1.8", "2.25"))).toBe(0.25);
	});

	it("clamps to [0, 1] by default: beyond the target is 1, behind the start is 0", () => {
		expect(keyResultProgress(metric(0, 100, 150))).toBe(1);
		expect(keyResultProgress(metric(0, 100, -50))).toBe(0);
		expect(keyResultProgress(metric(240, 30, 10))).toBe(1);
		expect(keyResultProgress(metric(240, 30, 300))).toBe(0);
	});

	it("reports over- and under-achievement unclamped with cap: null and a low floor", () => {
		expect(keyResultProgress(metric(0, 100, 150), uncapped)).toBe(1.5);
		expect(keyResultProgress(metric(240, 30, 10), uncapped)).toBe(230 / 210);
		expect(keyResultProgress(metric(0, 100, -50), { policy: { progress: { floor: -1 } } })).toBe(
			-0.5,
		);
	});

	it("cap: 1.2 allows up to 120%", () => {
		const options = { policy: { progress: { cap: 1.2 } } };
		expect(keyResultProgress(metric(0, 100, 115), options)).toBe(1.15);
		expect(keyResultProgress(metric(0, 100, 120), options)).toBe(1.2);
		expect(keyResultProgress(metric(0, 100, 180), options)).toBe(1.2);
	});
});

describe("metric: a direction, when given, must agree with start and target", () => {
	it("scores a metric whose direction agrees, up or down", () => {
		expect(keyResultProgress(metric(0, 100, 40, { direction: "increase" }))).toBe(0.4);
		expect(keyResultProgress(metric(240, 30, 135, { direction: "decrease" }))).toBe(0.5);
		expect(keyResultProgress(metric("0.1", "0.3", "0.2", { direction: "increase" }))).toBe(0.5);
	});

	it("refuses a swapped start and target with DIRECTION_MISMATCH at direction", () => {
		// Churn should fall from 8% to 5%, entered the wrong way round.
		const swapped = metric(5, 8, 6, { id: "churn", direction: "decrease" });
		const error = expectIssue(() => keyResultProgress(swapped), "DIRECTION_MISMATCH", [
			"direction",
		]);
		expect(error.issues[0]?.message).toBe(
			'The key result says "decrease" but its target is above its start: are start and target swapped?',
		);
		const down = expectIssue(
			() => keyResultProgress(metric("10", "9.99", 10, { direction: "increase" })),
			"DIRECTION_MISMATCH",
			["direction"],
		);
		expect(down.issues[0]?.message).toBe(
			'The key result says "increase" but its target is below its start: are start and target swapped?',
		);
		const parsed = safeParseKeyResult(swapped);
		expect(parsed.success ? null : parsed.error.issues.map((i) => [i.code, i.path])).toEqual([
			["DIRECTION_MISMATCH", ["direction"]],
		]);
	});

	it("refuses a direction that is neither increase nor decrease", () => {
		expectIssue(
			() => keyResultProgress(metric(0, 10, 5, { direction: "up" }) as never),
			"INVALID_ENUM",
			["direction"],
		);
	});

	it("reports only START_EQUALS_TARGET when start equals target, whatever the direction", () => {
		const parsed = safeParseKeyResult(metric(5, 5, 5, { direction: "increase" }));
		expect(parsed.success ? null : parsed.error.issues.map((i) => i.code)).toEqual([
			"START_EQUALS_TARGET",
		]);
	});
});

describe("the current value: current, else the latest check-in by date, else none", () => {
	it("uses current when given, even with check-ins", () => {
		const kr = metric(0, 10, 3, { checkIns: checkIns(["2025-07-01", 9]) });
		expect(keyResultProgress(kr)).toBe(0.3);
	});

	it("uses the latest check-in by date, not by array order", () => {
		const kr = metric(0, 10, undefined, {
			checkIns: checkIns(["2025-08-01", 6], ["2025-09-01", 8], ["2025-07-01", 9]),
		});
		expect(keyResultProgress(kr)).toBe(0.8);
	});

	it("breaks a tie on the latest date by taking the later check-in in the array", () => {
		const kr = metric(0, 10, undefined, {
			checkIns: checkIns(["2025-09-01", 4], ["2025-07-01", 9], ["2025-09-01", 7]),
		});
		expect(keyResultProgress(kr)).toBe(0.7);
		const swapped = metric(0, 10, undefined, {
			checkIns: checkIns(["2025-09-01", 7], ["2025-07-01", 9], ["2025-09-01", 4]),
		});
		expect(keyResultProgress(swapped)).toBe(0.4);
	});

	it("treats a Date and the same day's string as a tie", () => {
		const kr = metric(0, 10, undefined, {
			checkIns: [
				{ at: "2025-09-01", value: 2 },
				{ at: new Date("2025-09-01T18:00:00Z"), value: 5 },
			],
		});
		expect(keyResultProgress(kr)).toBe(0.5);
	});

	it("with no current and no check-ins, a metric is at its start: 0", () => {
		expect(keyResultProgress(metric(0, 10))).toBe(0);
		expect(keyResultProgress(metric(0, 10, undefined, { checkIns: [] }))).toBe(0);
		expect(keyResultProgress(metric(240, 30))).toBe(0);
	});

	it("with no current and no check-ins, a threshold or range has progress 0", () => {
		expect(keyResultProgress(threshold("atMost", 100))).toBe(0);
		expect(keyResultProgress(threshold("atLeast", -100))).toBe(0);
		expect(keyResultProgress(range(-1e9, 1e9))).toBe(0);
	});

	it("threshold and range read the latest check-in too", () => {
		const t = threshold("atLeast", 99.9, undefined, {
			checkIns: checkIns(["2025-07-01", 99.95], ["2025-08-01", 99.5]),
		});
		expect(keyResultProgress(t)).toBe(0);
		const r = range(40, 60, undefined, {
			checkIns: checkIns(["2025-08-01", 70], ["2025-07-01", 50], ["2025-08-01", 55]),
		});
		expect(keyResultProgress(r)).toBe(1);
	});
});

describe("threshold: 1 when the condition holds at the current value, inclusive", () => {
	it("atLeast holds when current >= threshold (uptime 99.9%)", () => {
		expect(keyResultProgress(threshold("atLeast", 99.9, 99.95))).toBe(1);
		expect(keyResultProgress(threshold("atLeast", 99.9, 99.9))).toBe(1);
		expect(keyResultProgress(threshold("atLeast", 99.9, 99.89))).toBe(0);
	});

	it("atMost holds when current <= threshold (p95 latency 300 ms)", () => {
		expect(keyResultProgress(threshold("atMost", 300, 250))).toBe(1);
		expect(keyResultProgress(threshold("atMost", 300, 300))).toBe(1);
		expect(keyResultProgress(threshold("atMost", 300, 300.001))).toBe(0);
	});

	it("compares exactly at the boundary (0.1 + 0.2 is not 0.3 only in floating point)", () => {
		expect(keyResultProgress(threshold("atLeast", "0.3", "0.30"))).toBe(1);
		expect(keyResultProgress(threshold("atMost", 0.3, "0.3000000000000000000001"))).toBe(0);
	});

	it("is never above 1 even with cap: null", () => {
		expect(keyResultProgress(threshold("atLeast", 1, 1000), uncapped)).toBe(1);
	});
});

describe("range: 1 when low <= current <= high", () => {
	it("is inclusive at both ends", () => {
		expect(keyResultProgress(range(40, 60, 40))).toBe(1);
		expect(keyResultProgress(range(40, 60, 60))).toBe(1);
		expect(keyResultProgress(range(40, 60, 50))).toBe(1);
		expect(keyResultProgress(range(40, 60, 39.999))).toBe(0);
		expect(keyResultProgress(range(40, 60, "60.0001"))).toBe(0);
	});

	it("a one-point range holds only at that point", () => {
		expect(keyResultProgress(range(5, 5, 5))).toBe(1);
		expect(keyResultProgress(range(5, 5, 5.01))).toBe(0);
	});
});

describe('scoring: "checkIns" — the share of check-ins that held', () => {
	it("threshold: 3 of 4 weekly check-ins at or above 99.9 is 0.75", () => {
		const kr = threshold("atLeast", 99.9, undefined, {
			scoring: "checkIns",
			checkIns: checkIns(
				["2025-07-07", 99.95],
				["2025-07-14", 99.9],
				["2025-07-21", 99.2],
				["2025-07-28", 100],
			),
		});
		expect(keyResultProgress(kr)).toBe(0.75);
	});

	it("range: 1 of 3 inside is 1/3", () => {
		const kr = range(40, 60, undefined, {
			scoring: "checkIns",
			checkIns: checkIns(["2025-07-01", 39], ["2025-07-02", 60], ["2025-07-03", 61]),
		});
		expect(keyResultProgress(kr)).toBe(1 / 3);
	});

	it("ignores current: only check-ins count", () => {
		const kr = threshold("atMost", 300, 100, {
			scoring: "checkIns",
			checkIns: checkIns(["2025-07-01", 310], ["2025-07-02", 290]),
		});
		expect(keyResultProgress(kr)).toBe(0.5);
	});

	it("no check-ins: 0 (even with a current value that holds)", () => {
		expect(keyResultProgress(threshold("atLeast", 1, 5, { scoring: "checkIns" }))).toBe(0);
		expect(keyResultProgress(range(1, 9, 5, { scoring: "checkIns", checkIns: [] }))).toBe(0);
	});

	it('"latest" is the default and scores only the current value', () => {
		const entries = checkIns(["2025-07-01", 0], ["2025-07-02", 0], ["2025-07-03", 5]);
		expect(keyResultProgress(range(1, 9, undefined, { checkIns: entries }))).toBe(1);
		expect(
			keyResultProgress(range(1, 9, undefined, { checkIns: entries, scoring: "latest" })),
		).toBe(1);
		expect(
			keyResultProgress(range(1, 9, undefined, { checkIns: entries, scoring: "checkIns" })),
		).toBe(1 / 3);
	});

	it("the share is subject to the floor", () => {
		const kr = threshold("atLeast", 10, undefined, {
			scoring: "checkIns",
			checkIns: checkIns(
				["2025-07-01", 1],
				["2025-07-02", 1],
				["2025-07-03", 1],
				["2025-07-04", 20],
			),
		});
		expect(keyResultProgress(kr, { policy: { progress: { floor: 0.5 } } })).toBe(0.5);
	});
});

describe("milestone: 1 or 0", () => {
	it("is 1 when done, 0 when not", () => {
		const done: KeyResult = {
			id: "m",
			title: "Launch the new pricing page",
			kind: "milestone",
			done: true,
		};
		expect(keyResultProgress(done)).toBe(1);
		expect(keyResultProgress({ ...done, done: false })).toBe(0);
	});

	it("is clamped like every kind: a floor above 0 lifts an undone milestone", () => {
		const m: KeyResult = { id: "m", title: "m", kind: "milestone", done: false };
		expect(keyResultProgress(m, { policy: { progress: { floor: 0.1 } } })).toBe(0.1);
		expect(keyResultProgress({ ...m, done: true }, { policy: { progress: { cap: 0.9 } } })).toBe(
			0.9,
		);
	});
});

describe("checklist: weighted share of items done", () => {
	it("unweighted: 2 of 4 items done is 0.5", () => {
		const kr: KeyResult = {
			id: "c",
			title: "Ship onboarding",
			kind: "checklist",
			items: [
				{ title: "Welcome email", done: true },
				{ title: "Product tour", done: true },
				{ title: "Checklist widget", done: false },
				{ title: "Help centre articles", done: false },
			],
		};
		expect(keyResultProgress(kr)).toBe(0.5);
	});

	it("weighted: weights 3 done, 1 not done is 0.75; missing weights count 1", () => {
		const kr: KeyResult = {
			id: "c",
			title: "c",
			kind: "checklist",
			items: [
				{ title: "a", done: true, weight: 2 },
				{ title: "b", done: true },
				{ title: "c", done: false },
			],
		};
		expect(keyResultProgress(kr)).toBe(0.75);
	});

	it("decimal weights are exact: 0.1 + 0.2 of 0.1 + 0.2 + 0.3 is 0.5", () => {
		const kr: KeyResult = {
			id: "c",
			title: "c",
			kind: "checklist",
			items: [
				{ title: "a", done: true, weight: 0.1 },
				{ title: "b", done: true, weight: "0.2" },
				{ title: "c", done: false, weight: 0.3 },
			],
		};
		expect(keyResultProgress(kr)).toBe(0.5);
	});

	it("a zero-weight item counts for nothing", () => {
		const kr: KeyResult = {
			id: "c",
			title: "c",
			kind: "checklist",
			items: [
				{ title: "a", done: true, weight: 0 },
				{ title: "b", done: false },
			],
		};
		expect(keyResultProgress(kr)).toBe(0);
	});

	it("weights summing to 0 are ZERO_TOTAL_WEIGHT at [items]", () => {
		const kr: KeyResult = {
			id: "c",
			title: "c",
			kind: "checklist",
			items: [
				{ title: "a", done: true, weight: 0 },
				{ title: "b", done: false, weight: "0.0" },
			],
		};
		expectCode(() => keyResultProgress(kr), "ZERO_TOTAL_WEIGHT", ["items"]);
	});

	it("names the key result whose item weights sum to 0", () => {
		const kr = loose({
			id: "c",
			title: "C",
			kind: "checklist",
			items: [{ title: "a", done: true, weight: "0.0" }],
		});
		expect(expectCode(() => keyResultProgress(kr), "ZERO_TOTAL_WEIGHT", ["items"]).message).toBe(
			'The items of key result "c" have weights summing to 0.',
		);
	});
});

describe("reads inherited fields as zod does, whichever path computes", () => {
	it.each([
		[
			"start",
			0,
			loose({ id: "m", title: "No start", kind: "metric", target: 10, current: 5 }),
			0.5,
		],
		["closing", { score: 0.8 }, metric(0, 10, 5), 0.8],
		["notes", "a tool's own field", metric(0, 10, 5), 0.5],
	])("a %s inherited from Object.prototype", (key, value, kr, expected) => {
		withInherited(key, value, () => {
			expect(keyResultProgress(kr)).toBe(expected);
			// Decimal strings take the exact path: the same answer.
			const exact = { ...kr, target: "10", current: "5" } as KeyResult;
			expect(keyResultProgress(exact)).toBe(expected);
		});
	});
});

describe("does not mutate its input", () => {
	it.each([
		[
			"metric",
			metric(0, 10, undefined, { checkIns: checkIns(["2025-09-01", 4], ["2025-07-01", 9]) }),
		],
		[
			"threshold",
			threshold("atLeast", 5, undefined, {
				scoring: "checkIns",
				checkIns: checkIns(["2025-09-01", 4], ["2025-07-01", 9]),
			}),
		],
		["range", range(1, 5, 3)],
		["milestone", { id: "m", title: "m", kind: "milestone", done: true } as KeyResult],
		[
			"checklist",
			{
				id: "c",
				title: "c",
				kind: "checklist",
				items: [{ title: "a", done: true, weight: 2 }],
			} as KeyResult,
		],
	])("%s (deep-frozen input, equal to a clone afterwards)", (_, kr) => {
		const options = { policy: { progress: { cap: 1.5 } } };
		expectUnmutated({ kr, options }, ({ kr: frozen, options: frozenOptions }) =>
			keyResultProgress(frozen, frozenOptions),
		);
	});

	it("leaves check-ins in their order", () => {
		const entries = checkIns(["2025-09-01", 4], ["2025-07-01", 9], ["2025-08-01", 1]);
		keyResultProgress(metric(0, 10, undefined, { checkIns: entries }));
		expect(entries.map((c) => c.at)).toEqual(["2025-09-01", "2025-07-01", "2025-08-01"]);
	});
});
