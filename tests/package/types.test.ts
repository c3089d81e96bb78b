/**
 * The installed package type-checks for consumers under `moduleResolution` `bundler`, `node16`,
 * `nodenext` (module matching; for node16/nodenext from an ES module `.mts` and a CommonJS `.cts`
 * file) and `node` (node10, with `module: "commonjs"`), for every entry point, with strict flags;
 * the package's own declaration files are checked too, as `skipLibCheck: false` would. The
 * declared value exports must be exactly the runtime exports of the build each mode resolves to.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	entryPoints,
	type PackageManifest,
	type PackedPackage,
	packConsumer,
	readManifest,
	specifier,
} from "./fixture.js";

const manifest: PackageManifest = readManifest();
const entries = entryPoints(manifest);

type Format = "esm" | "cjs";

interface Mode {
	readonly name: "bundler" | "node16" | "nodenext" | "node10";
	readonly options: ts.CompilerOptions;
	/** Consumer files of this mode: extension and the build it resolves to. */
	readonly files: readonly {
		readonly extension: ".ts" | ".mts" | ".cts";
		readonly format: Format;
	}[];
}

const strict: ts.CompilerOptions = {
	target: ts.ScriptTarget.ES2022,
	strict: true,
	exactOptionalPropertyTypes: true,
	noUncheckedIndexedAccess: true,
	noEmit: true,
	skipLibCheck: false,
};
// The environments consumers really have: a bundler app has the DOM library, a Node program
// @types/node. (zod's declarations need one of them for `URL`.)
const browser: ts.CompilerOptions = { lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] };
const node: ts.CompilerOptions = { lib: ["lib.es2022.d.ts"], types: ["node"] };

const modes: readonly Mode[] = [
	{
		name: "bundler",
		options: {
			...strict,
			...browser,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
		},
		files: [{ extension: ".ts", format: "esm" }],
	},
	{
		name: "node16",
		options: {
			...strict,
			...node,
			module: ts.ModuleKind.Node16,
			moduleResolution: ts.ModuleResolutionKind.Node16,
		},
		files: [
			{ extension: ".mts", format: "esm" },
			{ extension: ".cts", format: "cjs" },
		],
	},
	{
		name: "nodenext",
		options: {
			...strict,
			...node,
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
		},
		files: [
			{ extension: ".mts", format: "esm" },
			{ extension: ".cts", format: "cjs" },
		],
	},
	{
		// `moduleResolution: "node"`, what a CommonJS TypeScript project gets by default: no
		// `exports`, so subpaths resolve through `typesVersions`.
		name: "node10",
		options: {
			...strict,
			...node,
			module: ts.ModuleKind.CommonJS,
			moduleResolution: ts.ModuleResolutionKind.Node10,
		},
		files: [{ extension: ".ts", format: "cjs" }],
	},
];

/**
 * What a consumer writes against the core API; it must compile from every entry point that has
 * these names. The `@ts-expect-error` lines prove the types are real (not `any`).
 */
function usageSource(spec: string): string {
	return `import {
	defaultPolicy,
	grade,
	gradeObjective,
	type KeyResult,
	keyResultProgress,
	type Objective,
	OkrError,
	OkrValidationError,
	objectiveProgress,
	progressAt,
} from ${JSON.stringify(spec)};

const kr: KeyResult = { id: "kr", title: "Exact", kind: "metric", start: "0.1", target: "0.3", current: "0.2" };
const objective: Objective = { id: "o", title: "An objective", keyResults: [kr, { id: "m", title: "Ship", kind: "milestone", done: true }] };

export const progress: number = keyResultProgress(kr, { policy: { progress: { cap: 1.2 } } });
export const uncapped: number = keyResultProgress(kr, { policy: { progress: { cap: null } } });
export const score: number = objectiveProgress(objective);
export const earlier: number = progressAt(kr, "2025-08-01");
export const fromDate: number = progressAt(kr, new Date(Date.UTC(2025, 7, 1)));
export const color: "red" | "yellow" | "green" = grade(0.65).color;
export const graded: number = gradeObjective(objective).grade;
export const success: boolean = gradeObjective(objective).success;
export const policy = defaultPolicy;

export function codeOf(error: unknown): string | undefined {
	if (error instanceof OkrValidationError) return error.issues[0]?.code;
	if (error instanceof OkrError) return error.code;
	return undefined;
}

// @ts-expect-error a key result needs its kind
keyResultProgress({ id: "x", title: "x", start: 0, target: 1 });
// @ts-expect-error grade returns an object, not a number
export const notANumber: number = grade(0.5);
`;
}

/** Names used by {@link usageSource}; an entry lacking one gets no usage file. */
const usageNames = [
	"defaultPolicy",
	"grade",
	"gradeObjective",
	"keyResultProgress",
	"OkrError",
	"OkrValidationError",
	"objectiveProgress",
	"progressAt",
];

let packed: PackedPackage | undefined;
/** Runtime export names per format and entry point, read from the installed build. */
const runtimeExports = new Map<string, string[]>();

beforeAll(async () => {
	packed = await packConsumer("types");
	const require = createRequire(join(packed.consumerDir, "index.cjs"));
	for (const entry of entries) {
		const spec = specifier(entry, manifest.name);
		const cjs = require(spec) as Record<string, unknown>;
		const resolved = pathToFileURL(resolveEsm(spec)).href;
		const esm = (await import(resolved)) as Record<string, unknown>;
		runtimeExports.set(`cjs ${entry}`, Object.keys(cjs).sort());
		runtimeExports.set(`esm ${entry}`, Object.keys(esm).sort());
	}
}, 90_000);

afterAll(() => packed?.dispose());

/** The file the `import` condition of an entry point names, inside the installed package. */
function resolveEsm(spec: string): string {
	const entry = spec === manifest.name ? "." : `./${spec.slice(manifest.name.length + 1)}`;
	const target = manifest.exports?.[entry];
	const file =
		typeof target === "object" && typeof target.import === "object"
			? target.import.default
			: undefined;
	if (file === undefined || packed === undefined) throw new Error(`no import target for ${spec}`);
	return join(packed.packageDir, file);
}

function isInside(file: string, dir: string): boolean {
	const relativePath = relative(dir, file);
	return relativePath !== "" && !relativePath.startsWith("..") && !isAbsolute(relativePath);
}

/** Lib files parse the same under every mode: share them between programs. */
const libCache = new Map<string, ts.SourceFile | undefined>();

function check(mode: Mode): { diagnostics: string; declared: Map<string, string[]> } {
	if (packed === undefined) throw new Error("the package was not packed");
	const dir = join(packed.consumerDir, mode.name);
	mkdirSync(dir, { recursive: true });
	const roots: { file: string; format: Format; entry: string }[] = [];
	for (const { extension, format } of mode.files) {
		entries.forEach((entry, index) => {
			const spec = specifier(entry, manifest.name);
			const names = runtimeExports.get(`${format} ${entry}`) ?? [];
			const file = join(dir, `entry${index}${extension}`);
			const usage = usageNames.every((name) => names.includes(name)) ? usageSource(spec) : "";
			// Namespace import too: the exports check reads the module's declared exports from it.
			writeFileSync(
				file,
				`${usage}\nimport * as all from ${JSON.stringify(spec)};\nexport const namespace = all;\n`,
			);
			roots.push({ file, format, entry });
		});
	}
	const host = ts.createCompilerHost(mode.options, true);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
		if (!/[\\/]typescript[\\/]lib[\\/]lib\./.test(fileName)) {
			return getSourceFile(fileName, languageVersion, onError, shouldCreate);
		}
		if (!libCache.has(fileName)) {
			libCache.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
		}
		return libCache.get(fileName);
	};
	const program = ts.createProgram({
		rootNames: roots.map((root) => root.file),
		options: mode.options,
		host,
	});
	// Like `skipLibCheck: false`, but for the consumer's files and the package's own declarations
	// only: checking all of zod's declarations too costs ~5 s of CPU per mode and tests zod, not us.
	const packageDir = packed.packageDir;
	const ours = program
		.getSourceFiles()
		.filter(
			(file) =>
				roots.some((root) => root.file === file.fileName) || isInside(file.fileName, packageDir),
		);
	const found = [
		...program.getOptionsDiagnostics(),
		...program.getGlobalDiagnostics(),
		...ours.flatMap((file) => [
			...program.getSyntacticDiagnostics(file),
			...program.getSemanticDiagnostics(file),
		]),
	];
	const diagnostics = ts.formatDiagnostics(found, {
		getCanonicalFileName: (name) => name,
		getCurrentDirectory: () => packed?.consumerDir ?? "",
		getNewLine: () => "\n",
	});

	const checker = program.getTypeChecker();
	const declared = new Map<string, string[]>();
	for (const root of roots) {
		const source = program.getSourceFile(root.file);
		const namespaceImport = source?.statements
			.filter(ts.isImportDeclaration)
			.find(
				(statement) =>
					statement.importClause?.namedBindings?.kind === ts.SyntaxKind.NamespaceImport,
			);
		const moduleSymbol =
			namespaceImport === undefined
				? undefined
				: checker.getSymbolAtLocation(namespaceImport.moduleSpecifier);
		const names =
			moduleSymbol === undefined
				? []
				: checker
						.getExportsOfModule(moduleSymbol)
						.filter((symbol) => {
							const target =
								symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
							return (target.flags & ts.SymbolFlags.Value) !== 0;
						})
						.map((symbol) => symbol.getName())
						.sort();
		declared.set(`${root.format} ${root.entry}`, names);
	}
	return { diagnostics, declared };
}

describe.each(modes)("a consumer with moduleResolution $name", (mode) => {
	let result: ReturnType<typeof check> | undefined;
	const checked = () => {
		result ??= check(mode);
		return result;
	};

	it("type-checks every entry point and the package's declarations without errors (strict)", () => {
		expect(checked().diagnostics).toBe("");
	});

	for (const { format } of mode.files) {
		it.each(entries)(
			`${format}: the value exports declared for %s are exactly the runtime exports`,
			(entry) => {
				const declared = checked().declared.get(`${format} ${entry}`);
				expect(declared?.length ?? 0).toBeGreaterThan(0);
				expect(declared).toEqual(runtimeExports.get(`${format} ${entry}`));
			},
		);
	}
});
