/**
 * The package as published (SPEC §10): package.json fields, what the tarball holds, which modules
 * each entry point pulls in, and what publint and attw say about the packed tarball.
 */
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	type ConditionalTarget,
	entryPoints,
	type PackageManifest,
	type PackedPackage,
	packConsumer,
	readManifest,
	repoRoot,
	run,
	specifier,
	type TarEntry,
} from "./fixture.js";

/** Entry points that must never load zod: scoring in a browser, and pictures (SPEC §10, §11). */
const zodFree = ["./score", "./svg"];

const manifest: PackageManifest = readManifest();
const entries = entryPoints(manifest);

let packed: PackedPackage | undefined;
beforeAll(async () => {
	packed = await packConsumer("manifest");
}, 90_000);
afterAll(() => packed?.dispose());

function pack(): PackedPackage {
	if (packed === undefined) throw new Error("the package was not packed");
	return packed;
}

function fileIn(files: readonly TarEntry[], path: string): TarEntry | undefined {
	const wanted = path.replace(/^\.\//, "");
	return files.find((file) => file.path === wanted);
}

function conditions(entry: string): {
	import: ConditionalTarget | undefined;
	require: ConditionalTarget | undefined;
} {
	const target = manifest.exports?.[entry];
	if (target === undefined || typeof target === "string") {
		return { import: undefined, require: undefined };
	}
	const asTarget = (value: ConditionalTarget | string | undefined) =>
		typeof value === "string" ? { default: value } : value;
	return { import: asTarget(target.import), require: asTarget(target.require) };
}

/** Module specifiers a built JS file imports or requires, statically. */
function specifiersOf(source: string): string[] {
	const found = new Set<string>();
	const patterns = [
		/\bfrom\s*["']([^"']+)["']/g,
		/\bimport\s*["']([^"']+)["']/g,
		/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
		/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
	];
	for (const pattern of patterns) {
		for (const match of source.matchAll(pattern)) if (match[1] !== undefined) found.add(match[1]);
	}
	return [...found];
}

/** Bare specifiers reachable from a file of the tarball through its relative imports. */
function bareImportsReachableFrom(files: readonly TarEntry[], start: string): Set<string> {
	const bare = new Set<string>();
	const seen = new Set<string>();
	const queue = [start.replace(/^\.\//, "")];
	while (queue.length > 0) {
		const path = queue.pop() as string;
		if (seen.has(path)) continue;
		seen.add(path);
		const file = fileIn(files, path);
		if (file === undefined) throw new Error(`${path} is imported but not in the tarball`);
		for (const spec of specifiersOf(file.data.toString("utf8"))) {
			if (spec.startsWith(".")) {
				queue.push(join(path, "..", spec).split("\\").join("/"));
			} else {
				bare.add(spec);
			}
		}
	}
	return bare;
}

const packageName = (spec: string) =>
	spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);

describe("package.json", () => {
	it('declares "sideEffects": false', () => {
		expect(manifest.sideEffects).toBe(false);
	});

	it("requires Node 20 or later, and this Node satisfies it", () => {
		const range = manifest.engines?.node ?? "";
		const match = /^>=\s*(\d+)(?:\.\d+){0,2}$/.exec(range.trim());
		expect(match, `engines.node is ${JSON.stringify(range)}`).not.toBeNull();
		expect(Number(match?.[1])).toBe(20);
		expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(20);
	});

	it('is an ES module package ("type": "module") with CJS as .cjs', () => {
		expect(manifest.type).toBe("module");
	});

	it('exports ".", "./score" and "./svg"', () => {
		expect(entries).toEqual(expect.arrayContaining([".", "./score", "./svg"]));
	});

	it.each(entries)(
		'exports["%s"] has types first, then the file, under both import and require',
		(entry) => {
			const { import: esm, require: cjs } = conditions(entry);
			expect(esm, "import condition").toBeDefined();
			expect(cjs, "require condition").toBeDefined();
			expect(Object.keys(esm ?? {})).toEqual(["types", "default"]);
			expect(Object.keys(cjs ?? {})).toEqual(["types", "default"]);
			expect(esm?.types).toMatch(/\.d\.ts$/);
			expect(esm?.default).toMatch(/\.js$/);
			expect(cjs?.types).toMatch(/\.d\.cts$/);
			expect(cjs?.default).toMatch(/\.cjs$/);
		},
	);

	it("limits files to the build and the docs that ship", () => {
		expect(manifest.files).toBeDefined();
		for (const entry of manifest.files ?? []) {
			expect(entry).toMatch(/^(dist|README(\.md)?|LICENSE(\.md)?|CHANGELOG\.md)$/);
		}
	});

	it("depends on zod, decimal.js and date-fns only, pinned", () => {
		const deps = manifest.dependencies ?? {};
		expect(Object.keys(deps).sort()).toEqual(["date-fns", "decimal.js", "zod"]);
		for (const version of Object.values(deps)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe("the packed tarball", () => {
	it("holds package.json, README, LICENSE and dist/ only", () => {
		const paths = pack().files.map((file) => file.path);
		const stray = paths.filter(
			(path) => !/^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md|dist\/.+)$/.test(path),
		);
		expect(stray).toEqual([]);
		expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md"]));
		expect(paths.some((path) => /^LICENSE(\.md)?$/.test(path))).toBe(true);
	});

	it("ships no tests, sources, configs or temporary files", () => {
		const paths = pack().files.map((file) => file.path);
		expect(
			paths.filter((path) => /(^|\/)(src|tests|bench|\.tmp|coverage|node_modules)\//.test(path)),
		).toEqual([]);
		expect(paths.filter((path) => /\.(test|spec)\.|tsconfig|\.tgz$/.test(path))).toEqual([]);
	});

	it("holds every file package.json points to", () => {
		const { files } = pack();
		const targets = [manifest.main, manifest.module, manifest.types].filter(
			(path): path is string => path !== undefined,
		);
		for (const entry of entries) {
			const { import: esm, require: cjs } = conditions(entry);
			for (const target of [esm?.types, esm?.default, cjs?.types, cjs?.default]) {
				if (target !== undefined) targets.push(target);
			}
		}
		expect(targets.filter((target) => fileIn(files, target) === undefined)).toEqual([]);
	});

	it("has source maps that carry their sources (src/ does not ship)", () => {
		for (const file of pack().files.filter((entry) => entry.path.endsWith(".map"))) {
			const map = JSON.parse(file.data.toString("utf8")) as {
				sources: string[];
				sourcesContent?: (string | null)[];
			};
			expect(map.sourcesContent?.length ?? 0, file.path).toBe(map.sources.length);
			expect(map.sourcesContent?.includes(null) ?? false, file.path).toBe(false);
		}
	});

	it.each(entries)("%s: the built JS imports only declared dependencies", (entry) => {
		const { files } = pack();
		const { import: esm, require: cjs } = conditions(entry);
		const declared = new Set(Object.keys(manifest.dependencies ?? {}));
		for (const start of [esm?.default, cjs?.default]) {
			if (start === undefined) continue;
			const undeclared = [...bareImportsReachableFrom(files, start)].filter(
				(spec) => !declared.has(packageName(spec)),
			);
			expect(undeclared, start).toEqual([]);
		}
	});

	it.each(entries.filter((entry) => zodFree.includes(entry)))(
		"%s: the built JS (ESM and CJS, with its chunks) does not import zod",
		(entry) => {
			const { files } = pack();
			const { import: esm, require: cjs } = conditions(entry);
			for (const start of [esm?.default, cjs?.default]) {
				if (start === undefined) continue;
				const zod = [...bareImportsReachableFrom(files, start)].filter(
					(spec) => packageName(spec) === "zod",
				);
				expect(zod, start).toEqual([]);
			}
		},
	);

	it.each(entries.filter((entry) => zodFree.includes(entry)))(
		"%s: a browser bundle of it holds no zod module",
		async (entry) => {
			const { consumerDir } = pack();
			const result = await build({
				stdin: {
					contents: `export * from ${JSON.stringify(specifier(entry, manifest.name))};`,
					resolveDir: consumerDir,
					loader: "js",
				},
				bundle: true,
				// Resolve the package as a consumer does, not through the repo's tsconfig paths (→ src/).
				tsconfigRaw: {},
				write: false,
				metafile: true,
				format: "esm",
				platform: "browser",
				logLevel: "silent",
			});
			const inputs = Object.keys(result.metafile.inputs);
			expect(inputs.some((input) => input.includes(`${manifest.name}/dist/`))).toBe(true);
			expect(inputs.filter((input) => /(^|\/)node_modules\/zod\//.test(input))).toEqual([]);
		},
	);
});

describe("package linters on the tarball", () => {
	it("publint --strict finds nothing", async () => {
		const result = await run(
			join(repoRoot, "node_modules", ".bin", "publint"),
			["run", pack().tarball, "--strict"],
			{ cwd: repoRoot },
		);
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
	});

	it("attw finds no type resolution problem for node16 (ESM and CJS) and bundler", async () => {
		const result = await run(
			join(repoRoot, "node_modules", ".bin", "attw"),
			[pack().tarball, "--profile", "node16", "--no-definitely-typed", "--format", "ascii"],
			{ cwd: repoRoot, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } },
		);
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
	});
});
