/**
 * The repository checked out anywhere: `npm test`'s coverage measures this checkout's own `src/`,
 * also when the checkout lives under a folder named `src` (`~/src/okr-kit`, a common layout), where
 * a pattern matched anywhere in the path would take in `tests/` and `examples/` as well.
 *
 * The test copies the files coverage depends on into `<tmp>/src/okr-kit (copy)/` (the parentheses
 * check that the path is used as a literal, not as a glob), links `node_modules`, and runs vitest
 * there with coverage on one small test file that loads a source file through a helper in
 * `tests/support/`: the coverage report must list exactly the copy's `src/**\/*.ts`.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, run } from "./fixture.js";

let workDir: string | undefined;
let checkout = "";
let reported: string[] = [];
let result = { code: -1, stdout: "", stderr: "" };

/** Every `.ts` file under `dir`, relative to `checkout`, with forward slashes. */
function tsFilesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
		.map((entry) => relative(checkout, join(entry.parentPath, entry.name)).split(sep).join("/"))
		.sort();
}

beforeAll(async () => {
	workDir = mkdtempSync(join(tmpdir(), "okr-kit-checkout-"));
	checkout = join(workDir, "src", "okr-kit (copy)");
	mkdirSync(join(checkout, "tests", "support"), { recursive: true });
	for (const file of ["package.json", "tsconfig.json", "vitest.config.ts", "src"]) {
		cpSync(join(repoRoot, file), join(checkout, file), { recursive: true });
	}
	cpSync(
		join(repoRoot, "tests", "support", "fastCheckSeed.ts"),
		join(checkout, "tests", "support", "fastCheckSeed.ts"),
	);
	symlinkSync(join(repoRoot, "node_modules"), join(checkout, "node_modules"), "dir");
	// A test that loads a source file through a helper outside src/ (as tests/support and
	// examples/ are): the helper must not count as source.
	writeFileSync(
		join(checkout, "tests", "support", "helper.ts"),
		`export { formatPath } from "../../src/errors/index.js";\n`,
	);
	writeFileSync(
		join(checkout, "tests", "one.test.ts"),
		`import { expect, it } from "vitest";
import { formatPath } from "./support/helper.js";
it("formats a path", () => expect(formatPath(["a", 0])).toBe("a[0]"));
`,
	);
	// A clean environment: the outer vitest's variables must not steer the inner one.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_OPTIONS$|TEST$)/.test(key)),
	);
	const zero = ["lines", "functions", "branches", "statements"].map(
		(key) => `--coverage.thresholds.${key}=0`,
	);
	result = await run(
		process.execPath,
		[
			join(repoRoot, "node_modules", "vitest", "vitest.mjs"),
			"run",
			"tests/one.test.ts",
			"--coverage",
			"--coverage.reporter=json-summary",
			...zero,
		],
		{ cwd: checkout, timeoutMs: 90_000, env },
	);
	const summaryFile = join(checkout, "coverage", "coverage-summary.json");
	const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as Record<string, unknown>;
	reported = Object.keys(summary)
		.filter((key) => key !== "total")
		.map((file) => relative(checkout, file).split(sep).join("/"))
		.sort();
}, 120_000);

afterAll(() => {
	if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

describe("coverage in a checkout under a folder named src", () => {
	it("runs", () => {
		expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
	});

	it("reports no file outside the checkout's src/ (not its tests)", () => {
		expect(reported.filter((file) => !file.startsWith("src/"))).toEqual([]);
	});

	it("reports every .ts file of the checkout's src/, loaded by the test or not", () => {
		expect(reported).toEqual(tsFilesUnder(join(checkout, "src")));
	});
});
