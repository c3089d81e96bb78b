/**
 * Allocation-free checks for the fast paths: whether a plain object passes what the exact readers
 * check, without reading any number exactly. They never throw and never report: a `false` sends
 * the caller to the exact readers, which report the problem with its path.
 *
 * @module
 * @internal
 */
import { isNumberInput } from "../numeric/index.js";
import { hasText } from "../rules/index.js";
import { readCycle } from "./cycle.js";

/** An object's fields as the fast paths read them (the same way the readers do). */
export type Loose = { readonly [key: string]: unknown };

/** Whether `value` is what `asObject` accepts: an object, not an array, not a `Date`. */
export function isRecord(value: unknown): value is Loose {
	return (
		value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)
	);
}

/** `undefined` or a string. */
export function optionalString(value: unknown): boolean {
	return value === undefined || typeof value === "string";
}

/** A string with a character other than white space (an id or a title), as `readId` accepts. */
export function isId(value: unknown): value is string {
	return typeof value === "string" && hasText(value);
}

/**
 * Whether `readObjective` accepts every field of `o` other than `keyResults` (checked item by item
 * by the caller): id, title, type, cycle, parentId, owner, level, contribution, kpiIds.
 */
export function objectiveFieldsPass(o: Loose): boolean {
	const type = o["type"];
	const parentId = o["parentId"];
	const contribution = o["contribution"];
	if (
		!isId(o["id"]) ||
		!isId(o["title"]) ||
		!(type === undefined || type === "aspirational" || type === "committed") ||
		!(parentId === undefined || parentId === null || isId(parentId)) ||
		!optionalString(o["owner"]) ||
		!optionalString(o["level"]) ||
		!(
			contribution === undefined ||
			(typeof contribution === "number" && Number.isFinite(contribution)) ||
			(typeof contribution === "string" && isNumberInput(contribution))
		)
	) {
		return false;
	}
	const kpiIds = o["kpiIds"];
	if (kpiIds !== undefined) {
		if (!Array.isArray(kpiIds)) return false;
		// An index loop: a hole is a missing id, as the reader reports it.
		for (let i = 0; i < kpiIds.length; i++) if (!isId(kpiIds[i])) return false;
	}
	const cycle = o["cycle"];
	return cycle === undefined || cyclePasses(cycle);
}

function cyclePasses(cycle: unknown): boolean {
	try {
		readCycle(cycle, []);
		return true;
	} catch {
		return false;
	}
}

/** Whether the plain key result `kr` (already known to be an object) has the base fields right. */
function basePasses(kr: Loose): boolean {
	const weight = kr["weight"];
	return (
		isId(kr["id"]) &&
		isId(kr["title"]) &&
		(weight === undefined ||
			(typeof weight === "number" && weight >= 0 && weight !== Number.POSITIVE_INFINITY)) &&
		optionalString(kr["owner"]) &&
		optionalString(kr["unit"])
	);
}

/** Whether `kr` is a metric key result with number fields and no check-ins, as the reader accepts. */
export function isPlainMetric(kr: Loose): boolean {
	if (kr["kind"] !== "metric" || kr["checkIns"] !== undefined) return false;
	const start = kr["start"];
	const target = kr["target"];
	const current = kr["current"];
	return (
		typeof start === "number" &&
		typeof target === "number" &&
		Number.isFinite(start) &&
		Number.isFinite(target) &&
		start !== target &&
		(current === undefined || (typeof current === "number" && Number.isFinite(current))) &&
		basePasses(kr)
	);
}
