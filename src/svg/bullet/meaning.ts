/**
 * What a bullet graph shows: the KPI's status as `kpiStatus` judges it, and its colours laid out
 * along the scale from the KPI rules' own limits (`limitsOf`, `valuesWithin`).
 *
 * @module
 * @internal
 */
import { invalid } from "../../errors/index.js";
import { limitsOf, type ValueRange, valuesWithin } from "../../kpi/core.js";
import { kpiStatus } from "../../kpi/kpiStatus.js";
import type { Kpi } from "../../model/types.js";
import {
	add,
	cmp,
	divide,
	type Exact,
	exact,
	fromInt,
	fromResult,
	max,
	min,
	ONE,
	sub,
	ZERO,
} from "../../numeric/index.js";
import { own } from "../../objects.js";
import { policyNumbers } from "../../policy/resolve.js";
import { type KpiRead, readKpi } from "../../read/kpi.js";
import { type Day, readDay } from "../../time/day.js";
import { zoneOption } from "../../time/zone.js";
import type { StatusColor } from "../document.js";
import type { SvgOptionsRead } from "../options.js";

/** One qualitative range of the scale: values in `[from, to]` get `status`. */
export interface BulletRange {
	readonly status: Exclude<StatusColor, "unknown">;
	readonly from: Exact;
	readonly to: Exact;
}

/** A bullet graph's numbers. */
export interface BulletMeaning {
	readonly kpi: KpiRead;
	readonly status: StatusColor;
	readonly value: Exact | null;
	readonly at: string | null;
	readonly shortfall: Exact | null;
	/** The day a stale value is judged on (`options.asOf`), else `null`. */
	readonly staleOn: Day | null;
	/** The green values, and those that are not red. */
	readonly green: ValueRange;
	readonly notRed: ValueRange;
	/** The ends of the scale. */
	readonly lo: Exact;
	readonly hi: Exact;
	/** The ranges from the lowest values up, the open ends reaching the ends of the scale. */
	readonly ranges: readonly BulletRange[];
}

/** The KPI judged as `kpiStatus` does, under the options' value, day and policy. */
export function bulletMeaning(kpi: Kpi, options: unknown, opts: SvgOptionsRead): BulletMeaning {
	const status = kpiStatus(kpi, options as Parameters<typeof kpiStatus>[1]);
	// Stryker disable next-line ArrayDeclaration: kpiStatus above has read this KPI; no error can show this path
	const zone = zoneOption(options);
	const read = readKpi(kpi, [], zone);
	const limits = limitsOf(read, policyNumbers(opts.policy));
	const green = valuesWithin(read, limits.green);
	const notRed = valuesWithin(read, limits.yellow);
	const value = status.value === null ? null : fromResult(status.value);
	const [lo, hi] = scaleEnds(read.target, notRed, value, opts);
	let staleOn: Day | null = null;
	if (status.stale) {
		// Stryker disable next-line ArrayDeclaration,StringLiteral: kpiStatus has checked options.asOf (a stale value has one); this path never shows
		staleOn = readDay(own(opts.fields, "asOf"), ["options", "asOf"], zone);
	}
	return {
		kpi: read,
		status: status.status,
		value,
		at: status.at,
		shortfall: status.shortfall === null ? null : fromResult(status.shortfall),
		staleOn,
		green,
		notRed,
		lo,
		hi,
		ranges: rangesOf(green, notRed, lo, hi),
	};
}

/**
 * The scale: zero, the target, the ranges' boundaries and the value, a tenth more room (below
 * only when the scale reaches below zero); `options.min` and `options.max` instead when given.
 */
function scaleEnds(t: Exact, notRed: ValueRange, value: Exact | null, opts: SvgOptionsRead) {
	let lo = min(ZERO, min(notRed.from ?? t, t));
	let hi = max(ZERO, max(notRed.to ?? t, t));
	if (value !== null) {
		lo = min(lo, value);
		hi = max(hi, value);
	}
	if (cmp(lo, hi) === 0) hi = add(hi, ONE);
	const room = divide(sub(hi, lo), fromInt(10));
	hi = add(hi, room);
	if (cmp(lo, ZERO) < 0) lo = sub(lo, room);
	const givenMin = own(opts.fields, "min");
	const givenMax = own(opts.fields, "max");
	if (givenMin !== undefined) lo = exact(givenMin, ["options", "min"]);
	if (givenMax !== undefined) hi = exact(givenMax, ["options", "max"]);
	if (cmp(lo, hi) >= 0) {
		throw invalid(
			"OUT_OF_RANGE",
			givenMax !== undefined ? ["options", "max"] : ["options", "min"],
			"The scale's max must be above its min (and the value, target and ranges).",
		);
	}
	return [lo, hi] as const;
}

/** Red and yellow below the green values, green, then yellow and red above (where the KPI has them). */
function rangesOf(green: ValueRange, notRed: ValueRange, lo: Exact, hi: Exact): BulletRange[] {
	const out: BulletRange[] = [];
	// The green values end on the same sides as those that are not red (the same direction).
	if (notRed.from !== null) {
		out.push({ status: "red", from: lo, to: notRed.from });
		out.push({ status: "yellow", from: notRed.from, to: green.from as Exact });
	}
	out.push({ status: "green", from: green.from ?? lo, to: green.to ?? hi });
	if (notRed.to !== null) {
		out.push({ status: "yellow", from: green.to as Exact, to: notRed.to });
		out.push({ status: "red", from: notRed.to, to: hi });
	}
	return out;
}
