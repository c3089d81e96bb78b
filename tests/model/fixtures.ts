/** Shared inputs and helpers of the model tests (realistic examples from the seed guides). */
import { expect } from "vitest";
import { OkrValidationError, type SafeParseResult } from "../../src/index.js";

export { deepFreeze } from "../support/foundation.js";

/** "Increase enterprise revenue from $5M to $15M", in dollars, as decimal strings. */
export const revenueKr = {
	id: "kr-revenue",
	title: "Increase enterprise revenue from $5M to $15M",
	kind: "metric",
	start: "5000000",
	target: "15000000",
	unit: "USD",
	owner: "sales",
	checkIns: [
		{ at: "2025-07-31", value: "6200000.50", confidence: 0.6 },
		{ at: "2025-08-31", value: 8400000 },
	],
} as const;

/** "Reduce first response time from 4 hours to 30 minutes", in minutes. */
export const responseTimeKr = {
	id: "kr-response",
	title: "Reduce first response time from 4 hours to 30 minutes",
	kind: "metric",
	start: 240,
	target: 30,
	current: 95,
} as const;

/** "Achieve NPS of 70+". */
export const npsKr = {
	id: "kr-nps",
	title: "Achieve NPS of 70+",
	kind: "threshold",
	direction: "atLeast",
	threshold: 70,
} as const;

/** "Reduce churn to under 5%". */
export const churnKr = {
	id: "kr-churn",
	title: "Keep monthly churn between 2% and 5%",
	kind: "range",
	low: "0.02",
	high: "0.05",
	scoring: "checkIns",
} as const;

/** "Launch customer success program". */
export const launchKr = {
	id: "kr-launch",
	title: "Launch the customer success program",
	kind: "milestone",
	done: false,
	weight: "0.5",
} as const;

/** A checklist of onboarding steps. */
export const onboardingKr = {
	id: "kr-onboarding",
	title: "Ship the new onboarding",
	kind: "checklist",
	items: [
		{ title: "Research", done: true, weight: 1 },
		{ title: "Design", done: true },
		{ title: "Build", done: false, weight: "2" },
	],
} as const;

/** The seed guides' enterprise objective for Q3 2025. */
export const marketShareObjective = {
	id: "o-market-share",
	title: "Significantly increase enterprise market share in Q3 2025",
	type: "aspirational",
	owner: "ceo",
	level: "company",
	cycle: { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" },
	keyResults: [revenueKr, responseTimeKr, npsKr],
	kpiIds: ["kpi-uptime"],
} as const;

/** "Keep 99% uptime for the patient registration platform." */
export const uptimeKpi = {
	id: "kpi-uptime",
	name: "Patient registration uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	thresholds: { mode: "absolute", green: 0, yellow: "0.5" },
	cadence: "monthly",
	owner: "platform",
	measurements: [
		{ at: "2025-05-31", value: 50 },
		{ at: "2025-06-30", value: "97.5" },
	],
} as const;

/** The error of a failed parse (asserting that it failed with an `OkrValidationError`). */
export function errorOf(result: SafeParseResult<unknown>): OkrValidationError {
	expect(result.success).toBe(false);
	if (result.success) throw new Error("expected the parse to fail");
	expect(result.error).toBeInstanceOf(OkrValidationError);
	expect(result.error.code).toBe("INVALID_INPUT");
	return result.error;
}

/** The issues of a failed parse, as `[code, path]` pairs. */
export function issuesOf(
	result: SafeParseResult<unknown>,
): [string, readonly (string | number)[]][] {
	return errorOf(result).issues.map((issue) => [issue.code, issue.path]);
}

/** The issues of a parse in full, as `[code, path, message]` triples ("parsed" when it succeeded). */
export function wordedIssuesOf(result: SafeParseResult<unknown>): unknown {
	return result.success
		? "parsed"
		: result.error.issues.map((issue) => [issue.code, issue.path, issue.message]);
}
