/**
 * `npm run demo`: scores a small example company with okr-kit's public API and prints a report.
 * The data follows the seed guides' examples (website traffic 100k → 250k, first response time
 * 4 h → 30 min, NPS 6 → 8, enterprise revenue $5M → $15M).
 */
import { gradeObjective, keyResultProgress, type Objective, OkrError } from "okr-kit";

const asOf = "2025-08-15";

export const objectives: readonly Objective[] = [
	{
		id: "marketing",
		title: "Become the go-to thought leader in our industry",
		level: "team",
		owner: "Marketing",
		keyResults: [
			{
				id: "traffic",
				title: "Monthly website visitors 100k → 250k",
				kind: "metric",
				start: 100_000,
				target: 250_000,
				current: 175_000,
				unit: "visitors",
			},
			{
				id: "backlinks",
				title: "50 backlinks from industry-leading sites",
				kind: "metric",
				start: 0,
				target: 50,
				current: 31,
			},
		],
	},
	{
		id: "support",
		title: "Become the market leader in customer satisfaction",
		level: "team",
		owner: "Support",
		type: "committed",
		keyResults: [
			{
				id: "frt",
				title: "First response time 4 h → 30 min",
				kind: "metric",
				start: 240,
				target: 30,
				unit: "min",
				checkIns: [
					{ at: "2025-07-07", value: 200 },
					{ at: "2025-07-28", value: 120 },
					{ at: "2025-08-11", value: 75 },
				],
			},
			{
				id: "nps",
				title: "Net Promoter Score 6 → 8",
				kind: "metric",
				start: "6",
				target: "8",
				current: "7.3",
			},
			{
				id: "success-program",
				title: "Launch the customer success program",
				kind: "milestone",
				done: true,
			},
		],
	},
	{
		id: "sales",
		title: "Dominate the enterprise market segment",
		level: "team",
		owner: "Sales",
		keyResults: [
			{
				id: "revenue",
				title: "Enterprise revenue $5M → $15M",
				kind: "metric",
				start: "5000000",
				target: "15000000",
				current: "9100000",
				unit: "USD",
			},
			{
				id: "retention",
				title: "Keep enterprise retention at 90% or more",
				kind: "threshold",
				direction: "atLeast",
				threshold: 90,
				current: 92,
				unit: "%",
			},
		],
	},
];

function pct(value: number): string {
	return `${(value * 100).toFixed(1)}%`;
}

const useColor = process.stdout.isTTY === true;
const paint = (color: string, text: string): string => {
	if (!useColor) return text;
	const code = color === "green" ? 32 : color === "yellow" ? 33 : color === "red" ? 31 : 0;
	return `\u001b[${code}m${text}\u001b[0m`;
};

export function report(): string {
	const lines: string[] = [`okr-kit demo — scored as of ${asOf}`, ""];
	for (const objective of objectives) {
		try {
			const g = gradeObjective(objective);
			lines.push(
				`${objective.title} (${objective.owner}, ${g.type})`,
				`  score ${pct(g.score)}  grade ${g.grade.toFixed(1)} ${paint(g.color, g.color)}  outcome ${g.outcome}${g.success ? " ✓" : ""}`,
			);
			for (const kr of objective.keyResults ?? []) {
				lines.push(`    ${pct(keyResultProgress(kr)).padStart(6)}  ${kr.title}`);
			}
		} catch (error) {
			if (!(error instanceof OkrError)) throw error;
			lines.push(`${objective.title}: ${error.code} — ${error.message}`);
		}
		lines.push("");
	}
	return lines.join("\n");
}

process.stdout.write(`${report()}\n`);
