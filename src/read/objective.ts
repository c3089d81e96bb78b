/**
 * Reading an objective as a computation sees it, with a reader compiled from its description
 * (`src/kinds/objective.ts`).
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import { OBJECTIVE_TYPES, type ObjectiveRead, objective } from "../kinds/objective.js";
import { UTC, type Zone } from "../time/day.js";
import { readerOf } from "./compile.js";

export { OBJECTIVE_TYPES, type ObjectiveRead };

const read = readerOf(objective) as (value: unknown, path: Path, zone?: Zone) => ObjectiveRead;

/** Reads and checks an objective given as a plain object, its instants read as days in `zone`. */
export function readObjective(value: unknown, path: Path, zone: Zone = UTC): ObjectiveRead {
	return read(value, path, zone);
}
