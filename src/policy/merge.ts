/**
 * The scoring policy's mode of the field language: a description (`policy/defaults.ts`) whose
 * fields all have defaults, and a partial merged over them. Unlike the model's readers
 * (`read/compile.ts`), which stop at the first problem, the merge lists every bad field at once.
 *
 * The merge walks the description's own keys and builds new objects, so no key of the input (not
 * even `"__proto__"`) can reach a prototype; keys the description does not know are reported
 * (`UNKNOWN_KEY`), not ignored. It gives each field twice: as the caller wrote it (what a
 * resolved policy holds, frozen) and as computations read it (numbers exact).
 *
 * @module
 * @internal
 */
import type { IssueCode, OkrIssue, Path } from "../errors/index.js";
import type { AnyFields, Field, Leaf, PolicyLeaf, Presence, RecordOf } from "../kinds/fields.js";
import { describeString, exact, isNumberInput, typeName } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";

/** A field of the policy. */
export type PolicyField = Field<unknown, unknown, unknown, Presence, Leaf | PolicyLeaf>;

/** A value as written (kept in the resolved policy) and as read (numbers exact). */
export type Merged = readonly [written: unknown, read: unknown];

/**
 * What a merge collects: an issue per bad field, and the rules of the records it merged, to run
 * on their read values once every field is sound.
 */
export interface Walk {
	readonly issues: OkrIssue[];
	readonly rules: (() => OkrIssue | null)[];
}

function push(walk: Walk, code: IssueCode, path: Path, message: string): void {
	walk.issues.push({ code, path, message });
}

/** Whether `value` is a safe whole number from 0 to `max`. */
function whole(value: unknown, max: number): boolean {
	return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

/**
 * Merges `given` (a partial, or `undefined` for none) over the defaults of `record`'s fields (or
 * over `base`, for fields without defaults of their own), pushing an issue at its path for each
 * bad field. An item of a list is given whole (`undefined`, a hole, is no item), and its unknown
 * keys are reported after its fields.
 */
export function mergeRecord<F extends AnyFields>(
	record: RecordOf<F>,
	given: unknown,
	path: Path,
	walk: Walk,
	base?: unknown,
	item = false,
): Merged {
	const written: Record<string, unknown> = {};
	const read: Record<string, unknown> = {};
	const fields = record.fields;
	const keys = Object.keys(fields);
	if ((item || given !== undefined) && !isRecord(given)) {
		const expected = item ? `{ ${keys.join(", ")} }` : `an object, received ${typeName(given)}`;
		push(walk, "INVALID_TYPE", path, `Expected ${expected}.`);
		return [given, undefined];
	}
	const unknown = () => {
		for (const key of Object.keys(given ?? {})) {
			if (!Object.hasOwn(fields, key)) {
				const what = record.what;
				push(
					walk,
					"UNKNOWN_KEY",
					[...path, key],
					`${what.charAt(0).toUpperCase()}${what.slice(1)} has no field ${describeString(key)}.`,
				);
			}
		}
	};
	if (!item) unknown();
	for (const key of keys) {
		const f = fields[key] as PolicyField;
		const value = given === undefined ? undefined : own(given, key);
		const fallback = base === undefined ? f.fallback : (base as Record<string, unknown>)[key];
		[written[key], read[key]] = mergeField(
			f,
			value === undefined ? fallback : value,
			[...path, key],
			walk,
			value,
		);
	}
	if (item) unknown();
	for (const rule of record.rules) walk.rules.push(() => rule.check(read as never, path));
	return [Object.freeze(written), read];
}

/**
 * One field's value `v` (the one given, else its default): a nested record merged over its
 * defaults (`given` is what the caller wrote of it), else checked and read.
 */
export function mergeField(
	f: PolicyField,
	v: unknown,
	path: Path,
	walk: Walk,
	given: unknown = v,
): Merged {
	const leaf = f.leaf;
	if (leaf.tag === "record") return mergeRecord(leaf.record, given, path, walk, f.fallback);
	if (v === null && f.nullable) return [null, null];
	switch (leaf.tag) {
		case "number":
			if (isNumberInput(v)) return [v, exact(v, path)];
			push(
				walk,
				"INVALID_NUMBER",
				path,
				`Expected a finite number or decimal string, received ${typeName(v)}.`,
			);
			break;
		case "enum":
			// `includes` matches strings only: no other value equals one of the names.
			if (leaf.values.includes(v as string)) return [v, v];
			push(
				walk,
				"INVALID_ENUM",
				path,
				`Expected one of ${leaf.values.map((s) => `"${s}"`).join(", ")}.`,
			);
			break;
		case "count":
			if (whole(v, Number.MAX_SAFE_INTEGER)) return [v, v];
			push(walk, "INVALID_NUMBER", path, "Expected a whole number, 0 or more.");
			break;
		case "decimals":
			if (whole(v, 10)) return [v, v];
			push(walk, "INVALID_NUMBER", path, "Expected a whole number of decimal places from 0 to 10.");
			break;
		case "strings":
			// An index loop, not `every`: `every` skips the holes of a sparse array.
			if (Array.isArray(v)) {
				let i = 0;
				while (i < v.length && typeof v[i] === "string") i++;
				if (i === v.length) {
					const copy = Object.freeze([...v]);
					return [copy, copy];
				}
			}
			push(walk, "INVALID_TYPE", path, "Expected an array of strings.");
			break;
		case "oneKey": {
			const keys = isRecord(v) ? Object.keys(v) : [];
			const key = keys[0] as string;
			const n =
				keys.length === 1 && leaf.keys.includes(key) ? (v as Record<string, unknown>)[key] : -1;
			if (whole(n, Number.MAX_SAFE_INTEGER)) {
				const span = Object.freeze({ [key]: n });
				return [span, span];
			}
			push(
				walk,
				"INVALID_TYPE",
				path,
				`Expected ${leaf.keys.map((k) => `{ ${k}: n }`).join(" or ")} with a whole n >= 0.`,
			);
			break;
		}
		case "list":
			if (!("members" in leaf.item)) return mergeList(leaf.item, leaf.what, v, path, walk);
			break;
	}
	return [v, undefined];
}

/** A list of records, each with every field given (none has a default), copied and frozen. */
function mergeList<F extends AnyFields>(
	item: RecordOf<F>,
	what: string | undefined,
	v: unknown,
	path: Path,
	walk: Walk,
): Merged {
	if (!Array.isArray(v)) {
		push(walk, "INVALID_TYPE", path, `Expected ${what ?? "an array"}.`);
		return [v, undefined];
	}
	const written: unknown[] = [];
	const read: unknown[] = [];
	// An index loop, not `forEach`: `forEach` skips (and so would silently drop) the holes of a
	// sparse array.
	for (let i = 0; i < v.length; i++) {
		const [w, r] = mergeRecord(item, v[i], [...path, i], walk, undefined, true);
		written.push(w);
		read.push(r);
	}
	return [Object.freeze(written), read];
}
