/**
 * Exactness laws (docs/errors.md, "Numbers in"): decimal inputs give the double nearest to the
 * exact result. The reference is computed in the test with BigInt rationals
 * (tests/support/rational.ts), not with the library's numeric layer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade, keyResultProgress, OkrError } from "../../src/index.js";
import { anyDouble, decimalString } from "../support/arbitraries.js";
import { metric } from "../support/foundation.js";
import {
	clamp,
	cmp,
	div,
	nearestDouble,
	parseDecimal,
	rational,
	roundHalfUp,
	sub,
	truncateSignificant,
} from "../support/rational.js";

const open = { policy: { progress: { cap: null, floor: "-1e400" } } } as const;

describe("exact results for decimal strings", () => {
	it("metric progress is the nearest double to (c − s) / (t − s), unclamped", () => {
		fc.assert(
			fc.property(decimalString(), decimalString(), decimalString(), (s, t, c) => {
				fc.pre(sub(t.value, s.value).num !== 0n);
				const exact = div(sub(c.value, s.value), sub(t.value, s.value));
				expect(keyResultProgress(metric(s.text, t.text, c.text), open)).toBe(nearestDouble(exact));
			}),
			{ numRuns: 2000 },
		);
	});

	it("metric progress is the nearest double to the clamped exact value under a decimal cap and floor", () => {
		fc.assert(
			fc.property(
				decimalString(),
				decimalString(),
				decimalString(),
				decimalString(10n ** 4n, 3),
				decimalString(10n ** 4n, 3),
				(s, t, c, a, b) => {
					fc.pre(sub(t.value, s.value).num !== 0n);
					const [low, high] = cmp(a.value, b.value) <= 0 ? [a, b] : [b, a];
					const exact = clamp(
						div(sub(c.value, s.value), sub(t.value, s.value)),
						low.value,
						high.value,
					);
					const options = { policy: { progress: { floor: low.text, cap: high.text } } };
					expect(keyResultProgress(metric(s.text, t.text, c.text), options)).toBe(
						nearestDouble(exact),
					);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("long decimal strings (up to 30 significant digits) are exact too", () => {
		fc.assert(
			fc.property(
				decimalString(10n ** 30n, 20),
				decimalString(10n ** 30n, 20),
				decimalString(10n ** 30n, 20),
				(s, t, c) => {
					fc.pre(sub(t.value, s.value).num !== 0n);
					const exact = div(sub(c.value, s.value), sub(t.value, s.value));
					expect(keyResultProgress(metric(s.text, t.text, c.text), open)).toBe(
						nearestDouble(exact),
					);
				},
			),
			{ numRuns: 500 },
		);
	});

	it("grade is the exact score clamped to [0, 1] and rounded half up", () => {
		fc.assert(
			fc.property(
				decimalString(10n ** 6n, 6),
				fc.integer({ min: 0, max: 4 }),
				(score, decimals) => {
					const expected = roundHalfUp(clamp(score.value, rational(0n), rational(1n)), decimals);
					const result = grade(score.text, { policy: { grading: { decimals } } });
					expect(result.grade).toBe(nearestDouble(expected));
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe("JS numbers are read as their shortest decimal", () => {
	// The documented limit (quotients carried to at least 34 significant digits): `divide`
	// keeps 41 or 42 digits, so where the exact ratio lies within 1e-41 of a rounding midpoint the
	// result is the nearest double to the kept digits. Anywhere else both are the same double.
	it("metric progress on doubles is the nearest double to the exact ratio of their decimals, or to its 41-42 kept digits", () => {
		fc.assert(
			fc.property(anyDouble, anyDouble, anyDouble, (s, t, c) => {
				fc.pre(s !== t);
				const [rs, rt, rc] = [s, t, c].map((x) => parseDecimal(String(x))) as [
					ReturnType<typeof parseDecimal>,
					ReturnType<typeof parseDecimal>,
					ReturnType<typeof parseDecimal>,
				];
				const ratio = div(sub(rc, rs), sub(rt, rs));
				const expected = nearestDouble(ratio);
				if (Number.isFinite(expected)) {
					const allowed = [
						expected,
						nearestDouble(truncateSignificant(ratio, 41)),
						nearestDouble(truncateSignificant(ratio, 42)),
					];
					expect(allowed).toContain(keyResultProgress(metric(s, t, c), open));
				} else {
					expect(() => keyResultProgress(metric(s, t, c), open)).toThrow(OkrError);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it("a quotient that is a midpoint plus a term beyond 41 digits rounds from the kept digits (the documented limit)", () => {
		// (c − s) / (t − s) = 4999999999999988.5 + 2.5e-609: the nearest double is …989, the kept
		// digits are exactly the midpoint, which rounds to even: …988. Found by this property.
		const s = 9.999999999999977e299;
		const t = 9.999999999999975e299;
		const c = -5e-324;
		const ratio = div(
			sub(parseDecimal(String(c)), parseDecimal(String(s))),
			sub(parseDecimal(String(t)), parseDecimal(String(s))),
		);
		expect(nearestDouble(ratio)).toBe(4999999999999989);
		expect(nearestDouble(truncateSignificant(ratio, 41))).toBe(4999999999999988);
		expect(keyResultProgress(metric(s, t, c), open)).toBe(4999999999999988);
	});

	it("a value divided by 1 comes back as itself", () => {
		fc.assert(
			fc.property(anyDouble, (x) => {
				expect(keyResultProgress(metric(0, 1, x), open)).toBe(x === 0 ? 0 : x);
				expect(keyResultProgress(metric("0", "1", String(x)), open)).toBe(x === 0 ? 0 : x);
			}),
		);
	});

	it("grade(x) and grade(String(x)) agree", () => {
		fc.assert(
			fc.property(anyDouble, (x) => {
				expect(grade(x)).toEqual(grade(String(x)));
			}),
		);
	});
});

describe("outputs", () => {
	it("are never -0 and never NaN", () => {
		fc.assert(
			fc.property(decimalString(), decimalString(), decimalString(), (s, t, c) => {
				fc.pre(sub(t.value, s.value).num !== 0n);
				for (const options of [undefined, open]) {
					const p = keyResultProgress(metric(s.text, t.text, c.text), options);
					expect(Number.isFinite(p)).toBe(true);
					expect(Object.is(p, -0)).toBe(false);
				}
				const g = grade(c.text).grade;
				expect(Object.is(g, -0)).toBe(false);
			}),
			{ numRuns: 1000 },
		);
	});
});
