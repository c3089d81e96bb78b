import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	checkInCompliance,
	cycleContaining,
	expectedProgress,
	forecast,
	type KeyResult,
	type PacePhase,
	paceStatus,
	parseCycle,
	quarter,
} from "../../src/index.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2000, 0, 1);

/** `"YYYY-MM-DD"` of the day `n` days after 2000-01-01. */
const day = (n: number): string => new Date(BASE + n * DAY).toISOString().slice(0, 10);

/** A decimal string for the integer `units` hundredths (exact, any sign). */
function hundredths(units: number): string {
	const sign = units < 0 ? "-" : "";
	const a = Math.abs(units);
	return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

/** A cycle: a start day and a length of 1 to 400 days. */
const cycleArb = fc
	.record({ start: fc.integer({ min: 0, max: 9000 }), length: fc.integer({ min: 1, max: 400 }) })
	.map(({ start, length }) => ({ start, end: start + length - 1, length }));

/** A valid phased curve: strictly increasing `at` in (0, 1], non-decreasing `expected` in [0, 1]. */
const phasesArb: fc.Arbitrary<PacePhase[]> = fc
	.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 6 })
	.chain((ats) =>
		fc
			.array(fc.integer({ min: 0, max: 100 }), { minLength: ats.length, maxLength: ats.length })
			.map((exps) => {
				const sortedAt = [...ats].sort((a, b) => a - b);
				const sortedExp = [...exps].sort((a, b) => a - b);
				return sortedAt.map((at, i) => ({
					at: hundredths(at),
					expected: hundredths(sortedExp[i] as number),
				}));
			}),
	);

const finalArb = fc.integer({ min: 0, max: 150 }).map(hundredths);

describe("expectedProgress laws", () => {
	it("is monotonic in asOf and stays within [0, final], linear or phased", () => {
		fc.assert(
			fc.property(
				cycleArb,
				phasesArb,
				finalArb,
				fc.integer({ min: -50, max: 450 }),
				fc.integer({ min: 0, max: 100 }),
				(c, phases, final, offset, step) => {
					const cyc = { start: day(c.start), end: day(c.end) };
					const options = { final, policy: { pace: { phases } } };
					const a = expectedProgress(cyc, day(c.start + offset), options);
					const b = expectedProgress(cyc, day(c.start + offset + step), options);
					expect(a).toBeLessThanOrEqual(b);
					for (const v of [a, b]) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(v).toBeLessThanOrEqual(Number(final));
					}
				},
			),
			{ numRuns: 500 },
		);
	});

	it("is 0 before the cycle, final on and after its last day", () => {
		fc.assert(
			fc.property(cycleArb, finalArb, fc.integer({ min: 1, max: 1000 }), (c, final, gap) => {
				const cyc = { start: day(c.start), end: day(c.end) };
				expect(expectedProgress(cyc, day(c.start - gap), { final })).toBe(0);
				expect(expectedProgress(cyc, day(c.end), { final })).toBe(Number(final));
				expect(expectedProgress(cyc, day(c.end + gap), { final })).toBe(Number(final));
			}),
			{ numRuns: 200 },
		);
	});

	it("is elapsed days / cycle days when linear", () => {
		fc.assert(
			fc.property(cycleArb, fc.integer({ min: 0, max: 399 }), (c, k) => {
				fc.pre(k < c.length);
				const cyc = { start: day(c.start), end: day(c.end) };
				expect(expectedProgress(cyc, day(c.start + k))).toBe((k + 1) / c.length);
			}),
			{ numRuns: 300 },
		);
	});

	it("passes through its phase points and is monotonic with them", () => {
		// Cycles of 100 days: the phase at k/100 is reached at the end of day k exactly.
		fc.assert(
			fc.property(phasesArb, fc.integer({ min: 0, max: 9000 }), (phases, start) => {
				const cyc = { start: day(start), end: day(start + 99) };
				const options = { policy: { pace: { phases } } };
				for (const phase of phases) {
					const k = Math.round(Number(phase.at) * 100);
					expect(expectedProgress(cyc, day(start + k - 1), options)).toBe(Number(phase.expected));
				}
				let previous = 0;
				for (let k = 0; k < 100; k++) {
					const v = expectedProgress(cyc, day(start + k), options);
					expect(v).toBeGreaterThanOrEqual(previous);
					previous = v;
				}
				const last = phases[phases.length - 1];
				const end = last !== undefined && last.at === "1.00" ? Number(last.expected) : 1;
				expect(previous).toBe(end);
			}),
			{ numRuns: 100 },
		);
	});
});

describe("paceStatus laws", () => {
	it("reports gap = expected − progress and a status that follows the inclusive gaps", () => {
		fc.assert(
			fc.property(
				cycleArb,
				fc.integer({ min: -20, max: 420 }),
				fc.integer({ min: 0, max: 10_000 }),
				fc.constantFrom("committed", "aspirational") as fc.Arbitrary<"committed" | "aspirational">,
				(c, offset, current, type) => {
					const result = paceStatus(
						{
							id: "o",
							title: "o",
							type,
							cycle: { start: day(c.start), end: day(c.end) },
							keyResults: [
								{
									id: "k",
									title: "k",
									kind: "metric",
									start: 0,
									target: 100,
									current: hundredths(current),
								},
							],
						},
						day(c.start + offset),
					);
					expect(result.gap).toBeCloseTo(result.expected - result.progress, 12);
					const expectedStatus =
						result.gap <= 0.1 ? "onTrack" : result.gap <= 0.25 ? "atRisk" : "offTrack";
					expect(result.status).toBe(expectedStatus);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe("forecast laws", () => {
	it("returns the line's value at the cycle's end for check-ins lying exactly on a line", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1_000_000, max: 1_000_000 }),
				fc.integer({ min: -10_000, max: 10_000 }),
				fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 12 }),
				fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 5 }),
				fc.integer({ min: 0, max: 400 }),
				(a, b, xs, repeats, endOffset) => {
					// y = (a + b·x) / 100 at x days after the first check-in day.
					const first = 5000;
					const points = [...xs, ...repeats.filter((x) => xs.includes(x))];
					const kr = {
						id: "k",
						title: "k",
						kind: "metric",
						start: 0,
						target: 1,
						checkIns: points.map((x) => ({ at: day(first + x), value: hundredths(a + b * x) })),
					} satisfies KeyResult;
					const end = Math.max(...xs) + endOffset;
					const result = forecast(
						kr,
						{ start: day(first), end: day(first + end) },
						day(first + 1000),
					);
					expect(result.value).toBe(Number(hundredths(a + b * end)));
				},
			),
			{ numRuns: 300 },
		);
	});

	it("does not depend on the order of the check-ins", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: -500, max: 500 }) }),
					{ minLength: 2, maxLength: 10 },
				),
				(points) => {
					fc.pre(new Set(points.map((p) => p.x)).size >= 2);
					const kr = (ps: typeof points): KeyResult => ({
						id: "k",
						title: "k",
						kind: "metric",
						start: 0,
						target: 100,
						checkIns: ps.map((p) => ({ at: day(100 + p.x), value: p.y })),
					});
					const cyc = { start: day(100), end: day(190) };
					expect(forecast(kr([...points].reverse()), cyc, day(500))).toEqual(
						forecast(kr(points), cyc, day(500)),
					);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe("checkInCompliance laws", () => {
	it("stays in [0, 1] and never falls when a check-in is added", () => {
		fc.assert(
			fc.property(
				cycleArb,
				fc.array(fc.integer({ min: -20, max: 420 }), { maxLength: 30 }),
				fc.integer({ min: -20, max: 420 }),
				fc.integer({ min: -20, max: 420 }),
				(c, offsets, extra, asOfOffset) => {
					const kr = (xs: number[]): KeyResult => ({
						id: "k",
						title: "k",
						kind: "metric",
						start: 0,
						target: 1,
						checkIns: xs.map((x) => ({ at: day(c.start + x), value: 0 })),
					});
					const options = { cycle: { start: day(c.start), end: day(c.end) } };
					const asOf = day(c.start + asOfOffset);
					const before = checkInCompliance(kr(offsets), asOf, options);
					const after = checkInCompliance(kr([...offsets, extra]), asOf, options);
					expect(after.pairs).toBe(before.pairs);
					expect(after.covered).toBeGreaterThanOrEqual(before.covered);
					expect(before.covered).toBeLessThanOrEqual(before.pairs);
					const weeks = asOfOffset < 0 ? 0 : Math.floor(Math.min(asOfOffset, c.length - 1) / 7) + 1;
					expect(before.pairs).toBe(weeks);
					if (before.value !== null) {
						expect(before.value).toBeGreaterThanOrEqual(0);
						expect(before.value).toBeLessThanOrEqual(1);
					} else {
						expect(before.pairs).toBe(0);
					}
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe("cycle laws", () => {
	it("finds a quarter containing the date, whose label parses back to it", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				(y, m, d) => {
					const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
					const q = cycleContaining(iso, "quarter");
					expect(q.start <= iso && iso <= q.end).toBe(true);
					expect(parseCycle(q.label)).toEqual(q);
					expect(q).toEqual(quarter(y, Math.ceil(m / 3)));
				},
			),
			{ numRuns: 300 },
		);
	});
});
