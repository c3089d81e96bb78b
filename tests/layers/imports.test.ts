import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/**
 * The `src/` files a file imports or re-exports from: static imports (type-only ones included),
 * side-effect imports and dynamic `import("…")`.
 */
function importsOf(file: string): string[] {
	const text = readFileSync(file, "utf8");
	const targets: string[] = [];
	const statements =
		/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"(\.[^"]+)"|(?:^|\n)\s*import\s*"(\.[^"]+)"|\bimport\(\s*"(\.[^"]+)"\s*\)/g;
	for (const match of text.matchAll(statements)) {
		const target = (match[1] ?? match[2] ?? match[3]) as string;
		targets.push(resolve(dirname(file), target.replace(/\.js$/, ".ts")));
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

	it("finds a circle when there is one, through any kind of import", () => {
		const dir = mkdtempSync(join(tmpdir(), "okr-imports-"));
		writeFileSync(join(dir, "a.ts"), 'import type { B } from "./b.js";\nexport type A = B;\n');
		writeFileSync(
			join(dir, "b.ts"),
			'export const load = () => import("./c.js");\nexport type B = 1;\n',
		);
		writeFileSync(join(dir, "c.ts"), 'import "./a.js";\n');
		const cycles = importCycles(sourceFiles(dir)).map((cycle) =>
			cycle.map((file) => file.slice(file.lastIndexOf("/") + 1)),
		);
		expect(cycles).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
	});
});
