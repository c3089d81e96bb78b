/**
 * Runs every TSDoc `@example` in `src/` as a test.
 *
 * What counts as an example: a fence opened with ```ts (or ```typescript) inside the `@example`
 * section of a `/** … *\/` comment in any `src/**\/*.ts` file.
 *
 * How it runs: the example's TypeScript is rewritten (see below), its types are stripped with
 * `typescript`'s `transpileModule`, and the result runs as the body of an async function whose
 * parameters are every export of the package's entry points (`src/index.ts`, then any other entry
 * listed in package.json `exports`), so examples use the public API without imports. `const`s
 * declared by one line are visible to the later lines of the same block; blocks are independent.
 *
 * The `//=>` convention:
 * - `//=> VALUE` checks the statement just before it (everything since the previous statement
 *   ended, so a call may span several lines): an expression statement's value, or for a
 *   `const`/`let` declaration, the value of the (last) variable it declares. The check may sit
 *   inside a block (`if (…) error.code;` then `//=> "NO_KEY_RESULTS"` inside a `catch`).
 * - VALUE is a JavaScript literal (JSON5-like: unquoted keys, double-quoted strings, numbers,
 *   true/false/null, arrays, objects; `new Map(…)` and other self-contained expressions also
 *   work), evaluated on its own with `new Function("return (" + VALUE + ")")`. When it does not
 *   parse on one line, the following `//` comment lines are appended until it does.
 * - The actual value must deep-equal VALUE (vitest `toEqual`: `-0` is not `0`, `null` is not
 *   `undefined`, missing and `undefined` properties are the same).
 * - `//=> throws CODE` instead checks that the statement throws an `OkrError` whose `code` is CODE,
 *   or an `OkrValidationError` whose first issue's code is CODE.
 * - Every `//=>` must be reached when the example runs: a check inside a branch that is never
 *   taken fails the test.
 *
 * Last, every function exported from `src/index.ts` must have at least one `@example`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

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
const indexExports = (await import("../../src/index.js")) as Record<string, unknown>;
const OkrError = indexExports["OkrError"] as new (...args: never[]) => Error & { code: string };

// ---------------------------------------------------------------------------------------------
// Finding examples.

interface Example {
	readonly file: string;
	/** 1-based line of the opening fence in the file. */
	readonly line: number;
	/** The declaration the comment documents (for the test name). */
	readonly symbol: string;
	readonly code: string;
}

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...sourceFiles(path));
		else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
	}
	return out.sort();
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
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

// ---------------------------------------------------------------------------------------------
// Turning an example into a program with checks.

interface Check {
	readonly line: number;
	readonly throws: string | null;
	readonly expected: unknown;
}

/** Evaluates the text after `//=>` as a self-contained JS expression. */
function evaluateLiteral(source: string): { ok: true; value: unknown } | { ok: false } {
	try {
		return { ok: true, value: new Function(`"use strict"; return (${source}\n);`)() };
	} catch {
		return { ok: false };
	}
}

interface Marker {
	readonly pos: number;
	readonly line: number;
	readonly text: string;
}

/** Every `//=>` comment of the code, found with the TypeScript scanner (never inside strings). */
function markersOf(code: string): Marker[] {
	const scanner = ts.createScanner(
		ts.ScriptTarget.Latest,
		false,
		ts.LanguageVariant.Standard,
		code,
	);
	const out: Marker[] = [];
	for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
		if (token !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
		const text = scanner.getTokenText();
		if (text.startsWith("//=>")) {
			out.push({ pos: scanner.getTokenStart(), line: lineOf(code, scanner.getTokenStart()), text });
		}
	}
	return out;
}

/** The expected value of a marker, with continuation `//` lines when needed. */
function expectationOf(code: string, marker: Marker): Omit<Check, "line"> {
	const first = marker.text.slice(4).trim();
	const thrown = /^throws\s+([A-Z][A-Z0-9_]*)\s*$/.exec(first);
	if (thrown !== null) return { throws: thrown[1] as string, expected: undefined };
	let source = first;
	let parsed = evaluateLiteral(source);
	const following = code
		.slice(marker.pos + marker.text.length)
		.split("\n")
		.slice(1);
	for (const next of following) {
		if (parsed.ok) break;
		const t = next.trim();
		if (!t.startsWith("//") || t.startsWith("//=>")) break;
		source += `\n${t.slice(2)}`;
		parsed = evaluateLiteral(source);
	}
	if (!parsed.ok) {
		throw new Error(`line ${marker.line}: the value after //=> does not parse: ${first}`);
	}
	return { throws: null, expected: parsed.value };
}

/** The innermost statement that ends right before `pos` (only whitespace between). */
function statementBefore(
	sourceFile: ts.SourceFile,
	code: string,
	pos: number,
): ts.Statement | null {
	let best: { node: ts.Statement; depth: number } | null = null;
	const visit = (node: ts.Node, depth: number) => {
		if (ts.isExpressionStatement(node) || ts.isVariableStatement(node) || ts.isStatement(node)) {
			if (node.end <= pos && code.slice(node.end, pos).trim() === "") {
				if (best === null || depth > best.depth) best = { node: node as ts.Statement, depth };
			}
		}
		ts.forEachChild(node, (child) => visit(child, depth + 1));
	};
	visit(sourceFile, 0);
	return (best as { node: ts.Statement } | null)?.node ?? null;
}

interface Program {
	readonly js: string;
	readonly checks: readonly Check[];
}

function compile(example: Example): Program {
	const code = example.code;
	const sourceFile = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true);
	const edits: { at: number; end: number; text: string }[] = [];
	const checks: Check[] = [];
	for (const marker of markersOf(code)) {
		const id = checks.length;
		const line = example.line + marker.line;
		checks.push({ line, ...expectationOf(code, marker) });
		const statement = statementBefore(sourceFile, code, marker.pos);
		if (statement !== null && ts.isExpressionStatement(statement)) {
			const expr = statement.expression;
			const start = expr.getStart(sourceFile);
			edits.push({
				at: start,
				end: expr.end,
				text: `__check(${id}, () => (${code.slice(start, expr.end)}))`,
			});
		} else if (statement !== null && ts.isVariableStatement(statement)) {
			const last = statement.declarationList.declarations.at(-1);
			if (last === undefined || !ts.isIdentifier(last.name)) {
				throw new Error(`line ${line}: //=> after a destructuring declaration is not supported`);
			}
			edits.push({
				at: statement.end,
				end: statement.end,
				text: `\n__check(${id}, () => (${last.name.text}));`,
			});
		} else {
			throw new Error(`line ${line}: //=> must follow an expression statement or a declaration`);
		}
	}
	let rewritten = code;
	for (const edit of edits.sort((a, b) => b.at - a.at)) {
		rewritten = rewritten.slice(0, edit.at) + edit.text + rewritten.slice(edit.end);
	}
	const output = ts.transpileModule(rewritten, {
		compilerOptions: {
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			removeComments: false,
			verbatimModuleSyntax: false,
		},
		reportDiagnostics: true,
	});
	const problems = (output.diagnostics ?? []).map((d) =>
		ts.flattenDiagnosticMessageText(d.messageText, "\n"),
	);
	if (problems.length > 0) throw new Error(`the example does not parse: ${problems.join("; ")}`);
	return { js: output.outputText.replace(/^export \{\};?\s*$/m, ""), checks };
}

type AsyncFn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
	...args: string[]
) => AsyncFn;

function codeOf(error: unknown): string | undefined {
	if (!(error instanceof OkrError)) return undefined;
	const issues = (error as unknown as { issues?: readonly { code: string }[] }).issues;
	return error.code === "INVALID_INPUT" && issues?.[0] !== undefined ? issues[0].code : error.code;
}

async function run(example: Example): Promise<void> {
	const program = compile(example);
	const where = (line: number) => `${example.file}:${line}`;
	const reached = new Set<number>();
	const check = (id: number, thunk: () => unknown) => {
		const c = program.checks[id] as Check;
		reached.add(id);
		if (c.throws !== null) {
			let error: unknown = null;
			let threw = false;
			try {
				thunk();
			} catch (e) {
				threw = true;
				error = e;
			}
			expect(threw, `${where(c.line)}: expected a throw with ${c.throws}`).toBe(true);
			const code = codeOf(error);
			expect(
				code === c.throws || (error as { code?: unknown }).code === c.throws,
				`${where(c.line)}: expected an OkrError ${c.throws}, got ${String(error)}`,
			).toBe(true);
			return;
		}
		expect(thunk(), `${where(c.line)}: the value before //=>`).toEqual(c.expected);
	};
	const names = [...scope.keys()];
	const fn = new AsyncFunction(...names, "__check", program.js);
	await fn(...names.map((n) => scope.get(n)), check);
	const unreached = program.checks.filter((_, id) => !reached.has(id)).map((c) => where(c.line));
	expect(unreached, "every //=> must be reached").toEqual([]);
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

	it("every function exported from src/index.ts has at least one @example", () => {
		const { withExample } = documentedNames();
		const functions = Object.entries(indexExports)
			.filter(([, value]) => typeof value === "function")
			.map(([name]) => name);
		const missing = functions.filter((name) => !withExample.has(name)).sort();
		expect(missing, `exported functions without an @example: ${missing.join(", ")}`).toEqual([]);
	});
});
