/**
 * Fuzz: the OKR ⇄ KPI cycle under hostile KPIs, objectives, ids and options.
 * See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type DraftObjective,
	type Kpi,
	type Objective,
	okrFromKpi,
	type PromotedKpi,
	promoteToKpi,
} from "../../src/index.js";
import { ensure, expectOneOf, fuzz } from "./harness.js";
import {
	anyHostile,
	dateField,
	enumField,
	ID_POOL,
	idField,
	keyResultOf,
	kpiArb,
	objectiveArb,
	optionsArb,
	plausibleCycle,
	plausibleDate,
	plausibleNumber,
	policyArb,
	readingOf,
	sprinkle,
	textField,
} from "./hostile.js";

/** Key results that reached their target (so they can be promoted), of every kind. */
const achievedKeyResult = fc.oneof(
	fc.tuple(plausibleNumber, plausibleNumber, fc.nat({ max: 20 })).map(([start, target, over]) => {
		const s = Number(start);
		const t = Number(target) === s ? s + 1 : Number(target);
		return {
			kind: "metric",
			start,
			target: t === Number(target) ? target : t,
			current: t + (t > s ? over : -over),
		};
	}),
	fc
		.tuple(fc.constantFrom("atLeast", "atMost"), plausibleNumber, fc.nat({ max: 20 }))
		.map(([direction, threshold, d]) => ({
			kind: "threshold",
			direction,
			threshold,
			current: Number(threshold) + (direction === "atLeast" ? d : -d),
		})),
	fc
		.tuple(fc.integer({ min: -50, max: 50 }), fc.nat({ max: 30 }), fc.nat({ max: 30 }))
		.map(([low, width, at]) => ({
			kind: "range",
			low,
			high: low + width,
			current: low + Math.min(at, width),
		})),
	fc.constant({ kind: "milestone", done: true }),
);

/** An objective with key results a, b, c, most of them achieved, sometimes with a hostile field. */
const achievingObjective = fc
	.tuple(
		fc.array(fc.oneof(achievedKeyResult, keyResultOf(0, 0)), { minLength: 1, maxLength: 3 }),
		fc.array(readingOf(0), { maxLength: 3 }),
		fc.constantFrom<Record<string, unknown>>({}, { unit: "%" }, { owner: "alice" }, { weight: 2 }),
	)
	.map(([krs, checkIns, extra]) => ({
		id: "o",
		title: "O",
		keyResults: krs.map((kr, i) => ({
			...(kr as Record<string, unknown>),
			...extra,
			id: ["a", "b", "c"][i],
			title: `KR ${i}`,
			checkIns,
		})),
	}));

describe("fuzz: the OKR ⇄ KPI cycle", () => {
	it("okrFromKpi: a draft objective with one metric key result; or an OkrError", () => {
		fuzz({
			name: "okrFromKpi",
			args: fc.tuple(
				kpiArb,
				fc.oneof(
					{
						arbitrary: sprinkle(
							fc.record(
								{
									title: fc.constantFrom("Raise uptime", "Cut churn"),
									id: fc.constantFrom("x", "__proto__"),
									type: fc.constantFrom("aspirational", "committed"),
									cycle: plausibleCycle,
									target: plausibleNumber,
									asOf: plausibleDate,
									policy: policyArb,
								},
								{ requiredKeys: ["title"] },
							),
							["title", "id", "type", "cycle", "target", "asOf"],
							3,
						),
						weight: 9,
					},
					{ arbitrary: fc.constantFrom<unknown>(undefined, {}, null), weight: 1 },
				),
			),
			call: (k, o) => okrFromKpi(k as Kpi, o as never),
			check: (d: DraftObjective) => {
				ensure(d.keyResults.length === 1, "one key result");
				ensure(d.keyResults[0]?.kind === "metric", "a metric");
				ensure(d.kpiIds.length === 1, "linked to its KPI");
				expectOneOf(d.type, ["aspirational", "committed"]);
			},
			numRuns: 700,
		});
	});

	it("promoteToKpi: a KPI with a direction and an origin; or an OkrError", () => {
		fuzz({
			name: "promoteToKpi",
			args: fc.tuple(
				fc.oneof(
					{ arbitrary: achievingObjective, weight: 3 },
					{ arbitrary: objectiveArb, weight: 1 },
				),
				fc.oneof(
					{ arbitrary: fc.constantFrom("a", "b", "c"), weight: 6 },
					{ arbitrary: fc.constantFrom(...ID_POOL), weight: 2 },
					{ arbitrary: anyHostile, weight: 1 },
				),
				optionsArb({
					id: idField,
					name: textField,
					asOf: dateField,
					baseline: enumField(["target", "achieved"]),
					cadence: enumField(["daily", "weekly", "monthly", "quarterly"]),
				}),
			),
			call: (obj, krId, o) => promoteToKpi(obj as Objective, krId as string, o as never),
			check: (k: PromotedKpi, [, krId]) => {
				expectOneOf(k.direction, ["higherIsBetter", "lowerIsBetter", "onTarget"]);
				ensure(k.origin.keyResultId === krId, "origin names the key result");
			},
			numRuns: 700,
		});
	});
});
