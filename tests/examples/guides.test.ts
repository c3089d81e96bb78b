/**
 * The guides in docs/ are true: every ```ts block runs against the sources with its `//=>` values
 * checked and type-checks in a strict project (as the README's, see readme.test.ts), and every
 * relative link points to a file that exists.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runExample } from "../support/docExamples.js";
import {
	markdownLinks,
	markdownSections,
	packageModules,
	typeErrors,
} from "../support/markdown.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const modules = await packageModules(root);
const guides = readdirSync(join(root, "docs"))
	.filter((name) => name.endsWith(".md"))
	.sort()
	.map((name) => join(root, "docs", name));
const sections = guides.flatMap((file) => markdownSections(root, file));

describe("guides in docs/", () => {
	it("include the concepts, scoring, embedding, scripting and migration guides", () => {
		const names = guides.map((file) => file.slice(file.lastIndexOf("/") + 1));
		expect(names).toEqual(
			expect.arrayContaining([
				"concepts.md",
				"embedding.md",
				"migrating.md",
				"scoring.md",
				"scripting.md",
			]),
		);
	});

	it("migrating.md has a section for each tool people move from", () => {
		const headings = sections
			.filter((section) => section.file.endsWith("migrating.md"))
			.map((section) => section.heading);
		for (const tool of [
			"GitLab",
			"ServiceNow",
			"Grafana",
			"SAP",
			"feedback4e",
			"Workpath",
			"Synergita",
			"Qulture.Rocks",
			"LeanKit",
		]) {
			expect(headings.some((heading) => heading.includes(tool))).toBe(true);
		}
	});

	for (const section of sections) {
		it(`${section.file} "${section.heading}": its examples run and their //=> values hold`, async () => {
			await runExample(section, new Map(), modules);
		});
	}

	it("type-check as strict TypeScript against the sources", () => {
		expect(typeErrors(root, sections)).toEqual([]);
	});

	for (const file of guides) {
		it(`${file.slice(root.length)} links only to files that exist`, () => {
			const missing = markdownLinks(file).filter((link) => !existsSync(join(dirname(file), link)));
			expect(missing).toEqual([]);
		});
	}
});
