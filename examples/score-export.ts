/**
 * Scores a goal tool's JSON export: every objective's score, grade, colour and pace, every KPI's
 * traffic light, and the best-practice findings.
 *
 *   npx tsx examples/score-export.ts examples/data/export.json
 *   npx tsx examples/score-export.ts examples/data/export.json --as-of 2025-09-30 --json
 *   npx tsx examples/score-export.ts examples/data/export.json --policy my-policy.json
 *
 * Exit status: 0 when scored, 1 when the export (or policy) has problems (each printed with its
 * path in the file), 2 for a wrong command line.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
	kpiStatus,
	lint,
	OkrError,
	type PaceStatus,
	paceStatus,
	rollUp,
	type ScoringPolicy,
} from "okr-kit";
import { type GoalExport, readExport, readPolicy } from "./lib/exportFile.js";
import { scoreText } from "./lib/scoreText.js";

/** The scores of an export, as plain data (what `--json` prints). */
export function scoreExport(data: GoalExport, policy?: ScoringPolicy) {
	const options = policy === undefined ? {} : { policy };
	const scores = rollUp(data.objectives, options);
	const objectives = data.objectives.map((objective) => {
		const score = scores.get(objective.id);
		let pace: PaceStatus | null = null;
		try {
			pace = paceStatus(objective, data.asOf, options);
		} catch (error) {
			// An objective without a cycle, or scored from its children alone, has no pace of its own.
			if (!(error instanceof OkrError)) throw error;
			if (error.code !== "NO_CYCLE" && error.code !== "NO_KEY_RESULTS") throw error;
		}
		return {
			id: objective.id,
			title: objective.title,
			owner: objective.owner ?? null,
			type: objective.type,
			score: score?.score ?? null,
			grade: score?.grade ?? null,
			color: score?.color ?? null,
			pace: pace?.status ?? null,
		};
	});
	const kpis = data.kpis.map((kpi) => ({
		id: kpi.id,
		name: kpi.name,
		...kpiStatus(kpi, { ...options, asOf: data.asOf }),
	}));
	const findings = lint(data.objectives, data.kpis, { ...options, asOf: data.asOf });
	return { company: data.company, asOf: data.asOf, objectives, kpis, findings };
}

const fixed = (value: number | null, digits: number): string =>
	value === null ? "–" : value.toFixed(digits);

/** The scores as a text table. */
export function formatScores(result: ReturnType<typeof scoreExport>): string {
	const lines = [
		`${result.company}: ${result.objectives.length} objectives, ${result.kpis.length} KPIs, as of ${result.asOf}`,
		"",
		// Scores cut beside their grades (examples/lib/scoreText.ts): 0.4467 is 0.446 beside 0.4, not 0.45.
		"score  grade  colour  pace      owner       objective",
	];
	for (const o of result.objectives) {
		lines.push(
			`${(o.score === null ? "–" : scoreText(o.score)).padEnd(5)}  ${fixed(o.grade, 1).padStart(5)}  ${(o.color ?? "–").padEnd(6)}  ${(o.pace ?? "–").padEnd(8)}  ${(o.owner ?? "–").padEnd(10)}  ${o.title}`,
		);
	}
	lines.push("", "status   value        shortfall  KPI");
	for (const k of result.kpis) {
		lines.push(
			`${k.status.padEnd(7)}  ${String(k.value ?? "–").padEnd(11)}  ${String(k.shortfall ?? "–").padStart(9)}  ${k.name}${k.stale ? " (stale)" : ""}`,
		);
	}
	lines.push("", `${result.findings.length} best-practice findings`);
	for (const f of result.findings) lines.push(`  ${f.severity}: ${f.code} [${f.ids.join(", ")}]`);
	return `${lines.join("\n")}\n`;
}

const USAGE =
	"usage: tsx examples/score-export.ts <export.json> [--as-of YYYY-MM-DD] [--policy policy.json] [--json]";

/** The command line: returns the exit status. */
export function main(argv: readonly string[]): number {
	let args: ReturnType<typeof parse>;
	try {
		args = parse(argv);
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const file = args.positionals[0];
	if (file === undefined || args.positionals.length > 1) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const data = readExport(file, args.values["as-of"]);
	const policy = args.values.policy === undefined ? undefined : readPolicy(args.values.policy);
	const problems = [
		...(data.ok ? [] : data.problems),
		...(policy?.ok === false ? policy.problems : []),
	];
	if (!data.ok || policy?.ok === false) {
		process.stderr.write(
			`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}\n`).join("")}`,
		);
		return 1;
	}
	try {
		const result = scoreExport(data.value, policy?.ok ? policy.value : undefined);
		process.stdout.write(
			args.values.json ? `${JSON.stringify(result, null, 2)}\n` : formatScores(result),
		);
		return 0;
	} catch (error) {
		// Problems only scoring reveals (e.g. an objective whose weights sum to 0, a bad date).
		if (!(error instanceof OkrError)) throw error;
		process.stderr.write(`${file}: ${error.code} — ${error.message}\n`);
		return 1;
	}
}

function parse(argv: readonly string[]) {
	return parseArgs({
		args: [...argv],
		allowPositionals: true,
		options: {
			"as-of": { type: "string" },
			policy: { type: "string" },
			json: { type: "boolean", default: false },
		},
	});
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}
