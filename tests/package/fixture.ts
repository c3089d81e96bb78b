/**
 * The package as a consumer gets it: `npm pack` of the built repository, unpacked into
 * `.tmp/package-tests/<run>/consumer/node_modules/okr-kit`. The consumer sits inside the repository
 * so that the package's own dependencies (zod, decimal.js, date-fns) resolve by walking up to the
 * repository's `node_modules`, exactly as they would from a consumer's `node_modules`.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The repository's package.json, read fresh (other work may change it during a session). */
export function readManifest(): PackageManifest {
	return JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as PackageManifest;
}

export interface ConditionalTarget {
	readonly types?: string;
	readonly default?: string;
}

export interface PackageManifest {
	readonly name: string;
	readonly version: string;
	readonly type?: string;
	readonly main?: string;
	readonly module?: string;
	readonly types?: string;
	readonly sideEffects?: unknown;
	readonly files?: readonly string[];
	readonly engines?: { readonly node?: string };
	readonly exports?: Readonly<
		Record<
			string,
			| string
			| {
					readonly import?: ConditionalTarget | string;
					readonly require?: ConditionalTarget | string;
					readonly types?: string;
			  }
		>
	>;
	readonly typesVersions?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
	readonly dependencies?: Readonly<Record<string, string>>;
	readonly scripts?: Readonly<Record<string, string>>;
}

/** The entry points a consumer can import (`"."`, `"./score"`, …), `./package.json` aside. */
export function entryPoints(manifest: PackageManifest = readManifest()): string[] {
	return Object.keys(manifest.exports ?? {}).filter((key) => key !== "./package.json");
}

/** `"."` → `"okr-kit"`, `"./score"` → `"okr-kit/score"`. */
export function specifier(entry: string, name = readManifest().name): string {
	return entry === "." ? name : `${name}/${entry.slice(2)}`;
}

export interface CommandResult {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs a command without a shell, with a timeout; never throws for a non-zero exit. */
export function run(
	command: string,
	args: readonly string[],
	options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
	return new Promise((resolvePromise, reject) => {
		execFile(
			command,
			args,
			{
				cwd: options.cwd,
				timeout: options.timeoutMs ?? 30_000,
				maxBuffer: 64 * 1024 * 1024,
				env: options.env ?? process.env,
				encoding: "utf8",
			},
			(error, stdout, stderr) => {
				if (error && typeof error.code !== "number") {
					reject(
						new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stderr}`, {
							cause: error,
						}),
					);
					return;
				}
				resolvePromise({ code: error ? Number(error.code) : 0, stdout, stderr });
			},
		);
	});
}

/** One file of an npm tarball, its path relative to the package root (`package/` removed). */
export interface TarEntry {
	readonly path: string;
	readonly data: Buffer;
}

/**
 * Reads a gzipped tar as npm writes it (ustar; pax headers skipped). Written here rather than
 * calling `tar` so the tests read exactly what is in the file, on any platform.
 */
export function readTarball(file: string): TarEntry[] {
	const tar = gunzipSync(readFileSync(file));
	const entries: TarEntry[] = [];
	let offset = 0;
	let longName: string | null = null;
	while (offset + 512 <= tar.length) {
		const header = tar.subarray(offset, offset + 512);
		if (header.every((byte) => byte === 0)) break;
		const text = (start: number, length: number) =>
			header
				.subarray(start, start + length)
				.toString("utf8")
				.replace(/\0.*$/s, "");
		const size = Number.parseInt(text(124, 12).trim() || "0", 8);
		const type = text(156, 1);
		const prefix = text(345, 155);
		const name = longName ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
		const data = tar.subarray(offset + 512, offset + 512 + size);
		offset += 512 + Math.ceil(size / 512) * 512;
		if (type === "x") {
			// pax extended header: only `path` matters here
			const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString("utf8"));
			longName = match?.[1] ?? null;
			continue;
		}
		longName = null;
		if (type === "0" || type === "" || type === "\0") {
			entries.push({ path: name.replace(/^package\//, ""), data: Buffer.from(data) });
		}
	}
	return entries;
}

export interface PackedPackage {
	/** This run's own directory under `.tmp/package-tests/`. */
	readonly workDir: string;
	readonly tarball: string;
	readonly files: readonly TarEntry[];
	/** The consumer project: `package.json` (no name clash) and `node_modules/okr-kit`. */
	readonly consumerDir: string;
	/** Where the tarball was unpacked: `<consumerDir>/node_modules/okr-kit`. */
	readonly packageDir: string;
	/** Removes `workDir`. */
	readonly dispose: () => void;
}

/**
 * Packs the repository as it stands (the build must exist: `npm test` builds first) and unpacks
 * it into a fresh consumer directory. Each test file packs its own copy, so files can run in
 * parallel without sharing state.
 */
export async function packConsumer(label: string): Promise<PackedPackage> {
	const manifest = readManifest();
	for (const entry of entryPoints(manifest)) {
		const target = manifest.exports?.[entry];
		const file =
			typeof target === "object" && typeof target.import === "object"
				? target.import.default
				: undefined;
		if (file !== undefined && !existsSync(join(repoRoot, file))) {
			throw new Error(`${file} is missing: run \`npm run build\` before the package tests.`);
		}
	}
	const base = join(repoRoot, ".tmp", "package-tests");
	mkdirSync(base, { recursive: true });
	const workDir = mkdtempSync(join(base, `${label}-`));
	const packed = await run(
		"npm",
		["pack", "--ignore-scripts", "--json", "--pack-destination", workDir],
		{ cwd: repoRoot, timeoutMs: 60_000 },
	);
	if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
	const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as {
		filename: string;
	}[];
	const filename = info[0]?.filename;
	if (filename === undefined) throw new Error(`npm pack printed no file name:\n${packed.stdout}`);
	const tarball = join(workDir, filename);
	const files = readTarball(tarball);

	const consumerDir = join(workDir, "consumer");
	const packageDir = join(consumerDir, "node_modules", manifest.name);
	for (const file of files) {
		const target = resolve(packageDir, file.path);
		if (!target.startsWith(packageDir + sep))
			throw new Error(`unsafe path in tarball: ${file.path}`);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, file.data);
	}
	// A package.json of its own, so the consumer never resolves `okr-kit` by self-reference.
	writeFileSync(
		join(consumerDir, "package.json"),
		`${JSON.stringify({ name: "okr-kit-consumer", private: true, version: "0.0.0" }, null, 2)}\n`,
	);
	return {
		workDir,
		tarball,
		files,
		consumerDir,
		packageDir,
		dispose: () => rmSync(workDir, { recursive: true, force: true }),
	};
}

/** A path for messages, relative to the repository. */
export function shown(path: string): string {
	return relative(repoRoot, path);
}
