/**
 * The registry of key-result kinds. Each kind lives in its own module (`metric.ts`,
 * `threshold.ts`, …) with its fields, its rules, its progress and its promotion to a KPI; adding a
 * kind means one new module and one line here.
 *
 * @module
 * @internal
 */
import type { Exact } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import { checklist } from "./checklist.js";
import type { InputOf, LocatedReadOf, ParsedOf, UnionOf } from "./fields.js";
import type { Kind } from "./kind.js";
import { metric } from "./metric.js";
import { milestone } from "./milestone.js";
import { range } from "./range.js";
import { threshold } from "./threshold.js";

/** Every kind of key result, by name. */
export const keyResultKinds = { metric, threshold, range, milestone, checklist } as const;

type Kinds = typeof keyResultKinds;
/** The name of a kind of key result. */
export type KeyResultKind = keyof Kinds;
type DescriptionOf<K extends KeyResultKind> = Kinds[K]["description"];

/** The names of the kinds, in the registry's order. */
export const KEY_RESULT_KINDS = Object.freeze(
	Object.keys(keyResultKinds),
) as readonly KeyResultKind[];

/** Key results, told apart by `kind`. */
export const keyResult: UnionOf = Object.freeze({
	key: "kind",
	what: "a key result",
	members: Object.freeze(
		Object.fromEntries(KEY_RESULT_KINDS.map((name) => [name, keyResultKinds[name].description])),
	),
});

/** A key result of kind `K` as a caller writes it. */
export type KeyResultInputOf<K extends KeyResultKind> = InputOf<DescriptionOf<K>>;
/** A key result of kind `K` as computations see it. */
export type KeyResultReadOf<K extends KeyResultKind> = LocatedReadOf<DescriptionOf<K>>;
/** A key result of kind `K` as parsed. */
export type KeyResultParsedOf<K extends KeyResultKind> = ParsedOf<DescriptionOf<K>>;
/** A key result of any kind as parsed. */
export type KeyResultParsed = { [K in KeyResultKind]: KeyResultParsedOf<K> }[KeyResultKind];
/** A key result of any kind as a caller writes it. */
export type KeyResultInput = { [K in KeyResultKind]: KeyResultInputOf<K> }[KeyResultKind];
/** A key result of any kind as computations see it. */
export type KeyResultRead = { [K in KeyResultKind]: KeyResultReadOf<K> }[KeyResultKind];

// biome-ignore lint/suspicious/noExplicitAny: the kind of a key result read, whichever it is
type AnyKind = Kind<any>;

/** The kind of a key result read. */
export function kindOf(kr: KeyResultRead): AnyKind {
	return keyResultKinds[kr.kind] as AnyKind;
}

/** Unclamped progress of a key result read, as of `asOf` (as it stands now when `null`). */
export function kindProgress(kr: KeyResultRead, asOf: Day | null): Exact {
	return kindOf(kr).progress(kr as never, asOf);
}

/** Whether a key result records a value in its check-ins (metric, threshold, range). */
export function isValued(
	kr: KeyResultRead,
): kr is KeyResultReadOf<"metric" | "threshold" | "range"> {
	return kindOf(kr).valued;
}
