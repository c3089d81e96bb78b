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

/**
 * The layers of src/ (docs/architecture.md), lowest first: a file imports only from its own layer
 * or the ones below.
 */
const LAYERS: readonly (readonly string[])[] = [
	["numeric", "errors", "objects.ts"],
	["time"],
	["kinds"],
	["read", "model", "cycles", "policy"],
	[
		"progress",
		"grading",
		"pace",
		"kpi",
		"cascade",
		"promotion",
		"lint",
		"health",
		"risk",
		"program",
	],
	["svg"],
	["index.ts", "score.ts", "svg.ts"],
];

function layerOf(file: string): number {
	const top = relative(src, file).split("/")[0] as string;
	const layer = LAYERS.findIndex((names) => names.includes(top));
	if (layer < 0) throw new Error(`${relative(root, file)} is in no layer of docs/architecture.md`);
	return layer;
}

/** Every import that goes up a layer, as "from → to". */
function upwardImports(files: readonly string[]): string[] {
	return files.flatMap((file) =>
		importsOf(file)
			.filter((target) => target.startsWith(src) && layerOf(target) > layerOf(file))
			.map((target) => `${relative(src, file)} → ${relative(src, target)}`),
	);
}

describe("imports between source files", () => {
	it("read downward: no file imports from a layer above its own", () => {
		expect(upwardImports(sourceFiles(src))).toEqual([]);
	});

	it("time/ imports nothing from the model, its readers or anything above the ground", () => {
		const time = sourceFiles(join(src, "time"));
		const targets = time.flatMap(importsOf).map((target) => relative(src, target).split("/")[0]);
		expect([...new Set(targets)].sort()).toEqual(["errors", "numeric", "objects.ts", "time"]);
	});

	it("form no circle: no file imports a file that imports it back, directly or not", () => {
		expect(importCycles(sourceFiles(src))).toEqual([]);
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
