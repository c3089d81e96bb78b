import type { DateInput, Kpi } from "../model/types.js";
import { toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers } from "../policy/resolve.js";
import { readKpi } from "../read/kpi.js";
import { formatDay } from "../time/day.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { colorOf, type KpiColor, limitsOf, shortfallOf } from "./core.js";
import { readKpiOptions } from "./options.js";

/** Options of {@link kpiStatusHistory}. */
export interface KpiStatusHistoryOptions extends PolicyOptions, TimeZoneOptions {
	/** Only measurements on or before this date are included. */
	readonly asOf?: DateInput | undefined;
}

/** A KPI's colour at one measurement. */
export interface KpiStatusPoint {
	/** The measurement's date, `"YYYY-MM-DD"`. */
	readonly at: string;
	/** The measured value. */
	readonly value: number;
	/** How far the value sits on the bad side of the target (negative: ahead). */
	readonly shortfall: number;
	/** The colour of this reading on its own. */
	readonly band: KpiColor;
	/**
	 * The colour shown: the band, once confirmed by `policy.kpi.confirmations` consecutive readings
	 * in it (default 1: always the band).
	 */
	readonly status: KpiColor;
}

/**
 * The colour of a KPI at every measurement, oldest first (ties in array order), for sparklines and
 * status timelines. Each reading is judged as {@link kpiStatus} would have judged it on its own date
 * (so never stale).
 *
 * Hysteresis: with `policy.kpi.confirmations` = N (default 1), the shown `status` changes only after
 * N consecutive readings in the same new band, so a KPI flickering across a limit does not flicker
 * its colour. The first reading's band is shown as it is (there is nothing to confirm it against);
 * `band` always holds each reading's own colour.
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `asOf`: leave out later measurements; `policy`: a partial scoring policy
 *   (`kpi.thresholds`, `kpi.confirmations`).
 * @returns One point `{ at, value, shortfall, band, status }` per measurement (none: `[]`).
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI, a bad `options.asOf`
 *   (`INVALID_DATE` at `["options", "asOf"]`), or a bad policy (`kpi.confirmations` below 1: `OUT_OF_RANGE`).
 * @throws {OkrError} `OUT_OF_RANGE` when a result is beyond the range of a JavaScript number.
 *
 * @example
 * ```ts
 * const nps = { id: "nps", name: "Net Promoter Score", direction: "higherIsBetter", target: 70,
 *   thresholds: { mode: "absolute", green: 0, yellow: 10 },
 *   measurements: [{ at: "2025-07-01", value: 72 }, { at: "2025-08-01", value: 55 },
 *     { at: "2025-09-01", value: 71 }, { at: "2025-10-01", value: 58 }, { at: "2025-11-01", value: 57 }] } as const;
 * kpiStatusHistory(nps).map((point) => point.status);
 * //=> ["green", "red", "green", "red", "red"]
 * kpiStatusHistory(nps, { policy: { kpi: { confirmations: 2 } } }).map((point) => point.status);
 * //=> ["green", "green", "green", "green", "red"]
 * kpiStatusHistory(nps)[1];
 * //=> { at: "2025-08-01", value: 55, shortfall: 15, band: "red", status: "red" }
 * ```
 */
export function kpiStatusHistory(
	kpi: Kpi,
	options?: KpiStatusHistoryOptions,
): readonly KpiStatusPoint[] {
	const opts = readKpiOptions(options, false);
	const read = readKpi(kpi, [], opts.zone);
	const limits = limitsOf(read, policyNumbers(opts.policy));
	const confirmations = opts.policy.kpi.confirmations;
	const points: KpiStatusPoint[] = [];
	let shown: KpiColor | null = null;
	let candidate: KpiColor | null = null;
	let count = 0;
	for (const reading of read.measurements) {
		if (opts.asOf !== null && reading.at > opts.asOf) break;
		const shortfall = shortfallOf(read, reading.value);
		const band = colorOf(shortfall, limits);
		if (shown === null || band === shown) {
			shown = band;
			candidate = null;
			count = 0;
		} else {
			count = band === candidate ? count + 1 : 1;
			candidate = band;
			if (count >= confirmations) {
				shown = band;
				candidate = null;
				count = 0;
			}
		}
		points.push({
			at: formatDay(reading.at),
			value: toNumber(reading.value),
			shortfall: toNumber(shortfall),
			band,
			status: shown,
		});
	}
	return points;
}
