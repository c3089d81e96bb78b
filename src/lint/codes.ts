/**
 * The lint codes, their severities and their order: data, in one place.
 *
 * @module
 */

/** How serious a lint finding is. */
export type LintSeverity = "error" | "warning" | "info";

/**
 * The codes {@link lint} reports, in the order findings of one severity are listed.
 *
 * @example
 * ```ts
 * LINT_CODES.length;
 * //=> 12
 * LINT_CODES.filter((code) => lintSeverity[code] === "error");
 * //=> ["NOT_TIME_BOUND", "STALE_KPI"]
 * ```
 */
export const LINT_CODES = [
	"TOO_MANY_OBJECTIVES",
	"KEY_RESULT_COUNT",
	"TODO_LIST_OBJECTIVE",
	"KPI_IN_DISGUISE",
	"NOT_TIME_BOUND",
	"NO_OWNER",
	"ORPHAN_OBJECTIVE",
	"TOO_MANY_KPIS",
	"STALE_KPI",
	"UNLINKED_KPI",
	"NOT_AMBITIOUS",
	"CHECK_IN_OUTSIDE_CYCLE",
] as const;

/** A best-practice rule's code. */
export type LintCode = (typeof LINT_CODES)[number];

/**
 * The severity of each lint code: `error` where a number the library computes would be
 * meaningless, `warning` for broken OKR practice, `info` for advice.
 *
 * | code | severity | why |
 * |---|---|---|
 * | `NOT_TIME_BOUND` | error | without a cycle there is no period: pace and a final grade mean nothing |
 * | `STALE_KPI` | error | a status read from a value over 6 months old means nothing |
 * | `TOO_MANY_OBJECTIVES` | warning | more than 5 objectives per owner and cycle dilutes focus |
 * | `KEY_RESULT_COUNT` | warning | fewer than 2 or more than 5 key results |
 * | `TODO_LIST_OBJECTIVE` | warning | milestones only: tasks, not outcomes |
 * | `KPI_IN_DISGUISE` | warning | a target under 5% from the start is business as usual |
 * | `NO_OWNER` | warning | nobody is accountable |
 * | `ORPHAN_OBJECTIVE` | warning | not aligned to anything above it |
 * | `TOO_MANY_KPIS` | info | more than 15 KPIs per owner: watch the vital few |
 * | `UNLINKED_KPI` | info | no objective lists the KPI |
 * | `NOT_AMBITIOUS` | info | stretch objectives always graded 1.0: aim higher |
 * | `CHECK_IN_OUTSIDE_CYCLE` | warning | a check-in dated outside its objective's cycle: a typo in a date, or a key result carried over |
 *
 * @example
 * ```ts
 * lintSeverity.NOT_TIME_BOUND;
 * //=> "error"
 * lintSeverity.UNLINKED_KPI;
 * //=> "info"
 * ```
 */
export const lintSeverity: Readonly<Record<LintCode, LintSeverity>> = Object.freeze({
	TOO_MANY_OBJECTIVES: "warning",
	KEY_RESULT_COUNT: "warning",
	TODO_LIST_OBJECTIVE: "warning",
	KPI_IN_DISGUISE: "warning",
	NOT_TIME_BOUND: "error",
	NO_OWNER: "warning",
	ORPHAN_OBJECTIVE: "warning",
	TOO_MANY_KPIS: "info",
	STALE_KPI: "error",
	UNLINKED_KPI: "info",
	NOT_AMBITIOUS: "info",
	CHECK_IN_OUTSIDE_CYCLE: "warning",
});

/** One best-practice finding: what, how serious, about which objectives or KPIs, and what to do. */
export interface LintFinding {
	readonly code: LintCode;
	readonly severity: LintSeverity;
	/** The ids concerned (objective, key result or KPI ids; see {@link lint}). */
	readonly ids: readonly string[];
	/** What is wrong and what to do about it, in words. */
	readonly message: string;
}

const SEVERITY_RANK: Readonly<Record<LintSeverity, number>> = { error: 0, warning: 1, info: 2 };
/** A finding before sorting. @internal */
export interface RawFinding {
	readonly code: LintCode;
	readonly ids: readonly string[];
	readonly message: string;
}

/**
 * Findings in their documented order: severity, then code, then where their first item sits in
 * the input. `lint` runs its rules in {@link LINT_CODES} order, each rule reports in input order,
 * and `sort` is stable: sorting by severity alone keeps the rest. @internal
 */
export function ordered(findings: readonly RawFinding[]): LintFinding[] {
	return [...findings]
		.sort((a, b) => SEVERITY_RANK[lintSeverity[a.code]] - SEVERITY_RANK[lintSeverity[b.code]])
		.map((f) => ({
			code: f.code,
			severity: lintSeverity[f.code],
			ids: f.ids,
			message: f.message,
		}));
}
