/**
 * `npm run demo`: scores the sample company in `examples/data/company.ts` as of 15 August 2025 with
 * okr-kit's public API and prints a report: the objective tree (rollUp, paceStatus), each objective's
 * risk and why (riskOf), what two key results still need by the end of the quarter (requiredPace,
 * confidenceOf), the KPIs' traffic lights (kpiStatus, kpiTrend), best-practice findings (lint),
 * program health (programHealth), the previous quarter's closing grades and the quarters side by
 * side (closing, cycleSummary; Q1 and Q2 from `examples/data/2025-Q1.json` and `2025-Q2.json`), and
 * one KPI → OKR → KPI story (okrFromKpi, then promoteToKpi).
 *
 * Every number below comes from the library; this file only formats. Colour only on a terminal.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
	confidenceOf,
	cycleSummary,
	expectedProgress,
	gradeObjective,
	type KeyResult,
	type Kpi,
	keyResultProgress,
	kpiStatus,
	kpiTrend,
	lint,
	type NumberInput,
	type Objective,
	okrFromKpi,
	paceStatus,
	programHealth,
	promoteToKpi,
	requiredPace,
	riskOf,
	rollUp,
} from "okr-kit";
import { asOf, company, kpis, objectives, q3, uptimeStory } from "./data/company.js";
import { type GoalExport, readExport } from "./lib/exportFile.js";
import { scoreText } from "./lib/scoreText.js";
import { writePictures } from "./pictures.js";

/** Formatting helpers: every number is already computed by okr-kit. */
interface Style {
	readonly color: boolean;
}

const ANSI: Readonly<Record<string, number>> = {
	green: 32,
	yellow: 33,
	red: 31,
	unknown: 90,
	onTrack: 32,
	atRisk: 33,
	offTrack: 31,
	error: 31,
	warning: 33,
	info: 36,
	low: 32,
	medium: 33,
	high: 31,
};

function paint(style: Style, key: string, text: string = key): string {
	const code = ANSI[key];
	return style.color && code !== undefined ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function bold(style: Style, text: string): string {
	return style.color ? `\u001b[1m${text}\u001b[0m` : text;
}

const pct = (share: number): string => `${Math.round(share * 100)}%`.padStart(4);
const fixed = (value: number, digits = 2): string => value.toFixed(digits);
const amount = (value: NumberInput): string =>
	new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(Number(value));
const withUnit = (value: NumberInput, unit: string | undefined): string =>
	unit === undefined
		? amount(value)
		: unit === "%"
			? `${amount(value)}%`
			: `${amount(value)} ${unit}`;
/** A change, with its sign: "+5,900,000 USD", "-156 min". */
const change = (value: number, unit: string | undefined): string =>
	`${value > 0 ? "+" : ""}${withUnit(value, unit)}`;

/** Objectives in tree order (parents before children), with their depth. */
function tree(list: readonly Objective[]): { objective: Objective; depth: number }[] {
	const out: { objective: Objective; depth: number }[] = [];
	const visit = (parentId: string | undefined, depth: number) => {
		for (const objective of list) {
			if ((objective.parentId ?? undefined) !== parentId) continue;
			out.push({ objective, depth });
			visit(objective.id, depth + 1);
		}
	};
	visit(undefined, 0);
	return out;
}

function objectivesSection(style: Style): string[] {
	const scores = rollUp(objectives);
	const lines = [bold(style, "Objectives — score, grade, pace (rollUp, paceStatus)")];
	const column = " ".repeat(31);
	for (const { objective, depth } of tree(objectives)) {
		const score = scores.get(objective.id);
		if (score === undefined) continue;
		const pace = paceStatus(objective, asOf);
		const indent = "  ".repeat(depth);
		const grade = paint(style, score.color, `${fixed(score.grade, 1)} ${score.color.padEnd(6)}`);
		const behind =
			pace.status === "onTrack"
				? ""
				: ` — expected ${fixed(pace.expected)}, gap ${fixed(pace.gap)}`;
		const who = `${objective.owner}${objective.type === "committed" ? ", committed" : ""}`;
		lines.push(
			`  ${scoreText(score.score).padEnd(5)}  ${grade}  ${paint(style, pace.status, pace.status.padEnd(8))}  ${indent}${objective.title} (${who})${behind}`,
		);
		for (const kr of objective.keyResults ?? []) {
			lines.push(`${column}${indent}  ${pct(keyResultProgress(kr))}  ${kr.title}`);
		}
	}
	return lines;
}

/** Who owns an objective, and whether it is committed: "(Support, committed)". */
function owner(objective: Objective): string {
	return `(${objective.owner}${objective.type === "committed" ? ", committed" : ""})`;
}

function riskSection(style: Style): string[] {
	const lines = [bold(style, "Risk — level and reasons (riskOf)")];
	for (const { objective, depth } of tree(objectives)) {
		const risk = riskOf(objective, asOf);
		const indent = "  ".repeat(depth);
		lines.push(
			`  ${paint(style, risk.level, risk.level.padEnd(6))}  ${indent}${objective.title} ${owner(objective)}`,
		);
		for (const reason of risk.reasons) {
			lines.push(`          ${indent}  ${reason.code.padEnd(18)}  ${reason.message}`);
		}
	}
	return lines;
}

/** The sample's key result `id`, with its objective. */
function keyResult(id: string): { objective: Objective; kr: KeyResult } {
	for (const objective of objectives) {
		const kr = objective.keyResults?.find((k) => k.id === id);
		if (kr !== undefined) return { objective, kr };
	}
	throw new Error(`the sample company has no key result ${id}`);
}

/** What two key results still need by the end of the quarter: to the target, and for a stretch goal to 0.7. */
function paceSection(style: Style): string[] {
	const lines = [bold(style, `What it takes by ${q3.end} (requiredPace, confidenceOf)`)];
	for (const id of ["enterprise-revenue", "chatbot"]) {
		const { objective, kr } = keyResult(id);
		const unit = kr.kind === "metric" ? kr.unit : undefined;
		const confidence = confidenceOf(kr, { asOf });
		const sure =
			confidence === null
				? "no confidence given"
				: `confidence ${paint(style, confidence.color, `${confidence.value} ${confidence.color}`)} on ${confidence.at}`;
		lines.push(`  ${kr.title} ${owner(objective)} — ${sure}`);
		const aims: readonly [string, number][] =
			objective.type === "committed"
				? [["the target", 1]]
				: [
						["the target", 1],
						["0.7, the sweet spot", 0.7],
					];
		for (const [name, progress] of aims) {
			const need = requiredPace(kr, q3, asOf, { progress });
			const perWeek =
				need.perWeek === null ? "no day left" : `${change(need.perWeek, unit)} a week`;
			lines.push(
				`    to ${`${name}:`.padEnd(21)}${withUnit(need.needed, unit)}, ${change(need.remaining, unit)} to go in ${need.daysLeft} days: ${perWeek}`,
			);
		}
	}
	return lines;
}

function kpiLine(style: Style, kpi: Kpi, day: string): string {
	const status = kpiStatus(kpi, { asOf: day });
	const trend = kpiTrend(kpi, { asOf: day });
	const arrow = trend.direction === "up" ? "↑" : trend.direction === "down" ? "↓" : "→";
	const value =
		status.value === null ? "no value" : `${withUnit(status.value, kpi.unit)} on ${status.at}`;
	const light = paint(style, status.status, status.status.padEnd(7));
	const stale = status.stale ? " (stale)" : "";
	return `  ${light}  ${kpi.name} — ${value}${stale}, target ${withUnit(kpi.target, kpi.unit)} ${arrow}${trend.improving === true ? " improving" : trend.improving === false ? " worsening" : ""}`;
}

function kpiSection(style: Style): string[] {
	const lines = [bold(style, "KPIs — traffic lights (kpiStatus, kpiTrend)")];
	for (const kpi of kpis) lines.push(kpiLine(style, kpi, asOf));
	return lines;
}

function lintSection(style: Style): string[] {
	const findings = lint(objectives, kpis, { asOf });
	const lines = [bold(style, `Best practice — ${findings.length} findings (lint)`)];
	for (const f of findings) {
		lines.push(
			`  ${paint(style, f.severity, f.severity.padEnd(7))}  ${f.code} [${f.ids.join(", ")}]`,
		);
		lines.push(`           ${f.message}`);
	}
	return lines;
}

function healthSection(style: Style): string[] {
	const health = programHealth(objectives, kpis, asOf);
	const names: Record<keyof typeof health, string> = {
		achievementRate: "achievement rate",
		checkInCompliance: "check-in compliance",
		kpisOnTime: "KPIs on time",
		connectedShare: "connected to the company",
	};
	const lines = [bold(style, "Program health (programHealth)")];
	for (const key of Object.keys(names) as (keyof typeof health)[]) {
		const { value, aim, met } = health[key];
		const aimText = aim.max === undefined ? `≥ ${aim.min}` : `${aim.min}–${aim.max}`;
		const verdict = met === null ? "nothing to measure" : met ? "met" : "not met";
		lines.push(
			`  ${names[key].padEnd(25)} ${value === null ? "  –  " : fixed(value)}  aim ${aimText.padEnd(8)} ${paint(style, met ? "green" : met === false ? "yellow" : "unknown", verdict)}`,
		);
	}
	lines.push(
		`  (${fixed(expectedProgress(q3, asOf))} of the cycle has elapsed, so scores are still rising.)`,
	);
	return lines;
}

/** An earlier quarter's export, next to this file; it is the library's parsers that check it. */
function earlier(name: string): GoalExport {
	const read = readExport(fileURLToPath(new URL(`./data/${name}`, import.meta.url)));
	if (!read.ok) throw new Error(`examples/data/${name}: ${read.problems.join("; ")}`);
	return read.value;
}

const q1 = earlier("2025-Q1.json");
const q2 = earlier("2025-Q2.json");

/** The objective as its data alone scores it: its key results without their closing grades. */
function dataAlone(objective: Objective): Objective {
	return {
		...objective,
		keyResults: (objective.keyResults ?? []).map(({ closing: _, ...kr }) => kr),
	};
}

function closingSection(style: Style): string[] {
	const lines = [
		bold(
			style,
			`Closing grades — ${q2.cycle?.label ?? q2.asOf}, as its owners closed it (closing, keyResultProgress, gradeObjective)`,
		),
	];
	for (const objective of q2.objectives) {
		for (const kr of objective.keyResults ?? []) {
			if (kr.closing === undefined) continue;
			const [plain] = dataAlone({ ...objective, keyResults: [kr] }).keyResults ?? [];
			if (plain === undefined) continue;
			const on = kr.closing.at === undefined ? "" : ` on ${kr.closing.at}`;
			lines.push(
				`  ${kr.title} ${owner(objective)}`,
				`    its data says ${pct(keyResultProgress(plain)).trim()}; its owner graded it ${scoreText(keyResultProgress(kr))}${on}:`,
			);
			if (kr.closing.note !== undefined) lines.push(`    "${kr.closing.note}"`);
			const graded = gradeObjective(objective);
			const alone = gradeObjective(dataAlone(objective));
			lines.push(
				`    so "${objective.title}" scores ${scoreText(graded.score)}, grade ${paint(style, graded.color, `${fixed(graded.grade, 1)} ${graded.color}`)} (the data alone: ${scoreText(alone.score)}, grade ${fixed(alone.grade, 1)})`,
			);
		}
	}
	return lines;
}

function cyclesSection(style: Style): string[] {
	const rows = cycleSummary([...q1.objectives, ...q2.objectives, ...objectives], { asOf });
	const share = (value: number | null): string => (value === null ? "   –" : pct(value));
	const lines = [
		bold(style, "Cycles side by side (cycleSummary)"),
		"  cycle     objectives  mean score  success  sweet spot   1.0",
	];
	for (const row of rows) {
		const label = row.cycle.label ?? `${row.cycle.start} to ${row.cycle.end}`;
		const mean = row.meanScore === null ? "–" : scoreText(row.meanScore);
		const running =
			row.cycle.end > asOf
				? `   so far: ${fixed(expectedProgress(row.cycle, asOf))} of it elapsed`
				: "";
		lines.push(
			`  ${label.padEnd(8)}  ${String(row.objectives).padStart(10)}  ${mean.padStart(10)}  ${share(row.successRate).padStart(7)}  ${share(row.sweetSpotShare).padStart(10)}  ${share(row.perfectShare).padStart(4)}${running}`,
		);
	}
	return lines;
}

function storySection(style: Style): string[] {
	const uptime = kpis.find((k) => k.id === uptimeStory.kpiId);
	if (uptime === undefined) throw new Error("the sample company has no uptime KPI");
	const lines = [bold(style, "KPI → OKR → KPI (okrFromKpi, promoteToKpi)")];
	lines.push(
		`  1. ${uptimeStory.draftedOn}: ${kpiLine(style, uptime, uptimeStory.draftedOn).trim()}`,
		"     A red KPI starts an OKR:",
	);
	const draft = okrFromKpi(uptime, {
		title: uptimeStory.title,
		cycle: q3,
		asOf: uptimeStory.draftedOn,
	});
	const kr = draft.keyResults[0];
	lines.push(
		`     okrFromKpi → "${draft.title}" (${draft.id}, ${draft.type})`,
		`                  key result "${kr.title}" (${kr.id})`,
	);
	const achieved: Objective = {
		...draft,
		keyResults: [{ ...kr, checkIns: uptimeStory.checkIns }],
	};
	const reached = achieved.keyResults?.[0];
	if (reached === undefined) throw new Error("the drafted objective lost its key result");
	const g = gradeObjective(achieved);
	const checkIns = uptimeStory.checkIns.map((c) => `${c.value} (${c.at.slice(5)})`).join(", ");
	lines.push(
		`  2. The team checks in: ${checkIns}`,
		`     progress ${pct(keyResultProgress(reached)).trim()}, grade ${paint(style, g.color, `${fixed(g.grade, 1)} ${g.color}`)}: achieved.`,
	);
	const guard = promoteToKpi(achieved, kr.id, {
		id: uptime.id,
		name: uptime.name,
		cadence: "weekly",
		asOf,
	});
	lines.push(
		`  3. promoteToKpi → KPI "${guard.name}" guards the new baseline: ${guard.direction}, target ${withUnit(guard.target, guard.unit)}, ${guard.measurements.length} measurements`,
		`     ${kpiLine(style, guard, asOf).trim()}`,
	);
	return lines;
}

/** The whole report; `color` adds ANSI colours (the command line uses them only on a terminal). */
export function report(style: Style = { color: false }): string {
	const header = [
		bold(style, `${company} — ${q3.label} (${q3.start} to ${q3.end}), as of ${asOf}`),
		`${fixed(expectedProgress(q3, asOf))} of the cycle elapsed: committed objectives should be at ${fixed(expectedProgress(q3, asOf, { final: 1 }))}, aspirational ones at ${fixed(expectedProgress(q3, asOf, { final: 0.7 }))} (they aim at 0.7).`,
	];
	return [
		...header,
		"",
		...objectivesSection(style),
		"",
		...riskSection(style),
		"",
		...paceSection(style),
		"",
		...kpiSection(style),
		"",
		...lintSection(style),
		"",
		...healthSection(style),
		"",
		...closingSection(style),
		"",
		...cyclesSection(style),
		"",
		...storySection(style),
		"",
	].join("\n");
}

// Run as a script (`npm run demo [folder]`), not when a test imports `report`. The report goes to
// stdout; the pictures of the same company (okr-kit/svg) go to the folder, `docs/images/` by
// default, where the README shows them.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.stdout.write(report({ color: process.stdout.isTTY === true }));
	const folder = process.argv[2] ?? fileURLToPath(new URL("../docs/images/", import.meta.url));
	const written = writePictures(folder).map((file) => relative(process.cwd(), file));
	process.stdout.write(`Pictures (okr-kit/svg): ${written.join(", ")}\n`);
}
