/**
 * Looking into the plain objects callers pass: the one test of "an object whose fields can be
 * read", and reading a field that is the object's own (never an inherited one such as
 * `"__proto__"` or `"constructor"`).
 *
 * @module
 * @internal
 */

/** An object's fields, read by name. */
export type Loose = { readonly [key: string]: unknown };

/** Whether `value` is an object whose fields can be read: not `null`, an array or a `Date`. */
export function isRecord(value: unknown): value is Loose {
	return (
		value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)
	);
}

/** The object's own field `key`, or `undefined` (an inherited field is never read). */
export function own(object: Loose, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}
