import { OkrError } from "../errors/index.js";
import { closing, closingScore } from "../kinds/keyResultBase.js";
import type { Objective } from "../model/types.js";
import { exactArithmetic } from "../numeric/arithmetic.js";
import { describeString, divideParts, type Exact, mul, toNumber } from "../numeric/index.js";
import { own } from "../objects.js";
import type { RollUpSource } from "../policy/defaults.js";
import { readerOf } from "../read/compile.js";
import type { Loose } from "../read/fast.js";
import type { Day, Zone } from "../time/day.js";
import { type ObjectiveState, pooled, readExact, rulesOf, scoreInOrder } from "./core.js";
import type { RollUpOptions } from "./rollUp.js";
import type { RollUpIssue } from "./types.js";

/**
 * Options of {@link explain}: those of {@link rollUp}.
 *
 * @typeParam Partial - The type of `partial`.
 */
export interface ExplainOptions<Partial extends boolean = boolean> extends RollUpOptions<Partial> {}

/** One item of a score: a key result, or a child objective with its score. */
export interface ExplanationTerm {
	/** The key result's or the child objective's id. */
	readonly id: string;
	readonly kind: "keyResult" | "objective";
	/** The key result's progress (clamped), or the child's score. */
	readonly progress: number;
	/** The key result's `weight`, or the child's `contribution`. */
	readonly weight: number;
	/** `weight / Σ weights` of the items of the score. */
	readonly share: number;
	/** `weight × progress / Σ weights`: this item's part of the score. */
	readonly points: number;
	/**
	 * Whether the progress is the key result's closing grade (`closing.score`, clamped) rather
	 * than a value measured from its data; always `false` for a child objective.
	 */
	readonly closed: boolean;
}

/** Why a scored objective has its score: the items the score is the weighted mean of. */
export interface ScoredExplanation {
	readonly id: string;
	/** The score, as {@link rollUp} gives it. */
	readonly score: number;
	readonly source: RollUpSource;
	/**
	 * Key results first (in their order), then children (in input order); in a partial roll-up,
	 * children that could not be scored are not items of the score and are not listed.
	 */
	readonly terms: readonly ExplanationTerm[];
	/** A scored objective has no issue. */
	readonly issue?: undefined;
}

/**
 * An objective that a partial roll-up could not score: nothing was pooled, so there are no terms;
 * the issue says why (explain its children to see theirs).
 */
export interface UnscoredExplanation {
	readonly id: string;
	readonly score: null;
	readonly source: null;
	readonly terms: readonly [];
	readonly issue: RollUpIssue;
}

/**
 * What {@link explain} returns: a {@link ScoredExplanation}, or with `partial: true` either that
 * or an {@link UnscoredExplanation} (narrow on `score === null` or on `issue`).
 *
 * @typeParam Partial - Whether the explanation was asked with `partial: true`.
 */
export type Explanation<Partial extends boolean = false> = Partial extends true
	? ScoredExplanation | UnscoredExplanation
	: ScoredExplanation;

/** The exact values behind a {@link ScoredExplanation}. @internal */
export interface ExactExplanation {
	readonly id: string;
	readonly score: Exact;
	readonly source: RollUpSource;
	readonly terms: readonly {
		readonly id: string;
		readonly kind: "keyResult" | "objective";
		readonly progress: Exact;
		readonly weight: Exact;
		readonly share: Exact;
		readonly points: Exact;
		readonly closed: boolean;
	}[];
}

/** The exact values behind an {@link Explanation}. @internal */
export type ExactExplanationOf<Partial extends boolean> = Partial extends true
	? ExactExplanation | UnscoredExplanation
	: ExactExplanation;

/**
 * Explains an objective's roll-up score as the sum of its items' points: one term per key result
 * or child objective that the score is the weighted mean of, with `share = wᵢ / Σw` and
 * `points = wᵢ·pᵢ / Σw`.
 *
 * The points add up to the score exactly before conversion: the score is `Σ wᵢpᵢ / Σw`, carried to
 * 40 significant digits, and the points are that same quotient split by largest-remainder
 * apportionment (each `wᵢpᵢ / Σw` is taken at the score's last digit, rounded down, and the units
 * rounding lost go back to the terms with the largest remainders), so each is within 10⁻⁴⁰ or so of
 * its exact value and their exact sum is the score. The shares are split the same way and add up to
 * exactly 1. Only the objective and what lies under it are scored.
 *
 * `options.asOf` and `options.partial` work as for {@link rollUp}: the score is that of a snapshot
 * of the day, and with `partial` children that cannot be scored are no items of it. An objective a
 * partial roll-up leaves unscored is explained as `{ id, score: null, source: null, terms: [],
 * issue }`.
 *
 * A key result closed with a grade (`closing`) counts by that grade, and its term says so:
 * `closed: true`.
 *
 * @typeParam Partial - `true` when `options.partial` is `true`.
 * @param objectives - The objectives of the cascade, as plain objects, in any order.
 * @param id - The id of the objective to explain.
 * @param options - `policy`, `asOf`, `partial`, as for {@link rollUp}.
 * @returns `{ id, score, source, terms }` (or, partial, an unscored explanation).
 * @throws {OkrError} `UNKNOWN_OBJECTIVE` when no objective has `id`; without `partial`,
 * `NO_KEY_RESULTS`, `ZERO_TOTAL_WEIGHT` as {@link rollUp} (for the objective or one under it).
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or an unsound cascade.
 *
 * @example
 * ```ts
 * const objectives = [
 *   { id: "company", title: "Become the market leader in customer satisfaction", level: "company" },
 *   { id: "teamA", title: "Create the most user-friendly product", parentId: "company",
 *     keyResults: [{ id: "activation", title: "Activation 50% → 80%", kind: "metric", start: 50, target: 80, current: 68 }] },
 *   { id: "teamB", title: "Support customers faster", parentId: "company", contribution: 2,
 *     keyResults: [{ id: "tickets", title: "Tickets 1000 → 600", kind: "metric", start: 1000, target: 600, current: 880 }] },
 * ];
 * const why = explain(objectives, "company");
 * [why.score, why.source];
 * //=> [0.4, "children"]
 * why.terms.map((term) => [term.id, term.kind, term.progress, term.weight, term.points]);
 * //=> [["teamA", "objective", 0.6, 1, 0.2], ["teamB", "objective", 0.3, 2, 0.2]]
 * why.terms[1].share;
 * //=> 0.6666666666666666
 * ```
 */
export function explain<Partial extends boolean = false>(
	objectives: readonly Objective[],
	id: string,
	options?: ExplainOptions<Partial>,
): Explanation<Partial> {
	const exact = explainExact(objectives, id, options as ExplainOptions<boolean>);
	if (exact.score === null) return exact as Explanation<Partial>;
	const explanation: ScoredExplanation = {
		id: exact.id,
		score: toNumber(exact.score),
		source: exact.source,
		terms: exact.terms.map((term) => ({
			id: term.id,
			kind: term.kind,
			progress: toNumber(term.progress),
			weight: toNumber(term.weight),
			share: toNumber(term.share),
			points: toNumber(term.points),
			closed: term.closed,
		})),
	};
	return explanation as Explanation<Partial>;
}

/** {@link explain} on exact values. @internal */
export function explainExact<Partial extends boolean = false>(
	objectives: readonly Objective[],
	id: string,
	options?: ExplainOptions<Partial>,
): ExactExplanationOf<Partial> {
	const rules = rulesOf(options);
	let index = -1;
	const scored = readExact(objectives, rules, true, (indexOf) => {
		// A key that is not a string is never in the map.
		const found = indexOf.get(id);
		if (found === undefined) {
			throw new OkrError(
				"UNKNOWN_OBJECTIVE",
				`No objective has id ${typeof id === "string" ? describeString(id) : String(id)}.`,
				["id"],
			);
		}
		index = found;
		return found;
	});
	const states = scoreInOrder(exactArithmetic, scored, rules);
	const state = states[index] as ObjectiveState<Exact>;
	if (state.score === null || state.source === null) {
		const unscored: UnscoredExplanation = {
			id,
			score: null,
			source: null,
			terms: [],
			issue: state.entry.issue as RollUpIssue,
		};
		return unscored as ExactExplanationOf<Partial>;
	}
	const items: {
		id: string;
		kind: "keyResult" | "objective";
		progress: Exact;
		weight: Exact;
		closed: boolean;
	}[] = [];
	if (state.source !== "children") {
		state.terms.ids.forEach((krId, k) => {
			items.push({
				id: krId,
				kind: "keyResult",
				progress: state.terms.progress[k] as Exact,
				weight: state.terms.weights[k] as Exact,
				closed: isClosed(state.terms.sources[k] as Loose, rules.asOf, rules.zone),
			});
		});
	}
	if (state.source !== "keyResults") {
		const { tree } = scored;
		for (let c = 0; c < tree.ids.length; c++) {
			const child = states[c];
			// Children a partial roll-up could not score are no items of the score.
			if (tree.parent[c] !== index || child?.score == null) continue;
			items.push({
				id: tree.ids[c] as string,
				kind: "objective",
				progress: child.score,
				weight: tree.contribution[c] as Exact,
				closed: false,
			});
		}
	}
	const total = pooled(
		exactArithmetic,
		state.source,
		state.terms,
		state.children.points,
		state.children.weight,
	).weight;
	const points = divideParts(
		items.map((item) => mul(item.weight, item.progress)),
		total,
	);
	const shares = divideParts(
		items.map((item) => item.weight),
		total,
	);
	const explanation: ExactExplanation = {
		id,
		score: state.score,
		source: state.source,
		terms: items.map((item, k) => ({
			...item,
			share: shares[k] as Exact,
			points: points[k] as Exact,
		})),
	};
	return explanation as ExactExplanationOf<Partial>;
}

const readClosing = readerOf(closing);

/**
 * Whether a key result (already read once, so valid) is scored by its closing grade as of `asOf`
 * (now, when `null`: any closing counts). Only its `closing` is read again, not its check-ins.
 */
function isClosed(source: Loose, asOf: Day | null, zone: Zone): boolean {
	const given = own(source, "closing");
	if (given === undefined || given === null) return false;
	return closingScore({ closing: readClosing(given, ["closing"], zone) }, asOf) !== null;
}
