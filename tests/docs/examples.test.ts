/**
 * Runs every TSDoc `@example` in `src/` as a test (the runner is `tests/support/docExamples.ts`).
 *
 * What counts as an example: a fence opened with ```ts (or ```typescript) inside the `@example`
 * section of a `/** … *\/` comment in any `src/**\/*.ts` file.
 *
 * How it runs: as the body of an async function whose parameters are every export of the
 * package's entry points (`src/index.ts`, then any other entry listed in package.json `exports`),
 * so examples use the public API without imports. `const`s declared by one line are visible to the
 * later lines of the same block; blocks are independent. The `//=>` convention (values, `throws
 * CODE`, every check reached) is described in `tests/support/docExamples.ts`.
 *
 * Last, every function exported from an entry point must have at least one `@example`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type Example, lineOf, markersOf, runExample } from "../support/docExamples.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const srcDir = join(root, "src");

// ---------------------------------------------------------------------------------------------
// The scope: every export of the package's entry points.

function entrySources(): string[] {
	const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
		exports?: Record<string, unknown>;
	};
	const files = [join(srcDir, "index.ts")];
	for (const key of Object.keys(pkg.exports ?? {})) {
		if (key === "." || !key.startsWith("./") || key.endsWith(".json")) continue;
		const name = key.slice(2);
		for (const candidate of [join(srcDir, `${name}.ts`), join(srcDir, name, "index.ts")]) {
			if (!files.includes(candidate) && isFile(candidate)) {
				files.push(candidate);
				break;
			}
		}
	}
	return files;
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

const scope = new Map<string, unknown>();
for (const file of entrySources()) {
	const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
	for (const [name, value] of Object.entries(mod)) {
		if (name !== "default" && !scope.has(name)) scope.set(name, value);
	}
}

// ---------------------------------------------------------------------------------------------
// Finding examples.

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...sourceFiles(path));
		else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
	}
	return out.sort();
}

/** The name declared right after a comment, e.g. `keyResultProgress` or `OkrError`. */
function documentedSymbol(text: string, from: number): string {
	const next = text.slice(from, from + 300).trimStart();
	const match =
		/^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/.exec(
			next,
		) ?? /^(?:readonly\s+|static\s+|get\s+|set\s+)*([A-Za-z_$][\w$]*)/.exec(next);
	return match?.[1] ?? "?";
}

function examplesIn(file: string): Example[] {
	const text = readFileSync(file, "utf8");
	const out: Example[] = [];
	let at = 0;
	for (;;) {
		const open = text.indexOf("/**", at);
		if (open < 0) break;
		const close = text.indexOf("*/", open + 3);
		if (close < 0) break;
		at = close + 2;
		const commentLine = lineOf(text, open);
		const lines = text
			.slice(open + 3, close)
			.split("\n")
			.map((l) => l.replace(/^\s*\* ?/, "").replace(/^\s+$/, ""));
		let inExample = false;
		for (let i = 0; i < lines.length; i++) {
			const l = lines[i] as string;
			if (/^\s*@example\b/.test(l)) {
				inExample = true;
				continue;
			}
			if (/^\s*@\w+/.test(l)) inExample = false;
			const fence = /^\s*```\s*(ts|typescript)\s*$/.exec(l);
			if (!inExample || fence === null) continue;
			const body: string[] = [];
			let j = i + 1;
			while (j < lines.length && !/^\s*```\s*$/.test(lines[j] as string))
				body.push(lines[j++] as string);
			out.push({
				file: relative(root, file),
				line: commentLine + i,
				symbol: documentedSymbol(text, close + 2),
				code: body.join("\n"),
			});
			i = j;
		}
	}
	return out;
}

async function run(example: Example): Promise<void> {
	await runExample(example, scope);
}

// ---------------------------------------------------------------------------------------------

const files = sourceFiles(srcDir);
const examples = files.flatMap(examplesIn);

describe("TSDoc @examples run and their //=> values hold", () => {
	it("finds examples", () => {
		expect(examples.length).toBeGreaterThan(0);
	});

	for (const example of examples) {
		it(`${example.file}:${example.line} (${example.symbol})`, async () => {
			await run(example);
		});
	}
});

describe("the example runner itself", () => {
	const sample = (code: string): Example => ({
		file: "sample.ts",
		line: 0,
		symbol: "sample",
		code,
	});

	it("checks multi-line expressions, declarations, nested statements and throws", async () => {
		await run(
			sample(
				[
					"const kr = { id: 'x', title: 'x', kind: 'metric', start: 0,",
					"  target: 4, current: 1 } as const;",
					"keyResultProgress(",
					"  kr,",
					");",
					"//=> 0.25",
					"const g = grade(0.65);",
					"//=> { grade: 0.7, color: 'green' }",
					"try { objectiveProgress({ id: 'o', title: 'o', keyResults: [] }); } catch (error) {",
					"  if (error instanceof OkrError) error.code;",
					"  //=> 'NO_KEY_RESULTS'",
					"}",
					"objectiveProgress({ id: 'o', title: 'o' });",
					"//=> throws NO_KEY_RESULTS",
					"keyResultProgress({ ...kr, target: 0 });",
					"//=> throws START_EQUALS_TARGET",
					"[1, 2]; //=> [1,",
					"// 2]",
					"g.color === 'green' ? 'yes' : 'no';",
					"//=> 'yes'",
				].join("\n"),
			),
		);
	});

	it("fails on a wrong value, a missing throw and an unreached check", async () => {
		await expect(
			run(sample("grade(0.65);\n//=> { grade: 0.6, color: 'yellow' }")),
		).rejects.toThrow();
		await expect(run(sample("grade(0.65);\n//=> throws INVALID_INPUT"))).rejects.toThrow();
		await expect(run(sample("if (false) 1;\n//=> 1"))).rejects.toThrow(/reached/);
		await expect(run(sample("grade(0.65);\n//=> { grade: "))).rejects.toThrow(/does not parse/);
	});

	it("ignores //=> inside strings", () => {
		expect(markersOf('const s = "//=> 1";\ns;\n//=> "//=> 1"')).toHaveLength(1);
	});
});

describe("documentation coverage", () => {
	/** Names of exported declarations in `src/` that carry a TSDoc `@example`. */
	function documentedNames(): { withExample: Set<string>; declared: Set<string> } {
		const withExample = new Set<string>();
		const declared = new Set<string>();
		for (const file of files) {
			const sf = ts.createSourceFile(
				file,
				readFileSync(file, "utf8"),
				ts.ScriptTarget.Latest,
				true,
			);
			for (const statement of sf.statements) {
				const exported = ts
					.getModifiers(statement as ts.HasModifiers)
					?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
				if (!exported) continue;
				const hasExample = ts.getJSDocTags(statement).some((tag) => tag.tagName.text === "example");
				const names: string[] = [];
				if (
					(ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
					statement.name
				) {
					names.push(statement.name.text);
				} else if (ts.isVariableStatement(statement)) {
					for (const d of statement.declarationList.declarations) {
						if (ts.isIdentifier(d.name)) names.push(d.name.text);
					}
				}
				for (const name of names) {
					declared.add(name);
					if (hasExample) withExample.add(name);
				}
			}
		}
		return { withExample, declared };
	}

	it("every function exported from an entry point (src/index.ts, src/svg.ts, …) has at least one @example", () => {
		const { withExample } = documentedNames();
		const functions = [...scope]
			.filter(([, value]) => typeof value === "function")
			.map(([name]) => name);
		const missing = functions.filter((name) => !withExample.has(name)).sort();
		expect(missing, `exported functions without an @example: ${missing.join(", ")}`).toEqual([]);
	});
});
