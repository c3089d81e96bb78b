/**
 * Cascades from the seed guides: a company objective, the teams that support it, and the people
 * under the teams. Plain objects, as callers write them.
 */
import type { KeyResult, Objective } from "../../src/index.js";
import { metric, objective } from "../support/foundation.js";

export { objective };

/** Metric key result `id` (the shared `metric`, named first). */
export function kr(
	id: string,
	start: number | string,
	target: number | string,
	current: number | string,
	extra: Record<string, unknown> = {},
): KeyResult {
	return metric(start, target, current, { id, title: `Key result ${id}`, ...extra });
}

/** An objective titled by its id, aligned to `parentId` when given, with any other fields. */
export function node(
	id: string,
	parentId?: string,
	fields: Record<string, unknown> = {},
): Objective {
	return { id, title: id, ...(parentId === undefined ? {} : { parentId }), ...fields } as Objective;
}

/** A milestone key result, done, with any other fields. */
export function done(id: string, fields: Record<string, unknown> = {}) {
	return { id, title: id, kind: "milestone" as const, done: true, ...fields };
}

/** A metric key result whose progress is exactly `progress` (from 0 to 100). */
export function at(id: string, progress: number | string, extra: Record<string, unknown> = {}) {
	return kr(id, 0, 1, progress, extra);
}

/**
 * A company over two teams, scored by the contribution-weighted mean of docs/scoring.md ("Cascades
 * and roll-ups"): the company takes the mean of team A (0.6, contribution 1) and team B (0.3,
 * contribution 2), weighted by contribution: (0.6 + 2 × 0.3) / 3 = 0.4.
 */
export function twoTeams(): Objective[] {
	return [
		objective("company", {
			title: "Become the market leader in customer satisfaction",
			level: "company",
		}),
		objective("teamA", {
			title: "Create the most user-friendly product in our category",
			level: "team",
			parentId: "company",
			contribution: 1,
			keyResults: [kr("activation", 50, 80, 68, { title: "Improve user activation rate to 80%" })],
		}),
		objective("teamB", {
			title: "Support customers faster",
			level: "team",
			parentId: "company",
			contribution: 2,
			keyResults: [kr("tickets", 1000, 600, 880, { title: "Reduce support tickets by 40%" })],
		}),
	];
}

/**
 * Company → two teams → people. The company and the product team have key results of their own;
 * the support team has none, so it is scored from its people in the default mode.
 */
export function seedCompany(): Objective[] {
	return [
		objective("company", {
			title: "Become the market leader in customer satisfaction",
			level: "company",
			keyResults: [
				kr("nps", 40, 70, 55, { title: "Achieve NPS of 70+" }),
				kr("churn", 8, 5, 6.5, { title: "Reduce churn to under 5%" }),
			],
		}),
		objective("product", {
			title: "Create the most user-friendly product in our category",
			level: "team",
			parentId: "company",
			keyResults: [
				kr("activation", 50, 80, 71, { title: "Improve user activation rate to 80%" }),
				kr("completion", 75, 95, 90, { title: "Achieve task completion rate of 95%" }),
			],
		}),
		objective("support", {
			title: "Resolve customer issues on first contact",
			level: "team",
			parentId: "company",
			contribution: 2,
		}),
		objective("ana", {
			title: "Cut the support backlog",
			level: "individual",
			parentId: "support",
			keyResults: [kr("backlog", 400, 100, 250)],
		}),
		objective("ben", {
			title: "Write the top twenty help articles",
			level: "individual",
			parentId: "support",
			contribution: 3,
			keyResults: [kr("articles", 0, 20, 18)],
		}),
	];
}

/**
 * The mid-quarter snapshot: a company over a team whose key result runs from 0 to 100 with check-ins
 * 20 (2025-07-15), 40 (2025-08-10) and 95 (2025-09-28), and `current` 60: as of 2025-08-15 its score
 * is 0.4.
 */
export function midQuarter(): Objective[] {
	return [
		node("company", undefined, { level: "company" }),
		node("team", "company", {
			keyResults: [
				kr("signups", 0, 100, 60, {
					checkIns: [
						{ at: "2025-07-15", value: 20 },
						{ at: "2025-08-10", value: 40 },
						{ at: "2025-09-28", value: 95 },
					],
				}),
			],
		}),
	];
}
