/**
 * Compares two cycles' exports: each owner's mean score, the program's health figures, and the KPIs
 * whose traffic light changed colour between the two.
 *
 *   npx tsx examples/compare-cycles.ts examples/data/2025-Q1.json examples/data/2025-Q2.json
 *   npx tsx examples/compare-cycles.ts before.json after.json --json
 *
 * Each export is scored on its own `asOf`. When a cycle is still running (the Q3 export), its share
 * elapsed is printed and no change is computed: a score half-way through a quarter is not a final one.
 * Exit status: 0 when compared, 1 when an export has problems, 2 for a wrong command line.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { expectedProgress, kpiStatus, OkrError, programHealth, rollUp } from "okr-kit";
import { type GoalExport, readExport } from "./lib/exportFile.js";

/** One cycle's figures. */
function figures(data: GoalExport) {
	const scores = rollUp(data.objectives);
	const byOwner = new Map<string, number[]>();
	for (const objective of data.objectives) {
		const score = scores.get(objective.id)?.score;
		if (objective.owner === undefined || score === undefined) continue;
		byOwner.set(objective.owner, [...(byOwner.get(objective.owner) ?? []), score]);
	}
	const owners = new Map<string, number>();
	for (const [owner, list] of byOwner) {
		owners.set(owner, list.reduce((a, b) => a + b, 0) / list.length);
	}
	const lights = new Map(data.kpis.map((kpi) => [kpi.id, kpiStatus(kpi, { asOf: data.asOf })]));
	return {
		label: data.cycle?.label ?? data.asOf,
		asOf: data.asOf,
		elapsed: data.cycle === null ? null : expectedProgress(data.cycle, data.asOf),
		owners,
		health: programHealth(data.objectives, data.kpis, data.asOf),
		lights,
		names: new Map(data.kpis.map((kpi) => [kpi.id, kpi.name])),
	};
}

/** The comparison as plain data (what `--json` prints). */
export function compareCycles(before: GoalExport, after: GoalExport) {
	const a = figures(before);
	const b = figures(after);
	// A score part-way through a cycle is not a final one: no change against a finished cycle.
	const final = (a.elapsed === null || a.elapsed === 1) && (b.elapsed === null || b.elapsed === 1);
	const owners = [...new Set([...a.owners.keys(), ...b.owners.keys()])].map((owner) => {
		const x = a.owners.get(owner) ?? null;
		const y = b.owners.get(owner) ?? null;
		return {
			owner,
			before: x,
			after: y,
			change: !final || x === null || y === null ? null : y - x,
		};
	});
	const health = (Object.keys(a.health) as (keyof typeof a.health)[]).map((figure) => ({
		figure,
		before: a.health[figure].value,
		after: b.health[figure].value,
		aim: a.health[figure].aim,
	}));
	const changedLights = [...b.lights]
		.filter(([id, now]) => a.lights.has(id) && a.lights.get(id)?.status !== now.status)
		.map(([id, now]) => ({
			id,
			name: b.names.get(id) ?? id,
			before: a.lights.get(id)?.status ?? null,
			after: now.status,
		}));
	return {
		final,
		before: { cycle: a.label, asOf: a.asOf, elapsed: a.elapsed },
		after: { cycle: b.label, asOf: b.asOf, elapsed: b.elapsed },
		owners,
		health,
		changedLights,
	};
}

const fixed = (value: number | null): string => (value === null ? "   –" : value.toFixed(2));
const signed = (value: number | null): string =>
	value === null ? "    –" : `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;

/** The comparison as text. */
export function formatComparison(result: ReturnType<typeof compareCycles>): string {
	const head = (c: typeof result.before) =>
		`${c.cycle} as of ${c.asOf}${c.elapsed !== null && c.elapsed < 1 ? ` (${Math.round(c.elapsed * 100)}% elapsed)` : ""}`;
	const lines = [`${head(result.before)} → ${head(result.after)}`, ""];
	lines.push("owner (mean score)  before  after  change");
	for (const o of result.owners) {
		lines.push(
			`${o.owner.padEnd(18)}  ${fixed(o.before).padStart(6)}  ${fixed(o.after).padStart(5)}  ${signed(o.change).padStart(6)}`,
		);
	}
	if (!result.final) {
		lines.push("(a cycle is still running: its scores are not final, so no change is computed)");
	}
	lines.push("", "program health      before  after  aim");
	for (const h of result.health) {
		const aim = h.aim.max === undefined ? `≥ ${h.aim.min}` : `${h.aim.min}–${h.aim.max}`;
		lines.push(
			`${h.figure.padEnd(18)}  ${fixed(h.before).padStart(6)}  ${fixed(h.after).padStart(5)}  ${aim}`,
		);
	}
	lines.push("", `KPIs that changed colour: ${result.changedLights.length}`);
	for (const k of result.changedLights) lines.push(`  ${k.name}: ${k.before} → ${k.after}`);
	return `${lines.join("\n")}\n`;
}

const USAGE = "usage: tsx examples/compare-cycles.ts <before.json> <after.json> [--json]";

/** The command line: returns the exit status. */
export function main(argv: readonly string[]): number {
	let args: ReturnType<
		typeof parseArgs<{ options: { json: { type: "boolean" } }; allowPositionals: true }>
	>;
	try {
		args = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { json: { type: "boolean" } },
		});
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const [first, second] = args.positionals;
	if (first === undefined || second === undefined || args.positionals.length > 2) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const before = readExport(first);
	const after = readExport(second);
	let failed = false;
	for (const [file, read] of [
		[first, before],
		[second, after],
	] as const) {
		if (read.ok) continue;
		failed = true;
		process.stderr.write(
			`${file}: ${read.problems.length} problem(s)\n${read.problems.map((p) => `  ${p}\n`).join("")}`,
		);
	}
	if (!before.ok || !after.ok || failed) return 1;
	try {
		const result = compareCycles(before.value, after.value);
		process.stdout.write(
			args.values.json ? `${JSON.stringify(result, null, 2)}\n` : formatComparison(result),
		);
		return 0;
	} catch (error) {
		if (!(error instanceof OkrError)) throw error;
		process.stderr.write(`${error.code} — ${error.message}\n`);
		return 1;
	}
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main(process.argv.slice(2));
}
