/**
 * Laws of progress (docs/scoring.md, "Key-result progress"): monotonic in the current value,
 * invariant under scaling and shifting, within [floor, cap], objective progress a weighted mean
 * (between min and max, order-free, exact), and robust: any input gives a finite number or an
 * OkrError, never NaN or a TypeError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type KeyResult,
	keyResultProgress,
	OkrError,
	objectiveProgress,
	progressAt,
} from "../../src/index.js";
import { dayString, decimalString, decimalText, smallInt } from "../support/arbitraries.js";
import { metric } from "../support/foundation.js";
import {
	add,
	clamp,
	div,
	mul,
	nearestDouble,
	type Rational,
	rational,
	sub,
} from "../support/rational.js";

const uncapped = { policy: { progress: { cap: null, floor: -1e9 } } } as const;
const optionsList = [undefined, { policy: { progress: { cap: 1.2 } } }, uncapped] as const;

describe("metric progress", () => {
	it("is monotonic in current for increases and antitone for decreases", () => {
		fc.assert(
			fc.property(smallInt, smallInt, smallInt, smallInt, (s, t, c1, c2) => {
				fc.pre(s !== t);
				const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
				for (const options of optionsList) {
					const pLo = keyResultProgress(metric(s, t, lo), options);
					const pHi = keyResultProgress(metric(s, t, hi), options);
					if (t > s) expect(pLo).toBeLessThanOrEqual(pHi);
					else expect(pLo).toBeGreaterThanOrEqual(pHi);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("is monotonic in current for decimal strings too", () => {
		fc.assert(
			fc.property(
				decimalString(),
				decimalString(),
				decimalString(),
				decimalString(),
				(s, t, a, b) => {
					fc.pre(sub(t.value, s.value).num !== 0n);
					const ab = sub(b.value, a.value).num;
					const [lo, hi] = ab >= 0n ? [a, b] : [b, a];
					const pLo = keyResultProgress(metric(s.text, t.text, lo.text), uncapped);
					const pHi = keyResultProgress(metric(s.text, t.text, hi.text), uncapped);
					if (sub(t.value, s.value).num > 0n) expect(pLo).toBeLessThanOrEqual(pHi);
					else expect(pLo).toBeGreaterThanOrEqual(pHi);
				},
			),
			{ numRuns: 500 },
		);
	});

	it("is invariant under scaling and shifting start, target and current together", () => {
		fc.assert(
			fc.property(
				smallInt,
				smallInt,
				smallInt,
				fc.integer({ min: -1000, max: 1000 }).filter((k) => k !== 0),
				smallInt,
				(s, t, c, k, d) => {
					fc.pre(s !== t);
					const moved = (x: number) => k * x + d;
					for (const options of optionsList) {
						expect(keyResultProgress(metric(moved(s), moved(t), moved(c)), options)).toBe(
							keyResultProgress(metric(s, t, c), options),
						);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("is invariant under decimal scaling and shifting (as strings)", () => {
		fc.assert(
			fc.property(
				decimalString(),
				decimalString(),
				decimalString(),
				decimalString(10n ** 6n, 4).filter((k) => k.value.num !== 0n),
				decimalString(),
				(s, t, c, k, d) => {
					fc.pre(sub(t.value, s.value).num !== 0n);
					const moved = (x: Rational) => add(mul(k.value, x), d.value);
					const base = keyResultProgress(metric(s.text, t.text, c.text), uncapped);
					const after = keyResultProgress(
						metric(
							decimalFraction(moved(s.value)),
							decimalFraction(moved(t.value)),
							decimalFraction(moved(c.value)),
						),
						uncapped,
					);
					expect(after).toBe(base);
				},
			),
			{ numRuns: 500 },
		);
	});

	it("lies within [floor, cap] for any policy with floor <= cap", () => {
		fc.assert(
			fc.property(
				smallInt,
				smallInt,
				smallInt,
				fc.integer({ min: -300, max: 300 }),
				fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
				(s, t, c, floorPct, spanPct) => {
					fc.pre(s !== t);
					const floor = floorPct / 100;
					const cap = spanPct === null ? null : floor + spanPct / 100;
					const p = keyResultProgress(metric(s, t, c), { policy: { progress: { floor, cap } } });
					expect(p).toBeGreaterThanOrEqual(floor);
					if (cap !== null) expect(p).toBeLessThanOrEqual(cap);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("takes current, else the latest check-in by date (ties: the later in the array), else start", () => {
		const checkIn = fc.record({ at: dayString, value: smallInt });
		fc.assert(
			fc.property(
				smallInt,
				smallInt,
				fc.option(smallInt, { nil: undefined }),
				fc.array(checkIn, { maxLength: 8 }),
				(s, t, current, checkIns) => {
					fc.pre(s !== t);
					let value = s;
					let latest = "";
					for (const c of checkIns) {
						if (c.at >= latest) {
							latest = c.at;
							value = c.value;
						}
					}
					if (current !== undefined) value = current;
					const kr = metric(s, t, current, { checkIns });
					expect(keyResultProgress(kr, uncapped)).toBe(
						keyResultProgress(metric(s, t, value), uncapped),
					);
				},
			),
			{ numRuns: 1000 },
		);
	});
});

describe("progressAt", () => {
	const checkIn = fc.record({ at: dayString, value: smallInt });

	it("equals keyResultProgress with current set to the latest check-in on or before the date (current itself without check-ins)", () => {
		fc.assert(
			fc.property(
				smallInt,
				smallInt,
				fc.array(checkIn, { maxLength: 8 }),
				dayString,
				smallInt,
				(s, t, checkIns, date, ignored) => {
					fc.pre(s !== t);
					let value = s;
					let latest = "";
					for (const c of checkIns) {
						if (c.at <= date && c.at >= latest) {
							latest = c.at;
							value = c.value;
						}
					}
					const kr = metric(s, t, ignored, { checkIns });
					expect(progressAt(kr, date, uncapped)).toBe(
						keyResultProgress(metric(s, t, checkIns.length === 0 ? ignored : value), uncapped),
					);
					// progressAt is keyResultProgress as of the day.
					expect(progressAt(kr, date, uncapped)).toBe(
						keyResultProgress(kr, { ...uncapped, asOf: date }),
					);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("after the last check-in, equals keyResultProgress without current", () => {
		fc.assert(
			fc.property(smallInt, smallInt, fc.array(checkIn, { maxLength: 8 }), (s, t, checkIns) => {
				fc.pre(s !== t);
				const kr = metric(s, t, undefined, { checkIns });
				expect(progressAt(kr, "2030-01-01")).toBe(keyResultProgress(kr));
			}),
		);
	});

	it('with scoring "checkIns", is the share of check-ins up to the date that held', () => {
		fc.assert(
			fc.property(
				fc.constantFrom("atLeast" as const, "atMost" as const),
				smallInt,
				fc.array(checkIn, { maxLength: 10 }),
				dayString,
				(direction, threshold, checkIns, date) => {
					const kr: KeyResult = {
						id: "t",
						title: "t",
						kind: "threshold",
						direction,
						threshold,
						scoring: "checkIns",
						checkIns,
					};
					const upTo = checkIns.filter((c) => c.at <= date);
					const held = upTo.filter((c) =>
						direction === "atLeast" ? c.value >= threshold : c.value <= threshold,
					).length;
					const expected =
						upTo.length === 0 ? 0 : nearestDouble(rational(BigInt(held), BigInt(upTo.length)));
					expect(progressAt(kr, date)).toBe(expected);
				},
			),
			{ numRuns: 500 },
		);
	});
});

const weightedKr = fc.record({
	current: decimalString(10n ** 4n, 2),
	weight: decimalString(10n ** 3n, 2).filter((w) => w.value.num >= 0n),
});

const objectiveOf = (
	items: readonly { current: { text: string }; weight: { text: string } }[],
) => ({
	id: "o",
	title: "o",
	keyResults: items.map((item, i) => ({
		...metric("0", "100", item.current.text),
		id: `kr${i}`,
		weight: item.weight.text,
	})),
});

describe("objective progress", () => {
	it("lies between the min and max progress of its weighted key results", () => {
		fc.assert(
			fc.property(fc.array(weightedKr, { minLength: 1, maxLength: 6 }), (items) => {
				const weighted = items.filter((item) => item.weight.value.num > 0n);
				fc.pre(weighted.length > 0);
				const o = objectiveOf(items);
				const progress = o.keyResults
					.filter((_, i) => (items[i]?.weight.value.num ?? 0n) > 0n)
					.map((kr) => keyResultProgress(kr));
				const p = objectiveProgress(o);
				expect(p).toBeGreaterThanOrEqual(Math.min(...progress));
				expect(p).toBeLessThanOrEqual(Math.max(...progress));
			}),
			{ numRuns: 1000 },
		);
	});

	it("does not depend on the order of its key results", () => {
		fc.assert(
			fc.property(
				fc
					.array(weightedKr, { minLength: 1, maxLength: 6 })
					.chain((items) =>
						fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length })),
					),
				([items, shuffled]) => {
					fc.pre(items.some((item) => item.weight.value.num > 0n));
					expect(objectiveProgress(objectiveOf(shuffled))).toBe(
						objectiveProgress(objectiveOf(items)),
					);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("is the nearest double to the exact weighted mean of clamped progress", () => {
		fc.assert(
			fc.property(fc.array(weightedKr, { minLength: 1, maxLength: 6 }), (items) => {
				fc.pre(items.some((item) => item.weight.value.num > 0n));
				let points = rational(0n);
				let total = rational(0n);
				for (const item of items) {
					const p = clamp(div(item.current.value, rational(100n)), rational(0n), rational(1n));
					points = add(points, mul(item.weight.value, p));
					total = add(total, item.weight.value);
				}
				expect(objectiveProgress(objectiveOf(items))).toBe(nearestDouble(div(points, total)));
			}),
			{ numRuns: 1000 },
		);
	});

	it("scaling every weight by the same factor changes nothing", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ current: smallInt, weight: fc.integer({ min: 0, max: 1000 }) }), {
					minLength: 1,
					maxLength: 6,
				}),
				fc.integer({ min: 1, max: 1000 }),
				(items, k) => {
					fc.pre(items.some((item) => item.weight > 0));
					const o = (factor: number) => ({
						id: "o",
						title: "o",
						keyResults: items.map((item, i) => ({
							...metric(0, 1000, item.current),
							id: `kr${i}`,
							weight: item.weight * factor,
						})),
					});
					expect(objectiveProgress(o(k))).toBe(objectiveProgress(o(1)));
				},
			),
		);
	});
});

/** Any value, including deeply odd ones, or something shaped like a key result with odd fields. */
const hostileKeyResult = fc.oneof(
	fc.anything({
		withNullPrototype: true,
		withBigInt: true,
		withDate: true,
		withMap: true,
		withSet: true,
		withTypedArray: true,
		withSparseArray: true,
		withBoxedValues: true,
	}),
	fc.record(
		{
			id: fc.oneof(
				fc.string(),
				fc.constantFrom("__proto__", "constructor", "toString"),
				fc.anything(),
			),
			title: fc.oneof(fc.string(), fc.anything()),
			kind: fc.oneof(
				fc.constantFrom("metric", "threshold", "range", "milestone", "checklist"),
				fc.anything(),
			),
			start: fc.oneof(smallInt, fc.string(), fc.double(), fc.anything()),
			target: fc.oneof(smallInt, fc.string(), fc.double(), fc.anything()),
			current: fc.oneof(smallInt, fc.string(), fc.double(), fc.anything()),
			threshold: fc.oneof(smallInt, fc.double(), fc.anything()),
			direction: fc.oneof(fc.constantFrom("atLeast", "atMost"), fc.anything()),
			low: fc.oneof(smallInt, fc.anything()),
			high: fc.oneof(smallInt, fc.anything()),
			done: fc.oneof(fc.boolean(), fc.anything()),
			weight: fc.oneof(smallInt, fc.double(), fc.anything()),
			scoring: fc.oneof(fc.constantFrom("latest", "checkIns"), fc.anything()),
			items: fc.oneof(
				fc.sparseArray(fc.record({ title: fc.string(), done: fc.boolean() }), { maxLength: 3 }),
				fc.array(
					fc.record(
						{ title: fc.string(), done: fc.boolean(), weight: fc.oneof(smallInt, fc.anything()) },
						{ requiredKeys: [] },
					),
				),
				fc.anything(),
			),
			checkIns: fc.oneof(
				fc.array(
					fc.record(
						{
							at: fc.oneof(dayString, fc.date(), fc.anything()),
							value: fc.oneof(smallInt, fc.anything()),
						},
						{ requiredKeys: [] },
					),
				),
				fc.anything(),
			),
		},
		{ requiredKeys: [] },
	),
);

/** Calls `fn`: it returns a finite number (never -0), or throws an OkrError, never anything else. */
function finiteOrOkrError(fn: () => number): void {
	let result: number;
	try {
		result = fn();
	} catch (error) {
		if (!(error instanceof OkrError)) throw error;
		return;
	}
	expect(Number.isFinite(result)).toBe(true);
	expect(Object.is(result, -0)).toBe(false);
}

describe("bad input never yields NaN or a TypeError", () => {
	it("keyResultProgress(anything)", () => {
		fc.assert(
			fc.property(hostileKeyResult, (kr) => {
				finiteOrOkrError(() => keyResultProgress(kr as KeyResult));
			}),
			{ numRuns: 3000 },
		);
	});

	it("keyResultProgress(key result, anything as options)", () => {
		fc.assert(
			fc.property(fc.anything(), (options) => {
				finiteOrOkrError(() => keyResultProgress(metric(0, 10, 5), options as never));
				finiteOrOkrError(() => keyResultProgress(metric(0, 10, 5), { policy: options } as never));
				finiteOrOkrError(() =>
					keyResultProgress(metric(0, 10, 5), { policy: { progress: options } } as never),
				);
			}),
			{ numRuns: 1000 },
		);
	});

	it("objectiveProgress(anything)", () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true }),
					fc.record(
						{
							id: fc.oneof(fc.string(), fc.anything()),
							title: fc.oneof(fc.string(), fc.anything()),
							type: fc.oneof(fc.constantFrom("aspirational", "committed"), fc.anything()),
							keyResults: fc.oneof(
								fc.array(hostileKeyResult, { maxLength: 4 }),
								fc.sparseArray(hostileKeyResult, { maxLength: 4 }),
								fc.anything({ withSparseArray: true }),
							),
							cycle: fc.anything(),
							parentId: fc.anything(),
							contribution: fc.anything(),
							kpiIds: fc.anything(),
						},
						{ requiredKeys: [] },
					),
				),
				(o) => {
					finiteOrOkrError(() => objectiveProgress(o as never));
				},
			),
			{ numRuns: 3000 },
		);
	});

	it("progressAt(anything, anything)", () => {
		fc.assert(
			fc.property(hostileKeyResult, fc.oneof(dayString, fc.date(), fc.anything()), (kr, date) => {
				finiteOrOkrError(() => progressAt(kr as KeyResult, date as never));
			}),
			{ numRuns: 3000 },
		);
	});
});

/** Writes a rational whose denominator divides a power of ten as a plain decimal string. */
function decimalFraction(x: Rational): string {
	for (let k = 0; k <= 60; k++) {
		const scale = 10n ** BigInt(k);
		if (scale % x.den === 0n) return decimalText((x.num * scale) / x.den, k, false);
	}
	throw new Error("not a terminating decimal");
}
