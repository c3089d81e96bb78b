import { alignmentReport } from "../cascade/alignmentReport.js";
import type { DateInput, Kpi, Objective } from "../model/types.js";
import { describeString } from "../numeric/index.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { asOfOption } from "../progress/options.js";
import { readEach } from "../read/common.js";
import { type KpiRead, readKpi } from "../read/kpi.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { type LintFinding, ordered, type RawFinding } from "./codes.js";
import { staleKpis, tooManyKpis } from "./kpiChecks.js";
import {
	checkInOutsideCycle,
	keyResultCount,
	kpiInDisguise,
	noOwner,
	notAmbitious,
	notTimeBound,
	todoListObjective,
	tooManyObjectives,
} from "./objectiveChecks.js";

/** Options of {@link lint}. */
export interface LintOptions extends PolicyOptions, TimeZoneOptions {
	/**
	 * Lint a snapshot of this day: KPIs' freshness is judged on it (without it, `STALE_KPI` is not
	 * checked), grades are read as of it (`NOT_AMBITIOUS`), and check-ins dated after it do not count
	 * (`CHECK_IN_OUTSIDE_CYCLE`). The checks of the program's shape do not depend on it.
	 */
	readonly asOf?: DateInput | undefined;
}

const q = (s: string): string => describeString(s);

/**
 * Checks objectives and KPIs against the seed guides' best practice: 3–5 objectives with 2–5 key
 * results each, outcomes rather than tasks, stretch rather than business as usual, an owner and a
 * cycle for every objective, alignment to the company's goals, and a few fresh, used KPIs. Limits
 * are policy data (`policy.lint`).
 *
 * | code | severity | reported when | `ids` |
 * |---|---|---|---|
 * | `NOT_TIME_BOUND` | error | an objective has no `cycle` | the objective |
 * | `STALE_KPI` | error | with `options.asOf`: a KPI has no measurement in the 6 calendar months before it (`lint.staleKpiMonths`; none at all counts) | the KPI |
 * | `TOO_MANY_OBJECTIVES` | warning | an owner has more than 5 objectives in one cycle (`lint.maxObjectivesPerOwner`; objectives without an owner or a cycle are not grouped; cycles are the same when their dates are) | those objectives |
 * | `KEY_RESULT_COUNT` | warning | an objective has fewer than 2 or more than 5 key results (`lint.minKeyResults`, `lint.maxKeyResults`); a parent with none of its own, scored from its children, is fine | the objective |
 * | `TODO_LIST_OBJECTIVE` | warning | all of an objective's key results are milestones | the objective |
 * | `KPI_IN_DISGUISE` | warning | a metric key result's target moves under 5% from its start: `|target − start| / |start| < 0.05` (`lint.kpiInDisguiseMove`); a start of 0 never counts | the objective, then the key result |
 * | `NO_OWNER` | warning | an objective has no `owner` (or a blank one) | the objective |
 * | `ORPHAN_OBJECTIVE` | warning | an objective is one of `alignmentReport`'s orphans: no `parentId`, and a level that is not a root level | the objective |
 * | `CHECK_IN_OUTSIDE_CYCLE` | warning | a key result has a check-in dated before its objective's cycle starts or after it ends | the objective, then the key result |
 * | `TOO_MANY_KPIS` | info | an owner has more than 15 KPIs (`lint.maxKpisPerOwner`) | those KPIs |
 * | `UNLINKED_KPI` | info | no objective lists the KPI in its `kpiIds` | the KPI |
 * | `NOT_AMBITIOUS` | info | in each of at least 3 cycles (`lint.notAmbitiousCycles`), every aspirational objective of one owner was graded 1.0 | those objectives |
 *
 * With `options.asOf`, lint judges a snapshot of that day, as if everything dated after it had not
 * happened yet: `STALE_KPI` looks at the measurements on or before it, `NOT_AMBITIOUS` at the grades
 * as of it (check-ins and `doneAt`s after it do not count), and `CHECK_IN_OUTSIDE_CYCLE` at the
 * check-ins on or before it. The other checks are about the program's shape and do not change.
 *
 * Severity: `error` where a number the library computes would be meaningless, `warning` for broken
 * practice, `info` for advice (see {@link lintSeverity}). Findings are ordered by severity (errors
 * first), then by code in the order of the table, then by where their first id sits in the input
 * (objectives in array order, then KPIs); the ids of one finding keep input order. The same input
 * always gives the same findings.
 *
 * @param objectives - The objectives, as plain objects.
 * @param kpis - The KPIs (default none), as plain objects.
 * @param options - `asOf`: the day of the snapshot (KPIs' freshness, grades, check-ins); `policy`: a
 *   partial scoring policy.
 * @returns The findings, `{ code, severity, ids, message }[]`; empty when all is well.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective (paths start with its
 *   index), KPI (paths start with `"kpis"`), `options.asOf` (`["options", "asOf"]`) or policy.
 *
 * @example
 * ```ts
 * const q3 = { start: "2025-07-01", end: "2025-09-30" };
 * lint([{ id: "launch", title: "Ship the new app", owner: "Mobile", level: "company", cycle: q3,
 *   keyResults: [
 *     { id: "beta", title: "Beta in the store", kind: "milestone", done: false },
 *     { id: "ga", title: "GA release", kind: "milestone", done: false },
 *   ] }]).map(({ code, severity, ids }) => ({ code, severity, ids }));
 * //=> [{ code: "TODO_LIST_OBJECTIVE", severity: "warning", ids: ["launch"] }]
 * lint([{ id: "blog", title: "Make the blog a leading resource", owner: "Marketing", cycle: q3,
 *   level: "team", keyResults: [
 *     { id: "visits", title: "Visits 100k → 250k", kind: "metric", start: 100000, target: 250000 },
 *     { id: "links", title: "50 backlinks", kind: "metric", start: 0, target: 50 },
 *   ] }]).map((f) => f.code);
 * //=> ["ORPHAN_OBJECTIVE"]
 * ```
 */
export function lint(
	objectives: readonly Objective[],
	kpis?: readonly Kpi[],
	options?: LintOptions,
): LintFinding[] {
	const policy = policyOf(options);
	const zone = zoneOption(options);
	const read: ObjectiveRead[] = readEach(objectives, [], "an array of objectives", (o, path) =>
		readObjective(o, path, zone),
	);
	const kpiRead: KpiRead[] =
		kpis === undefined
			? []
			: readEach(kpis, ["kpis"], "an array of KPIs", (k, path) => readKpi(k, path, zone));
	const asOf = asOfOption(options);
	const report = alignmentReport(objectives, kpis, options);

	const findings: RawFinding[] = [
		...tooManyObjectives(read, policy),
		...keyResultCount(read, policy),
		...todoListObjective(read),
		...kpiInDisguise(read, policy),
		...notTimeBound(read),
		...noOwner(read),
		...checkInOutsideCycle(read, asOf),
		...orphans(report.orphans),
		...tooManyKpis(kpiRead, policy),
		...(asOf === null ? [] : staleKpis(kpiRead, asOf, policy)),
		...unlinked(report.unlinkedKpis),
		...notAmbitious(read, policy, asOf),
	];
	return ordered(findings);
}

/** `ORPHAN_OBJECTIVE`, from `alignmentReport`'s orphans (in input order). */
function orphans(ids: readonly string[]): RawFinding[] {
	return ids.map((id) => ({
		code: "ORPHAN_OBJECTIVE",
		ids: [id],
		message: `Objective ${q(id)} is aligned to nothing: set its parentId to the objective it serves, or mark it as a root level (policy rollup.rootLevels).`,
	}));
}

/** `UNLINKED_KPI`, from `alignmentReport`'s unlinked KPIs (each id once, in input order). */
function unlinked(ids: readonly string[]): RawFinding[] {
	return ids.map((id) => ({
		code: "UNLINKED_KPI",
		ids: [id],
		message: `No objective lists KPI ${q(id)} in its kpiIds: link it to the objective it supports, or ask whether anyone still needs it.`,
	}));
}
