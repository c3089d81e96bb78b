/**
 * Reading an objective as a computation sees it.
 *
 * @module
 * @internal
 */
import { invalid, type Path } from "../errors/index.js";
import { type Exact, exact, ONE, typeName } from "../numeric/index.js";
import {
	asArray,
	asObject,
	at,
	type Fields,
	field,
	mapItems,
	readEnum,
	readId,
	readOptionalString,
	readTitle,
	textOf,
} from "./common.js";
import { type CycleRead, readCycle } from "./cycle.js";
import { type KeyResultRead, readKeyResult } from "./keyResult.js";

/** An objective as computations see it. */
export interface ObjectiveRead {
	readonly id: string;
	readonly title: string;
	readonly type: "aspirational" | "committed";
	readonly keyResults: readonly KeyResultRead[];
	readonly cycle: CycleRead | null;
	readonly owner: string | undefined;
	readonly level: string | undefined;
	readonly parentId: string | null;
	/** Exact contribution; may be negative here: cascade validation reports that with its own code. */
	readonly contribution: Exact;
	readonly kpiIds: readonly string[];
	readonly path: Path;
	readonly source: Fields;
}

export const OBJECTIVE_TYPES = ["aspirational", "committed"] as const;

/** Reads and checks an objective given as a plain object. */
export function readObjective(value: unknown, path: Path): ObjectiveRead {
	const o = asObject(value, path, "an objective");
	const id = readId(o, "id", path);
	const title = readTitle(o, "title", path);
	const type = readEnum(o, "type", path, OBJECTIVE_TYPES, "aspirational");
	const krsValue = field(o, "keyResults");
	const krsPath = at(path, "keyResults");
	const keyResults =
		krsValue === undefined
			? []
			: mapItems(asArray(krsValue, krsPath, '"keyResults"'), (kr, i) =>
					readKeyResult(kr, at(krsPath, i)),
				);
	const cycleValue = field(o, "cycle");
	const parentValue = field(o, "parentId");
	let parentId: string | null = null;
	if (parentValue !== undefined && parentValue !== null) {
		parentId = readId(o, "parentId", path);
	}
	const contributionValue = field(o, "contribution");
	const kpiIdsValue = field(o, "kpiIds");
	const kpiIdsPath = at(path, "kpiIds");
	const kpiIds =
		kpiIdsValue === undefined
			? []
			: mapItems(asArray(kpiIdsValue, kpiIdsPath, '"kpiIds"'), (k, i) => {
					if (typeof k === "string") return textOf(k, at(kpiIdsPath, i), "A KPI id");
					throw invalid(
						"INVALID_TYPE",
						at(kpiIdsPath, i),
						`Expected a KPI id, received ${typeName(k)}.`,
					);
				});
	return {
		id,
		title,
		type,
		keyResults,
		cycle: cycleValue === undefined ? null : readCycle(cycleValue, at(path, "cycle")),
		owner: readOptionalString(o, "owner", path),
		level: readOptionalString(o, "level", path),
		parentId,
		contribution:
			contributionValue === undefined ? ONE : exact(contributionValue, at(path, "contribution")),
		kpiIds,
		path,
		source: o,
	};
}
