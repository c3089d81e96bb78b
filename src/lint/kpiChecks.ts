/**
 * Lint rules over KPIs already read.
 *
 * @module
 * @internal
 */

import { freshUntil } from "../kpi/core.js";
import { describeString } from "../numeric/index.js";
import type { ScoringPolicy } from "../policy/defaults.js";
import { latestReading } from "../read/common.js";
import type { KpiRead } from "../read/kpi.js";
import { type Day, formatDay } from "../time/day.js";
import type { RawFinding } from "./codes.js";
import { hasOwner } from "./objectiveChecks.js";

const q = (s: string): string => describeString(s);

/** `TOO_MANY_KPIS`: more than `lint.maxKpisPerOwner` KPIs per owner (KPIs without one are not grouped). */
export function tooManyKpis(kpis: readonly KpiRead[], policy: ScoringPolicy): RawFinding[] {
	const max = policy.lint.maxKpisPerOwner;
	const groups = new Map<string, number[]>();
	kpis.forEach((k, i) => {
		if (!hasOwner(k.owner)) return;
		const list = groups.get(k.owner);
		if (list === undefined) groups.set(k.owner, [i]);
		else list.push(i);
	});
	const findings: RawFinding[] = [];
	for (const [owner, indices] of groups) {
		if (indices.length <= max) continue;
		findings.push({
			code: "TOO_MANY_KPIS",
			ids: indices.map((i) => (kpis[i] as KpiRead).id),
			message: `${q(owner)} watches ${indices.length} KPIs: keep the ${max} or fewer that show the health of the work, and retire or hand over the rest.`,
		});
	}
	return findings;
}

/**
 * `STALE_KPI`: no measurement in the `lint.staleKpiMonths` calendar months before `asOf` (the latest
 * measurement on or before `asOf` is older than that, or there is none). A measurement exactly that
 * many months old is still fresh, as in `kpiStatus`.
 */
export function staleKpis(
	kpis: readonly KpiRead[],
	asOf: Day,
	policy: ScoringPolicy,
): RawFinding[] {
	const months = policy.lint.staleKpiMonths;
	const findings: RawFinding[] = [];
	kpis.forEach((k) => {
		const latest = latestReading(k.measurements, asOf);
		if (latest !== null && asOf <= freshUntil(latest.at, { months })) return;
		const since =
			latest === null
				? `has no measurement on or before ${formatDay(asOf)}`
				: `was last measured on ${formatDay(latest.at)}, more than ${months} months before ${formatDay(asOf)}`;
		findings.push({
			code: "STALE_KPI",
			ids: [k.id],
			message: `KPI ${q(k.id)} ${since}: measure it again, or retire it if nobody looks at it.`,
		});
	});
	return findings;
}
