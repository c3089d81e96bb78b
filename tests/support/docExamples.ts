/**
 * Runs documentation examples (TSDoc `@example` fences, the README's and the guides' ```ts blocks)
 * and checks their `//=>` comments. Shared by `tests/docs/examples.test.ts` and
 * `tests/examples/{readme,guides}.test.ts`.
 *
 * How an example runs: its TypeScript is rewritten (checks wrapped, imports turned into look-ups),
 * its types are stripped with `typescript`'s `transpileModule`, and the result runs as the body of
 * an async function whose parameters are the names of the given scope. `const`s declared by one
 * line are visible to the later lines of the same example.
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
 * Imports: `import { a, b as c } from "okr-kit"` (also `import * as okr from …`) becomes a look-up
 * in the `modules` given to {@link runExample}, failing when the module or a name is not there, so
 * an example cannot import what the package does not export. Type-only imports are dropped.
 */
import ts from "typescript";
import { expect } from "vitest";
import { OkrError } from "../../src/index.js";

/** One example: its code, and where it comes from (for messages). */
export interface Example {
	readonly file: string;
	/** The file's line just before the example's first line (1-based line of an opening fence). */
	readonly line: number;
	/** What the example documents, for the test name. */
	readonly symbol: string;
	readonly code: string;
}

/** Modules an example may import, by specifier (e.g. `"okr-kit"`). */
export type Modules = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

interface Check {
	readonly line: number;
	readonly throws: string | null;
	readonly expected: unknown;
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
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
export function markersOf(code: string): Marker[] {
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

/** `import …` → `const … = __import(specifier, names)`, on one line so line numbers stay. */
function importReplacement(node: ts.ImportDeclaration): string {
	const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
	const clause = node.importClause;
	if (clause === undefined) return `__import(${JSON.stringify(specifier)}, []);`;
	if (clause.isTypeOnly) return "";
	const parts: string[] = [];
	if (clause.name !== undefined) {
		parts.push(
			`const ${clause.name.text} = __import(${JSON.stringify(specifier)}, ["default"]).default;`,
		);
	}
	const bindings = clause.namedBindings;
	if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
		parts.push(`const ${bindings.name.text} = __import(${JSON.stringify(specifier)}, null);`);
	} else if (bindings !== undefined) {
		const values = bindings.elements.filter((e) => !e.isTypeOnly);
		if (values.length > 0) {
			const imported = values.map((e) => (e.propertyName ?? e.name).text);
			const pattern = values
				.map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text))
				.join(", ");
			parts.push(
				`const { ${pattern} } = __import(${JSON.stringify(specifier)}, ${JSON.stringify(imported)});`,
			);
		}
	}
	return parts.join(" ");
}

interface Program {
	readonly js: string;
	readonly checks: readonly Check[];
}

/** Rewrites an example into a program that reports each `//=>` check to `__check`. */
export function compile(example: Example): Program {
	const code = example.code;
	const sourceFile = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true);
	const edits: { at: number; end: number; text: string }[] = [];
	const checks: Check[] = [];
	for (const statement of sourceFile.statements) {
		if (ts.isImportDeclaration(statement)) {
			const at = statement.getStart(sourceFile);
			const original = code.slice(at, statement.end);
			const newlines = original.split("\n").length - 1;
			edits.push({
				at,
				end: statement.end,
				text: importReplacement(statement) + "\n".repeat(newlines),
			});
		}
	}
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

/**
 * Runs an example with the names of `scope` in view and `modules` importable, checking every
 * `//=>`; rejects on the first failed check, on an unreached check, or on an error the example
 * does not expect.
 */
export async function runExample(
	example: Example,
	scope: ReadonlyMap<string, unknown> = new Map(),
	modules: Modules = new Map(),
): Promise<void> {
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
	const importer = (specifier: string, names: readonly string[] | null) => {
		const mod = modules.get(specifier);
		if (mod === undefined) throw new Error(`${example.file}: cannot import "${specifier}" here`);
		for (const name of names ?? []) {
			if (!Object.hasOwn(mod, name)) {
				throw new Error(`${example.file}: "${specifier}" does not export ${name}`);
			}
		}
		return mod;
	};
	const names = [...scope.keys()];
	const fn = new AsyncFunction(...names, "__check", "__import", program.js);
	await fn(...names.map((n) => scope.get(n)), check, importer);
	const unreached = program.checks.filter((_, id) => !reached.has(id)).map((c) => where(c.line));
	expect(unreached, "every //=> must be reached").toEqual([]);
}
