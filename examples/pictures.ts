/**
 * Draws the README's pictures with `okr-kit/svg` from the seed guides' examples and writes them to
 * `docs/images/`:
 *
 *   npx tsx examples/pictures.ts            # writes docs/images/*.svg
 *   npx tsx examples/pictures.ts out/dir    # writes them elsewhere
 *
 * - progress.svg: the marketing objective (website traffic 100k → 250k, backlinks, newsletter)
 *   against its pace in Q3 2025, as of 2025-08-15;
 * - kpi-bullet.svg: the 99% platform uptime KPI as a bullet graph;
 * - sparkline.svg: the same KPI's weekly measurements and status history;
 * - cascade.svg: the company objective scored from its marketing, support and sales teams.
 *
 * A test draws them again and compares them with the committed files, so they cannot go stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kpi, type Objective, objectiveProgress, paceStatus, quarter } from "okr-kit";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg, sparklineSvg } from "okr-kit/svg";

const q3 = quarter(2025, 3);
const asOf = "2025-08-15";

const metric = (
	id: string,
	title: string,
	start: number,
	target: number,
	current: number,
	unit?: string,
) => ({
	id,
	title,
	kind: "metric" as const,
	start,
	target,
	current,
	...(unit === undefined ? {} : { unit }),
});

export const marketing: Objective = {
	id: "marketing",
	title: "Become the go-to thought leader in our industry",
	level: "team",
	owner: "Marketing",
	parentId: "company",
	cycle: q3,
	keyResults: [
		metric(
			"traffic",
			"Monthly website visitors 100k → 250k",
			100_000,
			250_000,
			175_000,
			"visitors",
		),
		metric("backlinks", "50 backlinks from industry-leading sites", 0, 50, 31),
		metric("newsletter", "5,000 newsletter subscribers", 0, 5_000, 3_400),
	],
};

export const cascade: readonly Objective[] = [
	{
		id: "company",
		title: "Become the market leader in customer satisfaction",
		level: "company",
		cycle: q3,
	},
	marketing,
	{
		id: "support",
		title: "Transform customer support into a competitive advantage",
		level: "team",
		owner: "Support",
		parentId: "company",
		cycle: q3,
		keyResults: [
			metric("frt", "First response time 4 h → 30 min", 240, 30, 45, "min"),
			metric("csat", "Customer satisfaction 85% → 95%", 85, 95, 94, "%"),
			metric("chatbot", "AI chatbot handles 40% of first inquiries", 0, 40, 30, "%"),
		],
	},
	{
		id: "sales",
		title: "Dominate the enterprise market segment",
		level: "team",
		owner: "Sales",
		parentId: "company",
		cycle: q3,
		keyResults: [
			metric("revenue", "Enterprise revenue $5M → $15M", 5, 15, 6.1, "$M"),
			metric("deals", "Close 5 Fortune 500 deals", 0, 5, 1),
			{
				id: "retention",
				title: "90% retention of enterprise clients",
				kind: "threshold",
				direction: "atLeast",
				threshold: 90,
				current: 88,
				unit: "%",
			},
		],
	},
];

/** The seed guides' uptime KPI: keep the platform up 99% of the time, measured weekly. */
export const uptime: Kpi = {
	id: "uptime",
	name: "Platform uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	cadence: "weekly",
	measurements: [
		{ at: "2025-07-04", value: 99.5 },
		{ at: "2025-07-11", value: 99.2 },
		{ at: "2025-07-18", value: 98.1 },
		{ at: "2025-07-25", value: 99.3 },
		{ at: "2025-08-01", value: 97.2 },
		{ at: "2025-08-08", value: 88.4 },
		{ at: "2025-08-15", value: 93.0 },
		{ at: "2025-08-22", value: 99.1 },
		{ at: "2025-08-29", value: 97.6 },
	],
};

/** Each picture's file name and markup. */
export function pictures(): Readonly<Record<string, string>> {
	const pace = paceStatus(marketing, asOf);
	return {
		"progress.svg": progressBarSvg(
			{ score: objectiveProgress(marketing), expected: pace.expected, type: "aspirational" },
			{ title: marketing.title, width: 560, idPrefix: "progress" },
		),
		"kpi-bullet.svg": kpiBulletSvg(uptime, { width: 420, idPrefix: "kpi-bullet" }),
		"sparkline.svg": sparklineSvg(uptime, { width: 420, idPrefix: "sparkline" }),
		"cascade.svg": cascadeTreeSvg(cascade, { idPrefix: "cascade" }),
	};
}

/** Writes every picture into `dir` (each file ends with a newline). */
export function writePictures(dir: string): string[] {
	mkdirSync(dir, { recursive: true });
	return Object.entries(pictures()).map(([name, svg]) => {
		const file = join(dir, name);
		writeFileSync(file, `${svg}\n`);
		return file;
	});
}

// Run as a script, not when a test imports `pictures`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? fileURLToPath(new URL("../docs/images/", import.meta.url));
	for (const file of writePictures(dir)) process.stdout.write(`${file}\n`);
}
