/**
 * Reading an objective as a computation sees it, with a reader compiled from its description
 * (`src/kinds/objective.ts`).
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import { OBJECTIVE_TYPES, type ObjectiveRead, objective } from "../kinds/objective.js";
import { readerOf } from "./compile.js";

export { OBJECTIVE_TYPES, type ObjectiveRead };

const read = readerOf(objective) as (value: unknown, path: Path) => ObjectiveRead;

/** Reads and checks an objective given as a plain object. */
export function readObjective(value: unknown, path: Path): ObjectiveRead {
	return read(value, path);
}
