/**
 * The README's code is true: every ```ts block runs against the sources (imports of `okr-kit`,
 * `okr-kit/score` and any other entry of package.json `exports` resolve to `src/`) with its `//=>`
 * values checked, and type-checks in a strict project. Blocks of one `## ` section run in order as one program, so a
 * later block may use an earlier one's `const`s; sections are independent.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runExample } from "../support/docExamples.js";
import {
	fencedBlocks,
	markdownLinks,
	markdownSections,
	packageModules,
	typeErrors,
} from "../support/markdown.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = join(root, "README.md");
const modules = await packageModules(root);
const sections = markdownSections(root, readme);

describe("README.md", () => {
	it("starts with the two commands a new user runs", () => {
		const first = fencedBlocks(readme, "sh")[0] ?? "";
		const commands = first.split("\n").map((line) => line.replace(/#.*$/, "").trim());
		expect(commands.filter((c) => c !== "")).toEqual([
			"npm ci && npm run demo",
			"npm ci && npm test",
		]);
	});

	it("has TypeScript examples", () => {
		expect(sections.length).toBeGreaterThan(5);
	});

	for (const section of sections) {
		it(`"${section.heading}": its examples run and their //=> values hold`, async () => {
			await runExample(section, new Map(), modules);
		});
	}

	it("type-checks as strict TypeScript against the sources", () => {
		expect(typeErrors(root, sections)).toEqual([]);
	});

	it("links only to files that exist (the API docs are built by npm run docs)", () => {
		const missing = markdownLinks(readme)
			.filter((link) => !link.startsWith("docs/api"))
			.filter((link) => !existsSync(join(dirname(readme), link)));
		expect(missing).toEqual([]);
	});
});
