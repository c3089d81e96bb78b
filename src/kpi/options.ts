/**
 * Reading the options KPI functions share (`asOf`, `timeZone`, `value`). Problems are reported under
 * `["options", …]`, like every option of every function.
 *
 * @module
 * @internal
 */
import { type Exact, exact } from "../numeric/index.js";
import type { ScoringPolicy } from "../policy/defaults.js";
import { policyOf } from "../policy/resolve.js";
import { type Fields, field } from "../read/common.js";
import { type Day, readDay, UTC, type Zone } from "../time/day.js";
import { zoneOption } from "../time/zone.js";

/** The options as read: the resolved policy, the zone instants are read in, and `asOf` / `value` when given. */
export interface KpiOptionsRead {
	readonly policy: ScoringPolicy;
	readonly zone: Zone;
	readonly asOf: Day | null;
	readonly value: Exact | null;
}

/**
 * Reads `options` (anything the caller passed): the policy first, then `timeZone` and `asOf`, and `value` when
 * the function takes one (`withValue`; otherwise it is left alone and reads as `null`).
 */
export function readKpiOptions(options: unknown, withValue: boolean): KpiOptionsRead {
	const policy = policyOf(options);
	if (options === undefined || options === null)
		return { policy, zone: UTC, asOf: null, value: null };
	const o = options as Fields;
	const zone = zoneOption(o);
	const asOf = field(o, "asOf");
	const value = field(o, "value");
	return {
		policy,
		zone,
		asOf: asOf === undefined ? null : readDay(asOf, ["options", "asOf"], zone),
		value: !withValue || value === undefined ? null : exact(value, ["options", "value"]),
	};
}
