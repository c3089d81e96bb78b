import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

/** The `src/` files a file imports or re-exports from (type-only imports included). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, "utf8");
	const targets: string[] = [];
	for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"(\.[^"]+)"/g)) {
		targets.push(resolve(dirname(file), (match[1] as string).replace(/\.js$/, ".ts")));
	}
	return targets;
}

/** Every cycle of the import graph, each once, as paths relative to the root. */
function importCycles(files: readonly string[]): string[][] {
	const graph = new Map(files.map((file) => [file, importsOf(file)]));
	const state = new Map<string, "open" | "done">();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (file: string): void => {
		state.set(file, "open");
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (!graph.has(next)) continue;
			const seen = state.get(next);
			if (seen === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (seen === undefined) visit(next);
		}
		stack.pop();
		state.set(file, "done");
	};
	for (const file of files) if (!state.has(file)) visit(file);
	return cycles.map((cycle) => cycle.map((file) => relative(root, file)));
}

describe("imports between source files", () => {
	it("form no circle: no file imports a file that imports it back, directly or not", () => {
		// The one circle left: a type import of the generated JSON Schemas' data, which the model's
		// rewrite removes. Exact equality, so that any other circle fails, and so does this list
		// once that one is gone.
		expect(importCycles(sourceFiles(src))).toEqual([
			[
				"src/model/jsonSchemas.ts",
				"src/model/jsonSchemas.generated.ts",
				"src/model/jsonSchemas.ts",
			],
		]);
	});

	it("are all found, type-only imports and re-exports included (the check sees what it checks)", () => {
		const imports = importsOf(join(src, "cascade", "rollUp.ts")).map((file) => relative(src, file));
		expect(imports).toContain("cascade/types.ts");
		expect(imports).toContain("policy/resolve.ts");
		expect(importsOf(join(src, "score.ts")).length).toBeGreaterThan(5);
	});
});
