/**
 * Reading the options KPI functions share (`asOf`, `value`). Problems are reported under
 * `["options", …]`, like every option of every function.
 *
 * @module
 * @internal
 */
import { type Exact, exact } from "../numeric/index.js";
import type { ScoringPolicy } from "../policy/defaults.js";
import { policyOf } from "../policy/resolve.js";
import { type Fields, field } from "../read/common.js";
import { type Day, readDay } from "../time/day.js";

/** The options as read: the resolved policy, and `asOf` / `value` when given. */
export interface KpiOptionsRead {
	readonly policy: ScoringPolicy;
	readonly asOf: Day | null;
	readonly value: Exact | null;
}

/**
 * Reads `options` (anything the caller passed): the policy first, then `asOf`, and `value` when
 * the function takes one (`withValue`; otherwise it is left alone and reads as `null`).
 */
export function readKpiOptions(options: unknown, withValue: boolean): KpiOptionsRead {
	const policy = policyOf(options);
	if (options === undefined || options === null) return { policy, asOf: null, value: null };
	const o = options as Fields;
	const asOf = field(o, "asOf");
	const value = field(o, "value");
	return {
		policy,
		asOf: asOf === undefined ? null : readDay(asOf, ["options", "asOf"]),
		value: !withValue || value === undefined ? null : exact(value, ["options", "value"]),
	};
}
