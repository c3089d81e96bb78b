/**
 * Reading a KPI as a computation sees it: checked, numbers exact, measurements sorted. Used by KPI
 * status, the OKR ⇄ KPI cycle and lint alike, so it checks every field a KPI may have.
 *
 * @module
 * @internal
 */
import { invalid, type Path } from "../errors/index.js";
import type { Exact } from "../numeric/index.js";
import { relativeToZeroTarget, thresholdsOutOfOrder } from "../rules/index.js";
import { readDay } from "../time/day.js";
import {
	asObject,
	at,
	check,
	type Fields,
	field,
	type Reading,
	readEnum,
	readId,
	readNumber,
	readOptionalString,
	readReadings,
	readString,
} from "./common.js";

/** The directions a KPI can be judged in. */
export const KPI_DIRECTIONS = ["higherIsBetter", "lowerIsBetter", "onTarget"] as const;
/** How often a KPI can be measured. */
export const CADENCES = ["daily", "weekly", "monthly", "quarterly"] as const;
/** The ways threshold limits can be written. */
export const THRESHOLD_MODES = ["absolute", "relative"] as const;

/** A KPI's direction as computations see it. */
export type KpiDirectionRead = (typeof KPI_DIRECTIONS)[number];
/** A KPI's cadence as computations see it. */
export type CadenceRead = (typeof CADENCES)[number];

/** Threshold limits, exact and checked (`0 <= green <= yellow`). */
export interface KpiThresholdsRead {
	readonly mode: (typeof THRESHOLD_MODES)[number];
	readonly green: Exact;
	readonly yellow: Exact;
}

/** Where a promoted KPI came from, as read. */
export interface KpiOriginRead {
	readonly objectiveId: string;
	readonly keyResultId: string;
	/** The date string as the caller wrote it, or `null`. */
	readonly promotedAt: string | null;
}

/** A KPI as computations see it. */
export interface KpiRead {
	readonly id: string;
	readonly name: string;
	readonly unit: string | undefined;
	readonly direction: KpiDirectionRead;
	readonly target: Exact;
	/** The KPI's own thresholds, or `null` when it has none (the policy's then apply). */
	readonly thresholds: KpiThresholdsRead | null;
	/** `null` when the KPI has no cadence (its measurements never go stale). */
	readonly cadence: CadenceRead | null;
	/** Sorted by date, ties in array order: the last is the latest. */
	readonly measurements: readonly Reading[];
	readonly owner: string | undefined;
	readonly origin: KpiOriginRead | null;
	readonly path: Path;
	/** The caller's own object, for copying fields out with the type they came in with. */
	readonly source: Fields;
}

/**
 * Reads threshold limits `{ mode, green, yellow }` at `path`: `mode` one of `"absolute"`,
 * `"relative"` (`INVALID_ENUM`), limits exact numbers with `0 <= green <= yellow` (`NEGATIVE` at
 * `green`, else `THRESHOLDS_OUT_OF_ORDER` at `path`).
 */
export function readThresholds(value: unknown, path: Path): KpiThresholdsRead {
	const o = asObject(value, path, "thresholds { mode, green, yellow }");
	const mode = readEnum(o, "mode", path, THRESHOLD_MODES);
	const green = readNumber(o, "green", path);
	const yellow = readNumber(o, "yellow", path);
	check(thresholdsOutOfOrder(green, yellow, path));
	return { mode, green, yellow };
}

function readOrigin(value: unknown, path: Path): KpiOriginRead {
	const o = asObject(value, path, "an origin { objectiveId, keyResultId, promotedAt }");
	const objectiveId = readId(o, "objectiveId", path);
	const keyResultId = readId(o, "keyResultId", path);
	const promoted = field(o, "promotedAt");
	let promotedAt: string | null = null;
	if (promoted !== undefined && promoted !== null) {
		if (typeof promoted !== "string") {
			throw invalid(
				"INVALID_TYPE",
				at(path, "promotedAt"),
				'Expected a date "YYYY-MM-DD" or null.',
			);
		}
		readDay(promoted, at(path, "promotedAt"));
		promotedAt = promoted;
	}
	return { objectiveId, keyResultId, promotedAt };
}

/**
 * Reads and checks a KPI given as a plain object: `id` non-empty, `name` a string, `direction`,
 * `target` a number input, optional `thresholds` (relative ones on a target of 0:
 * `RELATIVE_TO_ZERO_TARGET` at `thresholds.mode`), optional `cadence`, `measurements` `{ at, value }`
 * (default `[]`), optional `unit`, `owner` and `origin`.
 */
export function readKpi(value: unknown, path: Path): KpiRead {
	const o = asObject(value, path, "a KPI");
	const id = readId(o, "id", path);
	const name = readString(o, "name", path);
	const unit = readOptionalString(o, "unit", path);
	const direction = readEnum(o, "direction", path, KPI_DIRECTIONS);
	const target = readNumber(o, "target", path);
	const thresholdsValue = field(o, "thresholds");
	let thresholds: KpiThresholdsRead | null = null;
	if (thresholdsValue !== undefined) {
		const thresholdsPath = at(path, "thresholds");
		thresholds = readThresholds(thresholdsValue, thresholdsPath);
		check(relativeToZeroTarget(thresholds.mode, target, at(thresholdsPath, "mode")));
	}
	const cadence = field(o, "cadence") === undefined ? null : readEnum(o, "cadence", path, CADENCES);
	const measurements = readReadings(o, "measurements", path);
	const owner = readOptionalString(o, "owner", path);
	const originValue = field(o, "origin");
	const origin = originValue === undefined ? null : readOrigin(originValue, at(path, "origin"));
	return {
		id,
		name,
		unit,
		direction,
		target,
		thresholds,
		cadence,
		measurements,
		owner,
		origin,
		path,
		source: o,
	};
}
