/**
 * Lint rules over objectives already read. Each rule is one small function returning its findings
 * in input order (by the first objective each names), so that `lint` only sorts by severity.
 *
 * @module
 * @internal
 */
import { isPerfectGrade, roundedGrade } from "../grading/core.js";
import { outsideCycle } from "../kinds/cycle.js";
import {
	abs,
	cmp,
	describeString,
	divide,
	fromInt,
	isZero,
	mul,
	roundHalfUp,
	sub,
	toNumber,
} from "../numeric/index.js";
import type { ScoringPolicy } from "../policy/defaults.js";
import { policyNumbers } from "../policy/resolve.js";
import { objectiveScore } from "../progress/objectiveProgress.js";
import type { CycleRead } from "../read/cycle.js";
import type { ObjectiveRead } from "../read/objective.js";
import { type Day, formatDay } from "../time/day.js";
import type { RawFinding } from "./codes.js";

const q = (s: string): string => describeString(s);

/** Whether an owner is given: a string with something other than spaces. */
export function hasOwner(owner: string | undefined): owner is string {
	return owner !== undefined && owner.trim() !== "";
}

/** A cycle's identity: its first and last days (labels are names, not identity). */
function cycleKey(cycle: CycleRead): string {
	return `${cycle.start}:${cycle.end}`;
}

function cycleName(cycle: CycleRead): string {
	const span = `${formatDay(cycle.start)} to ${formatDay(cycle.end)}`;
	return cycle.label === undefined ? span : `${cycle.label} (${span})`;
}

/** Objectives with an owner and a cycle, grouped by owner, then by cycle, in input order. */
function byOwnerAndCycle(
	objectives: readonly ObjectiveRead[],
	include: (o: ObjectiveRead) => boolean = () => true,
): Map<string, Map<string, number[]>> {
	const groups = new Map<string, Map<string, number[]>>();
	objectives.forEach((o, i) => {
		if (!hasOwner(o.owner) || o.cycle === null || !include(o)) return;
		let cycles = groups.get(o.owner);
		if (cycles === undefined) {
			cycles = new Map();
			groups.set(o.owner, cycles);
		}
		const key = cycleKey(o.cycle);
		const list = cycles.get(key);
		if (list === undefined) cycles.set(key, [i]);
		else list.push(i);
	});
	return groups;
}

/** A finding with the index of the first objective it names. */
type Found = [number, RawFinding];

/** Findings by the index of the first objective each names (groups are met owner by owner). */
function inInputOrder(found: Found[]): RawFinding[] {
	return found.sort((a, b) => a[0] - b[0]).map(([, finding]) => finding);
}

/** `TOO_MANY_OBJECTIVES`: more than `lint.maxObjectivesPerOwner` per owner and cycle. */
export function tooManyObjectives(
	objectives: readonly ObjectiveRead[],
	policy: ScoringPolicy,
): RawFinding[] {
	const max = policy.lint.maxObjectivesPerOwner;
	const found: Found[] = [];
	for (const [owner, cycles] of byOwnerAndCycle(objectives)) {
		for (const indices of cycles.values()) {
			if (indices.length <= max) continue;
			const first = objectives[indices[0] as number] as ObjectiveRead;
			found.push([
				indices[0] as number,
				{
					code: "TOO_MANY_OBJECTIVES",
					ids: indices.map((i) => (objectives[i] as ObjectiveRead).id),
					message: `${q(owner)} has ${indices.length} objectives in ${cycleName(first.cycle as CycleRead)}: keep to ${max} or fewer so each gets real focus; move the rest to a later cycle or drop them.`,
				},
			]);
		}
	}
	return inInputOrder(found);
}

/**
 * `KEY_RESULT_COUNT`: fewer than `lint.minKeyResults` or more than `lint.maxKeyResults`. An objective
 * with no key results of its own that some objective aligns to is a parent scored from its children
 * (docs/scoring.md, "Cascades and roll-ups"), and is not counted.
 */
export function keyResultCount(
	objectives: readonly ObjectiveRead[],
	policy: ScoringPolicy,
): RawFinding[] {
	const { minKeyResults: min, maxKeyResults: max } = policy.lint;
	// Every parentId (null too: no objective has that id).
	const parents = new Set(objectives.map((o) => o.parentId));
	const findings: RawFinding[] = [];
	objectives.forEach((o) => {
		const n = o.keyResults.length;
		if (n === 0 && parents.has(o.id)) return;
		let advice: string;
		if (n < min) {
			advice = `add key results until it has at least ${min}: one number rarely shows whether an objective is met`;
		} else if (n > max) {
			advice = `keep the ${max} that best show the objective is met, and track the others as KPIs`;
		} else {
			return;
		}
		findings.push({
			code: "KEY_RESULT_COUNT",
			ids: [o.id],
			message: `Objective ${q(o.id)} has ${n} key result${n === 1 ? "" : "s"}: ${advice}.`,
		});
	});
	return findings;
}

/** `TODO_LIST_OBJECTIVE`: every key result is a milestone (tasks, not measurable outcomes). */
export function todoListObjective(objectives: readonly ObjectiveRead[]): RawFinding[] {
	const findings: RawFinding[] = [];
	objectives.forEach((o) => {
		if (o.keyResults.length === 0 || !o.keyResults.every((kr) => kr.kind === "milestone")) return;
		findings.push({
			code: "TODO_LIST_OBJECTIVE",
			ids: [o.id],
			message: `Objective ${q(o.id)} has only milestone key results: that is a to-do list. Measure the outcome the tasks should bring (a metric from a start to a target).`,
		});
	});
	return findings;
}

/**
 * `KPI_IN_DISGUISE`: a metric key result whose target moves less than `lint.kpiInDisguiseMove` of
 * its start: `|target − start| < move × |start|`. A start of 0 never counts as a small move.
 * `ids`: the objective's id, then the key result's.
 */
export function kpiInDisguise(
	objectives: readonly ObjectiveRead[],
	policy: ScoringPolicy,
): RawFinding[] {
	const move = policyNumbers(policy).kpiInDisguiseMove;
	const findings: RawFinding[] = [];
	objectives.forEach((o) => {
		for (const kr of o.keyResults) {
			if (kr.kind !== "metric" || kr.start.isZero()) continue;
			const change = abs(sub(kr.target, kr.start));
			if (cmp(change, mul(move, abs(kr.start))) >= 0) continue;
			const percent = toNumber(roundHalfUp(divide(mul(change, fromInt(100)), abs(kr.start)), 2));
			findings.push({
				code: "KPI_IN_DISGUISE",
				ids: [o.id, kr.id],
				message: `Key result ${q(kr.id)} of objective ${q(o.id)} moves only ${percent}% from its start (${kr.start.toFixed()} to ${kr.target.toFixed()}): that is keeping the lights on, not a stretch. Track it as a KPI, or set a bolder target.`,
			});
		}
	});
	return findings;
}

/** `NOT_TIME_BOUND`: an objective without a cycle. */
export function notTimeBound(objectives: readonly ObjectiveRead[]): RawFinding[] {
	const findings: RawFinding[] = [];
	objectives.forEach((o) => {
		if (o.cycle !== null) return;
		findings.push({
			code: "NOT_TIME_BOUND",
			ids: [o.id],
			message: `Objective ${q(o.id)} has no cycle: give it one (a quarter, say) so its pace and final grade can be judged.`,
		});
	});
	return findings;
}

/**
 * `CHECK_IN_OUTSIDE_CYCLE`: one per key result with a check-in dated before its objective's cycle
 * starts or after it ends (objectives without a cycle have nothing to be outside of). As of a day,
 * only the check-ins on or before it count: a snapshot of that day has no later ones.
 */
export function checkInOutsideCycle(
	objectives: readonly ObjectiveRead[],
	asOf: Day | null,
): RawFinding[] {
	const findings: RawFinding[] = [];
	for (const o of objectives) {
		const cycle = o.cycle;
		if (cycle === null) continue;
		for (const kr of o.keyResults) {
			const outside = kr.checkIns.filter(
				(c) => (asOf === null || c.at <= asOf) && outsideCycle(c.at, cycle),
			).length;
			if (outside === 0) continue;
			findings.push({
				code: "CHECK_IN_OUTSIDE_CYCLE",
				ids: [o.id, kr.id],
				message: `Key result ${q(kr.id)} of objective ${q(o.id)} has ${outside === 1 ? "a check-in" : `${outside} check-ins`} dated outside its cycle, ${cycleName(cycle)}: a date typed wrong, or a key result carried over from another cycle?`,
			});
		}
	}
	return findings;
}

/** `NO_OWNER`: an objective without an owner (missing, empty or blank). */
export function noOwner(objectives: readonly ObjectiveRead[]): RawFinding[] {
	const findings: RawFinding[] = [];
	objectives.forEach((o) => {
		if (hasOwner(o.owner)) return;
		findings.push({
			code: "NO_OWNER",
			ids: [o.id],
			message: `Objective ${q(o.id)} has no owner: name the person or team accountable for it.`,
		});
	});
	return findings;
}

/**
 * Whether an objective's rounded grade as of `asOf` (now, when `null`) is 1.0; `null` when it has
 * no score (no key results, zero weights).
 */
function gradedOne(
	objective: ObjectiveRead,
	policy: ScoringPolicy,
	asOf: Day | null,
): boolean | null {
	// No key results, or weights all 0 (they are never negative): an undefined score is not a
	// grade; other rules and `objectiveProgress` report it.
	if (objective.keyResults.every((kr) => isZero(kr.weight))) return null;
	const numbers = policyNumbers(policy);
	return isPerfectGrade(roundedGrade(objectiveScore(objective, numbers, asOf), numbers));
}

/**
 * `NOT_AMBITIOUS`: one owner's aspirational objectives all graded 1.0 in each of at least
 * `lint.notAmbitiousCycles` cycles (a cycle counts when every graded aspirational objective of that
 * owner in it has the rounded grade 1.0), graded as of `asOf` (now, when `null`). `ids`: those
 * objectives, in input order.
 */
export function notAmbitious(
	objectives: readonly ObjectiveRead[],
	policy: ScoringPolicy,
	asOf: Day | null,
): RawFinding[] {
	const needed = policy.lint.notAmbitiousCycles;
	const numbers = policyNumbers(policy);
	const found: Found[] = [];
	const groups = byOwnerAndCycle(objectives, (o) => o.type === "aspirational");
	for (const [owner, cycles] of groups) {
		const perfect: number[] = [];
		let count = 0;
		for (const indices of cycles.values()) {
			const graded: number[] = [];
			let allOne = true;
			for (const i of indices) {
				const one = gradedOne(objectives[i] as ObjectiveRead, policy, asOf);
				if (one === null) continue;
				graded.push(i);
				allOne &&= one;
			}
			if (graded.length > 0 && allOne) {
				count++;
				perfect.push(...graded);
			}
		}
		if (count === 0 || count < needed) continue;
		perfect.sort((a, b) => a - b);
		found.push([
			perfect[0] as number,
			{
				code: "NOT_AMBITIOUS",
				ids: perfect.map((i) => (objectives[i] as ObjectiveRead).id),
				message: `${q(owner)} graded every aspirational objective 1.0 in ${count} cycles: stretch goals are meant to land around ${toNumber(numbers.sweetSpotFrom)}–${toNumber(numbers.sweetSpotTo)}. Set bolder targets, or mark objectives that must be met in full as committed.`,
			},
		]);
	}
	return inInputOrder(found);
}
