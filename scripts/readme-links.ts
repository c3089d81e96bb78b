/**
 * README links and pictures that work in the repository, in the installed package and on the npm
 * registry's page.
 *
 * In the repository the README links its files by relative path (`docs/scoring.md`,
 * `docs/images/progress.svg`), which works on a code host, in a clone and offline. The registry
 * page resolves no relative link, so while the package is packed (`prepack`, also run by
 * `npm publish`) the README's relative targets are rewritten to the same files of the very
 * version being packed on a public npm CDN (`https://cdn.jsdelivr.net/npm/okr-kit@<version>/…`),
 * and rewritten back afterwards (`postpack`). Every target ships in the package (`files`), so the
 * CDN has each of them, and the installed package has them too.
 *
 * Usage: `tsx scripts/readme-links.ts absolute|relative` (from the repository root).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Where the files of a published version are served: `https://cdn.jsdelivr.net/npm/name@1.2.3/`. */
export function cdnBase(name: string, version: string): string {
	return `https://cdn.jsdelivr.net/npm/${name}@${version}/`;
}

/** A Markdown link or picture target: `](target)` or `](target "title")`. */
const inlineTarget = /(\]\()([^)\s]+)/g;

/** Whether a link target is relative to the README (not a URL, an anchor or an absolute path). */
export function isRelative(target: string): boolean {
	return !/^(?:[a-z][a-z\d+.-]*:|#|\/)/i.test(target);
}

/** Every link and picture target of a Markdown text, in order. */
export function linkTargets(markdown: string): string[] {
	return [...markdown.matchAll(inlineTarget)].map((match) => match[2] ?? "");
}

/** The README as packed: each relative target prefixed with `base`. */
export function toAbsolute(markdown: string, base: string): string {
	return markdown.replace(inlineTarget, (whole, open: string, target: string) =>
		isRelative(target) ? `${open}${base}${target.replace(/^\.\//, "")}` : whole,
	);
}

/** The README as in the repository: `base` removed again. */
export function toRelative(markdown: string, base: string): string {
	return markdown.replace(inlineTarget, (whole, open: string, target: string) =>
		target.startsWith(base) ? `${open}${target.slice(base.length)}` : whole,
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const direction = process.argv[2];
	if (direction !== "absolute" && direction !== "relative") {
		throw new Error("usage: tsx scripts/readme-links.ts absolute|relative");
	}
	const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
		name: string;
		version: string;
	};
	const base = cdnBase(manifest.name, manifest.version);
	const readme = readFileSync("README.md", "utf8");
	writeFileSync(
		"README.md",
		direction === "absolute" ? toAbsolute(readme, base) : toRelative(readme, base),
	);
}
