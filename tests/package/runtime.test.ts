/**
 * The packed package, installed into a consumer project and loaded by `node` from an ESM (`.mjs`)
 * and a CJS (`.cjs`) program: every entry point loads, exports the same names in both formats,
 * shares one copy of each function and error class, and meets the documented examples.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceCases, scoreEntryNames, specRootNames } from "./cases.js";
import { checkResult } from "./expect.js";
import {
	entryPoints,
	type PackedPackage,
	packConsumer,
	readManifest,
	run,
	specifier,
} from "./fixture.js";
import { type ModuleFormat, type RunnerOutput, runnerSource } from "./runner.js";

const formats: readonly ModuleFormat[] = ["esm", "cjs"];
const manifest = readManifest();
const entries = Object.fromEntries(
	entryPoints(manifest).map((entry) => [entry, specifier(entry, manifest.name)]),
);

let packed: PackedPackage | undefined;
const outputs = new Map<ModuleFormat, RunnerOutput>();

/**
 * One process that imports the ESM build and `require`s the CJS build (an ES module app whose
 * dependency requires okr-kit): for each pair (thrown by, checked against), `[instanceof OkrError,
 * instanceof OkrValidationError]`, and whether the two builds' classes are distinct objects.
 */
const dualSource = `import { createRequire } from "node:module";
import * as esm from ${JSON.stringify(manifest.name)};
const cjs = createRequire(import.meta.url)(${JSON.stringify(manifest.name)});
const builds = { esm, cjs };
const thrown = (m, call) => { try { call(m); } catch (error) { return error; } return undefined; };
const errors = {
	computation: (m) => thrown(m, () => m.objectiveProgress({ id: "o", title: "o", keyResults: [] })),
	validation: (m) => thrown(m, () => m.grade(Number.NaN)),
};
const checks = {};
for (const [from, thrower] of Object.entries(builds)) {
	for (const [kind, make] of Object.entries(errors)) {
		const error = make(thrower);
		for (const [against, m] of Object.entries(builds)) {
			checks[\`\${kind} from \${from}, checked against \${against}\`] = [
				error instanceof m.OkrError,
				error instanceof m.OkrValidationError,
			];
		}
	}
}
const plain = [new Error("m"), Object.assign(new Error("m"), { name: "OkrError", code: "NO_CYCLE" })];
process.stdout.write(JSON.stringify({
	distinct: esm.OkrError !== cjs.OkrError && esm.OkrValidationError !== cjs.OkrValidationError,
	checks,
	plain: plain.flatMap((value) => [value instanceof esm.OkrError, value instanceof cjs.OkrError]),
}));
`;
let dual: { distinct: boolean; checks: Record<string, boolean[]>; plain: boolean[] } | undefined;

beforeAll(async () => {
	packed = await packConsumer("runtime");
	const { consumerDir } = packed;
	const inputFile = join(consumerDir, "cases.json");
	writeFileSync(
		inputFile,
		JSON.stringify({
			cases: conformanceCases,
			prototypeKeys: Object.getOwnPropertyNames(Object.prototype),
		}),
	);
	await Promise.all(
		formats.map(async (format) => {
			const file = join(consumerDir, format === "esm" ? "consumer.mjs" : "consumer.cjs");
			writeFileSync(file, runnerSource(format, entries));
			const result = await run(process.execPath, [file, inputFile], {
				cwd: consumerDir,
				timeoutMs: 30_000,
			});
			if (result.code !== 0) {
				throw new Error(`node ${file} exited with ${result.code}:\n${result.stderr}`);
			}
			outputs.set(format, JSON.parse(result.stdout) as RunnerOutput);
		}),
	);
	const dualFile = join(consumerDir, "dual.mjs");
	writeFileSync(dualFile, dualSource);
	const result = await run(process.execPath, [dualFile], { cwd: consumerDir, timeoutMs: 30_000 });
	if (result.code !== 0)
		throw new Error(`node ${dualFile} exited with ${result.code}:\n${result.stderr}`);
	dual = JSON.parse(result.stdout) as typeof dual;
}, 90_000);

afterAll(() => packed?.dispose());

function output(format: ModuleFormat): RunnerOutput {
	const value = outputs.get(format);
	if (value === undefined) throw new Error(`no output from the ${format} consumer`);
	return value;
}

describe("the installed package, loaded by node", () => {
	it.each(formats)("%s: every entry point loads and exports something", (format) => {
		const { exports } = output(format);
		expect(Object.keys(exports).sort()).toEqual(Object.keys(entries).sort());
		for (const names of Object.values(exports)) expect(names.length).toBeGreaterThan(0);
	});

	it("ESM and CJS builds export the same names from every entry point", () => {
		expect(output("cjs").exports).toEqual(output("esm").exports);
	});

	it.each(formats)(
		"%s: entry points share one copy of each export (errors caught by one class)",
		(format) => {
			expect(output(format).notShared).toEqual([]);
		},
	);

	it("okr-kit/score exports only what the root exports", () => {
		const { exports } = output("esm");
		const root = new Set(exports["."]);
		expect((exports["./score"] ?? []).filter((name) => !root.has(name))).toEqual([]);
	});

	it("okr-kit/score has the scoring functions the root has", () => {
		const { exports } = output("esm");
		const root = new Set(exports["."]);
		const score = new Set(exports["./score"]);
		expect(scoreEntryNames.filter((name) => root.has(name) && !score.has(name))).toEqual([]);
	});

	it("loading okr-kit/score with require() loads no zod", () => {
		const loaded = output("cjs").zodLoadedBy ?? {};
		expect(loaded["./score"]).toBe(false);
		expect(loaded["./svg"]).toBe(false);
	});

	it("okr-kit/svg exports the four pictures and nothing of the zod model", () => {
		const { exports } = output("esm");
		expect(exports["./svg"]).toEqual(
			expect.arrayContaining(["progressBarSvg", "kpiBulletSvg", "cascadeTreeSvg", "sparklineSvg"]),
		);
		expect(
			(exports["./svg"] ?? []).filter((name) => /Schema$|^parse|^safeParse/.test(name)),
		).toEqual([]);
	});

	it.each(formats)("%s: no case wrote to Object.prototype", (format) => {
		expect(output(format).pollution).toEqual([]);
	});
});

describe("the ESM and the CJS build loaded in one process", () => {
	const both = () => {
		if (dual === undefined) throw new Error("the dual-build program did not run");
		return dual;
	};

	it("are two copies: their error classes are distinct objects", () => {
		expect(both().distinct).toBe(true);
	});

	it("an error of either build is an OkrError of both; a validation error an OkrValidationError", () => {
		const checks: Record<string, boolean[]> = {};
		for (const kind of ["computation", "validation"]) {
			for (const from of formats) {
				for (const against of formats) {
					checks[`${kind} from ${from}, checked against ${against}`] =
						kind === "computation" ? [true, false] : [true, true];
				}
			}
		}
		expect(both().checks).toEqual(checks);
	});

	it("a plain Error, even one named and coded like ours, is not an OkrError of either build", () => {
		expect(both().plain).toEqual([false, false, false, false]);
	});
});

describe("conformance of the built package", () => {
	// Which names does the build export at all? Read from the ESM run once it is there; the case
	// list is fixed at collection time, so cases for names not built yet are reported as skipped.
	const cases = conformanceCases.map((testCase, index) => ({ testCase, index }));

	for (const format of formats) {
		describe(format, () => {
			it.for(cases)("$testCase.title", ({ testCase, index }, context) => {
				const byEntry = output(format).results[index] ?? {};
				const ran = Object.keys(byEntry);
				if (ran.length === 0) {
					context.skip(`${testCase.fn} is not exported by any entry point yet`);
					return;
				}
				for (const entry of ran) {
					const result = byEntry[entry];
					if (result === undefined) continue;
					checkResult(result, testCase.expect, `${format} ${specifier(entry)}`);
				}
			});
		});
	}

	it.each(specRootNames)("the package root exports %s", (name) => {
		expect(output("esm").exports["."]).toContain(name);
	});
});
