/**
 * A KPI: a gauge with a target, measured over time, and its traffic-light limits.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { cmp, type Exact } from "../numeric/index.js";
import {
	dayString,
	describe,
	type InputOf,
	id,
	type LocatedReadOf,
	nullable,
	number,
	oneOf,
	optional,
	type ReadOf,
	readings,
	record,
	text,
	withDefault,
} from "./fields.js";
import { measurement } from "./readings.js";

/** The directions a KPI can be judged in. */
export const KPI_DIRECTIONS = ["higherIsBetter", "lowerIsBetter", "onTarget"] as const;
/** How often a KPI can be measured. */
export const CADENCES = ["daily", "weekly", "monthly", "quarterly"] as const;
/** The ways threshold limits can be written. */
export const THRESHOLD_MODES = ["absolute", "relative"] as const;

/** KPI thresholds need `0 <= green <= yellow`. */
export function thresholdsOutOfOrder(green: Exact, yellow: Exact, path: Path): OkrIssue | null {
	if (green.isNegative() && !green.isZero()) {
		return {
			code: "NEGATIVE",
			path: [...path, "green"],
			message: "Must be zero or more.",
		};
	}
	if (cmp(green, yellow) <= 0) return null;
	return {
		code: "THRESHOLDS_OUT_OF_ORDER",
		path,
		message: "The green limit must not exceed the yellow limit.",
	};
}

/** Relative thresholds on a zero target mean nothing: `|target|` is 0, so nothing could be yellow. */
export function relativeToZeroTarget(mode: string, target: Exact, path: Path): OkrIssue | null {
	if (mode !== "relative" || !target.isZero()) return null;
	return {
		code: "RELATIVE_TO_ZERO_TARGET",
		path,
		message: 'Relative thresholds need a non-zero target; use mode "absolute" for a target of 0.',
	};
}

/** The description of a KPI's traffic-light limits on the shortfall. */
export const kpiThresholds = describe(
	"thresholds { mode, green, yellow }",
	{ mode: oneOf(THRESHOLD_MODES), green: number(), yellow: number() },
	{
		rules: [
			{
				reads: ["green", "yellow"],
				check: (t, path) => thresholdsOutOfOrder(t.green, t.yellow, path),
			},
		],
	},
);

/** The description of where a promoted KPI came from. */
export const kpiOrigin = describe("an origin { objectiveId, keyResultId, promotedAt }", {
	objectiveId: id(),
	keyResultId: id(),
	promotedAt: nullable(dayString()),
});

/** The description of a KPI. */
export const kpi = describe(
	"a KPI",
	{
		id: id(),
		name: text(),
		unit: optional(text(), undefined),
		direction: oneOf(KPI_DIRECTIONS),
		target: number(),
		/** The KPI's own limits; without them, the policy's apply. */
		thresholds: optional(record(kpiThresholds), null),
		/** Without a cadence, measurements never go stale. */
		cadence: optional(oneOf(CADENCES), null),
		measurements: withDefault(readings(measurement), [], []),
		owner: optional(text(), undefined),
		origin: optional(record(kpiOrigin), null),
	},
	{
		rules: [
			{
				reads: [["thresholds", "mode"], "target"],
				check: (k, path) =>
					k.thresholds === null
						? null
						: relativeToZeroTarget(k.thresholds.mode, k.target, [...path, "thresholds", "mode"]),
			},
		],
		located: true,
	},
);

/** A KPI as a caller writes it. */
export type KpiInput = InputOf<typeof kpi>;
/** A KPI as computations see it. */
export type KpiRead = LocatedReadOf<typeof kpi>;
/** KPI thresholds as computations see them. */
export type KpiThresholdsRead = ReadOf<typeof kpiThresholds>;
