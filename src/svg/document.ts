/**
 * The frame every picture shares: one `<svg>` root with `role="img"`, its `<title>` and `<desc>`
 * named by `aria-labelledby`, the patterns it uses, a background, then the picture's own marks.
 *
 * @module
 * @internal
 */
import {
	type Attributes,
	element,
	escapeXml,
	fitText,
	ID,
	idOf,
	num,
	type Raw,
	ref,
	textElement,
	withIds,
} from "./markup.js";
import type { SvgOptionsRead } from "./options.js";

/** A status as the pictures colour it. */
export type StatusColor = "red" | "yellow" | "green" | "unknown";

/** Fills of statuses, recording which patterns the picture needs. */
export interface Fills {
	/** The fill of a status: its pattern (red, yellow, when patterns are on) or its colour. */
	readonly of: (status: StatusColor) => string | Raw;
	/** The `<pattern>` definitions for the statuses filled so far, in a fixed order. */
	readonly defs: () => string;
}

/** Fills for one picture. */
export function fills(opts: SvgOptionsRead): Fills {
	let red = false;
	let yellow = false;
	return {
		of(status) {
			if (opts.patterns && status === "red") {
				red = true;
				return ref("pattern-red");
			}
			if (opts.patterns && status === "yellow") {
				yellow = true;
				return ref("pattern-yellow");
			}
			return opts.colors[status];
		},
		defs() {
			const c = opts.colors;
			const out: string[] = [];
			if (red) {
				// Diagonal hatching.
				out.push(
					element(
						"pattern",
						{
							id: idOf("pattern-red"),
							width: 6,
							height: 6,
							patternUnits: "userSpaceOnUse",
							patternTransform: "rotate(45)",
						},
						element("rect", { width: 6, height: 6, fill: c.red }) +
							element("rect", { width: 2, height: 6, fill: c.pattern, "fill-opacity": 0.6 }),
					),
				);
			}
			if (yellow) {
				// Dots.
				out.push(
					element(
						"pattern",
						{ id: idOf("pattern-yellow"), width: 5, height: 5, patternUnits: "userSpaceOnUse" },
						element("rect", { width: 5, height: 5, fill: c.yellow }) +
							element("circle", { cx: 2.5, cy: 2.5, r: 1, fill: c.pattern, "fill-opacity": 0.7 }),
					),
				);
			}
			return out.length === 0 ? "" : element("defs", {}, out.join(""));
		},
	};
}

/** A small square in a status's fill, outlined so that light colours show on white. */
export function swatch(x: number, y: number, size: number, fill: string | Raw, stroke: string) {
	return element("rect", {
		x,
		y,
		width: size,
		height: size,
		rx: Math.min(2, size / 4),
		fill,
		stroke,
		"stroke-width": 0.5,
	});
}

/** Share of the font size taken as the width of one character when fitting text. */
export const CHAR_WIDTH = 0.55;

/** How many characters of text at `fontSize` fit into `room` px (at least one). */
export function charsIn(room: number, fontSize: number): number {
	return Math.max(1, Math.floor(room / (fontSize * CHAR_WIDTH)));
}

/**
 * A heading row at baseline `y`: `title` on the left (cut to fit), `status` right-aligned, and a
 * swatch in the status's fill at the right edge.
 */
export function heading(
	opts: SvgOptionsRead,
	width: number,
	pad: number,
	y: number,
	title: string,
	status: string,
	fill: string | Raw,
): string[] {
	const fs = opts.fontSize;
	const size = Math.round(fs * 0.85);
	const statusEnd = width - pad - size - 4;
	const shown = fitText(status, charsIn(statusEnd - pad, fs));
	const room = statusEnd - pad - shown.length * fs * CHAR_WIDTH - fs / 2;
	return [
		textElement({ x: pad, y, "font-weight": 600 }, fitText(title, charsIn(room, fs))),
		textElement({ x: statusEnd, y, "text-anchor": "end" }, shown),
		swatch(width - pad - size, y - size + 1, size, fill, opts.colors.muted),
	];
}

/** What a picture is made of. */
export interface Picture {
	/** Short name used in default ids: `progress`, `bullet`, `cascade`, `sparkline`. */
	readonly kind: string;
	readonly width: number;
	readonly height: number;
	/** The `<title>`: the picture's name. */
	readonly title: string;
	/** The `<desc>`: its numbers in words. */
	readonly desc: string;
	/** The marks, as markup, in drawing order. */
	readonly marks: readonly string[];
}

/** The picture as one `<svg>` element: same picture, same bytes. */
export function svgDocument(picture: Picture, opts: SvgOptionsRead, f: Fills): string {
	const root: Attributes = {
		xmlns: "http://www.w3.org/2000/svg",
		width: picture.width,
		height: picture.height,
		viewBox: `0 0 ${num(picture.width)} ${num(picture.height)}`,
		role: "img",
		"aria-labelledby": { raw: `${ID}-title ${ID}-desc` },
		"font-family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
		"font-size": opts.fontSize,
		fill: opts.colors.text,
	};
	const parts: string[] = [
		element("title", { id: idOf("title") }, escapeXml(picture.title)),
		element("desc", { id: idOf("desc") }, escapeXml(picture.desc)),
	];
	const defs = f.defs();
	if (defs !== "") parts.push(defs);
	if (opts.colors.background !== "none") {
		parts.push(
			element("rect", {
				width: picture.width,
				height: picture.height,
				fill: opts.colors.background,
			}),
		);
	}
	parts.push(...picture.marks);
	const body = element("svg", root, `\n${parts.join("\n")}\n`);
	return withIds(body, picture.kind, opts.idPrefix);
}
