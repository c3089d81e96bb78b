/**
 * `examples/import-export.ts`, the script of docs/real-data.md: a goal tool's export with a history
 * past the day asked, a draft, a typo, the tool's own fields and timestamps from two time zones,
 * reported as of mid-quarter.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { report, type ToolExport, toolPath, toProgram } from "../../examples/import-export.js";
import { parseProgram, rollUp } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const file = "examples/data/goal-tool-export.json";
const tool = JSON.parse(readFileSync(`${root}/${file}`, "utf8")) as ToolExport;

function run(...args: string[]) {
	return spawnSync(process.execPath, ["--import", "tsx", "examples/import-export.ts", ...args], {
		cwd: root,
		encoding: "utf8",
		timeout: 60_000,
	});
}

const lineWith = (text: string, output: string): string => {
	const line = output.split("\n").find((l) => l.includes(text));
	if (line === undefined) throw new Error(`no line contains ${JSON.stringify(text)}:\n${output}`);
	return line;
};

describe("examples/import-export.ts", () => {
	const { status, stdout, stderr } = run();

	it("prints the report as of mid-quarter in the workspace's time zone", () => {
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(stdout).toBe(report(tool, "2025-08-15").text);
		expect(stdout.startsWith("Acme Health — as of 2025-08-15 (Europe/Berlin)\n")).toBe(true);
	});

	it("reads each key result as of the day: 40 of 100 articles is 0.4, not September's 0.95", () => {
		const { objectives } = parseProgram(toProgram(tool));
		const support = objectives.find((o) => o.id === "support");
		expect(support).toBeDefined();
		// (0.4 + 90/210 + 0) / 3: the articles, the first response time, CSAT still at its start.
		expect(lineWith("Transform customer support", stdout)).toMatch(/ 0\.276 +0\.3 red +keyResults/);
		// (0.29 + 1) / 2: revenue 7.9M of 5M → 15M; retention 91.5 ≥ 90 (the 88.2 of 16 August in
		// Berlin does not count yet).
		expect(lineWith("Dominate the enterprise", stdout)).toMatch(/ 0\.645 +0\.6 yellow/);
		// The website went live on 2 September; two of three campaign items were done by 15 August.
		expect(lineWith("Make Acme the name", stdout)).toMatch(/ 0\.333 +0\.3 red/);
	});

	it("leaves the draft unscored and out of the company's pool instead of refusing everyone", () => {
		expect(lineWith("Make Acme a great place to work", stdout)).toContain(
			"not scored: NO_KEY_RESULTS",
		);
		expect(lineWith("Become the market leader", stdout)).toMatch(/ 0\.418 +0\.4 yellow +children/);
		const { objectives } = parseProgram(toProgram(tool));
		expect(() => rollUp(objectives, { asOf: "2025-08-15" })).toThrow(
			expect.objectContaining({ code: "NO_KEY_RESULTS" }),
		);
	});

	it("warns of the typo with its place in the tool's file and keeps the tool's own fields quietly", () => {
		const typo = lineWith("goals[2].keyResults[2].currrent", stdout);
		expect(typo).toContain("UNKNOWN_KEY");
		expect(typo).toContain("(csat)");
		expect(stdout).toContain("4 fields of the tool's own kept as they are");
		expect(stdout).not.toContain(".color");
		const { objectives, kpis } = parseProgram(toProgram(tool));
		expect(objectives[0]).toMatchObject({ color: "#0b7285" });
		expect(kpis[0]).toMatchObject({ dashboard: "ops-weekly" });
	});

	it("warns of a check-in from the previous quarter and of everything dated after the day", () => {
		expect(lineWith("goals[1].keyResults[0].checkIns[0]", stdout)).toContain(
			"CHECK_IN_OUTSIDE_CYCLE",
		);
		// Half past midnight on 16 August in Berlin: after the day in the workspace's zone.
		expect(lineWith("goals[1].keyResults[1].checkIns[1]", stdout)).toContain("DATED_AFTER_AS_OF");
		expect(lineWith("goals[3].keyResults[0].doneAt", stdout)).toContain("DATED_AFTER_AS_OF");
	});

	it("reads the day in the workspace's zone: in UTC the late retention check-in would count", () => {
		const utc = report({ ...tool, timeZone: "UTC" }, "2025-08-15").text;
		// (0.29 + 0) / 2: the 88.2 written at 00:30 in Berlin is still 15 August in UTC.
		expect(lineWith("Dominate the enterprise", utc)).toMatch(/ 0\.145 +0\.1 red/);
	});

	it("at the end of the quarter everything counts and nothing is dated after the day", () => {
		const end = run(file, "--as-of", "2025-09-30");
		expect(end.status).toBe(0);
		expect(end.stdout).not.toContain("DATED_AFTER_AS_OF");
		// (0.95 + 120/210 + 0) / 3: September's check-ins count now.
		expect(lineWith("Transform customer support", end.stdout)).toMatch(/ 0\.507 +0\.5 yellow/);
	});

	it("prints every problem of an export that cannot be scored, with its place in the file", () => {
		const broken: ToolExport = {
			...tool,
			goals: [{ ...tool.goals[1], id: "sales", parentId: "nobody", keyResults: [] }],
		};
		const { ok, text } = report(broken, "2025-08-15");
		expect(ok).toBe(false);
		expect(text).toContain("goals[0].parentId: UNKNOWN_PARENT");
	});

	it("translates okr-kit's paths into the tool's names", () => {
		expect(toolPath(["objectives", 2, "keyResults", 0, "checkIns", 1])).toBe(
			"goals[2].keyResults[0].checkIns[1]",
		);
		expect(toolPath(["kpis", 0, "measurements", 2])).toBe("indicators[0].measurements[2]");
		expect(toolPath(["objectives", 1, "cycle"])).toBe("goals[1].period");
	});

	it("exits 2 on a wrong command line", () => {
		expect(run("--nope").status).toBe(2);
	});
});
