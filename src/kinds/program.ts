/**
 * A whole program: the objectives of a cascade and the KPIs they name, as a goal tool exports them.
 *
 * @module
 * @internal
 */
import { describe, type InputOf, list, type ParsedOf, withDefault } from "./fields.js";
import { kpi } from "./kpi.js";
import { objective } from "./objective.js";

/** The description of a program `{ objectives, kpis? }`. */
export const program = describe("a program { objectives, kpis? }", {
	objectives: list(objective),
	/** Without KPIs, the objectives' `kpiIds` are not checked. */
	kpis: withDefault(list(kpi), [], []),
});

/** A program as a caller writes it. */
export type ProgramInput = InputOf<typeof program>;
/** A program as parsed (before freezing). */
export type ProgramParsedOf = ParsedOf<typeof program>;
