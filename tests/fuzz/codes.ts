/**
 * Every error and issue code as runtime lists, read from the unions in the sources (so a code
 * added to a union is fuzzed and must be documented without anyone updating a list by hand).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LINT_CODES } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The string literal members of the union type alias `name` declared in `file` (relative to the
 * root): the text from `export type name =` to the first `;`, comments dropped, every `"…"` in it.
 */
export function unionMembers(file: string, name: string): readonly string[] {
	const text = readFileSync(`${root}${file}`, "utf8");
	const start = text.search(new RegExp(`export type ${name}\\b[^=]*=`));
	if (start < 0) throw new Error(`No type alias ${name} in ${file}.`);
	const body = text.slice(start, text.indexOf(";", start));
	const code = body
		.split("\n")
		.map((line) => line.replace(/\/\/.*$/, ""))
		.join("\n");
	return [...code.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1] as string);
}

/** Codes of `OkrError`s (`error.code`). */
export const OKR_ERROR_CODES: readonly string[] = unionMembers(
	"src/errors/index.ts",
	"OkrErrorCode",
);

/** Codes of the issues inside an `OkrValidationError` (`error.issues[i].code`). */
export const ISSUE_CODES: readonly string[] = unionMembers("src/errors/index.ts", "IssueCode");

/** Codes of the issues `validateCascade` returns (a subset of the issue codes). */
export const CASCADE_ISSUE_CODES: readonly string[] = unionMembers(
	"src/cascade/graph.ts",
	"CascadeIssueCode",
);

/** Codes of `lint` findings. */
export const LINT_FINDING_CODES: readonly string[] = LINT_CODES;
