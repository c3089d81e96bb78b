/** Helpers shared by the picture tests (`tests/svg/`): reading back what a picture wrote. */
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
