import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asOf, kpis, objectives } from "../../examples/data/company.js";
import { report } from "../../examples/demo.js";
import { readExport } from "../../examples/lib/exportFile.js";
import { scoreText } from "../../examples/lib/scoreText.js";
import { cycleSummary, kpiStatus, lint, programHealth, riskOf, rollUp } from "../../src/index.js";

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

	it("shows each objective's risk level as riskOf gives it, with its reasons under it", () => {
		for (const objective of objectives) {
			const risk = riskOf(objective, asOf);
			const line = printed
				.split("\n")
				.filter((l) => l.includes(`${objective.title} (`))
				.find((l) => l.startsWith(`  ${risk.level.padEnd(6)}  `));
			expect(line).toBeDefined();
			for (const reason of risk.reasons) expect(printed).toContain(reason.message);
		}
	});

	it("shows the committed support objective at high risk: off track, and a red confidence in the chatbot", () => {
		const section = printed.slice(printed.indexOf("Risk — level and reasons"));
		const lines = section.split("\n");
		const at = lines.findIndex((l) => l.includes("Transform customer support"));
		expect(lines[at]).toMatch(
			/^ {2}high {4}.*Transform customer support .*\(Support, committed\)$/,
		);
		expect(lines.slice(at + 1, at + 4)).toEqual([
			expect.stringMatching(
				/^ +BEHIND_PACE +Objective "support" is off track: its progress 0\.22 is 0\.28 behind the 0\.5 expected by 2025-08-15\.$/,
			),
			expect.stringMatching(
				/^ +LOW_CONFIDENCE +Key result "first-response" has a yellow confidence of 5 /,
			),
			expect.stringMatching(/^ +LOW_CONFIDENCE +Key result "chatbot" has a red confidence of 2 /),
		]);
		// The company objective is on track with green confidences: low, and no reason under it.
		expect(lines[1]).toMatch(/^ {2}low {5}Become the market leader/);
		expect(lines[2]).toMatch(/^ {2}medium {4}Dominate the enterprise/);
	});

	it("shows what enterprise revenue takes by the quarter's end, as computed by hand", () => {
		// 9,100,000 on 2025-08-15; the days after it up to 2025-09-30: 16 in August + 30 = 46.
		const daysLeft = 16 + 30;
		const toTarget = 15_000_000 - 9_100_000;
		const toSweetSpot = 5_000_000 + 0.7 * (15_000_000 - 5_000_000) - 9_100_000;
		const perWeek = (remaining: number) =>
			new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(
				(7 * remaining) / daysLeft,
			);
		expect(perWeek(toTarget)).toBe("897,826.09");
		expect(lineWith("Increase enterprise revenue from $5M to $15M (Sales) — ")).toMatch(
			/confidence 6 yellow on 2025-08-15$/,
		);
		expect(lineWith("to the target:          15,000,000 USD")).toBe(
			`    to the target:          15,000,000 USD, +5,900,000 USD to go in ${daysLeft} days: +${perWeek(toTarget)} USD a week`,
		);
		expect(lineWith("to 0.7, the sweet spot: 12,000,000 USD")).toBe(
			`    to 0.7, the sweet spot: 12,000,000 USD, +2,900,000 USD to go in ${daysLeft} days: +${perWeek(toSweetSpot)} USD a week`,
		);
		// The committed chatbot aims at its target only: 40% from 6%, in the same 46 days.
		expect(lineWith("to the target:          40%")).toBe(
			`    to the target:          40%, +34% to go in 46 days: +${perWeek(34)}% a week`,
		);
		expect(printed).not.toContain("to 0.7, the sweet spot: 28%");
	});

	it("shows Q2's closing grade with its note, and what it does to its objective", () => {
		expect(lineWith("Closing grades — 2025-Q2")).toBeDefined();
		expect(printed).toContain(
			[
				"  Increase website traffic from 80k to 100k monthly visitors (Marketing)",
				"    its data says 100%; its owner graded it 0.7 on 2025-06-30:",
				'    "Target met, but most of the new visitors came for news of the outage and left at once: sign-ups did not rise."',
				// (0.7 + 1) / 2 for the traffic and the brand guide, against (1 + 1) / 2 on the data.
				'    so "Relaunch the website" scores 0.85, grade 0.9 green (the data alone: 1, grade 1.0)',
			].join("\n"),
		);
	});

	it("puts Q1, Q2 and the running Q3 side by side as cycleSummary gives them", () => {
		const read = (name: string) => {
			const result = readExport(join(root, "examples/data", name));
			if (!result.ok) throw new Error(result.problems.join("\n"));
			return result.value.objectives;
		};
		const rows = cycleSummary([...read("2025-Q1.json"), ...read("2025-Q2.json"), ...objectives], {
			asOf,
		});
		expect(rows.map((r) => r.cycle.label)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
		// Q2 with its closing grade: (0.9 + 0.7833… + 0.85 + 1 + 0.6) / 5; only People's 0.6 in the
		// sweet spot, only Support's committed 1.0 graded 1.0.
		expect(rows[1]?.meanScore).toBeCloseTo((0.9 + 0.78333333 + 0.85 + 1 + 0.6) / 5, 6);
		expect(lineWith("  2025-Q1  ")).toBe(
			"  2025-Q1            5       0.925      80%          0%   60%",
		);
		expect(lineWith("  2025-Q2  ")).toBe(
			"  2025-Q2            5       0.826     100%         20%   20%",
		);
		expect(lineWith("  2025-Q3  ")).toMatch(
			/^ {2}2025-Q3 {12}8 {7}0\.396 {6}13% {9}13% {4}0% {3}so far: 0\.50 of it elapsed$/,
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
