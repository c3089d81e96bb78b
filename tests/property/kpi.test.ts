import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type Cadence,
	type Kpi,
	type KpiDirection,
	kpiStatus,
	kpiStatusHistory,
	kpiTrend,
	OkrValidationError,
} from "../../src/index.js";
import { deepFreeze } from "../support/foundation.js";

const RANK = { green: 0, yellow: 1, red: 2 } as const;
type Light = keyof typeof RANK;

const directions: readonly KpiDirection[] = ["higherIsBetter", "lowerIsBetter", "onTarget"];
const cadences: readonly Cadence[] = ["daily", "weekly", "monthly", "quarterly"];

/** A hundredths decimal string, exact as written: `cents(12345)` is `"12345e-2"` = 123.45. */
const cents = (n: number) => `${n}e-2`;

const centsArb = fc.integer({ min: -1_000_000, max: 1_000_000 });
const limitArb = fc.integer({ min: 0, max: 10_000 });
const directionArb = fc.constantFrom(...directions);
const modeArb = fc.constantFrom("absolute" as const, "relative" as const);

/** Thresholds with `0 <= green <= yellow`, in hundredths. */
const thresholdsArb = fc
	.record({ mode: modeArb, green: limitArb, extra: limitArb })
	.map(({ mode, green, extra }) => ({
		mode,
		green: cents(green),
		yellow: cents(green + extra),
		greenCents: green,
		yellowCents: green + extra,
	}));

const kpiOf = (
	direction: KpiDirection,
	target: number,
	thresholds?: { mode: "absolute" | "relative"; green: string; yellow: string },
): Kpi => ({
	id: "k",
	name: "KPI",
	direction,
	target: cents(target),
	...(thresholds === undefined
		? {}
		: {
				thresholds: { mode: thresholds.mode, green: thresholds.green, yellow: thresholds.yellow },
			}),
});

const light = (kpi: Kpi, value: string): Light => {
	const status = kpiStatus(kpi, { value }).status;
	if (status === "unknown") throw new Error("A value is never unknown.");
	return status;
};

/** A value `by` hundredths worse than `value` for a KPI with this direction and target. */
function worse(direction: KpiDirection, target: number, value: number, by: number): number {
	if (direction === "higherIsBetter") return value - by;
	if (direction === "lowerIsBetter") return value + by;
	return value >= target ? value + by : value - by;
}

describe("kpiStatus laws", () => {
	it("worsening the value never improves the colour", () => {
		fc.assert(
			fc.property(
				directionArb,
				centsArb.filter((t) => t !== 0),
				fc.option(thresholdsArb, { nil: undefined }),
				centsArb,
				fc.integer({ min: 0, max: 1_000_000 }),
				(direction, target, thresholds, value, by) => {
					const kpi = kpiOf(direction, target, thresholds);
					const before = light(kpi, cents(value));
					const after = light(kpi, cents(worse(direction, target, value, by)));
					expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("colours are ordered green < yellow < red by shortfall for every green <= yellow", () => {
		fc.assert(
			fc.property(
				directionArb,
				centsArb.filter((t) => t !== 0),
				thresholdsArb,
				fc.integer({ min: 0, max: 2_000_000 }),
				fc.integer({ min: 0, max: 2_000_000 }),
				(direction, target, thresholds, a, b) => {
					const kpi = kpiOf(direction, target, thresholds);
					// A value `s` hundredths short of the target in this direction.
					const at = (s: number) =>
						direction === "lowerIsBetter" ? cents(target + s) : cents(target - s);
					const [s1, s2] = a <= b ? [a, b] : [b, a];
					expect(RANK[light(kpi, at(s1))]).toBeLessThanOrEqual(RANK[light(kpi, at(s2))]);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("is green iff shortfall <= green limit, yellow iff <= yellow limit, else red (exactly)", () => {
		fc.assert(
			fc.property(
				directionArb,
				fc.integer({ min: -10_000, max: 10_000 }).filter((t) => t !== 0),
				thresholdsArb,
				fc.integer({ min: -20_000, max: 20_000 }),
				(direction, targetUnits, thresholds, value) => {
					// Whole-unit target so relative limits stay in hundredths: limit = l/100 × |t|.
					const target = targetUnits * 100;
					const kpi = kpiOf(direction, target, thresholds);
					const shortfall =
						direction === "higherIsBetter"
							? target - value
							: direction === "lowerIsBetter"
								? value - target
								: Math.abs(value - target);
					const scale = thresholds.mode === "absolute" ? 1 : Math.abs(targetUnits);
					const expected: Light =
						shortfall <= thresholds.greenCents * scale
							? "green"
							: shortfall <= thresholds.yellowCents * scale
								? "yellow"
								: "red";
					const status = kpiStatus(kpi, { value: cents(value) });
					expect(status.status).toBe(expected);
					expect(status.shortfall).toBe(shortfall / 100);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it("a boundary gets the better colour and one hundredth beyond it the worse", () => {
		fc.assert(
			fc.property(
				directionArb,
				fc.integer({ min: -10_000, max: 10_000 }).filter((t) => t !== 0),
				thresholdsArb,
				(direction, targetUnits, thresholds) => {
					const target = targetUnits * 100;
					const kpi = kpiOf(direction, target, thresholds);
					const scale = thresholds.mode === "absolute" ? 1 : Math.abs(targetUnits);
					// A value `s` hundredths short of the target in this direction.
					const short = (s: number) =>
						cents(direction === "lowerIsBetter" ? target + s : target - s);
					const green = thresholds.greenCents * scale;
					const yellow = thresholds.yellowCents * scale;
					expect(light(kpi, short(green))).toBe("green");
					expect(light(kpi, short(green + 1))).toBe(green + 1 <= yellow ? "yellow" : "red");
					expect(light(kpi, short(yellow))).toBe(yellow === green ? "green" : "yellow");
					expect(light(kpi, short(yellow + 1))).toBe("red");
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("default thresholds: green when met, yellow within 10% of |target|, else red", () => {
		fc.assert(
			fc.property(directionArb, centsArb, centsArb, (direction, target, value) => {
				const shortfall =
					direction === "higherIsBetter"
						? target - value
						: direction === "lowerIsBetter"
							? value - target
							: Math.abs(value - target);
				// shortfall <= |target| / 10  ⇔  10 × shortfall <= |target| (all in hundredths).
				const expected: Light =
					shortfall <= 0 ? "green" : 10 * shortfall <= Math.abs(target) ? "yellow" : "red";
				expect(light(kpiOf(direction, target), cents(value))).toBe(expected);
			}),
			{ numRuns: 1000 },
		);
	});

	it("numbers and their decimal strings give the same status", () => {
		fc.assert(
			fc.property(directionArb, centsArb, centsArb, (direction, target, value) => {
				const asNumbers: Kpi = { ...kpiOf(direction, target), target: target / 100 };
				expect(kpiStatus(asNumbers, { value: value / 100 })).toEqual(
					kpiStatus(kpiOf(direction, target), { value: cents(value) }),
				);
			}),
			{ numRuns: 500 },
		);
	});
});

const issueOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		if (error instanceof OkrValidationError) {
			return { code: error.issues[0]?.code, path: error.issues[0]?.path };
		}
		throw error;
	}
	return null;
};

describe("kpiStatus rejects invalid thresholds and values", () => {
	it("green > yellow is THRESHOLDS_OUT_OF_ORDER, on the KPI and in the policy", () => {
		fc.assert(
			fc.property(modeArb, limitArb, fc.integer({ min: 1, max: 10_000 }), (mode, yellow, extra) => {
				const thresholds = { mode, green: cents(yellow + extra), yellow: cents(yellow) };
				expect(issueOf(() => kpiStatus(kpiOf("onTarget", 100, thresholds)))).toEqual({
					code: "THRESHOLDS_OUT_OF_ORDER",
					path: ["thresholds"],
				});
				expect(
					issueOf(() => kpiStatus(kpiOf("onTarget", 100), { policy: { kpi: { thresholds } } })),
				).toEqual({
					code: "THRESHOLDS_OUT_OF_ORDER",
					path: ["options", "policy", "kpi", "thresholds"],
				});
			}),
			{ numRuns: 300 },
		);
	});

	it("a negative green limit is NEGATIVE at green", () => {
		fc.assert(
			fc.property(
				modeArb,
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: -10_000, max: 10_000 }),
				(mode, green, yellow) => {
					const thresholds = { mode, green: cents(-green), yellow: cents(yellow) };
					expect(issueOf(() => kpiStatus(kpiOf("onTarget", 100, thresholds)))).toEqual({
						code: "NEGATIVE",
						path: ["thresholds", "green"],
					});
					expect(
						issueOf(() => kpiStatus(kpiOf("onTarget", 100), { policy: { kpi: { thresholds } } })),
					).toEqual({
						code: "NEGATIVE",
						path: ["options", "policy", "kpi", "thresholds", "green"],
					});
				},
			),
			{ numRuns: 300 },
		);
	});

	it("a negative yellow limit is never accepted", () => {
		fc.assert(
			fc.property(modeArb, limitArb, fc.integer({ min: 1, max: 10_000 }), (mode, green, yellow) => {
				const thresholds = { mode, green: cents(green), yellow: cents(-yellow) };
				expect(issueOf(() => kpiStatus(kpiOf("onTarget", 100, thresholds)))).toEqual({
					code: "THRESHOLDS_OUT_OF_ORDER",
					path: ["thresholds"],
				});
			}),
			{ numRuns: 200 },
		);
	});

	it("an unknown mode is INVALID_ENUM at thresholds.mode", () => {
		fc.assert(
			fc.property(
				fc.string().filter((s) => s !== "absolute" && s !== "relative"),
				(mode) => {
					const kpi = {
						...kpiOf("onTarget", 100),
						thresholds: { mode, green: 0, yellow: 1 },
					} as unknown as Kpi;
					expect(issueOf(() => kpiStatus(kpi))).toEqual({
						code: "INVALID_ENUM",
						path: ["thresholds", "mode"],
					});
				},
			),
			{ numRuns: 200 },
		);
	});

	it("relative thresholds on any zero target are RELATIVE_TO_ZERO_TARGET", () => {
		fc.assert(
			fc.property(
				thresholdsArb,
				fc.constantFrom(0, "0", "-0", "0.000", "0e5"),
				directionArb,
				(t, target, direction) => {
					const kpi: Kpi = {
						id: "k",
						name: "K",
						direction,
						target,
						thresholds: { mode: "relative", green: t.green, yellow: t.yellow },
					};
					expect(issueOf(() => kpiStatus(kpi))).toEqual({
						code: "RELATIVE_TO_ZERO_TARGET",
						path: ["thresholds", "mode"],
					});
				},
			),
			{ numRuns: 100 },
		);
	});

	it("options.value that is NaN, infinite or not numeric is INVALID_NUMBER at value", () => {
		const notANumber = fc.oneof(
			fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "", "NaN"),
			fc.string().filter((s) => /[^0-9eE+\-.]/.test(s) || s === ""),
		);
		fc.assert(
			fc.property(notANumber, (value) => {
				expect(issueOf(() => kpiStatus(kpiOf("onTarget", 100), { value }))).toEqual({
					code: "INVALID_NUMBER",
					path: ["options", "value"],
				});
			}),
			{ numRuns: 300 },
		);
	});
});

// ---- dates ---------------------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 40_000 }); // 1970 – 2079

/** The last fresh day, written independently of the library: days added, or months date-fns style. */
function freshUntil(day: number, cadence: Cadence): number {
	if (cadence === "daily") return day + 1;
	if (cadence === "weekly") return day + 7;
	const months = cadence === "monthly" ? 1 : 3;
	const d = new Date(day * DAY);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + months;
	const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / DAY;
}

describe("staleness laws", () => {
	it("a measurement is fresh through its limit and stale from the next day, for every cadence", () => {
		fc.assert(
			fc.property(dayArb, fc.constantFrom(...cadences), (day, cadence) => {
				const kpi: Kpi = {
					...kpiOf("higherIsBetter", 100),
					cadence,
					measurements: [{ at: iso(day), value: 5 }],
				};
				const limit = freshUntil(day, cadence);
				expect(kpiStatus(kpi, { asOf: iso(limit) })).toMatchObject({
					stale: false,
					status: "green",
				});
				expect(kpiStatus(kpi, { asOf: iso(limit + 1) })).toMatchObject({
					stale: true,
					status: "unknown",
					value: 5,
					at: iso(day),
				});
			}),
			{ numRuns: 1000 },
		);
	});

	it("once stale, a KPI stays stale at every later date until a new measurement", () => {
		fc.assert(
			fc.property(
				dayArb,
				fc.constantFrom(...cadences),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 0, max: 400 }),
				(day, cadence, a, b) => {
					const kpi: Kpi = {
						...kpiOf("higherIsBetter", 100),
						cadence,
						measurements: [{ at: iso(day), value: 5 }],
					};
					const [early, late] = a <= b ? [a, b] : [b, a];
					if (kpiStatus(kpi, { asOf: iso(day + early) }).stale) {
						expect(kpiStatus(kpi, { asOf: iso(day + late) }).stale).toBe(true);
					}
				},
			),
			{ numRuns: 500 },
		);
	});
});

// ---- trends and histories ------------------------------------------------------------------------

const measurementsArb = fc.array(
	fc.record({ day: fc.integer({ min: 20_000, max: 20_400 }), value: centsArb }),
	{ maxLength: 12 },
);

const kpiWith = (
	direction: KpiDirection,
	target: number,
	list: readonly { day: number; value: number }[],
): Kpi => ({
	...kpiOf(direction, target),
	cadence: "weekly",
	measurements: list.map(({ day, value }) => ({ at: iso(day), value: cents(value) })),
});

describe("kpiTrend laws", () => {
	it("swapping the last two values reverses the direction and, off onTarget, the verdict", () => {
		fc.assert(
			fc.property(directionArb, centsArb, centsArb, centsArb, (direction, target, a, b) => {
				const forward = kpiTrend(
					kpiWith(direction, target, [
						{ day: 20_000, value: a },
						{ day: 20_001, value: b },
					]),
				);
				const backward = kpiTrend(
					kpiWith(direction, target, [
						{ day: 20_000, value: b },
						{ day: 20_001, value: a },
					]),
				);
				const flip = { up: "down", down: "up", flat: "flat" } as const;
				expect(backward.direction).toBe(flip[forward.direction]);
				if (forward.direction === "flat") {
					expect(forward.improving).toBeNull();
				} else if (direction !== "onTarget") {
					expect(backward.improving).toBe(!forward.improving);
				} else {
					expect(forward.improving && backward.improving).toBe(false);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("improving agrees with the status shortfall: it improves iff the shortfall shrinks", () => {
		fc.assert(
			fc.property(directionArb, centsArb, centsArb, centsArb, (direction, target, a, b) => {
				const kpi = kpiOf(direction, target);
				const trend = kpiTrend({
					...kpi,
					measurements: [
						{ at: "2025-01-01", value: cents(a) },
						{ at: "2025-01-02", value: cents(b) },
					],
				});
				if (a === b) return;
				const before = kpiStatus(kpi, { value: cents(a) }).shortfall as number;
				const after = kpiStatus(kpi, { value: cents(b) }).shortfall as number;
				expect(trend.improving).toBe(after < before);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("kpiStatusHistory laws", () => {
	it("one point per measurement on or before asOf, each band as kpiStatus colours its value", () => {
		fc.assert(
			fc.property(
				directionArb,
				centsArb.filter((t) => t !== 0),
				measurementsArb,
				fc.integer({ min: 20_000, max: 20_400 }),
				(direction, target, list, asOf) => {
					const kpi = kpiWith(direction, target, list);
					const history = kpiStatusHistory(kpi, { asOf: iso(asOf) });
					expect(history).toHaveLength(list.filter((m) => m.day <= asOf).length);
					for (const point of history) {
						expect(point.band).toBe(kpiStatus(kpi, { value: point.value }).status);
						expect(point.status).toBe(point.band);
					}
					const days = history.map((p) => p.at);
					expect([...days].sort()).toEqual(days);
				},
			),
			{ numRuns: 300 },
		);
	});

	it("with N confirmations the shown colour changes only after N readings in the new band", () => {
		fc.assert(
			fc.property(
				directionArb,
				centsArb.filter((t) => t !== 0),
				measurementsArb,
				fc.integer({ min: 1, max: 4 }),
				(direction, target, list, confirmations) => {
					const history = kpiStatusHistory(kpiWith(direction, target, list), {
						policy: { kpi: { confirmations } },
					});
					history.forEach((point, i) => {
						if (i === 0) {
							expect(point.status).toBe(point.band);
							return;
						}
						const previous = history[i - 1]?.status;
						if (point.status !== previous) {
							expect(i + 1).toBeGreaterThanOrEqual(confirmations);
							for (let j = i - confirmations + 1; j <= i; j++) {
								expect(history[j]?.band).toBe(point.status);
							}
						} else if (point.band !== point.status && confirmations === 1) {
							throw new Error("With one confirmation the shown colour is the band.");
						}
					});
				},
			),
			{ numRuns: 500 },
		);
	});
});

// ---- purity --------------------------------------------------------------------------------------

describe("KPI functions are pure", () => {
	it("do not mutate their inputs and give the same output twice", () => {
		fc.assert(
			fc.property(
				directionArb,
				centsArb.filter((t) => t !== 0),
				fc.option(thresholdsArb, { nil: undefined }),
				measurementsArb,
				fc.integer({ min: 20_000, max: 20_400 }),
				(direction, target, thresholds, list, asOf) => {
					const kpi = deepFreeze({
						...kpiWith(direction, target, list),
						...(thresholds === undefined
							? {}
							: {
									thresholds: {
										mode: thresholds.mode,
										green: thresholds.green,
										yellow: thresholds.yellow,
									},
								}),
					});
					const before = structuredClone(kpi);
					const options = deepFreeze({ asOf: iso(asOf), policy: { kpi: { confirmations: 2 } } });
					const first = [
						kpiStatus(kpi, options),
						kpiTrend(kpi, options),
						kpiStatusHistory(kpi, options),
					];
					expect(kpi).toEqual(before);
					expect([
						kpiStatus(kpi, options),
						kpiTrend(kpi, options),
						kpiStatusHistory(kpi, options),
					]).toEqual(first);
				},
			),
			{ numRuns: 200 },
		);
	});
});
