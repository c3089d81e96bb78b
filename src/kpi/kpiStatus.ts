import type { DateInput, Kpi, NumberInput } from "../model/types.js";
import { type Exact, toNumber } from "../numeric/index.js";
import type { PolicyOptions } from "../policy/resolve.js";
import { policyNumbers } from "../policy/resolve.js";
import { latestReading } from "../read/common.js";
import { readKpi } from "../read/kpi.js";
import { formatDay } from "../time/day.js";
import type { TimeZoneOptions } from "../time/zone.js";
import { colorOf, isStale, type KpiColor, limitsOf, shortfallOf } from "./core.js";
import { readKpiOptions } from "./options.js";

export type { KpiColor } from "./core.js";

/** A KPI's status: a traffic-light colour, or `"unknown"` when there is no fresh value. */
export type KpiStatusColor = KpiColor | "unknown";

/** Options of {@link kpiStatus}. */
export interface KpiStatusOptions extends PolicyOptions, TimeZoneOptions {
	/** Judge this value instead of the KPI's measurements (it has no date, so it is never stale). */
	readonly value?: NumberInput | undefined;
	/**
	 * Judge the KPI as it stood on this date: its latest measurement on or before it, and stale
	 * when that measurement is older than the KPI's cadence allows.
	 */
	readonly asOf?: DateInput | undefined;
}

/** A KPI's traffic-light status and the numbers behind it. */
export interface KpiStatus {
	/** `"green"`, `"yellow"`, `"red"`, or `"unknown"` when there is no value or it is stale. */
	readonly status: KpiStatusColor;
	/** The value judged, or `null` when there is none. */
	readonly value: number | null;
	/** The date of the measurement judged (`"YYYY-MM-DD"`), or `null` (no value, or `options.value`). */
	readonly at: string | null;
	/** How far the value sits on the bad side of the target (negative: ahead), or `null`. */
	readonly shortfall: number | null;
	/** `true` when the latest measurement is older than the cadence allows at `options.asOf`. */
	readonly stale: boolean;
}

/**
 * The traffic-light status of a KPI: how far its value falls short of the target, against the
 * green and yellow limits.
 *
 * This is SAP's UI `CriticalityCalculation` with traffic-light names: its Maximize / Minimize /
 * Target improvement directions are `higherIsBetter` / `lowerIsBetter` / `onTarget`, and its
 * tolerance and deviation bounds are the `green` and `yellow` limits.
 *
 * - value: `options.value`, else the latest measurement on or before `options.asOf` (by date, ties:
 *   the later in the array; without `asOf`, the latest of all).
 * - shortfall: `target − value` (higherIsBetter), `value − target` (lowerIsBetter),
 *   `|value − target|` (onTarget); negative means ahead of target.
 * - thresholds (the KPI's own, else policy `kpi.thresholds`, default
 *   `{ mode: "relative", green: 0, yellow: 0.1 }`): limits on the shortfall, in the KPI's unit
 *   (`absolute`) or as a share of `|target|` (`relative`). Green when `shortfall <= green`, yellow when
 *   `shortfall <= yellow`, else red: a value on a boundary gets the better colour, exactly
 *   (target 99, value 89.1, relative yellow 0.1: shortfall 9.9 is on the limit, so yellow). On a
 *   target of 0, the default relative limits are 0: green when met, else red.
 * - `"unknown"` when there is no value, or when `options.asOf` is given and the latest measurement is
 *   stale: older than its cadence allows (policy `kpi.staleAfter`: 1 day daily, 7 days weekly,
 *   1 calendar month monthly, 3 calendar months quarterly). A measurement is fresh through its date
 *   plus that limit (monthly: `"2025-01-31"` is fresh through `"2025-02-28"`) and stale from the
 *   day after. A stale status still reports the `value`, `at` and `shortfall` it would have judged,
 *   so a dashboard can show the old reading greyed out. A KPI without a cadence never goes stale,
 *   and neither does `options.value`.
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `value`: a value to judge instead of the measurements; `asOf`: the date to judge
 *   the KPI on; `policy`: a partial scoring policy (`kpi.thresholds`, `kpi.staleAfter`).
 * @returns `{ status, value, at, shortfall, stale }`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI (issue codes such as
 *   `INVALID_ENUM`, `THRESHOLDS_OUT_OF_ORDER`, `NEGATIVE`, `RELATIVE_TO_ZERO_TARGET`), an
 *   `options.value` that is not a finite number (`INVALID_NUMBER` at `["options", "value"]`), a bad
 *   `options.asOf` (`INVALID_DATE` at `["options", "asOf"]`), or a bad policy.
 * @throws {OkrError} `OUT_OF_RANGE` when a result is beyond the range of a JavaScript number.
 *
 * @example
 * ```ts
 * const uptime = { id: "uptime", name: "Platform uptime", unit: "%", direction: "higherIsBetter",
 *   target: 99, cadence: "daily",
 *   measurements: [{ at: "2025-08-14", value: 99.2 }, { at: "2025-08-15", value: 89.1 }] } as const;
 * kpiStatus(uptime);
 * //=> { status: "yellow", value: 89.1, at: "2025-08-15", shortfall: 9.9, stale: false }
 * kpiStatus(uptime, { asOf: "2025-08-14" });
 * //=> { status: "green", value: 99.2, at: "2025-08-14", shortfall: -0.2, stale: false }
 * kpiStatus(uptime, { asOf: "2025-08-20" });
 * //=> { status: "unknown", value: 89.1, at: "2025-08-15", shortfall: 9.9, stale: true }
 * kpiStatus(uptime, { value: 50 });
 * //=> { status: "red", value: 50, at: null, shortfall: 49, stale: false }
 * const firstResponse = { id: "frt", name: "First response time", unit: "min",
 *   direction: "lowerIsBetter", target: 30,
 *   thresholds: { mode: "absolute", green: 5, yellow: 15 } } as const;
 * kpiStatus(firstResponse, { value: 40 }).status;
 * //=> "yellow"
 * kpiStatus(firstResponse);
 * //=> { status: "unknown", value: null, at: null, shortfall: null, stale: false }
 * ```
 */
export function kpiStatus(kpi: Kpi, options?: KpiStatusOptions): KpiStatus {
	const opts = readKpiOptions(options, true);
	const read = readKpi(kpi, [], opts.zone);
	let value: Exact;
	let at: string | null = null;
	let stale = false;
	if (opts.value !== null) {
		value = opts.value;
	} else {
		const latest = latestReading(read.measurements, opts.asOf);
		if (latest === null) {
			return { status: "unknown", value: null, at: null, shortfall: null, stale: false };
		}
		value = latest.value;
		at = formatDay(latest.at);
		stale = opts.asOf !== null && isStale(read.cadence, latest.at, opts.asOf, opts.policy);
	}
	const shortfall = shortfallOf(read, value);
	const status = stale ? "unknown" : colorOf(shortfall, limitsOf(read, policyNumbers(opts.policy)));
	return { status, value: toNumber(value), at, shortfall: toNumber(shortfall), stale };
}
