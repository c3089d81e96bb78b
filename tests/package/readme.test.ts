/**
 * The README's links and pictures work in the repository, in the installed package
 * (`node_modules/okr-kit/README.md`) and on the npm registry's page.
 *
 * In the repository the README links files by relative path, and each target ships in the package,
 * so the same links work in the installed package. The registry page resolves no relative link:
 * `prepack` rewrites them to the packed version's files on a CDN (`scripts/readme-links.ts`) and
 * `postpack` rewrites them back. The other Markdown files that ship (guides, API reference) link
 * only to files that ship too.
 */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	cdnBase,
	isRelative,
	linkTargets,
	toAbsolute,
	toRelative,
} from "../../scripts/readme-links.js";
import { type PackedPackage, packConsumer, readManifest, repoRoot } from "./fixture.js";

const manifest = readManifest();
const base = cdnBase(manifest.name, manifest.version);
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

let packed: PackedPackage | undefined;
beforeAll(async () => {
	packed = await packConsumer("readme");
}, 90_000);
afterAll(() => packed?.dispose());

function packedPaths(): Set<string> {
	if (packed === undefined) throw new Error("the package was not packed");
	return new Set(packed.files.map((file) => file.path));
}

/** A link target as a path inside the package, from the file `from`: anchor and query removed. */
function pathOf(target: string, from: string): string {
	const file = decodeURI(target.replace(/[#?].*$/, ""));
	return posix.normalize(posix.join(posix.dirname(from), file));
}

describe("the README in the repository and in the installed package", () => {
	it("links and shows pictures", () => {
		const targets = linkTargets(readme);
		expect(targets.filter((target) => /\.svg$/.test(target)).length).toBeGreaterThan(0);
		expect(targets.filter((target) => /\.md(#.*)?$/.test(target)).length).toBeGreaterThan(0);
	});

	it("links, by relative path, only files that ship in the package", () => {
		const paths = packedPaths();
		const missing = linkTargets(readme)
			.filter(isRelative)
			.filter((target) => !paths.has(pathOf(target, "README.md")));
		expect(missing).toEqual([]);
	});

	it("links nothing else than files of the package, anchors and https URLs", () => {
		const other = linkTargets(readme).filter(
			(target) => !isRelative(target) && !target.startsWith("#") && !/^https:\/\//.test(target),
		);
		expect(other).toEqual([]);
	});

	it("has no CDN link already (postpack could not tell it from a rewritten one)", () => {
		expect(linkTargets(readme).filter((target) => target.startsWith(base))).toEqual([]);
	});
});

describe("the README on the registry page (as prepack rewrites it)", () => {
	it("prepack rewrites the README's links after the build, postpack rewrites them back", () => {
		expect(manifest.scripts?.["prepack"]).toBe(
			"npm run build && tsx scripts/readme-links.ts absolute",
		);
		expect(manifest.scripts?.["postpack"]).toBe("tsx scripts/readme-links.ts relative");
	});

	it("has no relative link left", () => {
		expect(linkTargets(toAbsolute(readme, base)).filter(isRelative)).toEqual([]);
	});

	it("links each file of this version that the repository README links", () => {
		const paths = packedPaths();
		const rewritten = linkTargets(toAbsolute(readme, base)).filter((target) =>
			target.startsWith(base),
		);
		const relative = linkTargets(readme).filter(isRelative);
		expect(rewritten).toHaveLength(relative.length);
		expect(
			rewritten.filter((target) => !paths.has(pathOf(target.slice(base.length), "README.md"))),
		).toEqual([]);
		expect(base).toBe(`https://cdn.jsdelivr.net/npm/okr-kit@${manifest.version}/`);
	});

	it("postpack gives back the README exactly", () => {
		expect(toRelative(toAbsolute(readme, base), base)).toBe(readme);
	});
});

describe("the other Markdown files that ship", () => {
	it("link only files that ship too", () => {
		if (packed === undefined) throw new Error("the package was not packed");
		const paths = packedPaths();
		const broken: string[] = [];
		for (const file of packed.files.filter((entry) => entry.path.endsWith(".md"))) {
			for (const target of linkTargets(file.data.toString("utf8")).filter(isRelative)) {
				if (!paths.has(pathOf(target, file.path))) broken.push(`${file.path} → ${target}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it("include the API reference, readable without building (docs/api/README.md)", () => {
		expect(packedPaths().has("docs/api/README.md")).toBe(true);
	});
});
