import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainExact } from "../../src/cascade/explain.js";
import {
	createRollUp,
	explain,
	type KeyResult,
	keyResultProgress,
	type Objective,
	OkrError,
	OkrValidationError,
	objectiveProgress,
	type RollUpScore,
	type RollUpSource,
	rollUp,
	validateCascade,
} from "../../src/index.js";
import {
	abs,
	add,
	cmp,
	divide,
	divideParts,
	exact,
	mul,
	ONE,
	sub,
	ZERO,
} from "../../src/numeric/index.js";

const sources: readonly RollUpSource[] = ["keyResults", "children", "both"];
const sourceArb = fc.constantFrom(...sources);
const optionsOf = (source: RollUpSource) => ({ policy: { rollup: { source } } });

/** A number input: an integer, or a decimal string in hundredths. */
const valueArb = fc.oneof(
	fc.integer({ min: -200, max: 200 }),
	fc.integer({ min: -20_000, max: 20_000 }).map((n) => `${n}e-2`),
);
const weightArb = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom("0.5", "1.25", "3"));

const keyResultArb = (id: string): fc.Arbitrary<KeyResult> =>
	fc.oneof(
		{
			weight: 4,
			arbitrary: fc
				.record({
					start: fc.integer({ min: -100, max: 100 }),
					span: fc.integer({ min: 1, max: 100 }),
					up: fc.boolean(),
					current: valueArb,
					weight: weightArb,
				})
				.map(({ start, span, up, current, weight }) => ({
					id,
					title: `KR ${id}`,
					kind: "metric" as const,
					start,
					target: up ? start + span : start - span,
					current,
					weight,
				})),
		},
		{
			weight: 1,
			arbitrary: fc.record({ done: fc.boolean(), weight: weightArb }).map(({ done, weight }) => ({
				id,
				title: `KR ${id}`,
				kind: "milestone" as const,
				done,
				weight,
			})),
		},
		{
			weight: 1,
			arbitrary: fc
				.record({ current: valueArb, threshold: valueArb })
				.map(({ current, threshold }) => ({
					id,
					title: `KR ${id}`,
					kind: "threshold" as const,
					direction: "atLeast" as const,
					threshold,
					current,
				})),
		},
	);

/**
 * A sound cascade of 1–25 objectives: each objective's parent comes before it (so no loops), every
 * leaf has key results, weights and contributions are positive.
 */
const cascadeArb: fc.Arbitrary<Objective[]> = fc
	.integer({ min: 1, max: 25 })
	.chain((n) =>
		fc.tuple(
			...Array.from({ length: n }, (_, i) =>
				fc.record({
					parent: i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 }),
					contribution: weightArb,
					keyResults: fc
						.integer({ min: 0, max: 3 })
						.chain((m) =>
							fc.tuple(...Array.from({ length: m }, (_, j) => keyResultArb(`k${i}.${j}`))),
						),
					extra: keyResultArb(`k${i}.x`),
				}),
			),
		),
	)
	.map((specs) => {
		const hasChildren = specs.map((_, i) => specs.some((s) => s.parent === i));
		return specs.map((s, i) => {
			const keyResults = s.keyResults.length === 0 && !hasChildren[i] ? [s.extra] : s.keyResults;
			return {
				id: `o${i}`,
				title: `Objective ${i}`,
				...(s.parent === -1 ? { level: "company" } : { parentId: `o${s.parent}`, level: "team" }),
				contribution: s.contribution,
				keyResults,
			} as Objective;
		});
	});

const byId = (scores: ReadonlyMap<string, RollUpScore>) =>
	new Map([...scores].sort(([a], [b]) => (a < b ? -1 : 1)));

describe("cascade properties", () => {
	it("scores do not depend on the order of the objectives", () => {
		fc.assert(
			fc.property(
				cascadeArb.chain((objectives) =>
					fc.tuple(
						fc.constant(objectives),
						fc.shuffledSubarray(objectives, { minLength: objectives.length }),
					),
				),
				sourceArb,
				([objectives, shuffled], source) => {
					expect(byId(rollUp(shuffled, optionsOf(source)))).toEqual(
						byId(rollUp(objectives, optionsOf(source))),
					);
				},
			),
		);
	});

	it("a weighted mean lies between the least and the greatest of its items", () => {
		fc.assert(
			fc.property(cascadeArb, sourceArb, (objectives, source) => {
				const scores = rollUp(objectives, optionsOf(source));
				for (const o of objectives) {
					const entry = scores.get(o.id) as RollUpScore;
					const items: number[] = [];
					if (entry.source !== "children") {
						for (const kr of o.keyResults ?? []) items.push(keyResultProgress(kr));
					}
					if (entry.source !== "keyResults") {
						for (const c of objectives)
							if (c.parentId === o.id) items.push((scores.get(c.id) as RollUpScore).score);
					}
					expect(entry.score).toBeGreaterThanOrEqual(Math.min(...items));
					expect(entry.score).toBeLessThanOrEqual(Math.max(...items));
				}
			}),
		);
	});

	it("an objective scored by its key results has objectiveProgress's score", () => {
		fc.assert(
			fc.property(cascadeArb, sourceArb, (objectives, source) => {
				for (const [id, entry] of rollUp(objectives, optionsOf(source))) {
					if (entry.source !== "keyResults") continue;
					const o = objectives.find((x) => x.id === id) as Objective;
					expect(entry.score).toBe(objectiveProgress(o));
				}
			}),
		);
	});

	it("after random updates, the incremental scores equal a full roll-up of the patched objectives", () => {
		const patchArb = fc.oneof(
			valueArb.map((current) => ({ current })),
			weightArb.map((weight) => ({ weight })),
			fc.boolean().map((done) => ({ kind: "milestone", done })),
		);
		fc.assert(
			fc.property(
				cascadeArb,
				sourceArb,
				fc.array(fc.tuple(fc.nat(), patchArb), { minLength: 1, maxLength: 12 }),
				(objectives, source, steps) => {
					const options = optionsOf(source);
					const first = createRollUp(objectives, options);
					const firstScores = new Map(first.scores);
					let live = first;
					let current = objectives;
					const ids = objectives.flatMap((o) => (o.keyResults ?? []).map((kr) => kr.id));
					for (const [pick, patch] of steps) {
						const id = ids[pick % ids.length] as string;
						live = live.update(id, patch as never);
						current = current.map((o) => ({
							...o,
							keyResults: (o.keyResults ?? []).map((kr) =>
								kr.id === id ? ({ ...kr, ...patch } as KeyResult) : kr,
							),
						}));
						expect(live.scores).toEqual(rollUp(current, options));
					}
					expect(first.scores).toEqual(firstScores);
				},
			),
		);
	});

	it("explanations' points add up to the score: within 1e-12 as numbers, exactly before conversion", () => {
		fc.assert(
			fc.property(cascadeArb, sourceArb, fc.nat(), (objectives, source, pick) => {
				const id = (objectives[pick % objectives.length] as Objective).id;
				const why = explain(objectives, id, optionsOf(source));
				const points = why.terms.reduce((total, t) => total + t.points, 0);
				expect(Math.abs(points - why.score)).toBeLessThanOrEqual(1e-12);
				for (const t of why.terms) expect(t.points).toBeCloseTo(t.share * t.progress, 12);
				const exact = explainExact(objectives, id, optionsOf(source));
				expect(
					cmp(
						exact.terms.reduce((total, t) => add(total, t.points), ZERO),
						exact.score,
					),
				).toBe(0);
				expect(exact.terms.reduce((total, t) => add(total, t.share), ZERO).toString()).toBe("1");
				expect(why.score).toBe(rollUp(objectives, optionsOf(source)).get(id)?.score);
			}),
		);
	});

	it("validateCascade reports each loop of random parent links once, and rollUp refuses exactly then", () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 12 })
					.chain((n) =>
						fc.array(fc.integer({ min: -1, max: n - 1 }), { minLength: n, maxLength: n }),
					),
				(parents) => {
					const objectives: Objective[] = parents.map((p, i) => ({
						id: `o${i}`,
						title: "O",
						...(p === -1 ? {} : { parentId: `o${p}` }),
						keyResults: [{ id: `k${i}`, title: "K", kind: "milestone", done: i % 2 === 0 }],
					}));
					const loops = loopsOf(parents);
					const issues = validateCascade(objectives);
					expect(issues.map((issue) => [...issue.ids].sort().join(",")).sort()).toEqual(
						loops
							.map((loop) =>
								loop
									.map((i) => `o${i}`)
									.sort()
									.join(","),
							)
							.sort(),
					);
					if (loops.length > 0) expect(() => rollUp(objectives)).toThrow(OkrValidationError);
					else expect(rollUp(objectives).size).toBe(parents.length);
				},
			),
		);
	});
});

/** Loops of a functional graph, the slow obvious way: walk n steps, then collect the loop reached. */
function loopsOf(parents: readonly number[]): number[][] {
	const n = parents.length;
	const seen = new Set<string>();
	const loops: number[][] = [];
	for (let start = 0; start < n; start++) {
		let i = start;
		for (let step = 0; step < n && i !== -1; step++) i = parents[i] as number;
		if (i === -1) continue;
		const loop = [i];
		for (let j = parents[i] as number; j !== i; j = parents[j] as number) loop.push(j);
		const key = [...loop].sort((a, b) => a - b).join(",");
		if (!seen.has(key)) {
			seen.add(key);
			loops.push(loop);
		}
	}
	return loops;
}

describe("divideParts (the split behind explain's points)", () => {
	const exactArb = fc
		.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -12, max: 6 }))
		.map(([m, e]) => exact(`${m}e${e}`, []));
	const positiveArb = fc
		.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: -6, max: 6 }))
		.map(([m, e]) => exact(`${m}e${e}`, []));

	it("splits divide(Σ parts, d) into quotients that sum to it exactly, each within 1e-35 of part / d", () => {
		fc.assert(
			fc.property(fc.array(exactArb, { maxLength: 12 }), positiveArb, (parts, divisor) => {
				const quotients = divideParts(parts, divisor);
				expect(quotients).toHaveLength(parts.length);
				const total = parts.reduce((a, b) => add(a, b), ZERO);
				const sumQ = quotients.reduce((a, b) => add(a, b), ZERO);
				expect(cmp(sumQ, divide(total, divisor))).toBe(0);
				const scale = cmp(abs(divide(total, divisor)), ONE) > 0 ? abs(divide(total, divisor)) : ONE;
				parts.forEach((part, i) => {
					const error = abs(sub(quotients[i] as never, divide(part, divisor)));
					expect(cmp(error, mul(scale, exact("1e-35", [])))).toBeLessThanOrEqual(0);
				});
			}),
		);
	});

	it("gives zeros for zero parts and refuses a divisor that is not positive", () => {
		expect(divideParts([ZERO, ZERO], ONE).map((q) => q.toString())).toEqual(["0", "0"]);
		expect(divideParts([], ONE)).toEqual([]);
		expect(() => divideParts([ONE], ZERO)).toThrow(OkrError);
		expect(() => divideParts([ONE], exact(-1, []))).toThrow(OkrError);
	});
});
