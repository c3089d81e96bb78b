/**
 * docs/errors.md cannot rot: every code of `OkrErrorCode`, `IssueCode`, `CascadeIssueCode` and
 * `LINT_CODES` has exactly one row in its table, no row names a code that does not exist, and every
 * test a row names as its proof exists in the file it names.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
	CASCADE_ISSUE_CODES,
	ISSUE_CODES,
	LINT_FINDING_CODES,
	OKR_ERROR_CODES,
} from "../fuzz/codes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const doc = readFileSync(`${root}docs/errors.md`, "utf8");

interface Row {
	readonly code: string;
	readonly cells: readonly string[];
}

/** The table rows of the section under `heading` (a `## ` line), keyed by their first cell's code. */
function rowsOf(heading: string): Row[] {
	const start = doc.indexOf(`\n## ${heading}\n`);
	if (start < 0) throw new Error(`docs/errors.md has no section "## ${heading}".`);
	const next = doc.indexOf("\n## ", start + 1);
	const section = doc.slice(start, next < 0 ? undefined : next);
	const rows: Row[] = [];
	for (const line of section.split("\n")) {
		const match = /^\| `([A-Z_]+)` \|(.*)\|$/.exec(line);
		if (match === null) continue;
		rows.push({ code: match[1] as string, cells: (match[2] as string).split(" | ") });
	}
	return rows;
}

const sections = [
	["`OkrError` codes", OKR_ERROR_CODES],
	["Issue codes", ISSUE_CODES],
	["Cascade issue codes", CASCADE_ISSUE_CODES],
	["Lint finding codes", LINT_FINDING_CODES],
] as const;

describe("docs/errors.md", () => {
	it("reads the code unions from the sources", () => {
		expect(OKR_ERROR_CODES).toContain("NO_KEY_RESULTS");
		expect(ISSUE_CODES).toContain("INVALID_NUMBER");
		expect(CASCADE_ISSUE_CODES).toEqual([
			"DUPLICATE_ID",
			"UNKNOWN_PARENT",
			"ALIGNMENT_CYCLE",
			"NEGATIVE_CONTRIBUTION",
		]);
		expect(LINT_FINDING_CODES).toHaveLength(12);
	});

	for (const [heading, codes] of sections) {
		it(`has one row per code in "${heading}", and no other`, () => {
			const documented = rowsOf(heading).map((row) => row.code);
			expect([...documented].sort()).toEqual([...codes].sort());
			expect(new Set(documented).size).toBe(documented.length);
		});

		it(`names, for every code in "${heading}", a test that exists`, () => {
			for (const row of rowsOf(heading)) {
				const proof = row.cells[row.cells.length - 1]?.trim() ?? "";
				const match = /^`([^`]+\.test\.ts)` › (.+)$/.exec(proof);
				expect(match, `${row.code}: "${proof}" is not \`file\` › test name`).not.toBeNull();
				const [, file, name] = match as RegExpExecArray;
				expect(existsSync(`${root}${file}`), `${row.code}: ${file} does not exist`).toBe(true);
				const text = readFileSync(`${root}${file}`, "utf8");
				expect(
					text.includes(JSON.stringify(name)),
					`${row.code}: no test "${name}" in ${file}`,
				).toBe(true);
			}
		});
	}

	it("lists every lint code with its severity", async () => {
		const { lintSeverity } = await import("../../src/index.js");
		for (const row of rowsOf("Lint finding codes")) {
			expect(row.cells[0]?.trim()).toBe(lintSeverity[row.code as keyof typeof lintSeverity]);
		}
	});
});
