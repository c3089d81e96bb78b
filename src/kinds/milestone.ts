/**
 * A milestone key result: done or not done.
 *
 * @module
 * @internal
 */
import { ONE, ZERO } from "../numeric/index.js";
import { boolean, describe, literal } from "./fields.js";
import { keyResultBase } from "./keyResultBase.js";
import { kind } from "./kind.js";

export const milestone = kind({
	description: describe(
		"a key result",
		{ ...keyResultBase, kind: literal("milestone"), done: boolean() },
		{ located: true },
	),
	valued: false,
	progress: (kr) => (kr.done ? ONE : ZERO),
	promote: null,
});
