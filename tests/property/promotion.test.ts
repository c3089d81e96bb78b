import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type KeyResult,
	type Kpi,
	keyResultProgress,
	kpiStatus,
	lint,
	type Objective,
	okrFromKpi,
	promoteToKpi,
	safeParseKpi,
	safeParseObjective,
} from "../../src/index.js";

/** A decimal string for the integer `units` hundredths (exact, any sign). */
function hundredths(units: number): string {
	const sign = units < 0 ? "-" : "";
	const a = Math.abs(units);
	return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

/** A value in hundredths, written as a number or as a decimal string. */
const valueArb = fc
	.record({ units: fc.integer({ min: -1_000_000, max: 1_000_000 }), asString: fc.boolean() })
	.map(({ units, asString }) => ({ units, input: asString ? hundredths(units) : units / 100 }));

const directionArb = fc.constantFrom("higherIsBetter", "lowerIsBetter", "onTarget") as fc.Arbitrary<
	Kpi["direction"]
>;

/** A KPI off its target: its latest value sits on the bad side (any value for onTarget). */
const offTargetArb = fc
	.record({ direction: directionArb, target: valueArb, latest: valueArb, older: valueArb })
	.filter(({ direction, target, latest }) =>
		direction === "higherIsBetter"
			? latest.units < target.units
			: direction === "lowerIsBetter"
				? latest.units > target.units
				: latest.units !== target.units,
	)
	.map(
		({ direction, target, latest, older }): Kpi => ({
			id: "k",
			name: "Metric",
			direction,
			target: target.input,
			measurements: [
				{ at: "2025-06-30", value: latest.input },
				{ at: "2025-06-01", value: older.input },
			],
		}),
	);

/** Checks a key result in at a value on the date given. */
function checkedIn(objective: Objective, value: number | string): Objective {
	const [kr] = objective.keyResults ?? [];
	return {
		...objective,
		keyResults: [{ ...(kr as KeyResult), checkIns: [{ at: "2025-09-26", value }] } as KeyResult],
	};
}

describe("property: okrFromKpi", () => {
	it("drafts a valid objective from the latest value to the target, keeping value types", () => {
		fc.assert(
			fc.property(offTargetArb, (kpi) => {
				const draft = okrFromKpi(kpi, { title: "Fix it" });
				const kr = draft.keyResults[0];
				expect(kr.start).toBe(kpi.measurements?.[0]?.value);
				expect(kr.target).toBe(kpi.target);
				expect(safeParseObjective(draft).success).toBe(true);
				expect(keyResultProgress(kr)).toBe(0);
				const up = Number(kr.target) > Number(kr.start);
				expect(kr.title.startsWith(up ? "Increase" : "Decrease")).toBe(true);
			}),
		);
	});

	it("refuses a KPI that already meets its target", () => {
		fc.assert(
			fc.property(directionArb, valueArb, fc.nat({ max: 10_000 }), (direction, target, ahead) => {
				const latest = direction === "lowerIsBetter" ? target.units - ahead : target.units + ahead;
				const value = direction === "onTarget" ? target.input : latest / 100;
				const kpi: Kpi = {
					id: "k",
					name: "Metric",
					direction,
					target: target.input,
					measurements: [{ at: "2025-06-30", value }],
				};
				expect(() => okrFromKpi(kpi, { title: "t" })).toThrowError(
					expect.objectContaining({ code: "KPI_ON_TARGET" }),
				);
			}),
		);
	});
});

describe("property: the round trip", () => {
	it("promotes an achieved draft to a KPI that is green at the achieved value", () => {
		fc.assert(
			fc.property(
				offTargetArb,
				fc.nat({ max: 5_000 }),
				fc.constantFrom("target", "achieved") as fc.Arbitrary<"target" | "achieved">,
				(kpi, beyond, baseline) => {
					const draft = okrFromKpi(kpi, { title: "Fix it" });
					const kr = draft.keyResults[0];
					const start = Math.round(Number(kr.start) * 100);
					const target = Math.round(Number(kr.target) * 100);
					// Reach the target, or go past it in the direction of the move.
					const achieved = hundredths(target + (target > start ? beyond : -beyond));
					const done = checkedIn(draft, achieved);
					const promoted = promoteToKpi(done, kr.id, { baseline });
					expect(safeParseKpi(promoted).success).toBe(true);
					expect(kpiStatus(promoted).status).toBe("green");
					expect(kpiStatus(promoted, { value: achieved }).status).toBe("green");
					expect(promoted.target).toBe(baseline === "target" ? kr.target : achieved);
				},
			),
		);
	});

	it("refuses to promote before the target is reached", () => {
		fc.assert(
			fc.property(offTargetArb, fc.double({ min: 0, max: 0.99, noNaN: true }), (kpi, share) => {
				const draft = okrFromKpi(kpi, { title: "Fix it" });
				const kr = draft.keyResults[0];
				const start = Math.round(Number(kr.start) * 100);
				const target = Math.round(Number(kr.target) * 100);
				const short = hundredths(start + Math.trunc((target - start) * share));
				if (Math.abs(Number(short) * 100 - target) < 1) return;
				expect(() => promoteToKpi(checkedIn(draft, short), kr.id)).toThrowError(
					expect.objectContaining({ code: "KEY_RESULT_NOT_ACHIEVED" }),
				);
			}),
		);
	});
});

describe("property: promoteToKpi on ranges", () => {
	it("puts an exact midpoint and widths on any range, green across the whole range", () => {
		fc.assert(
			fc.property(valueArb, fc.nat({ max: 100_000 }), fc.boolean(), (low, width, asString) => {
				const highUnits = low.units + width;
				const high = asString ? hundredths(highUnits) : highUnits / 100;
				const lowInput = asString ? hundredths(low.units) : low.units / 100;
				const objective: Objective = {
					id: "o",
					title: "o",
					keyResults: [
						{ id: "r", title: "r", kind: "range", low: lowInput, high, current: lowInput },
					],
				};
				const kpi = promoteToKpi(objective, "r");
				expect(kpi.direction).toBe("onTarget");
				// midpoint × 2 = low + high, exactly (in thousandths, since halves of hundredths)
				expect(Math.round(Number(kpi.target) * 1000) * 2).toBe((low.units + highUnits) * 10);
				expect(typeof kpi.target).toBe(asString ? "string" : "number");
				for (const edge of [lowInput, high]) {
					expect(kpiStatus(kpi, { value: edge }).status).toBe("green");
				}
			}),
		);
	});
});

describe("property: purity", () => {
	it("never changes what it is given", () => {
		fc.assert(
			fc.property(offTargetArb, (kpi) => {
				const before = JSON.stringify(kpi);
				const draft = okrFromKpi(kpi, { title: "t" });
				const draftBefore = JSON.stringify(draft);
				lint([draft], [kpi], { asOf: "2025-07-01" });
				expect(JSON.stringify(kpi)).toBe(before);
				expect(JSON.stringify(draft)).toBe(draftBefore);
			}),
		);
	});
});
