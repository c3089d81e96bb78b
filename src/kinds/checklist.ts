/**
 * A checklist key result: weighted items, at least one; progress is the weighted share done (an
 * item with a `doneAt` after the day asked is not done yet).
 *
 * @module
 * @internal
 */
import { OkrError, type OkrIssue, type Path } from "../errors/index.js";
import { add, describeString, divide, isZero, ONE, ZERO } from "../numeric/index.js";
import {
	boolean,
	date,
	dated,
	describe,
	list,
	literal,
	optional,
	title,
	weight,
	withDefault,
} from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";
import { doneBy } from "./milestone.js";

/** A checklist key result needs at least one item. */
export function emptyChecklist(count: number, path: Path): OkrIssue | null {
	if (count > 0) return null;
	return {
		code: "EMPTY_CHECKLIST",
		path,
		message: "A checklist key result needs at least one item.",
	};
}

/** The description of one item of a checklist. */
export const checklistItem = describe("a checklist item", {
	title: title(),
	done: boolean(),
	weight: withDefault(weight(), 1, ONE),
	/** The day it was done. */
	doneAt: optional(dated(date()), null),
});

export const checklist = kind({
	description: describe(
		"a key result",
		{ ...keyResultBase, kind: literal("checklist"), items: list(checklistItem, emptyChecklist) },
		{ located: true },
	),
	valued: false,
	progress(kr, asOf) {
		let done = ZERO;
		let total = ZERO;
		for (const item of kr.items) {
			total = add(total, item.weight);
			if (doneBy(item, asOf)) done = add(done, item.weight);
		}
		if (isZero(total)) {
			throw new OkrError(
				"ZERO_TOTAL_WEIGHT",
				`The items of key result ${describeString(kr.id)} have weights summing to 0.`,
				[...kr.path, "items"],
			);
		}
		return divide(done, total);
	},
	promote: null,
});
