/**
 * Draws the README's pictures with `okr-kit/svg` from the demo's sample company
 * (`examples/data/company.ts`, Acme Health in Q3 2025, as of 2025-08-15). `npm run demo` writes them
 * into `docs/images/`; so does this script on its own:
 *
 *   npx tsx examples/pictures.ts            # writes docs/images/*.svg
 *   npx tsx examples/pictures.ts out/dir    # writes them elsewhere
 *
 * - progress.svg: the marketing objective (website traffic 100k → 250k, backlinks, newsletter)
 *   against its pace;
 * - kpi-bullet.svg: the monthly website visitors KPI as a bullet graph;
 * - sparkline.svg: the patient registration uptime KPI (the KPI → OKR → KPI story) with its
 *   status history;
 * - cascade.svg: the whole company, scored through its teams and people.
 *
 * A test draws them again and compares them with the committed files, so they cannot go stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kpi, type Objective, objectiveProgress, paceStatus } from "okr-kit";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg, sparklineSvg } from "okr-kit/svg";
import { asOf, kpis, objectives } from "./data/company.js";

function objective(id: string): Objective {
	const found = objectives.find((o) => o.id === id);
	if (found === undefined) throw new Error(`The sample company has no objective ${id}.`);
	return found;
}

function kpi(id: string): Kpi {
	const found = kpis.find((k) => k.id === id);
	if (found === undefined) throw new Error(`The sample company has no KPI ${id}.`);
	return found;
}

/** Each picture's file name and markup. */
export function pictures(): Readonly<Record<string, string>> {
	const marketing = objective("marketing");
	const pace = paceStatus(marketing, asOf);
	return {
		"progress.svg": progressBarSvg(
			{ score: objectiveProgress(marketing), expected: pace.expected, type: "aspirational" },
			{ title: marketing.title, width: 560, idPrefix: "progress" },
		),
		"kpi-bullet.svg": kpiBulletSvg(kpi("visitors"), { asOf, width: 420, idPrefix: "kpi-bullet" }),
		"sparkline.svg": sparklineSvg(kpi("uptime"), { width: 420, idPrefix: "sparkline" }),
		"cascade.svg": cascadeTreeSvg(objectives, { idPrefix: "cascade" }),
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
