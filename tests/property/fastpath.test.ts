import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyResultProgress } from "../../src/index.js";
import { toNumber } from "../../src/numeric/index.js";
import { policyNumbers, policyOf } from "../../src/policy/resolve.js";
import { progressOf } from "../../src/progress/core.js";
import { fastMetricProgress } from "../../src/progress/fast.js";
import { readKeyResult } from "../../src/read/keyResult.js";
import { parseDayString } from "../../src/time/day.js";
import { metric } from "../support/foundation.js";

// Decimal strings always take the exact path; the same values as numbers take the fast path when
// it applies. Both must give the same number, bit for bit.

function both(s: number, t: number, c: number, options?: Parameters<typeof keyResultProgress>[1]) {
	return {
		fast: keyResultProgress(metric(s, t, c), options),
		exact: keyResultProgress(metric(String(s), String(t), String(c)), options),
	};
}

const decimal = fc
	.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9 }))
	.map(([m, k]) => m / 10 ** k);
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });

describe("metric fast path", () => {
	it("equals the exact path on short decimals (numbers vs their strings)", () => {
		fc.assert(
			fc.property(decimal, decimal, decimal, (s, t, c) => {
				fc.pre(s !== t);
				const { fast, exact } = both(s, t, c, {
					policy: { progress: { cap: null, floor: "-1e300" } },
				});
				expect(Object.is(fast, exact)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	});

	it("equals the exact path on arbitrary doubles, clamped and unclamped", () => {
		fc.assert(
			fc.property(anyDouble, anyDouble, anyDouble, (s, t, c) => {
				fc.pre(s !== t && String(s) !== String(t));
				for (const options of [undefined, { policy: { progress: { cap: 1.2 } } }]) {
					const { fast, exact } = both(s, t, c, options);
					expect(Object.is(fast, exact)).toBe(true);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("gives the exact answer where floating point goes wrong", () => {
		expect(keyResultProgress(metric(0.1, 0.3, 0.2))).toBe(0.5);
		expect((0.2 - 0.1) / (0.3 - 0.1)).not.toBe(0.5);
		expect(keyResultProgress(metric(1.1, 3.3, 2.2))).toBe(0.5);
		expect(keyResultProgress(metric(0, 3, 1), { policy: { progress: { cap: null } } })).toBe(1 / 3);
	});

	it("reads check-ins as the exact path does, as of a day or now", () => {
		const day = fc.constantFrom(
			"2025-07-01",
			"2025-07-15",
			"2025-08-15",
			"2024-02-29",
			"2025-12-31",
		);
		const checkIn = fc.record({ at: day, value: decimal });
		let fast = 0;
		for (const options of [undefined, { policy: { progress: { cap: 1.2, floor: -1 } } }]) {
			const numbers = policyNumbers(policyOf(options));
			fc.assert(
				fc.property(
					decimal,
					decimal,
					fc.option(decimal, { nil: undefined }),
					fc.array(checkIn, { maxLength: 5 }),
					fc.option(
						day.map((d) => parseDayString(d) as number),
						{ nil: null },
					),
					(s, t, c, checkIns, asOf) => {
						fc.pre(s !== t);
						const kr = metric(s, t, c, { checkIns });
						const got = fastMetricProgress(kr, numbers.floorNumber, numbers.capNumber, asOf);
						const exact = toNumber(progressOf(readKeyResult(kr, []), numbers, asOf));
						if (Number.isNaN(got)) return;
						fast++;
						expect(Object.is(got, exact)).toBe(true);
					},
				),
				{ numRuns: 2000 },
			);
		}
		expect(fast).toBeGreaterThan(3000);
	});

	it("keyResultProgress gives with number check-ins what it gives with decimal strings, as of any day", () => {
		const day = fc.constantFrom("2025-07-01", "2025-07-15", "2025-08-15", "2025-12-31");
		fc.assert(
			fc.property(
				decimal,
				decimal,
				fc.array(fc.record({ at: day, value: decimal }), { maxLength: 4 }),
				fc.option(day, { nil: undefined }),
				(s, t, checkIns, asOf) => {
					fc.pre(s !== t);
					const strings = checkIns.map((c) => ({ ...c, value: String(c.value) }));
					const options = asOf === undefined ? undefined : { asOf };
					expect(keyResultProgress(metric(s, t, undefined, { checkIns }), options)).toBe(
						keyResultProgress(
							metric(String(s), String(t), undefined, { checkIns: strings }),
							options,
						),
					);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("leaves key results with check-ins to the exact path when not told the day", () => {
		const kr = metric(0, 10, 5, { checkIns: [{ at: "2025-07-01", value: 2 }] });
		expect(fastMetricProgress(kr, 0, 1)).toBeNaN();
		expect(fastMetricProgress(kr, 0, 1, null)).toBe(0.5);
		expect(fastMetricProgress(kr, 0, 1, parseDayString("2025-07-01"))).toBe(0.2);
		expect(fastMetricProgress(kr, 0, 1, parseDayString("2025-06-30"))).toBe(0);
		expect(fastMetricProgress(metric(0, 10, 5, { checkIns: [] }), 0, 1)).toBe(0.5);
	});

	it("gives up on a field the model describes but it does not know, such as a closing grade", () => {
		const kr = metric(0, 10, 5, { closing: { score: 0.7 } });
		expect(fastMetricProgress(kr, 0, 1, null)).toBeNaN();
		expect(fastMetricProgress(metric(0, 10, 5), 0, 1, null)).toBe(0.5);
		// A tool's own field changes no score: taken.
		expect(fastMetricProgress(metric(0, 10, 5, { jiraEpic: "SUP-12" }), 0, 1, null)).toBe(0.5);
	});

	it("never returns -0", () => {
		expect(
			Object.is(keyResultProgress(metric(5, 0, 5), { policy: { progress: { floor: -1 } } }), 0),
		).toBe(true);
	});
});
