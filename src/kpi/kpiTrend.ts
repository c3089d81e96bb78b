import type { DateInput, Kpi } from "../model/types.js";
import type { PolicyOptions } from "../policy/resolve.js";
import type { Reading } from "../read/common.js";
import { readKpi } from "../read/kpi.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { trendOf } from "./core.js";
import { readKpiOptions } from "./options.js";

/** Options of {@link kpiTrend}. */
export interface KpiTrendOptions extends PolicyOptions, TimeZoneOptions {
	/** Only measurements on or before this date count. */
	readonly asOf?: DateInput | undefined;
}

/** Which way a KPI moved between its last two measurements, and whether that is good. */
export interface KpiTrend {
	/** `"up"`, `"down"`, or `"flat"` (equal values, or fewer than two measurements). */
	readonly direction: "up" | "down" | "flat";
	/** `true` when the move is for the better, `false` for the worse, `null` when flat or unknown. */
	readonly improving: boolean | null;
}

/**
 * The trend of a KPI between its last two measurements by date (ties: array order), on or before
 * `options.asOf` when given.
 *
 * `improving` follows the KPI's direction: up is better for `higherIsBetter`, down for
 * `lowerIsBetter`; an `onTarget` KPI improves when its distance to the target shrinks (crossing the
 * target to the same distance on the other side is not improving: `false`). With fewer than two
 * measurements, or two equal values, the trend is `"flat"` and `improving` is `null`.
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `asOf`: ignore measurements after this date; `policy`: a partial scoring policy.
 * @returns `{ direction, improving }`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI, a bad `options.asOf`
 *   (`INVALID_DATE` at `["options", "asOf"]`), or a bad policy.
 *
 * @example
 * ```ts
 * const churn = { id: "churn", name: "Monthly churn", unit: "%", direction: "lowerIsBetter",
 *   target: 5, cadence: "monthly",
 *   measurements: [{ at: "2025-06-30", value: 6.1 }, { at: "2025-07-31", value: 5.4 },
 *     { at: "2025-08-31", value: 5.8 }] } as const;
 * kpiTrend(churn);
 * //=> { direction: "up", improving: false }
 * kpiTrend(churn, { asOf: "2025-08-15" });
 * //=> { direction: "down", improving: true }
 * kpiTrend(churn, { asOf: "2025-07-15" });
 * //=> { direction: "flat", improving: null }
 * ```
 */
export function kpiTrend(kpi: Kpi, options?: KpiTrendOptions): KpiTrend {
	const opts = readKpiOptions(options, false);
	const read = readKpi(kpi, [], opts.zone);
	const asOf = opts.asOf;
	let end = read.measurements.length;
	if (asOf !== null) {
		while (end > 0 && (read.measurements[end - 1] as Reading).at > asOf) end--;
	}
	const latest = read.measurements[end - 1];
	const previous = read.measurements[end - 2];
	// With a reading before the latest, there is a latest.
	if (previous === undefined) return { direction: "flat", improving: null };
	return trendOf(read, previous, latest as Reading);
}
