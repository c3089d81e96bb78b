/**
 * What a cascade tree shows: each objective's score, grade, colour and source as `rollUp` gives
 * them, and the tree's shape (parents before children).
 *
 * @module
 * @internal
 */

import { readCascade, rootsOf, soundCascade } from "../../cascade/graph.js";
import { type RollUpOptions, rollUp } from "../../cascade/rollUp.js";
import type { RollUpScore } from "../../cascade/types.js";
import type { Objective } from "../../model/types.js";
import type { ScoringPolicy } from "../../policy/defaults.js";
import { policyNumbers } from "../../policy/resolve.js";
import { zoneOption } from "../../time/zone.js";

/** A cascade's objectives, by their index in the input. */
export interface CascadeMeaning {
	readonly ids: readonly string[];
	readonly titles: readonly string[];
	/** Each objective's parent (`-1` for a root) and children, in input order. */
	readonly parent: readonly number[];
	readonly children: readonly (readonly number[])[];
	/** Each objective's entry; unscored ones only with `options.partial`. */
	readonly scores: readonly RollUpScore<boolean>[];
	/** Parents before children (depth-first, input order), and each objective's depth. */
	readonly order: readonly number[];
	readonly depth: readonly number[];
	/** Grade decimals of the policy: how far a score is shown beside its grade. */
	readonly decimals: number;
}

/**
 * Scores the cascade with `rollUp` under `options` (`policy`, `asOf`, `partial`; an unsound cascade
 * is refused); `policy` is theirs.
 */
export function cascadeMeaning(
	objectives: readonly Objective[],
	options: unknown,
	policy: ScoringPolicy,
): CascadeMeaning {
	const scores = rollUp(objectives, options as RollUpOptions);
	const titles: string[] = [];
	const cascade = soundCascade(
		readCascade(objectives, (objective) => titles.push(objective.title), zoneOption(options)),
	);
	const ids = cascade.objectives.map((link) => link.id);
	const n = ids.length;
	const order: number[] = [];
	const depth = new Array<number>(n).fill(0);
	const stack = rootsOf(cascade).reverse();
	while (stack.length > 0) {
		const i = stack.pop() as number;
		order.push(i);
		const children = cascade.children[i] as readonly number[];
		for (let k = children.length - 1; k >= 0; k--) {
			const child = children[k] as number;
			depth[child] = (depth[i] as number) + 1;
			stack.push(child);
		}
	}
	return {
		ids,
		titles,
		parent: cascade.parent,
		children: cascade.children,
		scores: ids.map((id) => scores.get(id) as RollUpScore<boolean>),
		order,
		depth,
		decimals: policyNumbers(policy).decimals,
	};
}
