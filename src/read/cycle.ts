/**
 * Reading a cycle: two calendar dates, both included, `end >= start`.
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import { endBeforeStart } from "../rules/index.js";
import type { Day } from "../time/day.js";
import { asObject, at, check, readDate, readOptionalString } from "./common.js";

/** A cycle as computations see it. */
export interface CycleRead {
	readonly start: Day;
	readonly end: Day;
	readonly label: string | undefined;
}

export function readCycle(value: unknown, path: Path): CycleRead {
	const o = asObject(value, path, "a cycle { start, end }");
	const start = readDate(o, "start", path);
	const end = readDate(o, "end", path);
	check(endBeforeStart(start, end, at(path, "end")));
	return { start, end, label: readOptionalString(o, "label", path) };
}
