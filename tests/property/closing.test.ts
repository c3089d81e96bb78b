/**
 * Laws of closing grades (docs/cycle.md, "Closing grades"): once a closing counts, a key result's
 * progress is its score clamped, whatever its data; before its day, the closing changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	type KeyResult,
	keyResultProgress,
	type Objective,
	objectiveProgress,
	progressAt,
	rollUp,
} from "../../src/index.js";
import { dayString, decimalString } from "../support/arbitraries.js";
import { clamp, nearestDouble, rational } from "../support/rational.js";

const value = fc.integer({ min: -1000, max: 1000 });
const checkIns = fc.array(fc.record({ at: dayString, value }), { maxLength: 4 });

/** A valid key result of any kind, with any data: check-ins, done days, items. */
const keyResult: fc.Arbitrary<KeyResult> = fc.oneof(
	fc
		.record({
			start: value,
			target: value,
			current: fc.option(value, { nil: undefined }),
			checkIns,
		})
		.map(({ start, target, current, checkIns }) => ({
			id: "m",
			title: "Metric",
			kind: "metric" as const,
			start,
			target: target === start ? start + 1 : target,
			// Without check-ins, a metric with number fields is what the fast paths take.
			...(checkIns.length === 0 ? {} : { checkIns }),
			...(current === undefined ? {} : { current }),
		})),
	fc
		.record({ threshold: value, current: fc.option(value, { nil: undefined }), checkIns })
		.map(({ threshold, current, checkIns }) => ({
			id: "t",
			title: "Threshold",
			kind: "threshold" as const,
			direction: "atMost" as const,
			threshold,
			checkIns,
			...(current === undefined ? {} : { current }),
		})),
	fc
		.record({ done: fc.boolean(), doneAt: fc.option(dayString, { nil: undefined }) })
		.map(({ done, doneAt }) => ({
			id: "ms",
			title: "Milestone",
			kind: "milestone" as const,
			done,
			...(doneAt === undefined ? {} : { doneAt }),
		})),
	fc
		.array(fc.record({ done: fc.boolean(), doneAt: fc.option(dayString, { nil: undefined }) }), {
			minLength: 1,
			maxLength: 4,
		})
		.map((items) => ({
			id: "c",
			title: "Checklist",
			kind: "checklist" as const,
			items: items.map(({ done, doneAt }, i) => ({
				title: `item ${i}`,
				done,
				...(doneAt === undefined ? {} : { doneAt }),
			})),
		})),
);

const policies = [
	{ options: undefined, floor: rational(0n), cap: rational(1n) },
	{ options: { policy: { progress: { cap: 1.2 } } }, floor: rational(0n), cap: rational(12n, 10n) },
	{ options: { policy: { progress: { floor: -1, cap: null } } }, floor: rational(-1n), cap: null },
] as const;

describe("closing grades", () => {
	it("make progress closing.score clamped by the policy, for any kind and any data", () => {
		fc.assert(
			fc.property(keyResult, decimalString(10n ** 6n, 4), (kr, score) => {
				const closed = { ...kr, closing: { score: score.text } } as KeyResult;
				for (const { options, floor, cap } of policies) {
					const expected = nearestDouble(clamp(score.value, floor, cap));
					expect(Object.is(keyResultProgress(closed, options), expected === 0 ? 0 : expected)).toBe(
						true,
					);
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("change nothing as of a day before their own, and decide everything from it on", () => {
		fc.assert(
			fc.property(
				fc.array(keyResult, { minLength: 1, maxLength: 4 }),
				fc.array(fc.option(fc.tuple(fc.double({ min: -1, max: 2, noNaN: true }), dayString)), {
					minLength: 4,
					maxLength: 4,
				}),
				dayString,
				(krs, closings, asOf) => {
					const open = krs.map((kr, i) => ({ ...kr, id: `k${i}` }) as KeyResult);
					const closed = open.map((kr, i) => {
						const c = closings[i];
						return (
							c === null || c === undefined ? kr : { ...kr, closing: { score: c[0], at: c[1] } }
						) as KeyResult;
					});
					// As of the day, the closed objective scores as the open one whose key results closed by
					// then read their grade instead.
					const asOfDay = open.map((kr, i) => {
						const c = closings[i];
						if (c === null || c === undefined || c[1] > asOf) return kr;
						return { ...kr, closing: { score: c[0] } } as KeyResult;
					});
					open.forEach((kr, i) => {
						const c = closings[i];
						if (c !== null && c !== undefined && c[1] > asOf) {
							expect(progressAt(closed[i] as KeyResult, asOf)).toBe(progressAt(kr, asOf));
						}
					});
					const o = (keyResults: KeyResult[]): Objective => ({ id: "o", title: "O", keyResults });
					expect(objectiveProgress(o(closed), { asOf })).toBe(
						objectiveProgress(o(asOfDay), { asOf }),
					);
				},
			),
			{ numRuns: 800 },
		);
	});

	it("score a roll-up as the same grades given as plain progress", () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(keyResult, decimalString(10n ** 4n, 3)), { minLength: 1, maxLength: 5 }),
				(pairs) => {
					const closed = pairs.map(
						([kr, score], i) =>
							({ ...kr, id: `k${i}`, closing: { score: score.text } }) as KeyResult,
					);
					// A metric from 0 to 1 at `score` has progress exactly `score`, clamped.
					const plain = pairs.map(
						([, score], i) =>
							({
								id: `k${i}`,
								title: "Plain",
								kind: "metric",
								start: 0,
								target: 1,
								current: score.text,
							}) as KeyResult,
					);
					const of = (keyResults: KeyResult[]) => rollUp([{ id: "o", title: "O", keyResults }]);
					expect(of(closed)).toEqual(of(plain));
				},
			),
			{ numRuns: 500 },
		);
	});
});
