/**
 * Zod-free readers: computations check the plain objects they are given, field by field, and
 * throw an `OkrValidationError` naming the path of the first bad field.
 *
 * @module
 * @internal
 */
import {
	invalid,
	type OkrIssue,
	OkrValidationError,
	type Path,
	type PathKey,
} from "../errors/index.js";
import type { Reading } from "../kinds/fields.js";
import { hasText, MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "../kinds/fields.js";
import { latestReading } from "../kinds/readings.js";
import { type Exact, exact, nonNegative, typeName } from "../numeric/index.js";
import { isRecord } from "../objects.js";
import { type Day, readDay, UTC, type Zone } from "../time/day.js";

// Readings are described with the model; computations import them from here too.
export { latestReading, type Reading };

/** An object the reader may index by string keys. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Reads a field by one of the model's fixed names. Readers only ever read (never write), and only
 * names such as `"start"`, so plain objects, class instances with getters and frozen objects all work.
 */
export function field(object: Fields, key: string): unknown {
	return object[key];
}

export function at(path: Path, key: PathKey): Path {
	return [...path, key];
}

export function asObject(value: unknown, path: Path, what: string): Fields {
	if (isRecord(value)) return value;
	throw invalid("INVALID_TYPE", path, `Expected ${what} (an object), received ${typeName(value)}.`);
}

export function asArray(value: unknown, path: Path, what: string): readonly unknown[] {
	if (Array.isArray(value)) return value;
	throw invalid("INVALID_TYPE", path, `Expected ${what} (an array), received ${typeName(value)}.`);
}

/**
 * Maps every index of an array, holes included (a hole reads as `undefined`, so the reader reports
 * it at its index). `Array.prototype.map` skips holes and keeps them in its result, which would let
 * a sparse array such as `[, kr]` through unchecked.
 */
export function mapItems<T>(
	list: readonly unknown[],
	read: (item: unknown, index: number) => T,
): T[] {
	const out: T[] = [];
	for (let i = 0; i < list.length; i++) out.push(read(list[i], i));
	return out;
}

/**
 * Reads every item of a caller's array with `read`, holes included (a hole is read as `undefined`
 * and so reported at its index): `Array.prototype.map` would skip it and leave a hole behind.
 */
export function readEach<T>(
	value: unknown,
	path: Path,
	what: string,
	read: (item: unknown, path: Path) => T,
): T[] {
	return mapItems(asArray(value, path, what), (item, i) => read(item, at(path, i)));
}

/** An id or a title: a string with a character other than white space (`EMPTY_STRING` if none). */
export function readId(object: Fields, key: string, path: Path): string {
	return textOf(readString(object, key, path, MAX_ID_LENGTH), at(path, key), `"${key}"`);
}

/** A title: a string with text, at most {@link MAX_TEXT_LENGTH} characters. */
export function readTitle(object: Fields, key: string, path: Path): string {
	return textOf(readString(object, key, path), at(path, key), `"${key}"`);
}

/** `TOO_LONG` at `path` when `value` has more than `max` characters. */
export function bounded(value: string, path: Path, max: number): string {
	if (value.length <= max) return value;
	throw invalid(
		"TOO_LONG",
		path,
		`Must be at most ${max.toLocaleString("en-US")} characters, received ${value.length.toLocaleString("en-US")}.`,
	);
}

/** `value` when it has text, else `EMPTY_STRING` at `path` (`what` names it in the message). */
export function textOf(value: string, path: Path, what: string): string {
	if (hasText(value)) return value;
	throw invalid(
		"EMPTY_STRING",
		path,
		`${what} must not be ${value === "" ? "empty" : "white space only"}.`,
	);
}

/** A string of at most `max` characters (default {@link MAX_TEXT_LENGTH}). */
export function readString(
	object: Fields,
	key: string,
	path: Path,
	max: number = MAX_TEXT_LENGTH,
): string {
	const value = field(object, key);
	if (typeof value === "string") return bounded(value, at(path, key), max);
	if (value === undefined) throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
	throw invalid("INVALID_TYPE", at(path, key), `Expected a string, received ${typeName(value)}.`);
}

export function readOptionalString(object: Fields, key: string, path: Path): string | undefined {
	const value = field(object, key);
	if (value === undefined) return value;
	if (typeof value === "string") return bounded(value, at(path, key), MAX_TEXT_LENGTH);
	throw invalid("INVALID_TYPE", at(path, key), `Expected a string, received ${typeName(value)}.`);
}

export function readBoolean(object: Fields, key: string, path: Path): boolean {
	const value = field(object, key);
	if (typeof value === "boolean") return value;
	if (value === undefined) throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
	throw invalid(
		"INVALID_TYPE",
		at(path, key),
		`Expected true or false, received ${typeName(value)}.`,
	);
}

export function readEnum<T extends string>(
	object: Fields,
	key: string,
	path: Path,
	values: readonly T[],
	fallback?: T,
): T {
	const value = field(object, key);
	if (value === undefined && fallback !== undefined) return fallback;
	// `includes` matches strings only: no other value equals one of the names.
	if ((values as readonly unknown[]).includes(value)) return value as T;
	if (value === undefined) throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
	throw invalid(
		"INVALID_ENUM",
		at(path, key),
		`Expected one of ${values.map((v) => `"${v}"`).join(", ")}, received ${
			typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeName(value)
		}.`,
	);
}

export function readNumber(object: Fields, key: string, path: Path): Exact {
	const value = field(object, key);
	if (value === undefined) throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
	return exact(value, at(path, key));
}

export function readOptionalNumber(object: Fields, key: string, path: Path): Exact | null {
	const value = field(object, key);
	return value === undefined ? null : exact(value, at(path, key));
}

/** A weight given: a number `>= 0` (`NEGATIVE` below; an absent weight is the field's default). */
export function readWeight(object: Fields, key: string, path: Path): Exact {
	return nonNegative(field(object, key), at(path, key));
}

/** A date field as a day, its instants read in `zone`. */
export function readDate(object: Fields, key: string, path: Path, zone: Zone = UTC): Day {
	const value = field(object, key);
	if (value === undefined) throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
	return readDay(value, at(path, key), zone);
}

/** Throws when a rule returned an issue. */
export function check(issue: OkrIssue | null): void {
	if (issue !== null) throw new OkrValidationError([issue]);
}
