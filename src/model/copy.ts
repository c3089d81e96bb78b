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
import { type Day, dateTime, dayOrReason, formatDay, isDateInput, type Zone } from "../time/day.js";
import { isDayString, isNegative } from "./leaves.js";
import { unknownKeyMessage } from "./locate.js";

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
	/** The zone instants are read in, to tell the day of an event (`options.timeZone`). */
	readonly zone: Zone;
}

/** Thrown (never out of this module) to refuse a value: the zod schemas then say why. */
const REFUSED: unique symbol = Symbol("refused");

type Copy = (value: unknown, walk: Walk) => unknown;
type Loose = Readonly<Record<string, unknown>>;

const EMPTY: readonly never[] = Object.freeze([]);

/** zod's test of an object (a `Date` is one): what its object schemas read fields from. */
function isObject(value: unknown): value is Loose {
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

/**
 * A date: checked, reported when dated after `asOf` (its day read in the walk's zone), kept as
 * given (a `Date` copied).
 */
function dateCopy(key: string, isDated: boolean, inReading: boolean): Copy {
	return (value, walk) => {
		if (!isDateInput(value)) refuse();
		if (isDated && walk.warnings !== null && walk.asOf !== null) {
			const day = dayOrReason(value, walk.zone);
			if (typeof day === "number" && day > walk.asOf) {
				// A reading is the event itself; elsewhere the date field is.
				const path = inReading ? [...walk.path] : [...walk.path, key];
				const what = inReading ? "Dated" : `${JSON.stringify(key)} is`;
				report(
					walk,
					"DATED_AFTER_AS_OF",
					path,
					`${what} ${formatDay(day)}, after the day asked (${formatDay(walk.asOf)}): as of that day it has not happened yet.`,
				);
			}
		}
		return typeof value === "string" ? value : new Date(dateTime(value));
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
				// Stryker disable next-line ArrayDeclaration: only whether the count has an issue is read, not its path
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

/** What a compiled record copy is made of. */
interface RecordParts {
	readonly description: AnyRecord;
	readonly keys: readonly string[];
	readonly fields: readonly Field<unknown, unknown, unknown>[];
	readonly leaves: readonly Copy[];
	readonly known: ReadonlySet<string>;
	readonly located: boolean;
}

/**
 * The copy of a record. `generate` `false` walks the fields in a loop, as where generated code is
 * forbidden (for tests).
 */
export function compileRecord(description: AnyRecord, inReading: boolean, generate = true): Copy {
	const keys = Object.keys(description.fields);
	const fields = keys.map((key) => description.fields[key] as Field<unknown, unknown, unknown>);
	const parts: RecordParts = {
		description,
		keys,
		fields,
		leaves: fields.map((f, i) => leafCopy(f.leaf, keys[i] as string, f.dated === true, inReading)),
		known: new Set(keys),
		located: description.located && Object.hasOwn(description.fields, "id"),
	};
	return (generate ? generated(parts) : null) ?? walked(parts);
}

/** The fields after a record's own: rules, then the fields the model does not know. */
function finish(parts: RecordParts, value: Loose, out: Record<string, unknown>, walk: Walk): void {
	const { description } = parts;
	// The fields are sound here: a rule reads none it cannot, but a nested record left out.
	for (const rule of description.rules) if (!rulePasses(rule, description, value, true)) refuse();
	// As zod's loose objects: every enumerable key the model does not know, after the fields.
	for (const key in value) {
		if (parts.known.has(key)) continue;
		if (walk.strict) refuse();
		if (walk.warnings !== null) {
			report(walk, "UNKNOWN_KEY", [...walk.path, key], unknownKeyMessage(key, parts.keys));
		}
		Object.defineProperty(out, key, {
			value: value[key],
			enumerable: true,
			// Stryker disable BooleanLiteral: the copy is frozen once done: no field stays writable or configurable
			writable: true,
			configurable: true,
			// Stryker restore BooleanLiteral
		});
	}
}

/** The copy as a loop over the fields (where code cannot be generated). */
function walked(parts: RecordParts): Copy {
	const { keys, fields, leaves, located } = parts;
	return (value, walk) => {
		if (!isObject(value)) refuse();
		const enclosing = walk.id;
		if (located) walk.id = idOf(value["id"], enclosing);
		const out: Record<string, unknown> = {};
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i] as string;
			const f = fields[i] as Field<unknown, unknown, unknown>;
			const v = value[key];
			if (v === undefined) {
				if (f.presence === "required") refuse();
				// An optional field given as `undefined` is kept as given.
				if (f.presence === "defaulted") out[key] = fallbackOf(f);
				else if (key in value) out[key] = undefined;
			} else if (v === null && f.nullable) out[key] = null;
			else out[key] = (leaves[i] as Copy)(v, walk);
		}
		finish(parts, value, out, walk);
		walk.id = enclosing;
		return Object.freeze(out);
	};
}

function idOf(id: unknown, enclosing: string | undefined): string | undefined {
	return isId(id) ? id : enclosing;
}

function fallbackOf(f: Field<unknown, unknown, unknown>): unknown {
	return Array.isArray(f.fallback) ? EMPTY : f.fallback;
}

/**
 * The copy as straight-line code, one line per field, as the fast checks (`read/fast.ts`) and zod
 * compile their objects: each field is read and written by its own name at its own place in the
 * code, which the engine does in a few nanoseconds. The names are the model's own, written as
 * string literals; nothing of the input reaches the code. `null` where the host forbids
 * generated code: the loop then does the same.
 */
function generated(parts: RecordParts): Copy | null {
	const { keys, fields, located } = parts;
	const lines = [
		"return function copy(value, walk) {",
		"if (!isObject(value)) refuse();",
		"const enclosing = walk.id;",
		located ? 'walk.id = idOf(value["id"], enclosing);' : "",
		"const out = {};",
		"let v;",
		...fields.map((f, i) => {
			const k = JSON.stringify(keys[i]);
			const read = `v = value[${k}];`;
			const leaf = `out[${k}] = l[${i}](v, walk);`;
			const absent =
				f.presence === "required"
					? "refuse();"
					: f.presence === "defaulted"
						? `out[${k}] = d[${i}];`
						: `if (${k} in value) out[${k}] = undefined;`;
			const nullable = f.nullable ? `else if (v === null) out[${k}] = null; ` : "";
			return `${read} if (v === undefined) { ${absent} } ${nullable}else { ${leaf} }`;
		}),
		"finish(parts, value, out, walk);",
		"walk.id = enclosing;",
		"return Object.freeze(out);",
		"};",
	];
	try {
		return new Function(
			"isObject",
			"refuse",
			"idOf",
			"finish",
			"parts",
			"l",
			"d",
			`"use strict";\n${lines.join("\n")}`,
		)(isObject, refuse, idOf, finish, parts, parts.leaves, fields.map(fallbackOf)) as Copy;
	} catch {
		return null;
	}
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
