/**
 * The package as published: package.json fields, what the tarball holds, which modules
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

/** Entry points that must never load zod: scoring in a browser, and pictures (docs/embedding.md). */
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

	it("limits files to the build and the docs that ship (the guides, pictures, API reference and examples the README links)", () => {
		expect(manifest.files).toBeDefined();
		for (const entry of manifest.files ?? []) {
			expect(entry).toMatch(
				/^(dist|docs|examples|bench\/README\.md|README(\.md)?|LICENSE(\.md)?|CHANGELOG\.md)$/,
			);
		}
	});

	it("builds dist/ before packing (prepack), so that a fresh clone packs the build", () => {
		expect(manifest.scripts?.["prepack"]).toMatch(/^npm run build(?: &&|$)/);
		expect(manifest.scripts?.["build"]).toMatch(/^tsup\b/);
	});

	it("maps each subpath to its declarations for moduleResolution node10 (typesVersions)", () => {
		const expected = Object.fromEntries(
			entries
				.filter((entry) => entry !== ".")
				.map((entry) => [entry.slice(2), [conditions(entry).import?.types]]),
		);
		expect(manifest.typesVersions).toEqual({ "*": expected });
	});

	it("depends on zod, decimal.js and date-fns only, pinned", () => {
		const deps = manifest.dependencies ?? {};
		expect(Object.keys(deps).sort()).toEqual(["date-fns", "decimal.js", "zod"]);
		for (const version of Object.values(deps)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe("the packed tarball", () => {
	it("holds package.json, README, LICENSE, dist/, docs/, examples/ and bench/README.md only", () => {
		const paths = pack().files.map((file) => file.path);
		const stray = paths.filter(
			(path) =>
				!/^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md|bench\/README\.md|(dist|docs|examples)\/.+)$/.test(
					path,
				),
		);
		expect(stray).toEqual([]);
		expect(paths).toEqual(expect.arrayContaining(["package.json", "README.md"]));
		expect(paths.some((path) => /^LICENSE(\.md)?$/.test(path))).toBe(true);
	});

	it("ships no tests, sources, configs or temporary files", () => {
		const paths = pack().files.map((file) => file.path);
		expect(
			paths.filter(
				(path) =>
					/(^|\/)(src|tests|\.tmp|coverage|node_modules)\//.test(path) ||
					(path.startsWith("bench/") && path !== "bench/README.md"),
			),
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

	it("has one declaration file per entry point and format, named after it (no hashed chunks)", () => {
		const declarations = pack()
			.files.map((file) => file.path)
			.filter((path) => /\.d\.c?ts$/.test(path))
			.sort();
		const expected = entries.flatMap((entry) => {
			const { import: esm, require: cjs } = conditions(entry);
			return [esm?.types, cjs?.types].map((path) => (path ?? "").replace(/^\.\//, ""));
		});
		expect(declarations).toEqual(expected.sort());
		for (const file of pack().files.filter((entry) => /\.d\.c?ts$/.test(entry.path))) {
			const relativeImports = specifiersOf(file.data.toString("utf8")).filter((spec) =>
				spec.startsWith("."),
			);
			expect(relativeImports, file.path).toEqual([]);
		}
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

/**
 * `npm run check:package` is `publint <flags> && attw --pack . <flags>`: the flags of each tool,
 * read from the script, so that `npm test` runs the same checks (on the tarball packed here:
 * `attw --pack .` would pack, and so build, again).
 */
function checkPackageFlags(): { publint: string[]; attw: string[] } {
	const script = manifest.scripts?.["check:package"] ?? "";
	const match = /^publint((?: --?[\w-]+)*) && attw --pack \.((?: --?[\w-]+)*)$/.exec(script);
	if (match === null) throw new Error(`unexpected check:package script: ${script}`);
	const flags = (text: string | undefined) => (text ?? "").trim().split(/\s+/).filter(Boolean);
	return { publint: flags(match[1]), attw: flags(match[2]) };
}

describe("package linters on the tarball (npm run check:package)", () => {
	it("check:package runs attw with its default profile (node10, node16 ESM and CJS, bundler)", () => {
		expect(checkPackageFlags()).toEqual({
			publint: ["--strict"],
			attw: ["--no-definitely-typed"],
		});
	});

	it("publint finds nothing", async () => {
		const result = await run(
			join(repoRoot, "node_modules", ".bin", "publint"),
			["run", pack().tarball, ...checkPackageFlags().publint],
			{ cwd: repoRoot },
		);
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
	});

	it("attw finds no type resolution problem for any entry point", async () => {
		const result = await run(
			join(repoRoot, "node_modules", ".bin", "attw"),
			[pack().tarball, ...checkPackageFlags().attw, "--format", "ascii"],
			{ cwd: repoRoot, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" } },
		);
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
		// The default profile checks node10 too: each entry point names it.
		expect(result.stdout.match(/node10: /g)?.length).toBe(entries.length + 1);
	});
});
