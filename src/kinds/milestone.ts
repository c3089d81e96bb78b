/**
 * A milestone key result: done or not done. With a `doneAt` day, it is done only from that day on
 * (a snapshot as of an earlier day sees it not done yet); without one, `done` is taken as given.
 *
 * @module
 * @internal
 */
import { ONE, ZERO } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import { boolean, date, dated, describe, literal, optional } from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";

/** Whether a milestone or checklist item counts as done as of `asOf` (now, when `null`). */
export function doneBy(
	item: { readonly done: boolean; readonly doneAt: Day | null },
	asOf: Day | null,
): boolean {
	return item.done && (asOf === null || item.doneAt === null || item.doneAt <= asOf);
}

export const milestone = kind({
	description: describe(
		"a key result",
		{
			...keyResultBase,
			kind: literal("milestone"),
			done: boolean(),
			/** The day it was done. */
			doneAt: optional(dated(date()), null),
		},
		{ located: true },
	),
	valued: false,
	progress: (kr, asOf) => (doneBy(kr, asOf) ? ONE : ZERO),
	promote: null,
});
