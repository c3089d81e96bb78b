/**
 * The KPI rules on exact values: the values a limit lets through are exactly those whose shortfall
 * is within it, so the bands a picture draws along a KPI's scale are `kpiStatus`'s colours.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { colorOf, limitsOf, shortfallOf, valuesWithin } from "../../src/kpi/core.js";
import { cmp, type Exact, exact } from "../../src/numeric/index.js";
import { defaultPolicy } from "../../src/policy/defaults.js";
import { policyNumbers } from "../../src/policy/resolve.js";
import { readKpi } from "../../src/read/kpi.js";

const decimal = fc
	.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 3 }))
	.map(([m, k]) => exact(`${m}e-${k}`, []));
const direction = fc.constantFrom("higherIsBetter", "lowerIsBetter", "onTarget" as const);

const within = (x: Exact, range: { from: Exact | null; to: Exact | null }) =>
	(range.from === null || cmp(range.from, x) <= 0) && (range.to === null || cmp(x, range.to) <= 0);

describe("valuesWithin", () => {
	it("holds exactly the values whose shortfall is at most the limit, ends included", () => {
		fc.assert(
			fc.property(direction, decimal, decimal, decimal, (d, target, limit, value) => {
				fc.pre(cmp(limit, exact(0, [])) >= 0);
				const kpi = { direction: d, target } as const;
				const range = valuesWithin(kpi, limit);
				expect(within(value, range)).toBe(cmp(shortfallOf(kpi as never, value), limit) <= 0);
				for (const end of [range.from, range.to]) {
					if (end !== null) expect(cmp(shortfallOf(kpi as never, end), limit)).toBe(0);
				}
			}),
		);
	});

	it("gives kpiStatus's colours: green within the green limit, yellow within the yellow one", () => {
		const kpi = readKpi(
			{ id: "uptime", name: "Uptime", direction: "higherIsBetter", target: 99, measurements: [] },
			[],
		);
		const limits = limitsOf(kpi, policyNumbers(defaultPolicy));
		expect(valuesWithin(kpi, limits.green)).toEqual({ from: exact(99, []), to: null });
		const notRed = valuesWithin(kpi, limits.yellow);
		expect(notRed.from?.toString()).toBe("89.1");
		expect(colorOf(shortfallOf(kpi, exact("89.1", [])), limits)).toBe("yellow");
		expect(colorOf(shortfallOf(kpi, exact("89.09", [])), limits)).toBe("red");
	});
});
