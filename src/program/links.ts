/**
 * The checks of a program that look across its records: the cascade's links (`validateCascade`'s
 * codes) and the KPIs its objectives name (`UNKNOWN_KPI`), over whatever of the document can be
 * read; and the check-ins dated outside their objective's cycle, over a parsed program.
 *
 * @module
 * @internal
 */
import { cascadeIssues, linkCascade, type ObjectiveLink } from "../cascade/graph.js";
import { findId, idTable, insertId } from "../cascade/idTable.js";
import type { OkrIssue, PathKey } from "../errors/index.js";
import { outsideCycle } from "../kinds/cycle.js";
import type { ModelWarning } from "../model/copy.js";
import { isNegative } from "../model/leaves.js";
import type { ParsedObjective } from "../model/schemas.js";
import { describeString, exact, isNumberInput, ONE } from "../numeric/index.js";
import { isRecord, type Loose } from "../objects.js";
import { isId } from "../read/fast.js";
import { formatDay, readDay, type Zone } from "../time/day.js";

const NONE: Loose = Object.freeze({});

/** The items of a field that is an array, else none. */
function itemsOf(record: Loose, key: string): readonly unknown[] {
	const value = record[key];
	return Array.isArray(value) ? value : [];
}

/**
 * A unique id that is never a readable one, for an entry whose id cannot be read: white space
 * only (the bits of `n` as spaces and tabs), so it names nothing, collides with nothing and
 * takes part in no issue.
 */
function unreadable(n: number): string {
	let id = "";
	for (const bit of n.toString(2)) id += bit === "0" ? " " : "\t";
	return id;
}

/** What the cascade needs of an objective, from the parts of it that can be read. */
function linkOf(value: unknown, index: number, next: { kr: number }): ObjectiveLink {
	const o = isRecord(value) ? value : NONE;
	const id = o["id"];
	const parentId = o["parentId"];
	const c = o["contribution"];
	const keyResults = itemsOf(o, "keyResults");
	const keyResultIds: string[] = [];
	for (let k = 0; k < keyResults.length; k++) {
		const kr = keyResults[k];
		const krId = isRecord(kr) ? kr["id"] : undefined;
		keyResultIds.push(isId(krId) ? krId : unreadable(next.kr++));
	}
	return {
		id: isId(id) ? id : unreadable(index),
		parentId: isId(parentId) ? parentId : null,
		// A contribution that cannot be read is a field issue, not a link's.
		contribution: c === 1 || !isNumberInput(c) ? ONE : exact(c, []),
		level: undefined,
		kpiIds: [],
		keyResultIds,
		path: [index],
	};
}

/**
 * The cascade's issues (`DUPLICATE_ID`, `UNKNOWN_PARENT`, `ALIGNMENT_CYCLE`,
 * `NEGATIVE_CONTRIBUTION`) and the `kpiIds` entries naming no KPI given (`UNKNOWN_KPI`, when
 * `kpisGiven`), over the ids, parents and contributions of `program` that can be read; paths
 * from the program's root.
 */
export function linkIssues(program: unknown, parsed: boolean, kpisGiven: boolean): OkrIssue[] {
	if (!isRecord(program)) return [];
	const objectives = itemsOf(program, "objectives");
	const issues: OkrIssue[] = [];
	if (!parsed || !linksSound(objectives as readonly ParsedObjective[])) {
		const next = { kr: 0 };
		const links = objectives.map((o, i) => linkOf(o, i, next));
		for (const issue of cascadeIssues(linkCascade(links))) {
			issues.push({ ...issue, path: ["objectives", ...issue.path] });
		}
	}
	if (!kpisGiven || !Array.isArray(program["kpis"])) return issues;
	const kpiIds = new Set<unknown>();
	for (const kpi of program["kpis"] as readonly unknown[]) if (isRecord(kpi)) kpiIds.add(kpi["id"]);
	objectives.forEach((value, i) => {
		if (!isRecord(value)) return;
		const entries = itemsOf(value, "kpiIds");
		for (let k = 0; k < entries.length; k++) {
			const kpiId = entries[k];
			if (!isId(kpiId) || kpiIds.has(kpiId)) continue;
			const owner = isId(value["id"]) ? `Objective ${describeString(value["id"])}` : "An objective";
			issues.push({
				code: "UNKNOWN_KPI",
				path: ["objectives", i, "kpiIds", k],
				message: `${owner} names KPI ${describeString(kpiId)}, which is not among the KPIs given.`,
			});
		}
	});
	return issues;
}

/**
 * Whether the links of parsed objectives are sound — ids unique (objectives', and key results'
 * across all), parents known, no loop, no negative contribution — without building a word of
 * the issues: what {@link cascadeIssues} would find nothing in, with a table of ids in one typed
 * array (for a program of a hundred thousand objectives, several times faster than the `Map`s
 * that name each issue). `false` also when unsure (a hash probe too long): the issues are then
 * listed by {@link cascadeIssues}, which a property test holds this to.
 */
export function linksSound(objectives: readonly ParsedObjective[]): boolean {
	const n = objectives.length;
	let count = 0;
	for (const o of objectives) count += o.keyResults.length;
	const ids = idTable(n);
	const keyResultIds = idTable(count);
	for (let i = 0; i < n; i++) {
		const o = objectives[i] as ParsedObjective;
		if (insertId(ids, o.id) !== i) return false;
		const c = o.contribution;
		if (typeof c === "number" ? c < 0 : isNegative(c)) return false;
		for (const kr of o.keyResults) if (insertId(keyResultIds, kr.id) < 0) return false;
	}
	const parent = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const parentId = (objectives[i] as ParsedObjective).parentId;
		if (parentId === undefined || parentId === null) {
			parent[i] = -1;
			continue;
		}
		const p = findId(ids, parentId);
		if (p < 0) return false;
		parent[i] = p;
	}
	// Walk up from each objective: meeting the walk itself again is a loop; each link is followed
	// once overall (0: not seen, 1: on this walk, 2: done).
	const state = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		let j = i;
		while (j !== -1 && state[j] === 0) {
			state[j] = 1;
			j = parent[j] as number;
		}
		if (j !== -1 && state[j] === 1) return false;
		for (j = i; j !== -1 && state[j] === 1; j = parent[j] as number) state[j] = 2;
	}
	return true;
}

/**
 * `CHECK_IN_OUTSIDE_CYCLE`: each check-in of a parsed program dated before its objective's cycle
 * starts or after it ends (the rule lint applies per key result), at the check-in's path.
 */
export function checkInsOutsideCycle(
	objectives: readonly ParsedObjective[],
	zone: Zone,
): ModelWarning[] {
	const warnings: ModelWarning[] = [];
	objectives.forEach((o, i) => {
		const cycle = o.cycle;
		if (cycle === undefined) return;
		const span = { start: readDay(cycle.start, [], zone), end: readDay(cycle.end, [], zone) };
		o.keyResults.forEach((kr, k) => {
			kr.checkIns.forEach((checkIn, c) => {
				const day = readDay(checkIn.at, [], zone);
				if (!outsideCycle(day, span)) return;
				const path: PathKey[] = ["objectives", i, "keyResults", k, "checkIns", c];
				warnings.push(
					Object.freeze({
						code: "CHECK_IN_OUTSIDE_CYCLE",
						path: Object.freeze(path),
						message: `Dated ${formatDay(day)}, outside the cycle of objective ${describeString(o.id)} (${formatDay(span.start)} to ${formatDay(span.end)}): a date typed wrong, or a key result carried over from another cycle?`,
						id: kr.id,
					}),
				);
			});
		});
	});
	return warnings;
}
