/**
 * The example scripts of docs/scripting.md run as documented: `score-export.ts` and
 * `compare-cycles.ts` on the bundled exports, their JSON output, their exit statuses, and their
 * reports of bad data with paths into the file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareCycles } from "../../examples/compare-cycles.js";
import { asOf, company, kpis, objectives, q3 } from "../../examples/data/company.js";
import { readExport, readPolicy } from "../../examples/lib/exportFile.js";
import { scoreExport } from "../../examples/score-export.js";
import { kpiStatus, lint, rollUp } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const data = (name: string) => join(root, "examples", "data", name);
const scratch = mkdtempSync(join(tmpdir(), "okr-kit-scripts-"));

/** Runs an example script as `npx tsx examples/<script> …` would. */
function run(script: string, ...args: string[]) {
	const result = spawnSync(process.execPath, ["--import", "tsx", `examples/${script}`, ...args], {
		cwd: root,
		encoding: "utf8",
		timeout: 60_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, value: unknown): string {
	const file = join(scratch, name);
	writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
	return file;
}

function read(file: string) {
	const result = readExport(file);
	if (!result.ok) throw new Error(result.problems.join("\n"));
	return result.value;
}

describe("examples/data/export.json", () => {
	it("is the sample company of examples/data/company.ts, exported as JSON", () => {
		const json = JSON.parse(readFileSync(data("export.json"), "utf8"));
		expect(json).toEqual(
			JSON.parse(
				JSON.stringify({ company, cycle: q3.label, asOf, objectives, kpis, source: json.source }),
			),
		);
	});
});

describe("examples/score-export.ts", () => {
	it("prints each objective's score, grade, colour and pace, each KPI's light and the findings", () => {
		const { status, stdout, stderr } = run("score-export.ts", "examples/data/export.json");
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(stdout).toContain("Acme Health: 8 objectives, 10 KPIs, as of 2025-08-15");
		expect(stdout).toMatch(
			/^0\.215 {4}0\.2 {2}red {5}offTrack {2}Support {5}Transform customer support/m,
		);
		// Marketing's 0.4467 is cut beside its grade: rounded, "0.45  0.4" would look like a rounding error.
		expect(stdout).toMatch(/^0\.446 {4}0\.4 {2}yellow {2}onTrack {3}Marketing /m);
		expect(stdout).not.toContain("0.45 ");
		expect(stdout).toMatch(/unknown {2}72 .* First contact resolution rate \(stale\)/);
		expect(stdout).toContain("4 best-practice findings");
	});

	it("prints JSON with --json: the scores rollUp, kpiStatus and lint give for the export", () => {
		const { status, stdout } = run("score-export.ts", "examples/data/export.json", "--json");
		expect(status).toBe(0);
		const result = JSON.parse(stdout);
		const scores = rollUp(objectives);
		expect(result.asOf).toBe("2025-08-15");
		expect(result.objectives.map((o: { id: string; score: number }) => [o.id, o.score])).toEqual(
			objectives.map((o) => [o.id, scores.get(o.id)?.score]),
		);
		expect(result.kpis.map((k: { status: string }) => k.status)).toEqual(
			kpis.map((k) => kpiStatus(k, { asOf }).status),
		);
		expect(result.findings).toEqual(lint(objectives, kpis, { asOf }));
		expect(result.objectives.find((o: { id: string }) => o.id === "support").pace).toBe("offTrack");
	});

	it("scores on another day with --as-of and under another policy with --policy", () => {
		expect(
			scoreExport(read(data("export.json"))).objectives.find((o) => o.id === "support")?.pace,
		).toBe("offTrack");
		const policy = readPolicy(write("policy.json", { pace: { onTrackGap: 0.3, atRiskGap: 0.4 } }));
		expect(policy.ok).toBe(true);
		if (!policy.ok) return;
		const lenient = scoreExport(read(data("export.json")), policy.value);
		expect(lenient.objectives.find((o) => o.id === "support")?.pace).toBe("onTrack");

		const { status, stdout } = run(
			"score-export.ts",
			"examples/data/export.json",
			"--as-of",
			"2025-09-30",
			"--policy",
			write("cli-policy.json", { grading: { bands: { green: 0.5 } } }),
			"--json",
		);
		expect(status).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.asOf).toBe("2025-09-30");
		// Half-way scores are far behind at the end of the cycle.
		expect(result.objectives.find((o: { id: string }) => o.id === "company").pace).toBe("offTrack");
		// Under a green band from 0.5, Sales' 0.6 is green.
		expect(result.objectives.find((o: { id: string }) => o.id === "sales").color).toBe("green");
	});

	it("reports every problem of a bad export with its path in the file, and exits with 1", () => {
		const bad = write("bad.json", {
			asOf: "2025-08-15",
			objectives: [
				{
					id: "o1",
					title: "Flat",
					keyResults: [{ id: "k", title: "Keep NPS at 8", kind: "metric", start: 8, target: 8 }],
				},
				{ id: "o2", title: "Child of nobody", parentId: "ghost", keyResults: [] },
			],
			kpis: [{ id: "k1", name: "NPS", direction: "up", target: 8 }],
		});
		const { status, stderr, stdout } = run("score-export.ts", bad);
		expect(status).toBe(1);
		expect(stdout).toBe("");
		expect(stderr).toContain("objectives[0].keyResults[0].target: START_EQUALS_TARGET");
		expect(stderr).toContain("kpis[0].direction: INVALID_ENUM");
		const links = readExport(
			write("links.json", {
				asOf: "2025-08-15",
				objectives: [{ id: "o", title: "o", parentId: "x" }],
			}),
		);
		expect(links.ok ? [] : links.problems).toEqual([
			expect.stringMatching(/^objectives\[0\]\.parentId: UNKNOWN_PARENT/),
		]);
	});

	it("reports a file that is not JSON or lacks a date, a bad policy, and a wrong command line", () => {
		expect(readExport(write("text.json", "not json"))).toMatchObject({ ok: false });
		expect(readExport(write("nodate.json", { objectives: [] }))).toEqual({
			ok: false,
			problems: ["asOf: the export has no asOf date; pass --as-of"],
		});
		expect(readPolicy(write("bad-policy.json", { progress: { floor: 1, cap: 0.5 } }))).toEqual({
			ok: false,
			problems: [expect.stringMatching(/^policy\.progress\.floor: FLOOR_ABOVE_CAP/)],
		});
		const usage = run("score-export.ts");
		expect(usage.status).toBe(2);
		expect(usage.stderr).toContain("usage: tsx examples/score-export.ts");
	});
});

describe("examples/compare-cycles.ts", () => {
	it("compares two finished cycles: owners' scores, program health, KPIs that changed colour", () => {
		const { status, stdout } = run(
			"compare-cycles.ts",
			"examples/data/2025-Q1.json",
			"examples/data/2025-Q2.json",
		);
		expect(status).toBe(0);
		expect(stdout).toContain("2025-Q1 as of 2025-03-31 → 2025-Q2 as of 2025-06-30");
		expect(stdout).toMatch(/People {16}0\.92 {3}0\.60 {3}−0\.32/);
		expect(stdout).toMatch(/achievementRate {7}0\.93 {3}0\.83 {2}0\.6–0\.7/);
		expect(stdout).toContain("Patient registration uptime: yellow → red");
	});

	it("computes no change against a cycle still running", () => {
		const result = compareCycles(read(data("2025-Q2.json")), read(data("export.json")));
		expect(result.final).toBe(false);
		expect(result.after).toEqual({ cycle: "2025-Q3", asOf: "2025-08-15", elapsed: 0.5 });
		expect(result.owners.every((o) => o.change === null)).toBe(true);
		expect(result.owners.find((o) => o.owner === "Support")).toEqual({
			owner: "Support",
			before: 1,
			after: rollUp(objectives).get("support")?.score,
			change: null,
		});
	});

	it("prints JSON with --json, and exits with 1 on a bad export and 2 on a wrong command line", () => {
		const json = run(
			"compare-cycles.ts",
			"examples/data/2025-Q1.json",
			"examples/data/2025-Q2.json",
			"--json",
		);
		expect(json.status).toBe(0);
		expect(JSON.parse(json.stdout).changedLights).toHaveLength(4);
		const bad = run("compare-cycles.ts", "examples/data/2025-Q1.json", write("empty.json", {}));
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain("the export must be an object with an objectives array");
		expect(run("compare-cycles.ts", "examples/data/2025-Q1.json").status).toBe(2);
	});
});
