/**
 * Markdown documents as runnable examples: each level-2 section's ```ts blocks, run in order as
 * one program (so a later block may use an earlier block's `const`s), and type-checked against the
 * sources with the project's compiler options, as a user's strict TypeScript project would.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { Example, Modules } from "./docExamples.js";

/**
 * The package's entry points by import specifier (`"okr-kit"`, `"okr-kit/score"`, …, from
 * package.json `exports`) and the source file each is built from (`src/index.ts`, `src/<name>.ts`).
 */
export function packageEntries(root: string): Map<string, string> {
	const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
		name: string;
		exports?: Record<string, unknown>;
	};
	const out = new Map<string, string>([[pkg.name, join(root, "src", "index.ts")]]);
	for (const key of Object.keys(pkg.exports ?? {})) {
		if (key === "." || !key.startsWith("./") || key.endsWith(".json")) continue;
		const file = join(root, "src", `${key.slice(2)}.ts`);
		if (existsSync(file)) out.set(`${pkg.name}/${key.slice(2)}`, file);
	}
	return out;
}

/** Every entry point of the package, loaded from its source, by import specifier. */
export async function packageModules(root: string): Promise<Modules> {
	const out = new Map<string, Readonly<Record<string, unknown>>>();
	for (const [specifier, file] of packageEntries(root)) {
		out.set(specifier, (await import(pathToFileURL(file).href)) as Record<string, unknown>);
	}
	return out;
}

const FENCE = /^\s*```/;
const TS_FENCE = /^\s*```\s*(ts|typescript)\b/;

/** A section's code: the file's lines with everything but its ```ts block bodies blanked. */
export interface MarkdownSection extends Example {
	/** The section's heading, e.g. `"Quick start"`. */
	readonly heading: string;
}

/**
 * The ```ts code of a markdown file, one {@link MarkdownSection} per `## ` section that has any
 * (text before the first `## ` is a section of its own). Blanking the other lines keeps line
 * numbers those of the file.
 */
export function markdownSections(root: string, file: string): MarkdownSection[] {
	const lines = readFileSync(file, "utf8").split("\n");
	const sections: { heading: string; start: number; code: Set<number> }[] = [
		{ heading: "(top)", start: 0, code: new Set() },
	];
	let fence: "ts" | "other" | null = null;
	lines.forEach((line, i) => {
		const current = sections[sections.length - 1] as (typeof sections)[number];
		if (fence !== null) {
			if (FENCE.test(line) && line.trim() === "```") fence = null;
			else if (fence === "ts") current.code.add(i);
			return;
		}
		if (TS_FENCE.test(line)) fence = "ts";
		else if (FENCE.test(line)) fence = "other";
		else if (line.startsWith("## ")) {
			sections.push({ heading: line.slice(3).trim(), start: i, code: new Set() });
		}
	});
	if (fence !== null) throw new Error(`${file}: a code fence is not closed`);
	return sections
		.filter((s) => s.code.size > 0)
		.map((s) => ({
			file: relative(root, file),
			line: 0,
			symbol: s.heading,
			heading: s.heading,
			code: lines.map((l, i) => (s.code.has(i) ? l : "")).join("\n"),
		}));
}

/** The fenced blocks of a markdown file in a given language, e.g. every ```sh block's text. */
export function fencedBlocks(file: string, lang: string): string[] {
	const out: string[] = [];
	let body: string[] | null = null;
	let skip = false;
	for (const line of readFileSync(file, "utf8").split("\n")) {
		if (body === null && !skip) {
			const open = /^\s*```\s*(\S*)/.exec(line);
			if (open !== null) {
				if (open[1] === lang) body = [];
				else skip = true;
			}
		} else if (line.trim() === "```") {
			if (body !== null) out.push(body.join("\n"));
			body = null;
			skip = false;
		} else body?.push(line);
	}
	return out;
}

/**
 * Type-checks sections as modules of the project (tsconfig.json's options: strict, paths that map
 * `okr-kit` and `okr-kit/score` to the sources) and returns each problem as `file:line: message`.
 */
export function typeErrors(root: string, sections: readonly MarkdownSection[]): string[] {
	const configFile = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
	if (configFile.error !== undefined) throw new Error("tsconfig.json does not parse");
	const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
	const virtual = new Map<string, { section: MarkdownSection; text: string }>();
	sections.forEach((section, i) => {
		const name = join(root, "__markdown__", `${i}-${section.file.replace(/\W/g, "_")}.ts`);
		virtual.set(name, { section, text: `${section.code}\nexport {};\n` });
	});
	// Every entry point resolves to its source, as tsconfig's paths do for the main ones.
	const paths: Record<string, string[]> = { ...parsed.options.paths };
	for (const [specifier, file] of packageEntries(root)) paths[specifier] ??= [file];
	const options: ts.CompilerOptions = {
		...parsed.options,
		paths,
		noEmit: true,
		noUnusedLocals: false,
	};
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
		const v = virtual.get(fileName);
		if (v !== undefined) return ts.createSourceFile(fileName, v.text, languageVersion, true);
		return getSourceFile(fileName, languageVersion, onError, shouldCreate);
	};
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
	const program = ts.createProgram([...virtual.keys()], options, host);
	const out: string[] = [];
	for (const [name, { section }] of virtual) {
		const sourceFile = program.getSourceFile(name);
		const diagnostics = [
			...program.getSyntacticDiagnostics(sourceFile),
			...program.getSemanticDiagnostics(sourceFile),
		];
		for (const d of diagnostics) {
			const line =
				d.file !== undefined && d.start !== undefined
					? d.file.getLineAndCharacterOfPosition(d.start).line + 1
					: 0;
			out.push(
				`${section.file}:${line} (${section.heading}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
			);
		}
	}
	return out;
}

/** The relative link targets of a markdown file (no URLs, no in-page anchors), without `#anchor`s. */
export function markdownLinks(file: string): string[] {
	const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
	const out: string[] = [];
	for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
		const target = (match[1] as string).split("#")[0] as string;
		if (target === "" || /^[a-z]+:/i.test(target)) continue;
		out.push(target);
	}
	return out;
}
