/**
 * The parse itself, compiled from the model's descriptions (`src/kinds`) like the readers: a
 * value that passes every check the zod schemas make comes back as the parsers return it (defaults
 * filled, dates as `"YYYY-MM-DD"` strings, numbers as written, fields the model does not know
 * kept, frozen), without building a zod issue list on the way. A value that fails any check is
 * refused without a word (`null`): the zod schemas then list every issue. The checks are the zod
 * leaves' own tests (`leaves.ts`) and the records' rules; a property test
 * (`tests/model/copy.test.ts`) holds the two to the same answers.
 *
 * On the way it reports, when asked (`Walk.warnings`), each field the model does not know
 * (`UNKNOWN_KEY`) and each event dated after `Walk.asOf` (`DATED_AFTER_AS_OF`, for the fields the
 * descriptions mark with `dated`).
 *
 * A field the model does not know is copied as an own property (`Object.defineProperty`): a key
 * `"__proto__"` (which `JSON.parse` makes an own field) stays a field, never a prototype.
 *
 * @module
 * @internal
 */
import type { Path, PathKey, WarningCode } from "../errors/index.js";
import {
	type Field,
	hasText,
	type Leaf,
	MAX_TEXT_LENGTH,
	type RecordOf,
	type UnionOf,
} from "../kinds/fields.js";
import { isNumberInput } from "../numeric/index.js";
import { isId, rulePasses } from "../read/fast.js";
import { type Day, formatDay, isDateInput } from "../time/day.js";
import { dayOfInput, isDayString, isNegative } from "./leaves.js";
import { ownId, unknownKeyMessage } from "./locate.js";

/** Something probably wrong in data that parses: a stable code, where it is, and what, in words. */
export interface ModelWarning {
	readonly code: WarningCode;
	readonly path: Path;
	readonly message: string;
	/** The id of the nearest objective, key result or KPI around it, when it has a readable one. */
	readonly id?: string;
}

/** Where a parse is, and what it is asked to report besides the value. */
export interface Walk {
	/** The path of the value being copied (a stack, pushed and popped on the way down). */
	readonly path: PathKey[];
	/** The nearest readable id of an objective, key result or KPI around the value. */
	id: string | undefined;
	/** Unknown fields refused (`true`) or kept. */
	readonly strict: boolean;
	/** Where warnings go; `null` reports none. */
	readonly warnings: ModelWarning[] | null;
	/** The day of a snapshot: events dated after it are reported. */
	readonly asOf: Day | null;
}

/** Thrown (never out of this module) to refuse a value: the zod schemas then say why. */
const REFUSED: unique symbol = Symbol("refused");

/** A field left out of the parsed value (absent, and not a key of the input). */
const LEFT_OUT: unique symbol = Symbol("left out");

type Copy = (value: unknown, walk: Walk) => unknown;

const EMPTY: readonly never[] = Object.freeze([]);

/** zod's test of an object (a `Date` is one): what its object schemas read fields from. */
function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(): never {
	throw REFUSED;
}

function accepting(test: (value: unknown) => boolean): Copy {
	return (value) => (test(value) ? value : refuse());
}

function isTitle(value: unknown): boolean {
	return typeof value === "string" && value.length <= MAX_TEXT_LENGTH && hasText(value);
}

function isWords(value: unknown): boolean {
	return typeof value === "string" && value.length <= MAX_TEXT_LENGTH;
}

function isWeight(value: unknown): boolean {
	if (typeof value === "number") return value >= 0 && value !== Number.POSITIVE_INFINITY;
	return isNumberInput(value) && !isNegative(value);
}

/** Copies each item of an array into a frozen array, its index on the path. */
function eachItem(value: unknown, walk: Walk, item: Copy): readonly unknown[] {
	if (!Array.isArray(value)) refuse();
	const list: readonly unknown[] = value;
	const out: unknown[] = [];
	const path = walk.path;
	// An index loop: a hole is an `undefined` item, refused as zod refuses it.
	for (let i = 0; i < list.length; i++) {
		path.push(i);
		out.push(item(list[i], walk));
		path.pop();
	}
	return Object.freeze(out);
}

/** A date: checked, reported when dated after `asOf`, parsed to `"YYYY-MM-DD"`. */
function dateCopy(key: string, isDated: boolean, inReading: boolean): Copy {
	return (value, walk) => {
		if (!isDateInput(value)) refuse();
		const day = dayOfInput(value);
		const text = formatDay(day);
		if (isDated && walk.warnings !== null && walk.asOf !== null && day > walk.asOf) {
			// A reading is the event itself; elsewhere the date field is.
			const path = inReading ? [...walk.path] : [...walk.path, key];
			const what = inReading ? "Dated" : `${JSON.stringify(key)} is`;
			report(
				walk,
				"DATED_AFTER_AS_OF",
				path,
				`${what} ${text}, after the day asked (${formatDay(walk.asOf)}): as of that day it has not happened yet.`,
			);
		}
		return text;
	};
}

function report(walk: Walk, code: WarningCode, path: Path, message: string): void {
	const frozen = Object.freeze(path);
	const warning: ModelWarning =
		walk.id === undefined
			? { code, path: frozen, message }
			: { code, path: frozen, message, id: walk.id };
	(walk.warnings as ModelWarning[]).push(Object.freeze(warning));
}

function leafCopy(leaf: Leaf, key: string, isDated: boolean, inReading: boolean): Copy {
	switch (leaf.tag) {
		case "id":
			return accepting(isId);
		case "title":
			return accepting(isTitle);
		case "text":
			return accepting(isWords);
		case "number":
			return accepting(isNumberInput);
		case "weight":
			return accepting(isWeight);
		case "boolean":
			return accepting((v) => typeof v === "boolean");
		case "date":
			return dateCopy(key, isDated, inReading);
		case "dayString":
			return accepting(isDayString);
		case "enum": {
			const values: readonly unknown[] = leaf.values;
			return accepting((v) => values.includes(v));
		}
		case "literal": {
			const literal = leaf.value;
			return accepting((v) => v === literal);
		}
		case "ids":
			return (value) => {
				if (!Array.isArray(value)) refuse();
				const list: readonly unknown[] = value;
				for (let i = 0; i < list.length; i++) if (!isId(list[i])) refuse();
				return Object.freeze(list.slice());
			};
		case "record":
			return nested(key, copyOf(leaf.record));
		case "readings": {
			const item = copyOf(leaf.item, true);
			return nested(key, (value, walk) => eachItem(value, walk, item));
		}
		case "list": {
			const item = "members" in leaf.item ? unionCopy(leaf.item) : copyOf(leaf.item);
			const count = leaf.count;
			return nested(key, (value, walk) => {
				if (count !== undefined && Array.isArray(value) && count(value.length, []) !== null) {
					refuse();
				}
				return eachItem(value, walk, item);
			});
		}
	}
}

/** A copy that runs with `key` on the path (only nested values need it: leaves report nothing). */
function nested(key: string, copy: Copy): Copy {
	return (value, walk) => {
		walk.path.push(key);
		const out = copy(value, walk);
		walk.path.pop();
		return out;
	};
}

type FieldCopy = (object: Readonly<Record<string, unknown>>, walk: Walk) => unknown;

/** A field as zod's object schemas treat it: absent, a default, `null` where allowed, its leaf. */
function fieldCopy(
	f: Field<unknown, unknown, unknown>,
	key: string,
	inReading: boolean,
): FieldCopy {
	const leaf = leafCopy(f.leaf, key, f.dated === true, inReading);
	const { presence, nullable } = f;
	const fallback = Array.isArray(f.fallback) ? EMPTY : f.fallback;
	return (object, walk) => {
		const value = object[key];
		if (value === undefined) {
			if (presence === "required") refuse();
			if (presence === "defaulted") return fallback;
			// An optional field given as `undefined` is kept as given.
			return key in object ? undefined : LEFT_OUT;
		}
		if (value === null && nullable) return null;
		return leaf(value, walk);
	};
}

// biome-ignore lint/suspicious/noExplicitAny: compiled copies of any record
type AnyRecord = RecordOf<any>;

/** Compiled copies, by description, for records (`false`) and readings (`true`). */
const compiled = { false: new WeakMap<object, Copy>(), true: new WeakMap<object, Copy>() };

/** The compiled copy of a record (`inReading`: an item of a list of readings). */
function copyOf(description: AnyRecord, inReading = false): Copy {
	const cache = compiled[`${inReading}`];
	let copy = cache.get(description);
	if (copy === undefined) {
		copy = compileRecord(description, inReading);
		cache.set(description, copy);
	}
	return copy;
}

function compileRecord(description: AnyRecord, inReading: boolean): Copy {
	const keys = Object.keys(description.fields);
	const known = new Set(keys);
	const fields = keys.map((key) =>
		fieldCopy(description.fields[key] as Field<unknown, unknown, unknown>, key, inReading),
	);
	const rules = description.rules;
	return (value, walk) => {
		if (!isObject(value)) refuse();
		const enclosing = walk.id;
		walk.id = ownId(description, value) ?? enclosing;
		const out: Record<string, unknown> = {};
		for (let i = 0; i < keys.length; i++) {
			const copied = (fields[i] as FieldCopy)(value, walk);
			if (copied !== LEFT_OUT) out[keys[i] as string] = copied;
		}
		for (const rule of rules) if (!rulePasses(rule, description, value)) refuse();
		// As zod's loose objects: every enumerable key the model does not know, after the fields.
		for (const key in value) {
			if (known.has(key)) continue;
			if (walk.strict) refuse();
			if (walk.warnings !== null) {
				report(walk, "UNKNOWN_KEY", [...walk.path, key], unknownKeyMessage(key, keys));
			}
			Object.defineProperty(out, key, {
				value: value[key],
				enumerable: true,
				writable: true,
				configurable: true,
			});
		}
		walk.id = enclosing;
		return Object.freeze(out);
	};
}

const unions = new WeakMap<UnionOf, Copy>();

function unionCopy(union: UnionOf): Copy {
	let copy = unions.get(union);
	if (copy === undefined) {
		const members = new Map(
			Object.keys(union.members).map((tag) => [tag, copyOf(union.members[tag] as AnyRecord)]),
		);
		const key = union.key;
		copy = (value, walk) => {
			const member = isObject(value) ? members.get(value[key] as string) : undefined;
			return member === undefined ? refuse() : member(value, walk);
		};
		unions.set(union, copy);
	}
	return copy;
}

/**
 * Parses `value` as a record or a union of the model, as the zod schemas would, reporting into
 * `walk`; `null` when any check fails (ask the zod schemas for the issues).
 */
export function copyModel(
	described: AnyRecord | UnionOf,
	value: unknown,
	walk: Walk,
): { readonly value: unknown } | null {
	const copy = "members" in described ? unionCopy(described) : copyOf(described);
	try {
		return { value: copy(value, walk) };
	} catch (error) {
		if (error === REFUSED) return null;
		throw error;
	}
}
