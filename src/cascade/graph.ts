/**
 * Reading a cascade: the objectives, their alignment links, and every structural problem.
 * Everything here is iterative and linear in the input, so a chain of any depth is fine.
 *
 * @module
 * @internal
 */
import { type IssueCode, OkrValidationError, type Path } from "../errors/index.js";
import { describeString, type Exact, isZero } from "../numeric/index.js";
import { asArray } from "../read/common.js";
import { type ObjectiveRead, readObjective } from "../read/objective.js";
import { UTC, type Zone } from "../time/day.js";

/** The issue codes of a cascade's structure. */
export type CascadeIssueCode = Extract<
	IssueCode,
	"DUPLICATE_ID" | "UNKNOWN_PARENT" | "ALIGNMENT_CYCLE" | "NEGATIVE_CONTRIBUTION"
>;

/** One structural problem of a cascade, with the ids it concerns. */
export interface CascadeIssue {
	readonly code: CascadeIssueCode;
	/** Starts with the index of the offending objective in the array given. */
	readonly path: Path;
	readonly message: string;
	/**
	 * The ids concerned: the duplicated id (`DUPLICATE_ID`); the objective whose parent is unknown
	 * (`UNKNOWN_PARENT`) or whose contribution is negative (`NEGATIVE_CONTRIBUTION`); the objectives
	 * of the loop, each followed by its parent, starting from the one listed first in the input
	 * (`ALIGNMENT_CYCLE`).
	 */
	readonly ids: readonly string[];
}

/** What a cascade needs to know of an objective (the rest is read, checked and let go). */
export interface ObjectiveLink {
	readonly id: string;
	readonly parentId: string | null;
	/** Exact; may be negative here: {@link cascadeIssues} reports that. */
	readonly contribution: Exact;
	readonly level: string | undefined;
	readonly kpiIds: readonly string[];
	readonly keyResultIds: readonly string[];
	/** `[index]` */
	readonly path: Path;
}

/** Objectives read, with the links between them (first occurrence wins for duplicated ids). */
export interface CascadeGraph {
	readonly objectives: readonly ObjectiveLink[];
	/** Index of the objective with each id (its first occurrence). */
	readonly indexOf: ReadonlyMap<string, number>;
	/** Index of each objective's parent, or -1 (no parent, or an unknown one). */
	readonly parent: readonly number[];
}

/** A graph that passed {@link cascadeIssues}: a forest. */
export interface SoundCascade extends CascadeGraph {
	/** The children of each objective, in input order. */
	readonly children: readonly (readonly number[])[];
}

const NO_CHILDREN: readonly number[] = Object.freeze([]);

/**
 * Reads every objective of the array (paths start with the index, instants read as days in `zone`)
 * and links them. `onRead` sees
 * each objective as read, in order, to take what else it needs; nothing else of it is kept.
 */
export function readCascade(
	value: unknown,
	onRead?: (objective: ObjectiveRead, index: number) => void,
	zone: Zone = UTC,
): CascadeGraph {
	const list = asArray(value, [], "an array of objectives");
	const objectives: ObjectiveLink[] = [];
	for (let i = 0; i < list.length; i++) {
		const o = readObjective(list[i], [i], zone);
		objectives.push({
			id: o.id,
			parentId: o.parentId,
			contribution: o.contribution,
			level: o.level,
			kpiIds: o.kpiIds,
			keyResultIds: o.keyResults.map((kr) => kr.id),
			path: o.path,
		});
		onRead?.(o, i);
	}
	return linkCascade(objectives);
}

/** Links objectives by their ids (the first occurrence of an id wins). */
export function linkCascade(objectives: readonly ObjectiveLink[]): CascadeGraph {
	const indexOf = new Map<string, number>();
	objectives.forEach((o, i) => {
		if (!indexOf.has(o.id)) indexOf.set(o.id, i);
	});
	// No id is null: a root (parentId null) and an unknown parent both get -1.
	const parent = objectives.map((o) => indexOf.get(o.parentId as string) ?? -1);
	return { objectives, indexOf, parent };
}

/** Every structural problem of the cascade, in the order of the objectives concerned. */
export function cascadeIssues(graph: CascadeGraph): CascadeIssue[] {
	const { objectives, indexOf, parent } = graph;
	const issues: CascadeIssue[] = [];
	const keyResultAt = new Map<string, readonly [number, number]>();
	objectives.forEach((o, i) => {
		const first = indexOf.get(o.id) as number;
		if (first !== i) {
			issues.push({
				code: "DUPLICATE_ID",
				path: [i, "id"],
				message: `Objective id ${describeString(o.id)} is already used by the objective at index ${first}.`,
				ids: [o.id],
			});
		}
		o.keyResultIds.forEach((id, k) => {
			const seen = keyResultAt.get(id);
			if (seen === undefined) {
				keyResultAt.set(id, [i, k]);
				return;
			}
			issues.push({
				code: "DUPLICATE_ID",
				path: [i, "keyResults", k, "id"],
				message: `Key result id ${describeString(id)} is already used at [${seen[0]}].keyResults[${seen[1]}].`,
				ids: [id],
			});
		});
		if (o.parentId !== null && !indexOf.has(o.parentId)) {
			issues.push({
				code: "UNKNOWN_PARENT",
				path: [i, "parentId"],
				message: `Objective ${describeString(o.id)} names parent ${describeString(o.parentId)}, which is not among the objectives given.`,
				ids: [o.id],
			});
		}
		if (o.contribution.isNegative() && !isZero(o.contribution)) {
			issues.push({
				code: "NEGATIVE_CONTRIBUTION",
				path: [i, "contribution"],
				message: `Objective ${describeString(o.id)} has contribution ${o.contribution.toString()}; a contribution must be zero or more.`,
				ids: [o.id],
			});
		}
	});
	for (const loop of alignmentLoops(parent)) {
		const start = loop[0] as number;
		const ids = loop.map((i) => (objectives[i] as ObjectiveLink).id);
		issues.push({
			code: "ALIGNMENT_CYCLE",
			path: [start, "parentId"],
			message:
				ids.length === 1
					? `Objective ${describeString(ids[0] as string)} is its own parent.`
					: `Objectives ${loopText(ids)} form a loop of ${ids.length}.`,
			ids,
		});
	}
	// `sort` is stable: per objective, in the order found above; loops join their first member.
	return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

/** `"a" → "b" → "a"`, shortened in the middle for long loops (the ids are in the issue). */
function loopText(ids: readonly string[]): string {
	const quoted = [...ids, ids[0] as string].map((id) => describeString(id));
	const shown = quoted.length > 9 ? [...quoted.slice(0, 4), "…", ...quoted.slice(-4)] : quoted;
	return shown.join(" → ");
}

/**
 * Every loop of the parent links, once each, as indices starting from the member with the lowest
 * index and following the parent links. Each objective has at most one parent, so following the
 * links from any objective ends at a root or runs into a loop: one walk per objective, each link
 * followed once overall.
 */
function alignmentLoops(parent: readonly number[]): number[][] {
	const n = parent.length;
	// 0: not seen; w + 1: on the path of walk w; -1: finished.
	const state = new Int32Array(n);
	const loops: number[][] = [];
	// Stryker disable next-line EqualityOperator: a walk from past the end finds nothing
	for (let w = 0; w < n; w++) {
		// Stryker disable next-line ArrayDeclaration: only indices of the walk are ever looked up in it
		const walk: number[] = [];
		// A walk from an objective already seen stops at once. state[-1] is undefined: a root ends it.
		let i = w;
		while (state[i] === 0) {
			state[i] = w + 1;
			walk.push(i);
			i = parent[i] as number;
		}
		if (state[i] === w + 1) {
			const loop = walk.slice(walk.indexOf(i));
			// The loop from its lowest index (indices are distinct).
			let lowest = 0;
			// Stryker disable next-line EqualityOperator: see above
			for (let k = 1; k < loop.length; k++) {
				// Stryker disable next-line EqualityOperator: see above
				if ((loop[k] as number) < (loop[lowest] as number)) lowest = k;
			}
			loops.push([...loop.slice(lowest), ...loop.slice(0, lowest)]);
		}
		// Finished: any mark that no later walk w + 1 uses.
		// Stryker disable next-line UnaryOperator: 1 would do too, walk 0 being over
		for (const j of walk) state[j] = -1;
	}
	// In the order their walks met them: the issues are sorted by objective afterwards.
	return loops;
}

/** Throws `OkrValidationError` with the cascade's issues, or returns it with its children lists. */
export function soundCascade(graph: CascadeGraph): SoundCascade {
	const issues = cascadeIssues(graph);
	if (issues.length > 0) throw new OkrValidationError(issues);
	const children: number[][] = [];
	graph.parent.forEach((p, i) => {
		// Stryker disable next-line ConditionalExpression: roots would be listed under -1, which nothing reads
		if (p === -1) return;
		let list = children[p];
		if (list === undefined) {
			list = [];
			children[p] = list;
		}
		list.push(i);
	});
	const all = graph.parent.map((_, i): readonly number[] => children[i] ?? NO_CHILDREN);
	return { ...graph, children: all };
}

/**
 * The objectives under `roots` (the roots included), each after all of its descendants: the
 * order in which a roll-up can score them. Breadth-first from the roots, then reversed.
 */
export function bottomUp(cascade: SoundCascade, roots: readonly number[]): number[] {
	const order = [...roots];
	for (let k = 0; k < order.length; k++) {
		for (const c of cascade.children[order[k] as number] as readonly number[]) order.push(c);
	}
	return order.reverse();
}

/** Indices of the objectives without a parent, in input order. */
export function rootsOf(cascade: SoundCascade): number[] {
	const roots: number[] = [];
	cascade.parent.forEach((p, i) => {
		if (p === -1) roots.push(i);
	});
	return roots;
}
