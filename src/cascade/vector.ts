/**
 * A persistent array: a 32-way trie of fixed depth. `set` copies only the nodes on the way to the
 * element (at most ⌈log₃₂ n⌉ of them, 4 for a million elements) and shares the rest with the old
 * version, so many versions of a large array cost little more than one.
 *
 * @module
 * @internal
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

type Node = readonly unknown[];

/** An immutable array of `size` elements. */
export interface Vector<T> {
	readonly size: number;
	/** Bits to shift an index by at the root: `BITS × (levels − 1)`. */
	readonly shift: number;
	readonly root: Node;
	/** Phantom field for the element type. */
	readonly _element?: T;
}

/** A vector holding the elements of `items`, in order. */
export function vectorOf<T>(items: readonly T[]): Vector<T> {
	let level: Node[] = [];
	for (let i = 0; i < items.length; i += WIDTH) level.push(items.slice(i, i + WIDTH));
	if (level.length === 0) level.push([]);
	let shift = 0;
	while (level.length > 1) {
		const up: Node[] = [];
		for (let i = 0; i < level.length; i += WIDTH) up.push(level.slice(i, i + WIDTH));
		level = up;
		shift += BITS;
	}
	return { size: items.length, shift, root: level[0] as Node };
}

/** The element at `index` (`0 <= index < size`, the caller's check). */
export function vectorGet<T>(vector: Vector<T>, index: number): T {
	let node = vector.root;
	for (let s = vector.shift; s > 0; s -= BITS) node = node[(index >>> s) & MASK] as Node;
	return node[index & MASK] as T;
}

/** A new vector with `value` at `index`; `vector` is unchanged and shares every other node. */
export function vectorSet<T>(vector: Vector<T>, index: number, value: T): Vector<T> {
	// Walk down, remembering the nodes on the way, then copy them bottom-up.
	const path: Node[] = [];
	let node = vector.root;
	for (let s = vector.shift; s > 0; s -= BITS) {
		path.push(node);
		node = node[(index >>> s) & MASK] as Node;
	}
	let copy: unknown[] = node.slice();
	copy[index & MASK] = value;
	let s = BITS;
	for (let k = path.length - 1; k >= 0; k--, s += BITS) {
		const parent = (path[k] as Node).slice();
		parent[(index >>> s) & MASK] = copy;
		copy = parent;
	}
	return { size: vector.size, shift: vector.shift, root: copy };
}

/** Calls `visit` on every element in index order. */
export function vectorForEach<T>(
	vector: Vector<T>,
	visit: (value: T, index: number) => void,
): void {
	let index = 0;
	const walk = (node: Node, shift: number): void => {
		// Recursion depth is the trie's height (at most 7 for any array length), never the input's.
		for (const child of node) {
			if (shift === 0) visit(child as T, index++);
			else walk(child as Node, shift - BITS);
		}
	};
	walk(vector.root, vector.shift);
}
