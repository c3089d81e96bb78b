/**
 * A small, strict XML well-formedness checker for the pictures' markup, and the checks every
 * picture must pass. Written for this subset: elements, attributes, text and character
 * references; anything else (comments, CDATA, processing instructions, DTDs) is refused, since the
 * pictures never write it.
 */
import { expect } from "vitest";

export interface XmlElement {
	readonly name: string;
	readonly attrs: ReadonlyMap<string, string>;
	readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAMED: Readonly<Record<string, string>> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
};

function isNameStart(c: string): boolean {
	return /[A-Za-z_:]/.test(c);
}
function isNameChar(c: string): boolean {
	return /[A-Za-z0-9_:.-]/.test(c);
}
function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

/** Decodes the references of text or an attribute value; throws on a bare `&` or a bad one. */
function decode(raw: string, where: string): string {
	let out = "";
	let i = 0;
	while (i < raw.length) {
		const c = raw[i] as string;
		if (c !== "&") {
			out += c;
			i++;
			continue;
		}
		const end = raw.indexOf(";", i);
		if (end < 0) throw new Error(`${where}: "&" without ";"`);
		const ref = raw.slice(i + 1, end);
		if (ref.startsWith("#x")) {
			if (!/^[0-9a-fA-F]+$/.test(ref.slice(2))) throw new Error(`${where}: bad reference &${ref};`);
			out += String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
		} else if (ref.startsWith("#")) {
			if (!/^[0-9]+$/.test(ref.slice(1))) throw new Error(`${where}: bad reference &${ref};`);
			out += String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
		} else {
			const named = NAMED[ref];
			if (named === undefined) throw new Error(`${where}: unknown entity &${ref};`);
			out += named;
		}
		i = end + 1;
	}
	return out;
}

/** Parses a document holding exactly one element (whitespace around it allowed). */
export function parseXml(text: string): XmlElement {
	for (const ch of text) {
		const code = ch.codePointAt(0) as number;
		if (!isXmlChar(code)) throw new Error(`character U+${code.toString(16)} is not allowed in XML`);
	}
	const stack: { name: string; attrs: Map<string, string>; children: XmlNode[] }[] = [];
	let root: XmlElement | null = null;
	let i = 0;
	const fail = (message: string): never => {
		throw new Error(`at ${i}: ${message}`);
	};
	const readName = (): string => {
		const start = i;
		if (i >= text.length || !isNameStart(text[i] as string)) fail("expected a name");
		i++;
		while (i < text.length && isNameChar(text[i] as string)) i++;
		return text.slice(start, i);
	};
	const skipSpace = () => {
		while (i < text.length && /\s/.test(text[i] as string)) i++;
	};
	while (i < text.length) {
		const lt = text.indexOf("<", i);
		const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
		if (chunk.includes(">")) fail('">" in text (allowed, but the pictures always escape it)');
		const top = stack[stack.length - 1];
		if (top === undefined) {
			if (chunk.trim() !== "") fail("text outside the root element");
		} else if (chunk !== "") {
			top.children.push(decode(chunk, `text in <${top.name}>`));
		}
		if (lt < 0) break;
		i = lt + 1;
		if (text[i] === "!" || text[i] === "?") fail("comments, CDATA, DTDs and PIs are not expected");
		if (text[i] === "/") {
			i++;
			const name = readName();
			skipSpace();
			if (text[i] !== ">") fail("expected > after a closing tag");
			i++;
			const open = stack.pop();
			if (open === undefined || open.name !== name) fail(`</${name}> does not close an open tag`);
			const done: XmlElement = open as XmlElement;
			const parent = stack[stack.length - 1];
			if (parent === undefined) {
				if (root !== null) fail("more than one root element");
				root = done;
			} else {
				parent.children.push(done);
			}
			continue;
		}
		if (root !== null) fail("more than one root element");
		const name = readName();
		const attrs = new Map<string, string>();
		for (;;) {
			const before = i;
			skipSpace();
			if (text[i] === "/" || text[i] === ">") break;
			if (i === before) fail("expected whitespace before an attribute");
			const attr = readName();
			if (text[i] !== "=") fail(`expected = after ${attr}`);
			i++;
			const quote = text[i];
			if (quote !== '"' && quote !== "'") fail("expected a quoted attribute value");
			const end = text.indexOf(quote as string, i + 1);
			if (end < 0) fail("unterminated attribute value");
			const raw = text.slice(i + 1, end);
			if (raw.includes("<")) fail(`"<" in the value of ${attr}`);
			if (attrs.has(attr)) fail(`duplicate attribute ${attr}`);
			attrs.set(attr, decode(raw, `attribute ${attr}`));
			i = end + 1;
		}
		const element = { name, attrs, children: [] as XmlNode[] };
		if (text[i] === "/") {
			i++;
			if (text[i] !== ">") fail("expected > after /");
			i++;
			const parent = stack[stack.length - 1];
			if (parent === undefined) root = element;
			else parent.children.push(element);
		} else {
			i++;
			stack.push(element);
		}
	}
	if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
	if (root === null) throw new Error("no root element");
	return root;
}

/** Every element of the tree, the root first, in document order. */
export function elements(root: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	const stack: XmlElement[] = [root];
	while (stack.length > 0) {
		const e = stack.pop() as XmlElement;
		out.push(e);
		const kids = e.children.filter((c): c is XmlElement => typeof c !== "string");
		for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as XmlElement);
	}
	return out;
}

/** The text content of an element (decoded). */
export function textOf(e: XmlElement): string {
	return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** The texts of every `<text>` element, in document order. */
export function visibleTexts(root: XmlElement): string[] {
	return elements(root)
		.filter((e) => e.name === "text")
		.map(textOf);
}

const NUMERIC = new Set([
	"x",
	"y",
	"x1",
	"x2",
	"y1",
	"y2",
	"cx",
	"cy",
	"r",
	"rx",
	"width",
	"height",
	"font-size",
	"stroke-width",
	"fill-opacity",
]);

/** Every number written in a geometric attribute, as written. */
export function numbersIn(root: XmlElement): string[] {
	const out: string[] = [];
	for (const e of elements(root)) {
		for (const [name, value] of e.attrs) {
			if (NUMERIC.has(name)) out.push(value);
			else if (name === "d" || name === "points" || name === "viewBox") {
				out.push(...(value.match(/[-+.\deE]+/g) ?? []));
			}
		}
	}
	return out;
}

/**
 * What every picture must be: well-formed XML with one root `<svg>` in the SVG namespace,
 * `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>` (its first two children), ids
 * unique and every `url(#…)` pointing at one of them, no script or event handler anywhere, and
 * every number written plainly (at most two decimals, no exponent, never `-0`). Returns the tree.
 */
export function expectPicture(svg: string): XmlElement {
	const root = parseXml(svg);
	expect(svg.startsWith("<svg")).toBe(true);
	expect(svg.match(/<svg\b/g)).toHaveLength(1);
	expect(root.name).toBe("svg");
	expect(root.attrs.get("xmlns")).toBe("http://www.w3.org/2000/svg");
	expect(root.attrs.get("role")).toBe("img");
	const kids = root.children.filter((c): c is XmlElement => typeof c !== "string");
	const [title, desc] = kids;
	expect(title?.name).toBe("title");
	expect(desc?.name).toBe("desc");
	const titleId = title?.attrs.get("id") ?? "";
	const descId = desc?.attrs.get("id") ?? "";
	expect(root.attrs.get("aria-labelledby")).toBe(`${titleId} ${descId}`);
	expect(titleId).toMatch(/^[A-Za-z_][\w-]*-title$/);
	expect(descId).toBe(`${titleId.slice(0, -"-title".length)}-desc`);
	expect(textOf(title as XmlElement).trim()).not.toBe("");
	expect(textOf(desc as XmlElement).trim()).not.toBe("");

	const all = elements(root);
	const ids = all.map((e) => e.attrs.get("id")).filter((id): id is string => id !== undefined);
	expect(new Set(ids).size).toBe(ids.length);
	const prefix = titleId.slice(0, -"-title".length);
	for (const id of ids) expect(id.startsWith(`${prefix}-`)).toBe(true);
	for (const e of all) {
		expect(["script", "foreignObject", "a", "image", "use", "style"]).not.toContain(e.name);
		for (const [name, value] of e.attrs) {
			expect(name.toLowerCase().startsWith("on"), `${e.name} ${name}`).toBe(false);
			expect(value.toLowerCase()).not.toContain("javascript:");
			for (const match of value.matchAll(/url\(#([^)]*)\)/g)) expect(ids).toContain(match[1]);
		}
	}
	for (const n of numbersIn(root)) {
		expect(n, "a plain number with at most two decimals").toMatch(/^-?\d+(\.\d{1,2})?$/);
		expect(Number(n)).not.toBe(-0);
		expect(n.startsWith("-0") && Number(n) === 0).toBe(false);
	}
	return root;
}

/** The `<desc>` text of a picture. */
export function descOf(svg: string): string {
	const root = parseXml(svg);
	const desc = root.children.find(
		(c): c is XmlElement => typeof c !== "string" && c.name === "desc",
	);
	return desc === undefined ? "" : textOf(desc);
}

/** The `<title>` text of a picture. */
export function titleOf(svg: string): string {
	const root = parseXml(svg);
	const title = root.children.find(
		(c): c is XmlElement => typeof c !== "string" && c.name === "title",
	);
	return title === undefined ? "" : textOf(title);
}

/** The elements named `name` whose attributes include every one given. */
export function find(
	root: XmlElement,
	name: string,
	attrs: Readonly<Record<string, string>> = {},
): XmlElement[] {
	return elements(root).filter(
		(e) => e.name === name && Object.entries(attrs).every(([k, v]) => e.attrs.get(k) === v),
	);
}
