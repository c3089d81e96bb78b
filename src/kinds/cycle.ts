/**
 * A cycle: a period of calendar days, both ends included, `end >= start`.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import type { Day } from "../time/day.js";
import { date, describe, type InputOf, optional, type ReadOf, text } from "./fields.js";

/** A cycle needs `end >= start`. */
export function endBeforeStart(start: Day, end: Day, path: Path): OkrIssue | null {
	if (end >= start) return null;
	return { code: "END_BEFORE_START", path, message: "A cycle's end must not be before its start." };
}

/** The description of a cycle. */
export const cycle = describe(
	"a cycle { start, end }",
	{
		start: date(),
		end: date(),
		label: optional(text(), undefined),
	},
	{
		rules: [
			{
				reads: ["start", "end"],
				check: (c, path) => endBeforeStart(c.start, c.end, [...path, "end"]),
			},
		],
	},
);

/** A cycle as a caller writes it. */
export type CycleInput = InputOf<typeof cycle>;
/** A cycle as computations see it. */
export type CycleRead = ReadOf<typeof cycle>;
