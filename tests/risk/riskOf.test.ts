import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	confidenceOf,
	type Objective,
	paceStatus,
	RISK_CODES,
	type Risk,
	type RiskLevel,
	riskOf,
} from "../../src/index.js";
import { expectCode, expectIssue, expectUnmutated } from "../support/foundation.js";

// Q3 2025, 92 days. As of 08-15 (day 46), an aspirational objective is expected at 0.35, a
// committed one at 0.5.
const q3 = { start: "2025-07-01", end: "2025-09-30" };
const asOf = "2025-08-15";

type CheckIn = { at: string; value: number; confidence?: number };

/** A metric key result from 0 to 100. */
const kr = (id: string, checkIns: readonly CheckIn[], extra: Record<string, unknown> = {}) => ({
	id,
	title: `Key result ${id}`,
	kind: "metric" as const,
	start: 0,
	target: 100,
	checkIns,
	...extra,
});

/** An aspirational objective in Q3 with these key results. */
const okr = (keyResults: readonly unknown[], extra: Record<string, unknown> = {}): Objective =>
	({ id: "o", title: "Grow", cycle: q3, keyResults, ...extra }) as Objective;

/** On pace (0.4 against 0.35), checked in on 08-10 with a green confidence. */
const fine = (id = "k") => kr(id, [{ at: "2025-08-10", value: 40, confidence: 8 }]);

describe("riskOf", () => {
	it("is low without any reason", () => {
		expect(riskOf(okr([fine()]), asOf)).toEqual({ level: "low", reasons: [] });
	});

	it("BEHIND_PACE: pace atRisk is medium", () => {
		// Committed: 0.3 against 0.5 expected, a gap of 0.2.
		const o = okr([kr("k", [{ at: "2025-08-10", value: 30 }])], { type: "committed" });
		expect(riskOf(o, asOf)).toEqual({
			level: "medium",
			reasons: [
				{
					code: "BEHIND_PACE",
					ids: ["o"],
					message:
						'Objective "o" is at risk: its progress 0.3 is 0.2 behind the 0.5 expected by 2025-08-15.',
				},
			],
		});
	});

	it("BEHIND_PACE: pace offTrack is high", () => {
		const o = okr([kr("k", [{ at: "2025-08-10", value: 10 }])], { type: "committed" });
		expect(riskOf(o, asOf)).toEqual({
			level: "high",
			reasons: [
				{
					code: "BEHIND_PACE",
					ids: ["o"],
					message:
						'Objective "o" is off track: its progress 0.1 is 0.4 behind the 0.5 expected by 2025-08-15.',
				},
			],
		});
	});

	it("BEHIND_PACE follows paceStatus: onTrack at a gap of exactly 0.10 gives no reason", () => {
		const o = okr([kr("k", [{ at: "2025-08-10", value: 40 }])], { type: "committed" });
		expect(paceStatus(o, asOf).status).toBe("onTrack");
		expect(riskOf(o, asOf).reasons).toEqual([]);
	});

	it("rounds the numbers of its message to two places", () => {
		// Committed, 0.3 against 46/92 = 0.5; a 93-day cycle makes the expected share 46/93.
		const o = okr([kr("k", [{ at: "2025-08-10", value: 30 }])], {
			type: "committed",
			cycle: { start: "2025-07-01", end: "2025-10-01" },
		});
		expect(riskOf(o, asOf).reasons[0]?.message).toBe(
			'Objective "o" is at risk: its progress 0.3 is 0.19 behind the 0.49 expected by 2025-08-15.',
		);
	});

	it("LOW_CONFIDENCE: a red confidence is high, a yellow one medium, a green one nothing", () => {
		const red = kr("red", [{ at: "2025-08-10", value: 40, confidence: 3 }]);
		const yellow = kr("yellow", [{ at: "2025-08-10", value: 40, confidence: "3.5" as never }]);
		expect(riskOf(okr([red]), asOf)).toEqual({
			level: "high",
			reasons: [
				{
					code: "LOW_CONFIDENCE",
					ids: ["o", "red"],
					message: 'Key result "red" has a red confidence of 3 (red up to 3), given on 2025-08-10.',
				},
			],
		});
		expect(riskOf(okr([yellow]), asOf)).toEqual({
			level: "medium",
			reasons: [
				{
					code: "LOW_CONFIDENCE",
					ids: ["o", "yellow"],
					message:
						'Key result "yellow" has a yellow confidence of 3.5 (yellow up to 7), given on 2025-08-10.',
				},
			],
		});
		expect(
			riskOf(okr([kr("g", [{ at: "2025-08-10", value: 40, confidence: 7.5 }])]), asOf),
		).toEqual({ level: "low", reasons: [] });
	});

	it("LOW_CONFIDENCE reads the latest confidence as of the day: a later one does not count yet", () => {
		const k = kr("k", [
			{ at: "2025-08-10", value: 40, confidence: 2 },
			{ at: "2025-08-12", value: 40 },
			{ at: "2025-08-16", value: 40, confidence: 9 },
		]);
		expect(riskOf(okr([k]), asOf).level).toBe("high");
		expect(riskOf(okr([k]), "2025-08-16").level).toBe("low");
	});

	it("LOW_CONFIDENCE follows policy confidence", () => {
		const k = kr("k", [{ at: "2025-08-10", value: 40, confidence: 8 }]);
		expect(riskOf(okr([k]), asOf, { policy: { confidence: { yellow: 8 } } }).level).toBe("medium");
	});

	it("NO_RECENT_CHECK_IN: silence is medium, with the latest check-in's day", () => {
		const k = kr("k", [{ at: "2025-07-20", value: 40 }]);
		expect(riskOf(okr([k]), asOf)).toEqual({
			level: "medium",
			reasons: [
				{
					code: "NO_RECENT_CHECK_IN",
					ids: ["o", "k"],
					message:
						'Key result "k" has no check-in in the 14 days up to 2025-08-15; its latest is from 2025-07-20.',
				},
			],
		});
	});

	it("NO_RECENT_CHECK_IN: a key result never checked in", () => {
		const k = { ...kr("k", []), current: 50 };
		expect(riskOf(okr([k]), asOf).reasons).toEqual([
			{
				code: "NO_RECENT_CHECK_IN",
				ids: ["o", "k"],
				message: 'Key result "k" has no check-in in the 14 days up to 2025-08-15; it has none yet.',
			},
		]);
	});

	it("the 14 days run up to and including asOf: 13 days before is recent, 14 days before is not", () => {
		const silent = (day: string) =>
			riskOf(okr([kr("k", [{ at: day, value: 40 }])]), asOf).reasons.some(
				(r) => r.code === "NO_RECENT_CHECK_IN",
			);
		expect(silent("2025-08-15")).toBe(false);
		expect(silent("2025-08-02")).toBe(false);
		expect(silent("2025-08-01")).toBe(true);
		// A check-in after asOf does not count.
		expect(silent("2025-08-16")).toBe(true);
	});

	it("follows policy risk.checkInDays", () => {
		const o = okr([kr("k", [{ at: "2025-08-08", value: 40 }])]);
		expect(riskOf(o, asOf).level).toBe("low");
		expect(riskOf(o, asOf, { policy: { risk: { checkInDays: 7 } } }).level).toBe("medium");
		expect(riskOf(o, asOf, { policy: { risk: { checkInDays: 8 } } }).level).toBe("low");
	});

	it("only once the cycle has run that long: from its 14th day", () => {
		const o = okr([{ ...kr("k", []), current: 50 }]);
		expect(riskOf(o, "2025-07-13").reasons).toEqual([]);
		expect(riskOf(o, "2025-07-14").reasons.map((r) => r.code)).toEqual(["NO_RECENT_CHECK_IN"]);
		// A cycle shorter than 14 days is never silent, not even after its end.
		const week = { start: "2025-07-01", end: "2025-07-07" };
		expect(
			riskOf(okr([{ ...kr("k", []), current: 80 }], { cycle: week }), "2025-08-15").reasons,
		).toEqual([]);
	});

	it("leaves out milestones and checklists, which take no values", () => {
		const o = okr([
			fine(),
			{ id: "m", title: "Launch", kind: "milestone", done: false },
			{ id: "c", title: "Tasks", kind: "checklist", items: [{ title: "a", done: true }] },
		]);
		expect(riskOf(o, asOf).reasons).toEqual([]);
	});

	it("counts thresholds and ranges", () => {
		const o = okr([
			fine(),
			{ id: "t", title: "Churn", kind: "threshold", direction: "atMost", threshold: 2, current: 1 },
			{ id: "r", title: "NPS", kind: "range", low: 40, high: 60, current: 50 },
		]);
		expect(riskOf(o, asOf).reasons.map((r) => r.ids)).toEqual([
			["o", "t"],
			["o", "r"],
		]);
	});

	it("leaves out a key result closed by asOf: a closing without at, or at on or before asOf", () => {
		const silent = (closing: unknown) => ({ ...kr("k", []), current: 50, closing });
		const level = (closing: unknown) => riskOf(okr([fine("a"), silent(closing)]), asOf).level;
		expect(level({ score: 0.5 })).toBe("low");
		expect(level({ score: 0.5, at: "2025-08-15" })).toBe("low");
		expect(level({ score: 0.5, at: "2025-08-16" })).toBe("medium");
		expect(level(undefined)).toBe("medium");
	});

	it("lists reasons by code, then key results in order", () => {
		const o = okr(
			[
				kr("a", [{ at: "2025-07-20", value: 0, confidence: 5 }]),
				kr("b", [{ at: "2025-07-21", value: 0, confidence: 1 }]),
			],
			{ type: "committed" },
		);
		const risk = riskOf(o, asOf);
		expect(risk.level).toBe("high");
		expect(risk.reasons.map((r) => [r.code, ...r.ids])).toEqual([
			["BEHIND_PACE", "o"],
			["LOW_CONFIDENCE", "o", "a"],
			["LOW_CONFIDENCE", "o", "b"],
			["NO_RECENT_CHECK_IN", "o", "a"],
			["NO_RECENT_CHECK_IN", "o", "b"],
		]);
		expect(RISK_CODES).toEqual(["BEHIND_PACE", "LOW_CONFIDENCE", "NO_RECENT_CHECK_IN"]);
	});

	it("takes options.cycle for an objective without one, and options.score for pace", () => {
		const o = okr([fine()], { cycle: undefined });
		expect(riskOf(o, asOf, { cycle: q3 }).level).toBe("low");
		expect(riskOf(o, asOf, { cycle: q3, score: 0 }).level).toBe("high");
	});

	it("throws NO_CYCLE with neither cycle, and NO_KEY_RESULTS as pace does", () => {
		const e = expectCode(() => riskOf(okr([fine()], { cycle: undefined }), asOf), "NO_CYCLE", [
			"cycle",
		]);
		expect(e.message).toBe(
			'Objective "o" has no cycle, and options.cycle was not given: risk needs dates.',
		);
		expectCode(() => riskOf(okr([]), asOf), "NO_KEY_RESULTS");
	});

	it("refuses a malformed objective, day, cycle, policy or closing date at its path", () => {
		expectIssue(() => riskOf(okr([fine()]), "soon"), "INVALID_DATE", ["asOf"]);
		expectIssue(
			() => riskOf(okr([fine()]), asOf, { cycle: { start: "2025-07-01", end: "x" } }),
			"INVALID_DATE",
			["options", "cycle", "end"],
		);
		expectIssue(
			() => riskOf(okr([fine()]), asOf, { policy: { risk: { checkInDays: 0 } } }),
			"OUT_OF_RANGE",
			["options", "policy", "risk", "checkInDays"],
		);
		expectIssue(
			() => riskOf(okr([fine("a"), { ...kr("k", []), closing: { score: 1, at: "later" } }]), asOf),
			"INVALID_DATE",
			["keyResults", 1, "closing", "at"],
		);
	});

	it("leaves a deep-frozen objective and options as they were", () => {
		expectUnmutated({ o: okr([fine(), kr("k", [])]), options: { cycle: q3 } }, ({ o, options }) =>
			riskOf(o, asOf, options),
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Laws

const DAY = 86_400_000;
const START = Date.UTC(2025, 6, 1);
/** `"YYYY-MM-DD"` of day `n` of Q3 2025 (day 0 is 07-01; negative before it). */
const day = (n: number): string => new Date(START + n * DAY).toISOString().slice(0, 10);

const checkInArb = fc.record({
	at: fc.integer({ min: -5, max: 100 }),
	value: fc.integer({ min: 0, max: 100 }),
	confidence: fc.option(
		fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
		{ nil: undefined },
	),
});
type CheckInSpec = { at: number; value: number; confidence: number | undefined };

const krArb = fc.record({
	kind: fc.constantFrom("metric", "threshold", "milestone"),
	checkIns: fc.array(checkInArb, { maxLength: 5 }),
	closing: fc.option(fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }), {
		nil: null,
	}),
});
type KrSpec = { kind: string; checkIns: CheckInSpec[]; closing: number | undefined | null };

const objectiveArb = fc.record({
	type: fc.constantFrom("aspirational", "committed"),
	keyResults: fc.array(krArb, { minLength: 1, maxLength: 4 }),
});

/** The objective of a spec; key results have no `current`, so they read their check-ins alone. */
function build(
	spec: { type: string; keyResults: KrSpec[] },
	keep = (_: number) => true,
): Objective {
	return {
		id: "o",
		title: "O",
		type: spec.type,
		cycle: q3,
		keyResults: spec.keyResults.map((k, i) => ({
			id: `k${i}`,
			title: `K${i}`,
			...(k.kind === "metric"
				? { kind: "metric", start: 0, target: 100 }
				: k.kind === "threshold"
					? { kind: "threshold", direction: "atLeast", threshold: 50 }
					: { kind: "milestone", done: false }),
			checkIns: k.checkIns
				.filter((c) => keep(c.at))
				.map((c) => ({
					at: day(c.at),
					value: c.value,
					...(c.confidence === undefined ? {} : { confidence: c.confidence }),
				})),
			...(k.closing === null || (k.closing !== undefined && !keep(k.closing))
				? {}
				: {
						closing: k.closing === undefined ? { score: 0.5 } : { score: 0.5, at: day(k.closing) },
					}),
		})),
	} as Objective;
}

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
const asOfArb = fc.integer({ min: -3, max: 100 });

describe("riskOf laws", () => {
	it("the level is the highest of its reasons' levels, each as paceStatus and confidenceOf say", () => {
		fc.assert(
			fc.property(objectiveArb, asOfArb, (spec, n) => {
				const o = build(spec);
				const risk = riskOf(o, day(n));
				const levels = risk.reasons.map((r) => {
					if (r.code === "NO_RECENT_CHECK_IN") return 1;
					if (r.code === "BEHIND_PACE") return paceStatus(o, day(n)).status === "offTrack" ? 2 : 1;
					const k = o.keyResults?.find((x) => x.id === r.ids[1]);
					return confidenceOf(k as never, { asOf: day(n) })?.color === "red" ? 2 : 1;
				});
				expect(RANK[risk.level]).toBe(Math.max(0, ...levels));
			}),
			{ numRuns: 300 },
		);
	});

	it("a check-in with a high confidence on asOf never raises risk from LOW_CONFIDENCE", () => {
		fc.assert(
			fc.property(
				objectiveArb,
				asOfArb,
				fc.nat(),
				fc.integer({ min: 15, max: 20 }),
				(spec, n, pick, c) => {
					const lows = (r: Risk) => r.reasons.filter((x) => x.code === "LOW_CONFIDENCE");
					const before = lows(riskOf(build(spec), day(n)));
					const i = pick % spec.keyResults.length;
					const k = spec.keyResults[i] as KrSpec;
					const more = {
						...spec,
						keyResults: spec.keyResults.map((x, j) =>
							j === i
								? { ...k, checkIns: [...k.checkIns, { at: n, value: 50, confidence: c / 2 }] }
								: x,
						),
					};
					const after = lows(riskOf(build(more), day(n)));
					expect(after.length).toBeLessThanOrEqual(before.length);
					for (const reason of after) expect(before).toContainEqual(reason);
					expect(after.some((r) => r.ids[1] === `k${i}`)).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	});

	it("is a snapshot: deleting everything dated after asOf changes nothing", () => {
		fc.assert(
			fc.property(objectiveArb, asOfArb, (spec, n) => {
				expect(
					riskOf(
						build(spec, (at) => at <= n),
						day(n),
					),
				).toEqual(riskOf(build(spec), day(n)));
			}),
			{ numRuns: 300 },
		);
	});

	it("lists reasons in code order, each at most once per key result", () => {
		fc.assert(
			fc.property(objectiveArb, asOfArb, (spec, n) => {
				const reasons = riskOf(build(spec), day(n)).reasons;
				const order = reasons.map((r) => RISK_CODES.indexOf(r.code));
				expect(order).toEqual([...order].sort((a, b) => a - b));
				const keys = reasons.map((r) => `${r.code} ${r.ids.join(" ")}`);
				expect(new Set(keys).size).toBe(keys.length);
			}),
			{ numRuns: 200 },
		);
	});
});
