/**
 * Programs with histories, for the laws of snapshots: objectives in a cascade whose key results
 * carry dated check-ins and `doneAt`s, and the same program with everything dated after a day
 * deleted.
 *
 * The generators follow the rule a snapshot reads by: a key result with check-ins is read from
 * those on or before the day alone, one without check-ins from `current`. So a key result here has
 * either check-ins or a `current`, never both (a `current` beside check-ins may describe a later
 * day, and deleting "what is dated after the day" cannot say whether it does).
 */
import fc from "fast-check";
import type { KeyResult, Objective } from "../../src/index.js";

/** A day of 2025 from June to October (around the third quarter). */
export const q3Day: fc.Arbitrary<string> = fc
	.integer({ min: 0, max: 152 })
	.map((offset) => new Date(Date.UTC(2025, 5, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const checkInsArb = (valueArb: fc.Arbitrary<number | string>) =>
	fc.array(fc.record({ at: q3Day, value: valueArb }), { minLength: 1, maxLength: 4 });

const valueArb = fc.oneof(
	fc.integer({ min: -50, max: 150 }),
	fc.integer({ min: -500, max: 1500 }).map((n) => `${n}e-1`),
);
const weightArb = fc.constantFrom<number | string>(1, 2, "0.5", 3);

/** Either check-ins or a `current`, as the rule of snapshots reads them. */
const valuesArb = fc.oneof(
	checkInsArb(valueArb).map((checkIns) => ({ checkIns })),
	valueArb.map((current) => ({ current })),
	fc.constant({}),
);

/** `done`, with a `doneAt` sometimes when done. */
const doneArb = fc.oneof(
	fc.constant({ done: false }),
	fc.constant({ done: true }),
	q3Day.map((doneAt) => ({ done: true, doneAt })),
);

/** A key result of any kind with id `id`, dated here and there. */
export function datedKeyResultArb(id: string): fc.Arbitrary<KeyResult> {
	const base = { id, title: `Key result ${id}` };
	return fc.oneof(
		fc
			.record({ start: fc.integer({ min: 0, max: 50 }), span: fc.integer({ min: 1, max: 100 }) })
			.chain(({ start, span }) =>
				fc.record({ values: valuesArb, weight: weightArb, up: fc.boolean() }).map(
					({ values, weight, up }): KeyResult => ({
						...base,
						kind: "metric",
						start,
						target: up ? start + span : start - span,
						weight,
						...values,
					}),
				),
			),
		fc
			.record({
				values: valuesArb,
				threshold: valueArb,
				atLeast: fc.boolean(),
				scoring: fc.constantFrom("latest" as const, "checkIns" as const),
			})
			.map(
				({ values, threshold, atLeast, scoring }): KeyResult => ({
					...base,
					kind: "threshold",
					direction: atLeast ? "atLeast" : "atMost",
					threshold,
					scoring,
					...values,
				}),
			),
		fc.record({ values: valuesArb, low: fc.integer({ min: 0, max: 50 }), width: fc.nat(50) }).map(
			({ values, low, width }): KeyResult => ({
				...base,
				kind: "range",
				low,
				high: low + width,
				...values,
			}),
		),
		fc
			.record({ done: doneArb, weight: weightArb })
			.map(({ done, weight }): KeyResult => ({ ...base, kind: "milestone", weight, ...done })),
		fc
			.array(fc.record({ done: doneArb, weight: fc.integer({ min: 1, max: 3 }) }), {
				minLength: 1,
				maxLength: 3,
			})
			.map(
				(items): KeyResult => ({
					...base,
					kind: "checklist",
					items: items.map((item, k) => ({
						title: `Item ${k}`,
						weight: item.weight,
						...item.done,
					})),
				}),
			),
	);
}

/**
 * A cascade of 1–7 objectives in shuffled order: each aligned to an earlier one or to none, each
 * with 0–3 dated key results (`drafts`: an objective may have neither key results nor children).
 */
export function datedProgramArb(drafts = false): fc.Arbitrary<Objective[]> {
	return fc
		.integer({ min: 1, max: 7 })
		.chain((n) =>
			fc.tuple(
				fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
				fc.tuple(
					...Array.from({ length: n }, (_, i) =>
						fc
							.array(fc.constant(null), { minLength: drafts ? 0 : 1, maxLength: 3 })
							.chain((slots) => fc.tuple(...slots.map((_, k) => datedKeyResultArb(`kr${i}-${k}`)))),
					),
				),
				fc.tuple(...Array.from({ length: n }, () => fc.constantFrom<number | string>(1, 2, "0.5"))),
			),
		)
		.map(([parents, keyResults, contributions]) =>
			parents.map((p, i): Objective => {
				const krs = keyResults[i] as KeyResult[];
				// Without drafts, a parent may have no key results of its own (scored from its children).
				const own = !drafts && parents.includes(i) && i % 2 === 0 ? [] : krs;
				return {
					id: `o${i}`,
					title: `Objective ${i}`,
					...(p === -1 ? {} : { parentId: `o${p}` }),
					contribution: contributions[i] as number | string,
					keyResults: own,
				};
			}),
		)
		.chain((objectives) => fc.shuffledSubarray(objectives, { minLength: objectives.length }));
}

/** `done` and `doneAt` of a milestone or checklist item as of `day`: done later is not done yet. */
function doneAsOf<T extends { readonly done: boolean; readonly doneAt?: unknown }>(
	item: T,
	day: string,
): T {
	// The generators write days as strings.
	if (item.doneAt === undefined || (item.doneAt as string) <= day) return item;
	const { doneAt: _later, ...rest } = item;
	return { ...rest, done: false } as unknown as T;
}

/**
 * The program with everything dated after `day` deleted: check-ins after it removed, milestones
 * and checklist items done after it not done (their `doneAt` removed). A new value; the input is
 * unchanged.
 */
export function deletedAfter(objectives: readonly Objective[], day: string): Objective[] {
	return objectives.map((o) => ({
		...o,
		keyResults: (o.keyResults ?? []).map((kr): KeyResult => {
			const checkIns = kr.checkIns?.filter((c) => c.at <= day);
			const dated = checkIns === undefined ? kr : { ...kr, checkIns };
			if (dated.kind === "milestone") return doneAsOf(dated, day);
			if (dated.kind === "checklist") {
				return { ...dated, items: dated.items.map((item) => doneAsOf(item, day)) };
			}
			return dated;
		}),
	}));
}

/** What a call gave: its value, or the code of the `OkrError` it threw. */
export function outcome<T>(call: () => T): { value: T } | { code: string; message: string } {
	try {
		return { value: call() };
	} catch (error) {
		const e = error as { code?: unknown; message: string };
		if (typeof e.code !== "string") throw error;
		return { code: e.code, message: e.message };
	}
}
