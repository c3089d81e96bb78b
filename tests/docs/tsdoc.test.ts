/**
 * The API reference is complete: every function exported by a package entry point (`okr-kit`,
 * `okr-kit/score`, `okr-kit/svg`, …) has a TSDoc summary, a `@param` for each parameter (and none
 * for a parameter it does not have), `@returns`, `@throws` and an `@example`; and every error code a
 * `@throws` names (a backquoted `UPPER_CASE` word) is a real `OkrErrorCode` or `IssueCode`.
 * `npm run docs` (typedoc, warnings as errors) checks the rest and is not part of `npm test`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { packageEntries } from "../support/markdown.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entries = packageEntries(root);
const program = ts.createProgram([...entries.values(), join(root, "src", "errors", "index.ts")], {
	strict: true,
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.ESNext,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	noEmit: true,
});
const checker = program.getTypeChecker();

/** The string literals of a union type alias, e.g. every `OkrErrorCode`. */
function literalsOf(file: string, alias: string): Set<string> {
	const sourceFile = program.getSourceFile(file);
	const declaration = sourceFile?.statements.find(
		(s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
	);
	if (declaration === undefined) throw new Error(`no type ${alias} in ${file}`);
	const type = checker.getTypeAtLocation(declaration.name);
	return new Set(
		(type.isUnion() ? type.types : [type]).filter((t) => t.isStringLiteral()).map((t) => t.value),
	);
}

const errorsFile = join(root, "src", "errors", "index.ts");
const knownCodes = new Set([
	...literalsOf(errorsFile, "OkrErrorCode"),
	...literalsOf(errorsFile, "IssueCode"),
]);

interface Documented {
	readonly name: string;
	readonly entry: string;
	readonly parameters: readonly string[];
	readonly summary: string;
	readonly tags: readonly {
		readonly name: string;
		readonly param?: string;
		readonly text: string;
	}[];
}

/** Every exported function of every entry point, with its TSDoc. */
function exportedFunctions(): Documented[] {
	const out: Documented[] = [];
	const seen = new Set<string>();
	for (const [entry, file] of entries) {
		const sourceFile = program.getSourceFile(file);
		const module = sourceFile && checker.getSymbolAtLocation(sourceFile);
		if (module === undefined) throw new Error(`cannot read ${file}`);
		for (const exported of checker.getExportsOfModule(module)) {
			const symbol =
				exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			const declaration = symbol.declarations?.[0];
			if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
			if (seen.has(exported.name)) continue;
			seen.add(exported.name);
			const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
			const doc = docs[docs.length - 1];
			out.push({
				name: exported.name,
				entry,
				parameters: declaration.parameters.map((p) => p.name.getText()),
				summary: ts.getTextOfJSDocComment(doc?.comment)?.trim() ?? "",
				tags: (doc?.tags ?? []).map((tag) => ({
					name: tag.tagName.text,
					...(ts.isJSDocParameterTag(tag) ? { param: tag.name.getText() } : {}),
					text: ts.getTextOfJSDocComment(tag.comment) ?? "",
				})),
			});
		}
	}
	return out;
}

const functions = exportedFunctions();

describe("TSDoc of every exported function", () => {
	it("finds the functions of every entry point", () => {
		expect(functions.length).toBeGreaterThan(30);
		expect(functions.map((f) => f.name)).toEqual(
			expect.arrayContaining(["keyResultProgress", "parseObjective", "rollUp"]),
		);
	});

	for (const fn of functions) {
		it(`${fn.name} (${fn.entry}): summary, @param for each parameter, @returns, @throws with known codes, @example`, () => {
			const problems: string[] = [];
			if (fn.summary === "") problems.push("no summary");
			const documented = fn.tags.filter((t) => t.name === "param").map((t) => t.param);
			for (const p of fn.parameters) if (!documented.includes(p)) problems.push(`no @param ${p}`);
			for (const d of documented)
				if (!fn.parameters.includes(d ?? "")) problems.push(`@param ${d} is not a parameter`);
			for (const tag of ["returns", "throws", "example"]) {
				if (!fn.tags.some((t) => t.name === tag)) problems.push(`no @${tag}`);
			}
			const throwsText = fn.tags
				.filter((t) => t.name === "throws")
				.map((t) => t.text)
				.join("\n");
			for (const match of throwsText.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})`/g)) {
				const code = match[1] as string;
				if (!knownCodes.has(code))
					problems.push(`@throws names ${code}, which is not an error or issue code`);
			}
			expect(problems).toEqual([]);
		});
	}
});
