/**
 * The zod-free readers, compiled once from the model's descriptions (`src/kinds`): each record's
 * fields become a list of small field readers, run in order, then its rules. A reader checks a
 * plain object field by field and throws an `OkrValidationError` naming the path of the first
 * problem; what it returns is what computations see (numbers exact, dates as day numbers,
 * readings sorted by date).
 *
 * @module
 * @internal
 */
import { invalid, type Path } from "../errors/index.js";
import type {
	Field,
	Fields as FieldsOf,
	Reading,
	ReadOf,
	RecordOf,
	UnionOf,
} from "../kinds/fields.js";
import { MAX_ID_LENGTH } from "../kinds/fields.js";
import { describeString, typeName } from "../numeric/index.js";
import { parseDayString, UTC, type Zone } from "../time/day.js";
import {
	asArray,
	asObject,
	at,
	bounded,
	check,
	type Fields,
	mapItems,
	readBoolean,
	readDate,
	readEnum,
	readId,
	readNumber,
	readString,
	readTitle,
	readWeight,
	textOf,
} from "./common.js";

/**
 * Reads one field of an object that is present (neither `undefined` nor an accepted `null`); its
 * instants are read as days in `zone`.
 */
type FieldReader = (object: Fields, key: string, path: Path, zone: Zone) => unknown;

/**
 * Reads a value at `path` into what computations see, its instants read as days in `zone`
 * (default UTC): compiled once, the zone is given at each reading.
 */
export type Reader<T> = (value: unknown, path: Path, zone?: Zone) => T;

// biome-ignore lint/suspicious/noExplicitAny: compiled readers of any record
const compiled = new WeakMap<object, Reader<any>>();

function leafReader(f: Field<unknown, unknown, unknown>): FieldReader {
	const leaf = f.leaf;
	switch (leaf.tag) {
		case "id":
			return readId;
		case "title":
			return readTitle;
		case "text":
			return (o, key, path) => readString(o, key, path);
		case "number":
			return readNumber;
		case "weight":
			return readWeight;
		case "boolean":
			return readBoolean;
		case "date":
			return readDate;
		case "dayString":
			return (o, key, path) => {
				const value = o[key];
				if (typeof value !== "string") {
					throw invalid("INVALID_TYPE", at(path, key), 'Expected a date "YYYY-MM-DD" or null.');
				}
				if (parseDayString(value) !== null) return value;
				throw invalid(
					"INVALID_DATE",
					at(path, key),
					`Expected a calendar date "YYYY-MM-DD", received ${describeString(value)}.`,
				);
			};
		case "enum": {
			const values = leaf.values;
			return (o, key, path) => readEnum(o, key, path, values);
		}
		case "literal": {
			const values = [leaf.value];
			return (o, key, path) => readEnum(o, key, path, values);
		}
		case "ids": {
			const what = leaf.item;
			const capitalized = what.charAt(0).toUpperCase() + what.slice(1);
			return (o, key, path) => {
				const p = at(path, key);
				return mapItems(asArray(o[key], p, `"${key}"`), (k, i) => {
					if (typeof k === "string") {
						return textOf(bounded(k, at(p, i), MAX_ID_LENGTH), at(p, i), capitalized);
					}
					throw invalid("INVALID_TYPE", at(p, i), `Expected ${what}, received ${typeName(k)}.`);
				});
			};
		}
		case "record": {
			const read = readerOf(leaf.record);
			return (o, key, path, zone) => read(o[key], at(path, key), zone);
		}
		case "readings": {
			const read = readerOf(leaf.item) as Reader<Record<string, unknown>>;
			return (o, key, path, zone) => {
				const p = at(path, key);
				const list = asArray(o[key], p, `"${key}"`);
				const out: Reading[] = [];
				for (let i = 0; i < list.length; i++) {
					// The record reader returns a new object of the description's fields (a
					// check-in's confidence included): the index is added to it, nothing copied.
					const r = read(list[i], at(p, i), zone);
					r["index"] = i;
					out.push(r as unknown as Reading);
				}
				// A stable sort by date keeps array order on ties: the last is the latest.
				return out.sort((a, b) => a.at - b.at);
			};
		}
		case "list": {
			const item = leaf.item;
			const read = "members" in item ? unionReader(item) : readerOf(item);
			const count = leaf.count;
			return (o, key, path, zone) => {
				const p = at(path, key);
				const list = asArray(o[key], p, `"${key}"`);
				if (count !== undefined) check(count(list.length, p));
				return mapItems(list, (value, i) => read(value, at(p, i), zone));
			};
		}
	}
}

type AnyField = Field<unknown, unknown, unknown>;

const fieldReaders = new WeakMap<AnyField, FieldReader>();

/** A field's reader, compiled once per field. */
function fieldReaderOf(f: AnyField): FieldReader {
	let reader = fieldReaders.get(f);
	// Stryker disable next-line ConditionalExpression: a cache only; compiling again gives the same reader
	if (reader === undefined) {
		reader = fieldReader(f);
		fieldReaders.set(f, reader);
	}
	return reader;
}

/** A field's reader: absent, `null` where allowed, or its leaf's. */
function fieldReader(f: AnyField): FieldReader {
	const leaf = leafReader(f);
	const { presence, absent, nullable } = f;
	return (o, key, path, zone) => {
		const value = o[key];
		if (value === undefined) {
			if (presence === "required") {
				throw invalid("REQUIRED", at(path, key), `"${key}" is required.`);
			}
			return absent;
		}
		if (value === null && nullable) return null;
		return leaf(o, key, path, zone);
	};
}

/** The compiled reader of a record description. */
export function readerOf<F extends FieldsOf>(
	description: RecordOf<F>,
): Reader<ReadOf<RecordOf<F>>> {
	let reader = compiled.get(description);
	// Stryker disable next-line ConditionalExpression: a cache only; compiling again gives the same reader
	if (reader === undefined) {
		reader = compileRecord(description);
		compiled.set(description, reader);
	}
	return reader;
}

function compileRecord<F extends FieldsOf>(description: RecordOf<F>): Reader<ReadOf<RecordOf<F>>> {
	const keys = Object.keys(description.fields);
	const readers = keys.map((key) =>
		fieldReader(description.fields[key] as Field<unknown, unknown, unknown>),
	);
	const { what, rules, located } = description;
	return (value, path, zone = UTC) => {
		const o = asObject(value, path, what);
		const out: Record<string, unknown> = {};
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i] as string;
			out[key] = (readers[i] as FieldReader)(o, key, path, zone);
		}
		for (const rule of rules) check(rule.check(out as ReadOf<RecordOf<F>>, path));
		if (located) {
			out["path"] = path;
			out["source"] = o;
		}
		return out as ReadOf<RecordOf<F>>;
	};
}

/** The compiled reader of a union: its key read first, then the member it names. */
export function unionReader(union: UnionOf): Reader<unknown> {
	let reader = compiled.get(union);
	// Stryker disable next-line ConditionalExpression: a cache only; compiling again gives the same reader
	if (reader === undefined) {
		const tags = Object.keys(union.members);
		const members = new Map(
			tags.map((tag) => [tag, readerOf(union.members[tag] as RecordOf<FieldsOf>)]),
		);
		const { key, what } = union;
		reader = (value, path, zone) => {
			const o = asObject(value, path, what);
			const tag = readEnum(o, key, path, tags);
			return (members.get(tag) as Reader<unknown>)(o, path, zone);
		};
		compiled.set(union, reader);
	}
	return reader;
}

/**
 * Reads the fields a rule reads (for a check that runs even when other fields fail, as zod's
 * cross-field checks do): their read values, or `null` when one of them fails. A nested field
 * `[record, field]` is read alone, as `{ [record]: { [field]: value } }`.
 */
export function readSome<F extends FieldsOf>(
	description: RecordOf<F>,
	keys: readonly (string | readonly [string, string])[],
	value: Fields,
): Record<string, unknown> | null {
	const out: Record<string, unknown> = {};
	try {
		for (const key of keys) {
			if (typeof key === "string") {
				out[key] = fieldReaderOf(description.fields[key] as AnyField)(value, key, [], UTC);
				continue;
			}
			const [outer, inner] = key;
			const leaf = (description.fields[outer] as AnyField).leaf;
			const nested = value[outer];
			if (leaf.tag !== "record" || nested === null || typeof nested !== "object") return null;
			out[outer] = {
				[inner]: fieldReaderOf(leaf.record.fields[inner] as AnyField)(
					nested as Fields,
					inner,
					[],
					UTC,
				),
			};
		}
	} catch {
		return null;
	}
	return out;
}
