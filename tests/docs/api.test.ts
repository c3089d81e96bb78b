/**
 * The API reference in `docs/api/` (Markdown, committed, shipped in the package) is what
 * `npm run docs:api` generates from the TSDoc of `src/` now: regenerated into a temporary folder
 * with the options of `typedoc.json`, it must be the same files with the same contents. After a
 * change to an exported name or its TSDoc, run `npm run docs:api` and commit `docs/api/`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { Application, TSConfigReader, TypeDocReader } from "typedoc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../package/fixture.js";

const committed = join(repoRoot, "docs", "api");
let outDir = "";
let errors = "";

/** Relative path → contents of every file under `dir`. */
function filesUnder(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(dir, path).split(sep).join("/"), readFileSync(path, "utf8"));
	}
	return files;
}

beforeAll(async () => {
	outDir = mkdtempSync(join(tmpdir(), "okr-kit-api-"));
	const app = await Application.bootstrapWithPlugins(
		{ options: join(repoRoot, "typedoc.json"), out: outDir, logLevel: "Warn" },
		[new TypeDocReader(), new TSConfigReader()],
	);
	const project = await app.convert();
	if (project === undefined || app.logger.hasErrors()) {
		errors = "typedoc reported errors (run `npm run docs:api` to see them)";
		return;
	}
	app.validate(project);
	if (app.logger.hasErrors() || app.logger.hasWarnings()) {
		errors = "typedoc reported problems (run `npm run docs:api` to see them)";
		return;
	}
	await app.generateOutputs(project);
}, 120_000);

afterAll(() => {
	if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
});

describe("the API reference in docs/api/", () => {
	it("generates without warnings", () => {
		expect(errors).toBe("");
	});

	it("has the files typedoc generates now, with the same contents (`npm run docs:api`)", () => {
		const expected = filesUnder(outDir);
		const actual = filesUnder(committed);
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		const stale = [...expected].filter(([path, text]) => actual.get(path) !== text);
		expect(stale.map(([path]) => path)).toEqual([]);
	});

	it("starts at docs/api/README.md, with a page per entry point", () => {
		expect(filesUnder(committed).get("README.md")).toMatch(/\[index\]\(index\/README\.md\)/);
	});
});
