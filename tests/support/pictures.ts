/** Helpers shared by the picture tests (`tests/svg/`): reading back what a picture wrote. */
import { Resvg } from "@resvg/resvg-js";
import { expect } from "vitest";
import { type OkrIssue, OkrValidationError } from "../../src/index.js";
import { thrown } from "./foundation.js";

/** The issues, messages included, of the validation error `fn` throws. */
export function issuesOf(fn: () => unknown): readonly OkrIssue[] {
	const error = thrown(fn);
	expect(error).toBeInstanceOf(OkrValidationError);
	return (error as OkrValidationError).issues;
}

/** Every `<text>` element of a picture, as written, in drawing order. */
export function textMarkup(svg: string): string[] {
	return svg.match(/<text[^>]*>[^<]*<\/text>/g) ?? [];
}

/** A bullet graph's tick labels (its centred texts), in order. */
export function tickLabels(svg: string): string[] {
	return [...svg.matchAll(/<text[^>]*text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map(
		(m) => m[1] as string,
	);
}

/** A picture rendered to pixels. */
export interface Pixels {
	readonly width: number;
	readonly height: number;
	/** `[r, g, b, a]` of the pixel whose top-left corner is (x, y), 0–255. */
	readonly at: (x: number, y: number) => readonly [number, number, number, number];
}

/**
 * Renders a picture with resvg (no browser), at one pixel per unit. With a `margin`, the canvas
 * reaches that far beyond the picture on every side (the picture then starts at (margin, margin)),
 * so whatever is painted outside it can be seen. Text uses the system's fonts, DejaVu Sans for the
 * pictures' sans-serif (installed with most Linux systems, CI's included).
 */
export function renderPicture(svg: string, margin = 0): Pixels {
	const size = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)" viewBox="[^"]*"/.exec(svg);
	if (size === null) throw new Error("not one of the pictures: no width, height and viewBox");
	const width = Number(size[1]) + 2 * margin;
	const height = Number(size[2]) + 2 * margin;
	const grown = svg.replace(
		size[0],
		size[0].replace(
			/width="[\d.]+" height="[\d.]+" viewBox="[^"]*"/,
			`width="${width}" height="${height}" viewBox="${-margin} ${-margin} ${width} ${height}"`,
		),
	);
	const image = new Resvg(grown, {
		font: {
			loadSystemFonts: true,
			defaultFontFamily: "DejaVu Sans",
			sansSerifFamily: "DejaVu Sans",
		},
	}).render();
	const pixels = image.pixels;
	return {
		width: image.width,
		height: image.height,
		at(x, y) {
			const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
			return [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0, pixels[i + 3] ?? 0];
		},
	};
}

/** `[r, g, b]` of a `#rrggbb` colour. */
export function rgb(hex: string): readonly [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether a pixel is opaque and within `tolerance` of a colour on every channel. */
export function near(pixel: readonly number[], color: readonly number[], tolerance = 8): boolean {
	return (
		(pixel[3] ?? 255) === 255 &&
		color.every((v, i) => Math.abs((pixel[i] as number) - v) <= tolerance)
	);
}
