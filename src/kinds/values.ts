/**
 * Copying values out of the caller's input into new model objects: a value that came in as a
 * string stays a string, a number stays a number (docs/errors.md, "Results out"). Values the
 * library computes (a range's midpoint) are numbers when every input they come from was a number,
 * else exact decimal strings.
 *
 * @module
 * @internal
 */
import { type Exact, type NumberInput, toNumber } from "../numeric/index.js";
import type { Reading } from "./fields.js";

/** An object whose fields a reader has checked, read by name. */
export type Fields = Readonly<Record<string, unknown>>;

function field(object: Fields, key: string): unknown {
	return object[key];
}

import { formatDay } from "../time/day.js";

/**
 * The caller's own value of a numeric field that a reader has already checked, as written, except
 * that a `-0` is copied as `0`: no result holds `-0` (docs/errors.md, "The promise").
 */
export function sourceNumber(object: Fields, key: string): NumberInput {
	const value = field(object, key) as NumberInput;
	return value === 0 ? 0 : value;
}

/** The caller's own `value` of a dated reading (check-in or measurement) already read. */
export function readingValue(object: Fields, key: string, reading: Reading): NumberInput {
	// Read and checked already: the list and the reading are there.
	const list = field(object, key) as readonly Fields[];
	return sourceNumber(list[reading.index] as Fields, "value");
}

/**
 * A computed value, typed like its inputs: a `number` when all of `inputs` were numbers, else the
 * exact decimal string (so `"0.1"` and `"0.3"` give the midpoint `"0.2"`, never `0.2000000001`).
 */
export function computedValue(value: Exact, inputs: readonly NumberInput[]): NumberInput {
	return inputs.every((input) => typeof input === "number") ? toNumber(value) : value.toFixed();
}

/** Readings as new plain `{ at, value }` objects: dates as `"YYYY-MM-DD"`, values as given. */
export function copyReadings(
	object: Fields,
	key: string,
	readings: readonly Reading[],
): { readonly at: string; readonly value: NumberInput }[] {
	// Back in the caller's array order: readers sort by date, a copy keeps what was written.
	return [...readings]
		.sort((a, b) => a.index - b.index)
		.map((reading) => ({
			at: formatDay(reading.at),
			value: readingValue(object, key, reading),
		}));
}
