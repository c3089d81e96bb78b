/**
 * An objective: its key results and its place in a cascade.
 *
 * @module
 * @internal
 */
import { ONE } from "../numeric/index.js";
import { cycle } from "./cycle.js";
import {
	describe,
	type InputOf,
	id,
	ids,
	type LocatedReadOf,
	nullable,
	number,
	oneOf,
	optional,
	record,
	text,
	title,
	unionList,
	withDefault,
} from "./fields.js";
import {
	type KeyResultInput,
	type KeyResultParsed,
	type KeyResultRead,
	keyResult,
} from "./keyResult.js";

/** Aspirational (stretch: 0.6–0.7 is success) or committed (only 1.0 is success). */
export const OBJECTIVE_TYPES = ["aspirational", "committed"] as const;

/** The description of an objective. */
export const objective = describe(
	"an objective",
	{
		id: id(),
		title: title(),
		type: withDefault(oneOf(OBJECTIVE_TYPES), "aspirational", "aspirational"),
		/** A parent may be scored from its children alone. */
		keyResults: withDefault(
			unionList<KeyResultInput, KeyResultParsed, KeyResultRead>(keyResult),
			[],
			[],
		),
		cycle: optional(record(cycle), null),
		owner: optional(text(), undefined),
		/** Free text: `"company"`, `"team"`, `"individual"`… */
		level: optional(text(), undefined),
		/** The objective this one contributes to. */
		parentId: nullable(id()),
		/** Weight in the parent's roll-up (a negative one is a cascade issue, reported as such). */
		contribution: withDefault(number(), 1, ONE),
		/** KPIs that support this objective. */
		kpiIds: withDefault(ids("a KPI id"), [], []),
	},
	{ located: true },
);

/** An objective as a caller writes it. */
export type ObjectiveInput = InputOf<typeof objective>;
/** An objective as computations see it. */
export type ObjectiveRead = LocatedReadOf<typeof objective>;
