/**
 * A set of string ids with their insertion index, for the roll-up's fast path: an open-addressing
 * hash table in one `Int32Array`, sized once. For hundreds of thousands of ids it is several times
 * faster than a `Set` or `Map` (which grow and rehash, and whose tables miss the cache).
 *
 * Hostile ids cannot make it quadratic: a probe longer than {@link MAX_PROBE} gives up (the
 * caller then takes the exact path, whose `Map` has no such weakness).
 *
 * @module
 * @internal
 */

/** Longest probe sequence before giving up. */
const MAX_PROBE = 64;

/** Ids by index and the hash table of their indices (`-1`: empty). */
export interface IdTable {
	readonly ids: string[];
	readonly slots: Int32Array;
	readonly mask: number;
}

/** An empty table for up to `capacity` ids. */
export function idTable(capacity: number): IdTable {
	let size = 16;
	while (size < 2 * capacity) size *= 2;
	return { ids: [], slots: new Int32Array(size).fill(-1), mask: size - 1 };
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
	return h;
}

/**
 * Adds `id`: returns its index, or `-1` when it is already in the table, or `-2` when the probe
 * ran too long (give up). The table must have room (`capacity`).
 */
export function insertId(table: IdTable, id: string): number {
	const { ids, slots, mask } = table;
	let h = hashOf(id) & mask;
	for (let probe = 0; probe < MAX_PROBE; probe++) {
		const j = slots[h] as number;
		if (j === -1) {
			slots[h] = ids.length;
			ids.push(id);
			return ids.length - 1;
		}
		if (ids[j] === id) return -1;
		h = (h + 1) & mask;
	}
	return -2;
}

/** The index of `id`, or `-1` when it is not in the table, or `-2` when the probe ran too long. */
export function findId(table: IdTable, id: string): number {
	const { ids, slots, mask } = table;
	let h = hashOf(id) & mask;
	for (let probe = 0; probe < MAX_PROBE; probe++) {
		const j = slots[h] as number;
		if (j === -1 || ids[j] === id) return j;
		h = (h + 1) & mask;
	}
	return -2;
}
