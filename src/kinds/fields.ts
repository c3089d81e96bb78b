/**
 * The language the model is described in. Each record of the model (a cycle, a check-in, each kind
 * of key result, an objective, a KPI) is written once as a {@link RecordOf} description: its fields
 * in reading order, what each holds, and its cross-field rules. Everything else is compiled from
 * those descriptions: the zod-free readers the computations use (`read/compile.ts`), the fast
 * paths' acceptance checks (`read/fast.ts`), the zod schemas (`model/compile.ts`, and through them
 * the JSON Schemas), and the TypeScript types of what a caller writes ({@link InputOf}) and of what
 * a computation reads ({@link ReadOf}).
 *
 * A description is plain data, built by the small constructors below and never changed; it never
 * runs any check by itself.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import type { Exact, NumberInput } from "../numeric/index.js";
import type { DateInput, Day } from "../time/day.js";

/** A dated reading (check-in or measurement), with its position in the array for tie-breaks. */
export interface Reading {
	readonly at: Day;
	readonly value: Exact;
	readonly index: number;
}

/**
 * What one field holds. The type parameters (never values) say what a caller writes (`In`), what
 * parsing gives (`Out`: dates as `"YYYY-MM-DD"` strings) and what a computation reads (`Read`:
 * numbers exact, dates as day numbers).
 */
export type Leaf =
	| { readonly tag: "id" }
	| { readonly tag: "title" }
	| { readonly tag: "text" }
	| { readonly tag: "number" }
	| { readonly tag: "weight" }
	| { readonly tag: "boolean" }
	| { readonly tag: "date" }
	| { readonly tag: "dayString" }
	| { readonly tag: "enum"; readonly values: readonly string[] }
	| { readonly tag: "literal"; readonly value: string }
	| { readonly tag: "ids"; readonly item: string }
	// biome-ignore lint/suspicious/noExplicitAny: any description of a record
	| { readonly tag: "record"; readonly record: RecordOf<any> }
	// biome-ignore lint/suspicious/noExplicitAny: any description of a reading
	| { readonly tag: "readings"; readonly item: RecordOf<any> }
	| {
			readonly tag: "list";
			/** A record, or records told apart by a field. */
			// biome-ignore lint/suspicious/noExplicitAny: any description of a record
			readonly item: RecordOf<any> | UnionOf;
			/** A rule on the list's length, reported at the list's path. */
			readonly count?: (count: number, path: Path) => OkrIssue | null;
			/** What messages call the list ("an array of { at, expected } points"), if not by its key. */
			readonly what?: string;
	  };

/**
 * Leaves only the scoring policy uses so far (its descriptions are merged over their defaults by
 * `policy/merge.ts`, not read by the model's readers): JavaScript numbers that count, a number of
 * decimal places, a list of any strings, and a span `{ days: n }` or `{ months: n }`.
 */
export type PolicyLeaf =
	| { readonly tag: "count" }
	| { readonly tag: "decimals" }
	| { readonly tag: "strings" }
	| { readonly tag: "oneKey"; readonly keys: readonly string[] };

/** Whether a field must be given, may be left out, or is filled by a default when left out. */
export type Presence = "required" | "optional" | "defaulted";

/**
 * A field: its leaf, and what happens when it is absent. `required` fields must be given;
 * `optional` ones read as `absent` (`undefined` or `null`); `defaulted` ones read as `absent`, the
 * default's value (and parse to `fallback`). `nullable` fields also take `null`.
 */
export interface Field<In, Out, Read, P extends Presence = Presence, L = Leaf> {
	readonly leaf: L;
	readonly presence: P;
	/** What an absent field reads as. */
	readonly absent: unknown;
	/** Whether `null` is accepted (read as `null`). */
	readonly nullable: boolean;
	/** The default as a caller would write it (for zod and JSON Schema), when `defaulted`. */
	readonly fallback: unknown;
	/**
	 * Whether the field dates an event (a check-in, a measurement, a `doneAt`): see {@link dated}.
	 * Absent on every other field.
	 */
	readonly dated?: true;
	/** Types only: never set. */
	readonly types?: { readonly in: In; readonly out: Out; readonly read: Read };
}

/** A cross-field rule: the fields it reads, and the check over their read values. */
export interface Rule<R> {
	/** Fields by name, or a nested record's field as `[record, field]`. */
	readonly reads: readonly ((keyof R & string) | readonly [keyof R & string, string])[];
	readonly check: (read: R, path: Path) => OkrIssue | null;
	/**
	 * The same rule on the caller's plain values, for the fast paths' checks (whose fields are
	 * already known to pass): `true` when it holds, `false` when not, `undefined` when it cannot
	 * tell without exact numbers (then the rule runs on the fields read exactly).
	 */
	readonly fast?: (raw: Readonly<Record<string, unknown>>) => boolean | undefined;
}

/** The fields of a record of the model, by name, in reading order. */
// biome-ignore lint/suspicious/noExplicitAny: fields of any leaf
export type Fields = { readonly [key: string]: Field<any, any, any> };

/** The fields of any record: the model's, or the policy's (whose leaves may be a {@link PolicyLeaf}). */
export type AnyFields = {
	readonly [key: string]: Field<unknown, unknown, unknown, Presence, Leaf | PolicyLeaf>;
};

/** A record of the model: what it is called in messages, its fields and its rules. */
export interface RecordOf<F extends AnyFields> {
	/** How messages name it: "a key result", "a cycle { start, end }". */
	readonly what: string;
	readonly fields: F;
	readonly rules: readonly Rule<ReadOf<RecordOf<F>>>[];
	/** Whether a read record keeps its path and the caller's own object (`path`, `source`). */
	readonly located: boolean;
}

/** Records told apart by a discriminating field (key results, by `kind`). */
export interface UnionOf {
	readonly key: string;
	/** What messages call a member. */
	readonly what: string;
	// biome-ignore lint/suspicious/noExplicitAny: any description of a record
	readonly members: { readonly [tag: string]: RecordOf<any> };
}

// ---------------------------------------------------------------------------------------------
// Types derived from descriptions

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type InOf<F> = F extends Field<infer In, unknown, unknown, Presence, unknown> ? In : never;
type OutOf<F> = F extends Field<unknown, infer Out, unknown, Presence, unknown> ? Out : never;
type ReadOfField<F> =
	F extends Field<unknown, unknown, infer Read, Presence, unknown> ? Read : never;
type KeysWhere<F extends AnyFields, P extends Presence> = {
	[K in keyof F]: F[K] extends Field<unknown, unknown, unknown, P, unknown> ? K : never;
}[keyof F];

/** What a caller writes for a record (fields with defaults optional). */
export type InputOf<R> =
	R extends RecordOf<infer F>
		? Simplify<
				{ readonly [K in KeysWhere<F, "required">]: InOf<F[K]> } & {
					readonly [K in KeysWhere<F, "optional" | "defaulted">]?: InOf<F[K]> | undefined;
				}
			>
		: never;

/** What parsing gives for a record: defaults filled, dates as `"YYYY-MM-DD"` strings. */
export type ParsedOf<R> =
	R extends RecordOf<infer F>
		? Simplify<
				{ readonly [K in KeysWhere<F, "required" | "defaulted">]: OutOf<F[K]> } & {
					readonly [K in KeysWhere<F, "optional">]?: OutOf<F[K]> | undefined;
				}
			>
		: never;

/** Where a read record came from. */
export interface Located {
	readonly path: Path;
	/** The caller's own object, for copying fields out with the type they came in with. */
	readonly source: Readonly<Record<string, unknown>>;
}

/** What a computation sees of a record once read. */
export type ReadOf<R> =
	R extends RecordOf<infer F> ? Simplify<{ readonly [K in keyof F]: ReadOfField<F[K]> }> : never;

/**
 * A dated reading as a computation sees it: the fields of its description, read (a check-in's
 * `confidence` included), and its position in the caller's array for tie-breaks.
 */
export type ReadingOf<R> = Simplify<ReadOf<R> & { readonly index: number }>;

/** A read record of a description that keeps its location. */
export type LocatedReadOf<R> = ReadOf<R> & Located;

// ---------------------------------------------------------------------------------------------
// Constructors

function field<In, Out, Read, L = Leaf>(leaf: L): Field<In, Out, Read, "required", L> {
	return { leaf, presence: "required", absent: undefined, nullable: false, fallback: undefined };
}

/**
 * A character other than white space: ids and titles need one. `\S` is the complement of what
 * `String.prototype.trim` removes, and the same `pattern` in the JSON Schemas.
 */
export const TEXT = /\S/;

/** The longest id (ids, `parentId`, KPI ids): longer is `TOO_LONG`. */
export const MAX_ID_LENGTH = 1000;
/** The longest title, name, owner, unit, level or label: longer is `TOO_LONG`. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Whether a string has a character other than white space (`""` and `"  "` have none): what
 * {@link TEXT} matches, without a regular expression (an id is checked on every score, and its
 * first character almost always answers).
 */
export function hasText(value: string): boolean {
	// A printable ASCII first character answers at once (`NaN` for "" does not).
	const first = value.charCodeAt(0);
	if (first > 0x20 && first < 0x7f) return true;
	for (let i = 0; i < value.length; i++) if (!isWhiteSpace(value.charCodeAt(i))) return true;
	return false;
}

/** Whether a UTF-16 code unit is white space or a line terminator, as `\s` matches it. */
function isWhiteSpace(c: number): boolean {
	return c <= 0x20
		? c === 0x20 || (c >= 0x09 && c <= 0x0d)
		: c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff;
}

/** A string with text (see {@link TEXT}) naming a record. */
export const id = (): Field<string, string, string, "required"> => field({ tag: "id" });
/** A string with text saying what a record is about. */
export const title = (): Field<string, string, string, "required"> => field({ tag: "title" });
/** A string of words, possibly empty (a name, an owner, a unit). */
export const text = (): Field<string, string, string, "required"> => field({ tag: "text" });
/** A number, or a decimal string read exactly. */
export const number = (): Field<NumberInput, NumberInput, Exact, "required"> =>
	field({ tag: "number" });
/** A weight: a number `>= 0`. */
export const weight = (): Field<NumberInput, NumberInput, Exact, "required"> =>
	field({ tag: "weight" });
/** `true` or `false`. */
export const boolean = (): Field<boolean, boolean, boolean, "required"> =>
	field({ tag: "boolean" });
/**
 * A date: a calendar day `"YYYY-MM-DD"`, or an instant (a `Date`, or a timestamp with an offset)
 * that readers read as a day in the zone they are given; parsed, it is kept as given.
 */
export const date = (): Field<DateInput, DateInput, Day, "required"> => field({ tag: "date" });
/** A calendar date written as a `"YYYY-MM-DD"` string only, kept as written. */
export const dayString = (): Field<string, string, string, "required"> =>
	field({ tag: "dayString" });
/** One of a few names. */
export const oneOf = <const T extends readonly string[]>(
	values: T,
): Field<T[number], T[number], T[number], "required"> => field({ tag: "enum", values });
/** The discriminating name of a union's member. */
export const literal = <const T extends string>(value: T): Field<T, T, T, "required"> =>
	field({ tag: "literal", value });
/** A list of ids (`item` names one in messages: "a KPI id"). */
export const ids = (
	item: string,
): Field<readonly string[], readonly string[], readonly string[], "required"> =>
	field({ tag: "ids", item });
/** A nested record. */
export const record = <F extends AnyFields>(
	description: RecordOf<F>,
): Field<InputOf<RecordOf<F>>, ParsedOf<RecordOf<F>>, ReadOf<RecordOf<F>>, "required"> =>
	field({ tag: "record", record: description });
/**
 * A list of records, with an optional rule on its length (and what messages call it, when not by
 * its key).
 */
export const list = <F extends Fields>(
	item: RecordOf<F>,
	count?: (count: number, path: Path) => OkrIssue | null,
	what?: string,
): Field<
	readonly InputOf<RecordOf<F>>[],
	readonly ParsedOf<RecordOf<F>>[],
	readonly ReadOf<RecordOf<F>>[],
	"required"
> =>
	field({
		tag: "list",
		item,
		...(count === undefined ? {} : { count }),
		...(what === undefined ? {} : { what }),
	});
/**
 * Dated readings `{ at, value, … }`, read sorted by date (ties in array order), each with every
 * field of its description and its index.
 */
export const readings = <F extends Fields>(
	item: RecordOf<F>,
): Field<
	readonly InputOf<RecordOf<F>>[],
	readonly ParsedOf<RecordOf<F>>[],
	readonly ReadingOf<RecordOf<F>>[],
	"required"
> => field({ tag: "readings", item });
/** A list of records told apart by `union.key` (the type parameters name their union types). */
export const unionList = <In, Out, Read>(
	union: UnionOf,
): Field<readonly In[], readonly Out[], readonly Read[], "required"> =>
	field({ tag: "list", item: union });

/** A whole JavaScript number, 0 or more: a count of things, days or months. */
export const count = (): Field<number, number, number, "required", PolicyLeaf> =>
	field({ tag: "count" });
/** A number of decimal places: a whole JavaScript number from 0 to 10. */
export const decimals = (): Field<number, number, number, "required", PolicyLeaf> =>
	field({ tag: "decimals" });
/** A list of strings, any (copied and frozen when read). */
export const strings = (): Field<
	readonly string[],
	readonly string[],
	readonly string[],
	"required",
	PolicyLeaf
> => field({ tag: "strings" });
/** An object with exactly one of `keys`, holding a {@link count}: `{ days: 7 }` or `{ months: 1 }`. */
export const oneKey = <const K extends string>(
	keys: readonly K[],
): Field<OneKey<K>, OneKey<K>, OneKey<K>, "required", PolicyLeaf> => field({ tag: "oneKey", keys });

/** `{ [key]: n }` for one of the keys `K`. */
export type OneKey<K extends string> = K extends string ? { readonly [key in K]: number } : never;

/**
 * Marks a date field as the day an event happened: a check-in's or a measurement's `at`, a
 * milestone's or checklist item's `doneAt`, a closing's `at`. A snapshot as of an earlier day does
 * not see the event yet, and `parseProgram` warns (`DATED_AFTER_AS_OF`) about one dated after
 * `options.asOf`: at the path of the entry itself for a reading (an item of a {@link readings}
 * list), else at the field's path. Wrap it as any field: `optional(dated(date()), null)`.
 */
export function dated<In, Out, Read>(
	f: Field<In, Out, Read, "required">,
): Field<In, Out, Read, "required"> {
	return { ...f, dated: true };
}

/** An optional field, read as `absent` (`undefined` or `null`) when not given. */
export function optional<In, Out, Read, const A extends null | undefined>(
	f: Field<In, Out, Read, "required">,
	absent: A,
): Field<In, Out, Read | A, "optional"> {
	return { ...f, presence: "optional", absent };
}

/** An optional field that may also be written as `null`, read as `null` when absent. */
export function nullable<In, Out, Read>(
	f: Field<In, Out, Read, "required">,
): Field<In | null, Out | null, Read | null, "optional"> {
	return { ...f, presence: "optional", absent: null, nullable: true };
}

/** A field with a default: absent, it reads as `read`; `written` is the default as a caller writes it. */
export function withDefault<In, Out, Read>(
	f: Field<In, Out, Read, "required">,
	written: In,
	read: Read,
): Field<In, Out, Read, "defaulted"> {
	return { ...f, presence: "defaulted", absent: read, fallback: written };
}

/**
 * A field of the scoring policy, merged over its default: absent, it is `written` (the default as
 * a caller writes it), read through the field's own leaf like a given value (`policy/merge.ts`).
 */
export function byDefault<In, Out, Read, L>(
	f: Field<In, Out, Read, Presence, L>,
	written: In,
): Field<In, Out, Read, "defaulted", L> {
	return { ...f, presence: "defaulted", absent: undefined, fallback: written };
}

/** A record description. */
export function describe<F extends AnyFields>(
	what: string,
	fields: F,
	options: {
		readonly rules?: readonly Rule<ReadOf<RecordOf<F>>>[];
		readonly located?: boolean;
	} = {},
): RecordOf<F> {
	return { what, fields, rules: options.rules ?? [], located: options.located ?? false };
}
