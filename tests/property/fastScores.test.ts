import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rulesOf } from "../../src/cascade/core.js";
import { exactRollUp, fastRollUp } from "../../src/cascade/rollUp.js";
import {
	createRollUp,
	type KeyResult,
	type Objective,
	objectiveProgress,
	type RollUpSource,
	rollUp,
} from "../../src/index.js";
import { toNumber } from "../../src/numeric/index.js";
import { policyNumbers, policyOf } from "../../src/policy/resolve.js";
import { fastObjectiveProgress, widePolicyOf } from "../../src/progress/fast.js";
import { objectiveScore } from "../../src/progress/objectiveProgress.js";
import { readObjective } from "../../src/read/objective.js";
import { parseDayString } from "../../src/time/day.js";

// The fast paths of objectiveProgress and rollUp against the exact path (decimal arithmetic
// throughout), bit for bit, on random and adversarial plain data.

/** Numbers where the fast path applies, and where floating point goes wrong. */
const shortDecimal = fc
	.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 9 }))
	.map(([m, k]) => m / 10 ** k);
const number = fc.oneof(
	{ weight: 4, arbitrary: fc.integer({ min: -200, max: 200 }) },
	{ weight: 4, arbitrary: shortDecimal },
	{ weight: 2, arbitrary: fc.constantFrom(0.1, 0.2, 0.3, 1.1, 2.2, 3.3, 0.15, 0.65, 1e-9, 1e15) },
	// Many digits, huge and tiny: the fast readers give up on these key by key.
	{ weight: 1, arbitrary: fc.double({ min: -1e20, max: 1e20, noNaN: true }) },
	{ weight: 1, arbitrary: fc.integer({ min: -(2 ** 50), max: 2 ** 50 }) },
);
const weight = fc.oneof(
	fc.constant(undefined),
	fc.integer({ min: 0, max: 5 }),
	fc.constantFrom(0.1, 0.5, 1.5, 0.3, 1e15, 7),
	fc.constantFrom("0.5", "3", "0.1"),
);

/** Days of a quarter, a few the same, as check-ins write them (and a `Date`, read exactly). */
const day = fc.constantFrom("2025-07-01", "2025-07-15", "2025-08-15", "2025-08-16", "2025-09-30");
const checkIns = fc.option(
	fc.array(
		fc.record(
			{
				at: fc.oneof(
					{ weight: 12, arbitrary: day },
					{ weight: 1, arbitrary: fc.constant(new Date(Date.UTC(2025, 7, 1))) },
				),
				value: fc.oneof(
					{ weight: 12, arbitrary: number },
					{ weight: 1, arbitrary: fc.constant("7.5") },
				),
				confidence: fc.constantFrom(0.2, 0.9),
			},
			{ requiredKeys: ["at", "value"] },
		),
		{ maxLength: 4 },
	),
	{ nil: undefined, freq: 2 },
);
/** The day of a snapshot, or none; some before every check-in. */
const asOfDay = fc.option(fc.constantFrom("2025-06-30", "2025-07-15", "2025-08-15", "2025-09-30"), {
	nil: undefined,
});

/** A metric key result whose progress lies near a grade edge (x.x5) or a band edge. */
const nearEdge = fc
	.tuple(
		fc.integer({ min: 0, max: 9 }),
		fc.integer({ min: -3, max: 3 }),
		fc.integer({ min: 1, max: 6 }),
		fc.boolean(),
	)
	.map(([j, nudge, digits, up]) => {
		const span = 10 ** digits;
		const target = up ? span : -span;
		return { start: 0, target, current: (((2 * j + 1) * target) / 20) * (1 + nudge * 1e-12) };
	});

const keyResult = (id: string): fc.Arbitrary<KeyResult> =>
	fc.oneof(
		{
			weight: 6,
			arbitrary: fc
				.record({
					values: fc.oneof(
						fc.tuple(number, number, fc.option(number, { nil: undefined })).map(([s, t, c]) => ({
							start: s,
							target: t === s ? s + 1 : t,
							current: c,
						})),
						nearEdge,
					),
					weight,
					strings: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
					// A closing grade decides the progress: the fast paths must leave it to the exact one.
					closing: fc.oneof(
						{ weight: 7, arbitrary: fc.constant(undefined) },
						{ weight: 1, arbitrary: fc.constantFrom(0.5, 1, 1.3, -1, "0.35") },
					),
					checkIns,
					// A tool's own field changes no score: both paths leave it alone.
					own: fc.option(fc.constantFrom("SUP-12", 3, null), { nil: undefined }),
				})
				.map(({ values, weight, strings, closing, checkIns, own }) => {
					const v = (x: number | undefined) =>
						strings && x !== undefined ? String(x) : (x as number);
					return {
						id,
						title: `KR ${id}`,
						kind: "metric" as const,
						start: v(values.start),
						target: v(values.target),
						...(values.current === undefined ? {} : { current: v(values.current) }),
						...(weight === undefined ? {} : { weight }),
						...(closing === undefined ? {} : { closing: { score: closing } }),
						...(checkIns === undefined ? {} : { checkIns }),
						...(own === undefined ? {} : { jiraEpic: own }),
					} as KeyResult;
				}),
		},
		{
			weight: 1,
			arbitrary: fc
				.record({ done: fc.boolean(), weight, doneAt: fc.option(day, { nil: undefined }) })
				.map(
					({ done, weight, doneAt }) =>
						({
							id,
							title: `KR ${id}`,
							kind: "milestone",
							done,
							...(done && doneAt !== undefined ? { doneAt } : {}),
							...(weight === undefined ? {} : { weight }),
						}) as KeyResult,
				),
		},
		{
			weight: 1,
			arbitrary: fc.record({ threshold: number, current: number }).map(
				({ threshold, current }) =>
					({
						id,
						title: `KR ${id}`,
						kind: "threshold",
						direction: "atLeast",
						threshold,
						current,
					}) as KeyResult,
			),
		},
	);

const policies = fc.constantFrom(
	undefined,
	{ policy: { progress: { cap: 1.2 } } },
	{ policy: { progress: { cap: null, floor: -1000 } } },
	{ policy: { progress: { floor: "0.1" } } },
	{ policy: { progress: { floor: "0.1", cap: "0.9" } } },
	{ policy: { grading: { decimals: 2 } } },
);

function exactObjectiveProgress(o: Objective, options: Parameters<typeof objectiveProgress>[1]) {
	return toNumber(objectiveScore(readObjective(o, []), policyNumbers(policyOf(options))));
}

/** What a computation returned or threw, comparable across the two paths. */
function outcome<T>(run: () => T): { value: T } | { code: string; issues?: unknown } {
	try {
		return { value: run() };
	} catch (error) {
		const e = error as { code: string; issues?: unknown };
		return e.issues === undefined ? { code: e.code } : { code: e.code, issues: e.issues };
	}
}

describe("objectiveProgress fast path", () => {
	it("equals the exact path bit for bit", () => {
		let fast = 0;
		fc.assert(
			fc.property(
				fc
					.array(fc.nat(), { minLength: 1, maxLength: 6 })
					.chain((ks) => fc.tuple(...ks.map((_, k) => keyResult(`k${k}`)))),
				policies,
				(keyResults, options) => {
					const o: Objective = { id: "o", title: "O", keyResults };
					const a = outcome(() => objectiveProgress(o, options));
					const b = outcome(() => exactObjectiveProgress(o, options));
					expect(a).toEqual(b);
					if ("value" in a) expect(Object.is(a.value, (b as { value: number }).value)).toBe(true);
					if (!Number.isNaN(fastObjectiveProgress(o, policyNumbers(policyOf(options))))) fast++;
				},
			),
			{ numRuns: 3000 },
		);
		// Most of these objectives are decided on the fast path.
		expect(fast).toBeGreaterThan(2000);
	});

	it("hands an exact midpoint between two doubles to the exact path", () => {
		// (1 + 2^-50)·1 + 1·7 over 8 is 1 + 2^-53, halfway between 1 and the next double; the exact
		// path's quotient (41 digits, truncated) lies just below it.
		const half = 2 ** 49;
		const o: Objective = {
			id: "o",
			title: "Midpoint",
			keyResults: [
				{ id: "a", title: "a", kind: "metric", start: -half, target: half, current: half + 1 },
				{ id: "b", title: "b", kind: "metric", start: 0, target: 1, current: 1, weight: 7 },
			],
		};
		const options = { policy: { progress: { cap: null } } };
		const numbers = policyNumbers(policyOf(options));
		expect(widePolicyOf(numbers)).not.toBeNull();
		expect(fastObjectiveProgress(o, numbers)).toBeNaN();
		expect(objectiveProgress(o, options)).toBe(exactObjectiveProgress(o, options));
		expect(objectiveProgress(o, options)).toBe(1);
	});
});

/** A random forest: each objective's parent comes before it (or it has none). */
const cascade = fc
	.array(
		fc.record({
			parent: fc.option(fc.nat(), { nil: undefined }),
			keyResults: fc.oneof(
				{ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) },
				{ weight: 1, arbitrary: fc.constant(0) },
			),
			contribution: fc.oneof(
				fc.constant(undefined),
				fc.integer({ min: 0, max: 3 }),
				fc.constantFrom(0.5, 0.1, "1.5", "0.25"),
			),
		}),
		{ minLength: 1, maxLength: 25 },
	)
	.chain((shape) =>
		fc.tuple(
			...shape.map((s, i) =>
				fc.tuple(...Array.from({ length: s.keyResults }, (_, k) => keyResult(`kr${i}-${k}`))).map(
					(keyResults): Objective => ({
						id: `o${i}`,
						title: `Objective ${i}`,
						...(s.parent === undefined || i === 0 ? {} : { parentId: `o${s.parent % i}` }),
						...(s.contribution === undefined ? {} : { contribution: s.contribution }),
						...(keyResults.length === 0 ? {} : { keyResults }),
					}),
				),
			),
		),
	);

describe("rollUp fast path", () => {
	it("gives the exact path's map (or its error), for every source", () => {
		let scored = 0;
		let fast = 0;
		let snapshots = 0;
		fc.assert(
			fc.property(
				cascade,
				fc.constantFrom<RollUpSource>("keyResults", "children", "both"),
				policies,
				asOfDay,
				(objectives, source, base, asOf) => {
					const options = {
						policy: { ...(base?.policy ?? {}), rollup: { source } },
						...(asOf === undefined ? {} : { asOf }),
					};
					const rules = {
						...rulesOf(options),
						asOf: asOf === undefined ? null : parseDayString(asOf),
					};
					const a = outcome(() => [...rollUp(objectives, options)]);
					const b = outcome(() => [...exactRollUp(objectives, rules)]);
					expect(a).toEqual(b);
					// A closing grade is left to the exact path: the share is that of the others.
					const closed = objectives.some((o) =>
						o.keyResults?.some((kr) => kr.closing !== undefined),
					);
					if ("value" in a && !closed) scored++;
					if (fastRollUp(objectives, rules) !== null) {
						expect(closed).toBe(false);
						fast++;
						const dated = objectives.some((o) =>
							o.keyResults?.some((kr) => (kr.checkIns?.length ?? 0) > 0),
						);
						if (dated && asOf !== undefined) snapshots++;
					}
				},
			),
			{ numRuns: 1500 },
		);
		// Most cascades without closings are sound and scored (the others check that errors agree).
		expect(scored).toBeGreaterThan(400);
		// …and most of those on the fast path, check-ins and snapshots included.
		expect(fast).toBeGreaterThan(scored * 0.7);
		expect(snapshots).toBeGreaterThan(150);
	});

	it("gives up on a key result field the model describes but it does not know, of any kind (such as a closing grade)", () => {
		const numbers = policyNumbers(policyOf(undefined));
		for (const kr of [
			{ id: "a", title: "a", kind: "metric", start: 0, target: 4, current: 1 },
			{ id: "a", title: "a", kind: "milestone", done: true },
		]) {
			const known: Objective[] = [{ id: "o", title: "O", keyResults: [kr as KeyResult] }];
			const closed: Objective[] = [
				{
					id: "o",
					title: "O",
					keyResults: [{ ...kr, closing: { score: 0.7 } } as unknown as KeyResult],
				},
			];
			expect(fastObjectiveProgress(known[0] as Objective, numbers)).not.toBeNaN();
			expect(fastRollUp(known, rulesOf(undefined))).not.toBeNull();
			// A tool's own field changes no score: taken.
			const own: Objective[] = [
				{
					id: "o",
					title: "O",
					keyResults: [{ ...kr, jiraEpic: "SUP-12" } as unknown as KeyResult],
				},
			];
			expect(fastObjectiveProgress(own[0] as Objective, numbers)).not.toBeNaN();
			expect(fastRollUp(own, rulesOf(undefined))).not.toBeNull();
			expect(fastObjectiveProgress(closed[0] as Objective, numbers)).toBeNaN();
			expect(fastRollUp(closed, rulesOf(undefined))).toBeNull();
		}
	});

	it("reads a contribution too large for wide numbers exactly", () => {
		const objectives: Objective[] = [
			{ id: "company", title: "Company" },
			{
				id: "team",
				title: "Team",
				parentId: "company",
				contribution: "1e300",
				keyResults: [{ id: "a", title: "a", kind: "metric", start: 0, target: 4, current: 1 }],
			},
			{
				id: "other",
				title: "Other",
				parentId: "company",
				keyResults: [{ id: "b", title: "b", kind: "metric", start: 0, target: 4, current: 3 }],
			},
		];
		expect(fastRollUp(objectives, rulesOf(undefined))).toBeNull();
		expect(rollUp(objectives)).toEqual(exactRollUp(objectives, rulesOf(undefined)));
		expect(rollUp(objectives).get("company")?.score).toBe(0.25);
	});

	it("hands an undecidable score to the exact path", () => {
		const half = 2 ** 49;
		const objectives: Objective[] = [
			{ id: "company", title: "Company" },
			{
				id: "team",
				title: "Team",
				parentId: "company",
				keyResults: [
					{ id: "a", title: "a", kind: "metric", start: -half, target: half, current: half + 1 },
					{ id: "b", title: "b", kind: "metric", start: 0, target: 1, current: 1, weight: 7 },
				],
			},
		];
		const options = { policy: { progress: { cap: null } } };
		const scores = rollUp(objectives, options);
		expect(scores).toEqual(exactRollUp(objectives, rulesOf(options)));
		expect(scores.get("company")?.score).toBe(1);
	});
});

/** The objectives with `patch` merged into the key result `id` (a copy; the input is unchanged). */
function patched(objectives: readonly Objective[], id: string, patch: object): Objective[] {
	return objectives.map((o) =>
		o.keyResults?.some((kr) => kr.id === id)
			? {
					...o,
					keyResults: o.keyResults.map((kr) =>
						kr.id === id ? ({ ...kr, ...patch } as KeyResult) : kr,
					),
				}
			: o,
	);
}

describe("createRollUp in the fast arithmetic", () => {
	it("gives the exact roll-up's scores (or its error), first and after updates", () => {
		let updated = 0;
		fc.assert(
			fc.property(
				cascade,
				fc.constantFrom<RollUpSource>("keyResults", "children", "both"),
				policies,
				fc.array(fc.tuple(fc.nat(), number), { maxLength: 4 }),
				(objectives, source, base, patches) => {
					const options = { policy: { ...(base?.policy ?? {}), rollup: { source } } };
					const rules = rulesOf(options);
					const live = outcome(() => createRollUp(objectives, options));
					const exact = outcome(() => exactRollUp(objectives, rules));
					if (!("value" in live)) {
						expect(live).toEqual(exact);
						return;
					}
					expect([...live.value.scores]).toEqual([
						...(exact as { value: Map<string, unknown> }).value,
					]);
					const ids = objectives.flatMap((o) => (o.keyResults ?? []).map((kr) => kr.id));
					let version = live.value;
					let current = objectives;
					for (const [pick, value] of patches) {
						const id = ids[pick % ids.length] as string;
						const patch = { current: value };
						const next = outcome(() => version.update(id, patch));
						current = patched(current, id, patch);
						const expected = outcome(() => [...exactRollUp(current, rules)]);
						if (!("value" in next)) {
							// Only a scoring failure: the patch itself is valid here.
							expect(next).toEqual(expected);
							return;
						}
						expect([...next.value.scores]).toEqual((expected as { value: unknown }).value);
						version = next.value;
						updated++;
					}
				},
			),
			{ numRuns: 600 },
		);
		expect(updated).toBeGreaterThan(300);
	});

	it("goes on exactly when an update leaves a score it cannot decide", () => {
		// (1 + 2^-50)·1 + 1·7 over 8 is 1 + 2^-53, halfway between 1 and the next double.
		const half = 2 ** 49;
		const objectives: Objective[] = [
			{ id: "company", title: "Company" },
			{
				id: "team",
				title: "Team",
				parentId: "company",
				keyResults: [
					{ id: "a", title: "a", kind: "metric", start: -half, target: half, current: 0 },
					{ id: "b", title: "b", kind: "metric", start: 0, target: 1, current: 1, weight: 7 },
				],
			},
		];
		const options = { policy: { progress: { cap: null } } };
		const rules = rulesOf(options);
		const live = createRollUp(objectives, options);
		expect(live.scores.get("team")?.score).toBe(0.9375);
		const next = live.update("a", { current: half + 1 });
		const after = patched(objectives, "a", { current: half + 1 });
		expect(next.scores).toEqual(exactRollUp(after, rules));
		expect(next.scores.get("company")?.score).toBe(1);
		// The versions after it are exact too, and the first one is unchanged.
		const back = next.update("a", { current: 0 });
		expect(back.scores).toEqual(live.scores);
		expect(live.scores.get("team")?.score).toBe(0.9375);
	});
});
