/**
 * Finding one's way in a document with the model's descriptions: which record a path leads to
 * (for the fields it knows), and the id of the nearest objective, key result or KPI around it.
 * Also the words for a field the model does not know, with the nearest known name when it looks
 * like a typo.
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import type { Field, Fields, Leaf, RecordOf, UnionOf } from "../kinds/fields.js";
import { describeString } from "../numeric/index.js";
import { isRecord } from "../objects.js";
import { isId } from "../read/fast.js";

/** A record, or records told apart by a field. */
// biome-ignore lint/suspicious/noExplicitAny: a record of any description
export type Described = RecordOf<any> | UnionOf;

/** The record a value is, for a record or a union (by its key); `null` for an unknown member. */
export function recordOf(described: Described, value: unknown): RecordOf<Fields> | null {
	if (!("members" in described)) return described;
	if (!isRecord(value)) return null;
	const tag = value[described.key];
	return typeof tag === "string" && Object.hasOwn(described.members, tag)
		? (described.members[tag] as RecordOf<Fields>)
		: null;
}

/** The id a record carries for messages: an objective's, a key result's or a KPI's, when readable. */
export function ownId(record: RecordOf<Fields>, value: unknown): string | undefined {
	if (!record.located || !isRecord(value)) return undefined;
	const id = value["id"];
	return isId(id) ? id : undefined;
}

/** What a walk along a path found: the record there (if any), and the nearest readable id. */
export interface Located {
	readonly record: RecordOf<Fields> | null;
	readonly id: string | undefined;
}

/**
 * Walks `path` into `input` from the description of its root: the record at the end of the path
 * (`null` where the path leaves the model) and the id of the nearest located record (objective,
 * key result, KPI) on the way that has a readable one, the innermost first.
 */
export function locate(root: Described, input: unknown, path: Path): Located {
	let described: Described | null = root;
	let value = input;
	let id: string | undefined;
	for (let i = 0; ; i++) {
		const record: RecordOf<Fields> | null = described === null ? null : recordOf(described, value);
		if (record !== null) id = ownId(record, value) ?? id;
		if (i === path.length) return { record, id };
		const key = path[i] as string;
		const field: Field<unknown, unknown, unknown> | undefined =
			record !== null && Object.hasOwn(record.fields, key) ? record.fields[key] : undefined;
		value = isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
		described = null;
		if (field === undefined) continue;
		const leaf: Leaf = field.leaf;
		if (leaf.tag === "record") described = leaf.record;
		else if (leaf.tag === "list" || leaf.tag === "readings") {
			// The next key is an index into the list.
			const index = path[i + 1];
			if (index === undefined) return { record: null, id };
			i++;
			value = Array.isArray(value) ? value[index as number] : undefined;
			described = leaf.item;
		}
	}
}

/** The longest name compared for a typo: the model's names are far shorter. */
const LONGEST_TYPO = 64;

/**
 * The edit distance between two short strings, a swap of neighbours counting as one edit (so
 * `"wieght"` is one edit from `"weight"`). Only called on names of at most {@link LONGEST_TYPO}
 * characters.
 */
function distance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] as number[];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(
				(above[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(above[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
			row.push(d);
		}
		rows.push(row);
	}
	return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known name an unknown one was probably meant to be: within two edits, and at most a third
 * of the known name's length (`"currrent"` → `"current"`); the closest, the first in the
 * description's order on a tie; `undefined` when none is that close.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
	if (key.length > LONGEST_TYPO) return undefined;
	let best: string | undefined;
	let bestDistance = 3;
	for (const name of known) {
		if (Math.abs(name.length - key.length) >= bestDistance) continue;
		const d = distance(key, name);
		if (d < bestDistance && d * 3 <= name.length) {
			best = name;
			bestDistance = d;
		}
	}
	return best;
}

/** The message for a field the model does not know: `Unknown field "currrent" (did you mean "current"?)`. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
	const near = nearestKey(key, known);
	return `Unknown field ${describeString(key)}${near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`}`;
}
