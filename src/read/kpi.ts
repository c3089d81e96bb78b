/**
 * Reading a KPI as a computation sees it: checked, numbers exact, measurements sorted. Used by KPI
 * status, the OKR ⇄ KPI cycle and lint alike; compiled from its description (`src/kinds/kpi.ts`).
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import {
	CADENCES,
	KPI_DIRECTIONS,
	type KpiRead,
	type KpiThresholdsRead,
	kpi,
	kpiThresholds,
	THRESHOLD_MODES,
} from "../kinds/kpi.js";
import { UTC, type Zone } from "../time/day.js";
import { readerOf } from "./compile.js";

export { CADENCES, KPI_DIRECTIONS, type KpiRead, type KpiThresholdsRead, THRESHOLD_MODES };

/** A KPI's direction as computations see it. */
export type KpiDirectionRead = (typeof KPI_DIRECTIONS)[number];
/** A KPI's cadence as computations see it. */
export type CadenceRead = (typeof CADENCES)[number];

const read = readerOf(kpi) as (value: unknown, path: Path, zone?: Zone) => KpiRead;

/**
 * Reads threshold limits `{ mode, green, yellow }` at `path`: `mode` one of `"absolute"`,
 * `"relative"` (`INVALID_ENUM`), limits exact numbers with `0 <= green <= yellow` (`NEGATIVE` at
 * `green`, else `THRESHOLDS_OUT_OF_ORDER` at `path`).
 */
export const readThresholds: (value: unknown, path: Path) => KpiThresholdsRead =
	readerOf(kpiThresholds);

/** Reads and checks a KPI given as a plain object, its instants read as days in `zone`. */
export function readKpi(value: unknown, path: Path, zone: Zone = UTC): KpiRead {
	return read(value, path, zone);
}
