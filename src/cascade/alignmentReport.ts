import type { Kpi, Objective } from "../model/types.js";
import { divide, fromInt, toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { asArray } from "../read/common.js";
import { readKpi } from "../read/kpi.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { readCascade } from "./graph.js";

/** Options of {@link alignmentReport}. */
export interface AlignmentReportOptions extends PolicyOptions, TimeZoneOptions {}

/** How well a set of objectives hangs together, and with its KPIs. All lists hold ids. */
export interface AlignmentReport {
	/** Objectives with no `parentId` whose `level` is not a root level (policy `rollup.rootLevels`). */
	readonly orphans: readonly string[];
	/** KPIs that no objective lists in its `kpiIds`. */
	readonly unlinkedKpis: readonly string[];
	/** Objectives whose `kpiIds` is empty or missing. */
	readonly objectivesWithoutKpis: readonly string[];
	/**
	 * The share of objectives that are root-level or whose chain of parents reaches a root-level
	 * objective; `1` when there are no objectives.
	 */
	readonly connectedShare: number;
}

/**
 * Reports how well objectives are aligned: which are orphans, which KPIs nothing links to, which
 * objectives list no KPI, and the share of objectives connected to a root-level objective.
 *
 * Levels are compared exactly with the policy's `rollup.rootLevels` (default `["company"]`). The
 * report does not need a sound cascade (see {@link validateCascade}): a chain that reaches an
 * unknown parent or goes round a loop without meeting a root-level objective is not connected, and
 * a duplicated id is linked to its first occurrence. Lists keep input order, each id once.
 *
 * @param objectives - The objectives, as plain objects.
 * @param kpis - The KPIs (default none), as plain objects.
 * @param options - `policy`: a partial scoring policy (`rollup.rootLevels`).
 * @returns `{ orphans, unlinkedKpis, objectivesWithoutKpis, connectedShare }`.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective (paths start with its
 * index) or KPI (paths start with `"kpis"`).
 *
 * @example
 * ```ts
 * alignmentReport(
 *   [
 *     { id: "company", title: "Become the market leader in customer satisfaction", level: "company", kpiIds: ["nps"] },
 *     { id: "product", title: "Create the most user-friendly product", level: "team", parentId: "company" },
 *     { id: "blog", title: "Make the blog the leading resource", level: "team" },
 *   ],
 *   [
 *     { id: "nps", name: "Net Promoter Score", direction: "higherIsBetter", target: 70 },
 *     { id: "mrr", name: "Monthly recurring revenue", direction: "higherIsBetter", target: 120000 },
 *   ],
 * );
 * //=> { orphans: ["blog"], unlinkedKpis: ["mrr"], objectivesWithoutKpis: ["product", "blog"], connectedShare: 0.6666666666666666 }
 * ```
 */
export function alignmentReport(
	objectives: readonly Objective[],
	kpis?: readonly Kpi[],
	options?: AlignmentReportOptions,
): AlignmentReport {
	const rootLevels = new Set(policyOf(options).rollup.rootLevels);
	const zone = zoneOption(options);
	const { objectives: read, parent } = readCascade(objectives, undefined, zone);
	const kpiIds: string[] = [];
	if (kpis !== undefined) {
		const list = asArray(kpis, ["kpis"], "an array of KPIs");
		for (let i = 0; i < list.length; i++) kpiIds.push(readKpi(list[i], ["kpis", i], zone).id);
	}
	const isRoot = read.map((o) => rootLevels.has(o.level as string)); // no level: not in the set
	const orphans = read.filter((o, i) => o.parentId === null && !isRoot[i]).map((o) => o.id);
	const linked = new Set<string>();
	for (const o of read) for (const k of o.kpiIds) linked.add(k);
	const unlinkedKpis = unique(kpiIds.filter((k) => !linked.has(k)));
	const objectivesWithoutKpis = read.filter((o) => o.kpiIds.length === 0).map((o) => o.id);
	const connected = connectedFlags(parent, isRoot);
	const count = connected.reduce((n, c) => (c ? n + 1 : n), 0);
	return {
		orphans,
		unlinkedKpis,
		objectivesWithoutKpis,
		connectedShare: read.length === 0 ? 1 : toNumber(divide(fromInt(count), fromInt(read.length))),
	};
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}

/**
 * Whether each objective is root-level or has a root-level ancestor. Each walk up the parent links
 * stops at an objective already decided, so every link is followed once overall; a walk that comes
 * back to itself (a loop) decides its objectives as not connected.
 */
function connectedFlags(parent: readonly number[], isRoot: readonly boolean[]): boolean[] {
	const n = parent.length;
	// 0: undecided; 1: connected; 2: not connected; 3: on the current walk.
	const state = new Uint8Array(n);
	for (let w = 0; w < n; w++) {
		const walk: number[] = [];
		let i = w;
		let verdict = 2;
		while (i !== -1) {
			const s = state[i];
			// Stryker disable next-line ConditionalExpression: walking on from a decided objective decides the same, only later
			if (s === 1 || s === 2) {
				verdict = s;
				break;
			}
			if (s === 3) break; // a loop without a root-level objective on it
			if (isRoot[i]) {
				verdict = 1;
				break;
			}
			state[i] = 3;
			walk.push(i);
			i = parent[i] as number;
		}
		// Only a root-level objective ends a walk still undecided (state[-1] is undefined).
		if (state[i] === 0) state[i] = 1;
		for (const j of walk) state[j] = verdict;
	}
	return Array.from(state, (s) => s === 1);
}
