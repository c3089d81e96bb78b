/**
 * Imports a goal tool's export as it comes — a history that runs past the day asked, a draft, a
 * typo, the tool's own fields, timestamps from offices in two time zones — and prints a report as
 * of a day in the middle of the quarter. The guide `docs/real-data.md` walks through it.
 *
 *   npx tsx examples/import-export.ts
 *   npx tsx examples/import-export.ts examples/data/goal-tool-export.json --as-of 2025-08-15
 *
 * Exit status: 0 when reported, 1 when the export cannot be scored (each problem printed with its
 * path in the file), 2 for a wrong command line.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
	kpiStatus,
	OkrValidationError,
	paceStatus,
	parseCycle,
	rollUp,
	safeParseProgram,
} from "okr-kit";
import { scoreText } from "./lib/scoreText.js";

/** The tool's export: okr-kit's model inside its own envelope, plus fields of its own. */
export interface ToolExport {
	readonly workspace: string;
	/** The workspace's time zone: the calendar its people check in by. */
	readonly timeZone: string;
	readonly goals: readonly Record<string, unknown>[];
	readonly indicators: readonly Record<string, unknown>[];
}

/** Fields the tool adds for itself: kept through the import, not reported as typos. */
export const TOOL_FIELDS: ReadonlySet<string> = new Set(["color", "status", "dashboard"]);

/**
 * The tool's envelope → okr-kit's program: `goals` are objectives, `indicators` KPIs, and a goal's
 * `period` ("2025-Q3") its cycle. Everything else is passed through as it is, so nothing the tool
 * stored is lost and a typo reaches the parser, which reports it.
 */
export function toProgram(tool: ToolExport) {
	return {
		objectives: tool.goals.map(({ period, ...goal }) =>
			typeof period === "string" ? { ...goal, cycle: parseCycle(period) } : goal,
		),
		kpis: tool.indicators,
	};
}

/** A path in okr-kit's program → the same place in the tool's file. */
export function toolPath(path: readonly (string | number)[]): string {
	const names: Readonly<Record<string, string>> = {
		objectives: "goals",
		kpis: "indicators",
		cycle: "period",
	};
	let out = "";
	for (const key of path) {
		if (typeof key === "number") out += `[${key}]`;
		else out += `${out === "" ? "" : "."}${names[key] ?? key}`;
	}
	return out;
}

const pad = (text: string, width: number) => text.padEnd(width);

/** The report, or the problems that stop one (every issue of the export at once). */
export function report(tool: ToolExport, asOf: string): { ok: boolean; text: string } {
	const options = { asOf, timeZone: tool.timeZone };
	const parsed = safeParseProgram(toProgram(tool), options);
	if (!parsed.success) {
		const lines = parsed.error.issues.map(
			(issue) => `  ${toolPath(issue.path)}: ${issue.code} — ${issue.message}`,
		);
		return {
			ok: false,
			text: [`${tool.workspace}: the export cannot be scored`, ...lines, ""].join("\n"),
		};
	}
	const { objectives, kpis, warnings } = parsed.data;
	const out: string[] = [];
	out.push(`${tool.workspace} — as of ${asOf} (${tool.timeZone})`);
	out.push(
		`${objectives.length} objectives, ${objectives.reduce((n, o) => n + o.keyResults.length, 0)} key results, ${kpis.length} KPIs`,
	);

	// Warnings: the data scores, but someone should look. The tool's own fields are expected.
	const own = warnings.filter(
		(w) => w.code === "UNKNOWN_KEY" && TOOL_FIELDS.has(String(w.path[w.path.length - 1])),
	);
	const shown = warnings.filter((w) => !own.includes(w));
	out.push(
		"",
		`Warnings (${shown.length}; ${own.length} fields of the tool's own kept as they are)`,
	);
	for (const w of shown) {
		out.push(`  ${pad(w.code, 22)} ${toolPath(w.path)}${w.id === undefined ? "" : ` (${w.id})`}`);
		out.push(`  ${" ".repeat(22)} ${w.message}`);
	}

	// Objectives: a snapshot of the day, a draft left unscored rather than refusing everyone.
	const scores = rollUp(objectives, { ...options, partial: true });
	out.push("", "Objectives");
	for (const objective of objectives) {
		const score = scores.get(objective.id);
		if (score === undefined) continue;
		const name = pad(objective.title, 52);
		if (score.score === null) {
			out.push(`  ${name} not scored: ${score.issue.code}`);
			continue;
		}
		let pace = "";
		if (objective.keyResults.length > 0) {
			const p = paceStatus(objective, asOf, options);
			pace = `  ${pad(p.status, 8)} expected ${p.expected.toFixed(2)}`;
		}
		out.push(
			`  ${name} ${pad(scoreText(score.score), 5)}  ${score.grade.toFixed(1)} ${pad(score.color, 6)} ${pad(score.source, 10)}${pace}`.trimEnd(),
		);
	}

	out.push("", "KPIs");
	for (const kpi of kpis) {
		const status = kpiStatus(kpi, options);
		out.push(
			`  ${pad(kpi.name, 52)} ${pad(status.status, 7)} ${status.value ?? "no value"} on ${status.at ?? "—"}`,
		);
	}
	out.push("");
	return { ok: true, text: out.join("\n") };
}

function main(argv: readonly string[]): number {
	let args: ReturnType<typeof parseArgs>;
	try {
		args = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { "as-of": { type: "string", default: "2025-08-15" } },
		});
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		return 2;
	}
	const file = args.positionals[0] ?? "examples/data/goal-tool-export.json";
	const tool = JSON.parse(readFileSync(file, "utf8")) as ToolExport;
	try {
		const { ok, text } = report(tool, String(args.values["as-of"]));
		(ok ? process.stdout : process.stderr).write(text);
		return ok ? 0 : 1;
	} catch (error) {
		if (!(error instanceof OkrValidationError)) throw error;
		process.stderr.write(`${error.message}\n`);
		return 1;
	}
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}
