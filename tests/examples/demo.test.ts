import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asOf, kpis, objectives } from "../../examples/data/company.js";
import { report } from "../../examples/demo.js";
import { scoreText } from "../../examples/lib/scoreText.js";
import { kpiStatus, lint, programHealth, rollUp } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What `npm run demo` runs: `tsx examples/demo.ts`, output not on a terminal, pictures to a temp folder. */
const folder = mkdtempSync(join(tmpdir(), "okr-demo-"));
const output = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts", folder], {
	cwd: root,
	encoding: "utf8",
	timeout: 60_000,
});
const [printed = "", picturesLine = ""] = output.split(/(?<=\n)(?=Pictures \(okr-kit\/svg\): )/);

const lineWith = (text: string): string => {
	const line = printed.split("\n").find((l) => l.includes(text));
	if (line === undefined) throw new Error(`no line of the demo contains ${JSON.stringify(text)}`);
	return line;
};

describe("npm run demo", () => {
	it("writes the README's pictures of the same company into the folder it is given", () => {
		const names = ["progress.svg", "kpi-bullet.svg", "sparkline.svg", "cascade.svg"];
		expect(readdirSync(folder).sort()).toEqual([...names].sort());
		for (const name of names) {
			expect(readFileSync(join(folder, name), "utf8")).toBe(
				readFileSync(join(root, "docs/images", name), "utf8"),
			);
			expect(picturesLine).toContain(name);
		}
	});

	it("prints the report without colour when stdout is not a terminal", () => {
		expect(printed).toBe(report());
		expect(printed).not.toContain("\u001b[");
		expect(
			printed.startsWith("Acme Health — 2025-Q3 (2025-07-01 to 2025-09-30), as of 2025-08-15"),
		).toBe(true);
	});

	it("colours grades, pace, lights and findings only when asked (on a terminal)", () => {
		const coloured = report({ color: true });
		expect(coloured).toContain("\u001b[31m0.2 red   \u001b[0m");
		expect(coloured).toContain("\u001b[33mwarning\u001b[0m");
		const ansi = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, "g");
		expect(coloured.replace(ansi, "")).toBe(report());
	});

	it("shows every objective of the tree with rollUp's score, grade and colour", () => {
		const scores = rollUp(objectives);
		for (const objective of objectives) {
			const score = scores.get(objective.id);
			expect(score).toBeDefined();
			if (score === undefined) continue;
			const line = lineWith(`${objective.title} (`);
			expect(line).toContain(
				`  ${scoreText(score.score).padEnd(5)}  ${score.grade.toFixed(1)} ${score.color}`,
			);
		}
		// Children are indented under their parents: company, then a team, then a person.
		expect(lineWith("Become the market leader").indexOf("Become")).toBeLessThan(
			lineWith("Dominate the enterprise").indexOf("Dominate"),
		);
		expect(lineWith("Dominate the enterprise").indexOf("Dominate")).toBeLessThan(
			lineWith("Significantly increase").indexOf("Significantly"),
		);
	});

	it("shows pace: the committed support objective is off track, HR at risk", () => {
		expect(lineWith("Transform customer support")).toMatch(
			/0\.215 {2}0\.2 red {5}offTrack .*\(Support, committed\) — expected 0\.50, gap 0\.28$/,
		);
		expect(lineWith("Substantially improve employee engagement")).toMatch(
			/atRisk .* — expected 0\.35, gap 0\.16$/,
		);
		expect(lineWith("Become the market leader")).toMatch(/0\.427 {2}0\.4 yellow {2}onTrack/);
		expect(lineWith("Reduce first response time from 4 hours to 30 minutes")).toContain("26%");
	});

	it("shows a score beside its grade so that the grade is its rounding (0.446 beside 0.4, not 0.45)", () => {
		expect(rollUp(objectives).get("marketing")?.score).toBeCloseTo(0.4467, 4);
		expect(lineWith("Become the go-to thought leader")).toMatch(/^ {2}0\.446 {2}0\.4 yellow /);
		expect(lineWith("Substantially improve employee engagement")).toMatch(
			/^ {2}0\.188 {2}0\.2 red /,
		);
	});

	it("shows each KPI's traffic light as kpiStatus gives it on the report's date", () => {
		for (const kpi of kpis) {
			const line = lineWith(`  ${kpiStatus(kpi, { asOf }).status.padEnd(7)}  ${kpi.name} — `);
			expect(line).toContain("target");
		}
		expect(lineWith("First contact resolution rate")).toContain("72% on 2025-07-25 (stale)");
		expect(lineWith("Employee turnover rate")).toMatch(/^ {2}red .*↑ worsening$/);
	});

	it("lists lint's findings and the program's health figures", () => {
		for (const finding of lint(objectives, kpis, { asOf })) {
			expect(printed).toContain(`${finding.code} [${finding.ids.join(", ")}]`);
		}
		expect(lineWith("Best practice")).toContain("4 findings");
		const health = programHealth(objectives, kpis, asOf);
		expect(lineWith("check-in compliance")).toContain(
			`${health.checkInCompliance.value?.toFixed(2)}  aim ≥ 0.75   met`,
		);
		expect(lineWith("achievement rate")).toContain("aim 0.6–0.7  not met");
	});

	it("tells the uptime story: red at 50%, drafted into an OKR, achieved, promoted, green", () => {
		expect(printed).toContain(
			"1. 2025-07-01: red      Patient registration uptime — 50% on 2025-06-30, target 99%",
		);
		expect(printed).toContain('key result "Increase patient registration uptime from 50 to 99"');
		expect(printed).toContain("progress 100%, grade 1.0 green: achieved.");
		expect(printed).toContain(
			"green    Patient registration uptime — 99.2% on 2025-08-14, target 99% ↑ improving",
		);
	});
});
