/**
 * Writing SVG markup by hand, safely and deterministically: escaping, number formatting, elements,
 * and ids derived from the content. No DOM, no dependencies.
 *
 * @module
 * @internal
 */
import {
	abs,
	ceil,
	cmp,
	divide,
	type Exact,
	exact,
	mul,
	neg,
	roundHalfUp,
	toNumber,
	ZERO,
} from "../numeric/index.js";

/**
 * Escapes text for XML character data and (double- or single-quoted) attribute values: `&`, `<`,
 * `>`, `"` and `'` become entities. Characters XML 1.0 does not allow at all (C0 controls other than
 * tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates) become U+FFFD, so that any
 * string gives well-formed markup. One pass, linear in the length.
 */
export function escapeXml(text: string): string {
	let out = "";
	let from = 0;
	// Stryker disable next-line EqualityOperator: at i = text.length charCodeAt gives NaN, which no branch takes
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let replacement: string;
		if (c === 38) replacement = "&amp;";
		else if (c === 60) replacement = "&lt;";
		else if (c === 62) replacement = "&gt;";
		else if (c === 34) replacement = "&quot;";
		else if (c === 39) replacement = "&#39;";
		else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) {
			replacement = "\uFFFD";
		} else if (c >= 0xd800 && c <= 0xdfff) {
			if (pairAt(text, i)) {
				i++;
				continue;
			}
			replacement = "\uFFFD";
		} else {
			continue;
		}
		out += text.slice(from, i) + replacement;
		from = i + 1;
	}
	return out + text.slice(from);
}

/** Whether a surrogate pair (a high surrogate, then a low one) starts at index `i` of `text`. */
function pairAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	const next = text.charCodeAt(i + 1);
	return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/**
 * A coordinate or length for the markup: rounded to two decimals (from an integer number of
 * hundredths, so no binary noise), trailing zeros dropped, never `-0`, never exponent notation.
 * Every coordinate the pictures write is bounded by the (checked) sizes, far below 1e15; a
 * non-finite number (none reaches here) is written as `0`.
 */
export function num(n: number): string {
	const hundredths = Math.round(n * 100);
	if (!Number.isFinite(hundredths)) return "0";
	const sign = hundredths < 0 ? "-" : "";
	const a = Math.abs(hundredths);
	const whole = String(Math.floor(a / 100));
	const frac = a % 100;
	if (frac === 0) return sign + whole;
	if (frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
	return `${sign}${whole}.${String(frac).padStart(2, "0")}`;
}

/**
 * A number written out in plain decimal digits: the shortest representation that reads back as
 * the same number (as `String(n)`), but never in exponent notation and never `-0`.
 */
export function plainNumber(n: number): string {
	const s = String(n); // "0" for -0 too
	const e = s.indexOf("e");
	if (e === -1) return s;
	const sign = s.startsWith("-") ? "-" : "";
	// JavaScript writes one digit before the point: "d.ddde+21", "de-7". It writes an exponent only
	// below 1e-6 ("e-": the point goes left of every digit) or from 1e21 on ("e+": right of all of
	// at most 17 digits).
	const digits = s.slice(sign.length, e).replace(".", "");
	const exponent = Number(s.slice(e + 2));
	return s[e + 1] === "-"
		? `${sign}0.${"0".repeat(exponent - 1)}${digits}`
		: sign + digits + "0".repeat(exponent + 1 - digits.length);
}

/** Groups the whole part of a plain decimal in threes with commas: `"250000"` → `"250,000"`. */
export function groupThousands(plain: string): string {
	const sign = plain.startsWith("-") ? "-" : "";
	const body = plain.slice(sign.length);
	const dot = body.indexOf(".");
	const end = dot === -1 ? body.length : dot;
	const whole = body.slice(0, end);
	let grouped = "";
	for (let i = 0; i < whole.length; i++) {
		if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
		grouped += whole[i];
	}
	return sign + grouped + body.slice(end);
}

/** A value as shown in words and labels: plain digits, grouped in thousands. */
export function showNumber(n: number): string {
	return groupThousands(plainNumber(n));
}

/** An exact value rounded half-up to `places` decimals, then shown as {@link showNumber}. */
export function showRounded(x: Exact, places: number): string {
	return showNumber(toNumber(roundHalfUp(x, places)));
}

/**
 * A score as shown beside its grade: cut (toward zero, never rounded up) to two decimals more than the
 * grade has, then shown as {@link showNumber}. Rounding would put 0.4467 as "0.45" beside grade 0.4,
 * which reads as a rounding error; cut, it is "0.446", and every score shown rounds (half-up, as
 * grades do) to the grade beside it: a grade's edge such as 0.45 has fewer decimals than the cut
 * keeps, so the cut never moves a score across it.
 */
export function showScore(score: Exact, gradeDecimals: number): string {
	const scale = exact(`1e${gradeDecimals + 2}`, []);
	// floor(|score| · scale) / scale, toward zero (a score below 0 grades 0 whatever its digits).
	const cut = divide(neg(ceil(neg(mul(abs(score), scale)))), scale);
	return showNumber(toNumber(cmp(score, ZERO) < 0 ? neg(cut) : cut));
}

/** Markup the library wrote itself (ids, references), written into an attribute as it is. */
export interface Raw {
	readonly raw: string;
}

/** Attribute values in writing order; `undefined` leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | number | Raw | undefined>>;

/**
 * Attributes as markup: strings escaped, numbers through {@link num}, {@link Raw} values as they
 * are. Names are the library's own.
 */
export function attributes(attrs: Attributes): string {
	let out = "";
	for (const name of Object.keys(attrs)) {
		const value = attrs[name];
		if (value === undefined) continue;
		const text =
			typeof value === "number"
				? num(value)
				: typeof value === "string"
					? escapeXml(value)
					: value.raw;
		out += ` ${name}="${text}"`;
	}
	return out;
}

/** An element: self-closing without `content`; `content` is markup (already escaped). */
export function element(name: string, attrs: Attributes, content?: string): string {
	return content === undefined
		? `<${name}${attributes(attrs)}/>`
		: `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** A `<text>` element holding `text` (escaped). */
export function textElement(attrs: Attributes, text: string): string {
	return element("text", attrs, escapeXml(text));
}

/**
 * Cuts `text` to at most `max` characters (code points), ending it with "…" when cut (spaces
 * before the "…" dropped), so a label stays inside its box. Linear; never splits a surrogate pair.
 */
export function fitText(text: string, max: number): string {
	const limit = Math.max(1, Math.floor(max));
	let count = 0;
	let cut = -1;
	for (let i = 0; i < text.length; i++) {
		if (pairAt(text, i)) i++;
		count++;
		if (count === limit - 1) cut = i + 1;
		if (count > limit) return `${text.slice(0, Math.max(cut, 0)).trimEnd()}…`;
	}
	return text;
}

/** The number of code points of `text`. */
function codePoints(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		if (pairAt(text, i)) i++;
		n++;
	}
	return n;
}

/**
 * Breaks `text` at spaces into at most `lines` lines of at most `max` characters each; the last
 * line is cut with "…" ({@link fitText}) when the text does not fit, and so is a single word longer
 * than a line. Runs of white space count as one space. Linear in the length.
 */
export function wrapText(text: string, max: number, lines: number): string[] {
	const words = text.split(/\s/).filter((word) => word !== "");
	const out: string[] = [];
	let line = "";
	let i = 0;
	while (i < words.length && out.length < lines - 1) {
		const word = words[i] as string;
		const next = line === "" ? word : `${line} ${word}`;
		if (codePoints(next) <= max) {
			line = next;
			i++;
		} else if (line === "") {
			out.push(fitText(word, max));
			i++;
		} else {
			out.push(line);
			line = "";
		}
	}
	const rest = [line, ...words.slice(i)].filter((part) => part !== "").join(" ");
	if (rest !== "") out.push(fitText(rest, max));
	return out;
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a short, stable fingerprint of markup. */
export function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * Stands for the id prefix while a picture is written: U+0001 never survives {@link escapeXml}, so
 * it cannot come from the caller's strings.
 */
export const ID = "\u0001";

/**
 * The finished picture: `body` written with {@link ID} in place of the id prefix gets the prefix
 * chosen by the caller, or else `okr-<kind>-<fingerprint of the body>`: the same picture always
 * has the same ids, and two different pictures on one page do not share any.
 */
export function withIds(body: string, kind: string, idPrefix: string | null): string {
	const prefix = idPrefix ?? `okr-${kind}-${fingerprint(body)}`;
	return body.split(ID).join(prefix);
}

/** The id of an element of the picture: the prefix, a hyphen, `name` (one of the library's own). */
export function idOf(name: string): Raw {
	return { raw: `${ID}-${name}` };
}

/** A `url(#…)` reference to an element of the picture. */
export function ref(name: string): Raw {
	return { raw: `url(#${ID}-${name})` };
}
