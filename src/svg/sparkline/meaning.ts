/**
 * What a sparkline shows: a KPI's measurements, each one's band and the status shown over time as
 * `kpiStatusHistory` gives them, and the range of values to plot.
 *
 * @module
 * @internal
 */
import type { KpiColor } from "../../kpi/core.js";
import { kpiStatusHistory } from "../../kpi/kpiStatusHistory.js";
import type { Kpi } from "../../model/types.js";
import { add, cmp, type Exact, max, min, ONE, sub } from "../../numeric/index.js";
import type { Reading } from "../../read/common.js";
import { type KpiRead, readKpi } from "../../read/kpi.js";
import { zoneOption } from "../../time/zone.js";

/** A sparkline's numbers. */
export interface SparklineMeaning {
	readonly kpi: KpiRead;
	/** The measurements up to `asOf`, in date order, each with its band and the status shown. */
	readonly readings: readonly Reading[];
	readonly bands: readonly KpiColor[];
	readonly statuses: readonly KpiColor[];
	/** Each change of status: the status and the day it starts (`"YYYY-MM-DD"`). */
	readonly changes: readonly { readonly status: KpiColor; readonly at: string }[];
	/** The lowest and highest values measured, and the plot's ends (the target included). */
	readonly low: Exact;
	readonly high: Exact;
	readonly lo: Exact;
	readonly hi: Exact;
}

/** The KPI's history as `kpiStatusHistory` gives it under the options' day and policy. */
export function sparklineMeaning(kpi: Kpi, options: unknown): SparklineMeaning {
	const history = kpiStatusHistory(kpi, options as Parameters<typeof kpiStatusHistory>[1]);
	// Stryker disable next-line ArrayDeclaration: kpiStatusHistory above has read this KPI; no error can show this path
	const read = readKpi(kpi, [], zoneOption(options));
	// The history has a point per reading (it is their prefix up to asOf).
	const readings = read.measurements.slice(0, history.length);
	const changes: { status: KpiColor; at: string }[] = [];
	for (const point of history) {
		if (point.status !== changes[changes.length - 1]?.status) changes.push(point);
	}
	const t = read.target;
	let low = readings[0]?.value ?? t;
	let high = low;
	for (const reading of readings) {
		low = min(low, reading.value);
		high = max(high, reading.value);
	}
	let lo = min(low, t);
	let hi = max(high, t);
	if (cmp(lo, hi) === 0) {
		lo = sub(lo, ONE);
		hi = add(hi, ONE);
	}
	return {
		kpi: read,
		readings,
		bands: history.map((point) => point.band),
		statuses: history.map((point) => point.status),
		changes: changes.map((point) => ({ status: point.status, at: point.at })),
		low,
		high,
		lo,
		hi,
	};
}
