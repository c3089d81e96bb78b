/**
 * Where a cascade tree's boxes and links go: leaves in columns left to right, a parent centred over
 * its first and last child, one row per level. Iterative, so a chain of any depth is fine.
 *
 * @module
 * @internal
 */
import { charsIn } from "../document.js";
import { num } from "../markup.js";
import { readSize, type SvgOptionsRead } from "../options.js";
import type { CascadeMeaning } from "./meaning.js";

/** A cascade tree's coordinates, in px. */
export interface CascadeLayout {
	readonly width: number;
	readonly height: number;
	readonly nodeWidth: number;
	readonly nodeHeight: number;
	/** The top-left corner of each objective's box, by input index. */
	readonly x: readonly number[];
	readonly y: readonly number[];
	/** The links from parents down to their children, as one path's data. */
	readonly links: string;
	/** The width of a box's colour stripe, and how many characters of title and score line fit. */
	readonly stripe: number;
	readonly titleChars: number;
	readonly lineChars: number;
}

const PAD = 12;
const STRIPE = 8;

/** The layout at the options' sizes (one empty box's room for no objectives). */
export function cascadeLayout(m: CascadeMeaning, opts: SvgOptionsRead): CascadeLayout {
	const nodeWidth = readSize(opts.fields, "nodeWidth", 200);
	const nodeHeight = readSize(opts.fields, "nodeHeight", 64);
	const gapX = readSize(opts.fields, "gapX", 24);
	const gapY = readSize(opts.fields, "gapY", 32);
	const column = columns(m);
	const leaves = Math.max(
		1,
		m.order.filter((i) => (m.children[i] as number[]).length === 0).length,
	);
	const levels = m.depth.reduce((most, d) => Math.max(most, d + 1), 1);
	const x = column.map((c) => PAD + c * (nodeWidth + gapX));
	const y = m.depth.map((d) => PAD + d * (nodeHeight + gapY));
	let links = "";
	for (const i of m.order) {
		const p = m.parent[i] as number;
		if (p === -1) continue;
		const fromX = (x[p] as number) + nodeWidth / 2;
		const fromY = (y[p] as number) + nodeHeight;
		const toX = (x[i] as number) + nodeWidth / 2;
		links += `M${num(fromX)} ${num(fromY)}V${num(fromY + gapY / 2)}H${num(toX)}V${num(y[i] as number)}`;
	}
	const fs = opts.fontSize;
	return {
		width: 2 * PAD + leaves * nodeWidth + (leaves - 1) * gapX,
		height: 2 * PAD + levels * nodeHeight + (levels - 1) * gapY,
		nodeWidth,
		nodeHeight,
		x,
		y,
		links,
		stripe: STRIPE,
		// Titles are bold: wider characters.
		titleChars: charsIn(nodeWidth - STRIPE - 14, fs * 1.1),
		lineChars: charsIn(nodeWidth - STRIPE - 14, fs * 0.9),
	};
}

/** Leaves take the next column; a parent sits centred over its first and last child. */
function columns(m: CascadeMeaning): number[] {
	// Stryker disable next-line ArrayDeclaration: every objective is a leaf or a parent, so each gets its column below
	const column = new Array<number>(m.ids.length).fill(0);
	let leaves = 0;
	for (const i of m.order) {
		if ((m.children[i] as readonly number[]).length === 0) column[i] = leaves++;
	}
	for (let k = m.order.length - 1; k >= 0; k--) {
		const i = m.order[k] as number;
		const children = m.children[i] as readonly number[];
		if (children.length > 0) {
			const first = column[children[0] as number] as number;
			column[i] = (first + (column[children[children.length - 1] as number] as number)) / 2;
		}
	}
	return column;
}
