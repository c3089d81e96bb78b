/**
 * The fast path of `keyResultProgress` for a plain metric key result with number fields and no
 * check-ins: the same checks as the exact reader, the same result, without allocating.
 *
 * @module
 * @internal
 */
import { ratioOfDifferences } from "../numeric/fast.js";

/** What the fast path reads, before it knows anything of the value. */
interface LooseMetric {
	readonly kind?: unknown;
	readonly id?: unknown;
	readonly title?: unknown;
	readonly start?: unknown;
	readonly target?: unknown;
	readonly current?: unknown;
	readonly weight?: unknown;
	readonly owner?: unknown;
	readonly unit?: unknown;
	readonly checkIns?: unknown;
}

function optionalString(value: unknown): boolean {
	return value === undefined || typeof value === "string";
}

/**
 * Clamped progress of `value` when it is a valid metric key result that the fast path covers,
 * else `NaN` (the caller then reads and computes exactly, reporting any problem).
 * `low`/`high` are the policy's floor and cap as numbers (`Infinity` for no cap).
 */
export function fastMetricProgress(value: unknown, low: number, high: number): number {
	if (value === null || typeof value !== "object") return Number.NaN;
	const kr = value as LooseMetric;
	if (kr.kind !== "metric" || kr.checkIns !== undefined) return Number.NaN;
	const start = kr.start;
	const target = kr.target;
	const current = kr.current === undefined ? start : kr.current;
	const id = kr.id;
	const weight = kr.weight;
	if (
		typeof start !== "number" ||
		typeof target !== "number" ||
		typeof current !== "number" ||
		!Number.isFinite(start) ||
		!Number.isFinite(target) ||
		!Number.isFinite(current) ||
		start === target ||
		typeof id !== "string" ||
		id === "" ||
		typeof kr.title !== "string" ||
		!(weight === undefined || (typeof weight === "number" && weight >= 0 && weight !== Infinity)) ||
		!optionalString(kr.owner) ||
		!optionalString(kr.unit)
	) {
		return Number.NaN;
	}
	const ratio = ratioOfDifferences(current, start, target);
	if (Number.isNaN(ratio)) return Number.NaN;
	const clamped = Math.min(Math.max(ratio, low), high);
	return clamped === 0 ? 0 : clamped;
}
