/**
 * Types of the cascade computations' results.
 *
 * @module
 */
import type { OkrErrorCode } from "../errors/index.js";
import type { Color } from "../grading/core.js";
import type { RollUpSource } from "../policy/defaults.js";

/** One objective's score in a roll-up. */
export interface ScoredRollUpEntry {
	/** The score, converted once from its exact value. */
	readonly score: number;
	/** `grade(score)`: clamped to [0, 1], rounded half-up to one decimal (policy `grading`). */
	readonly grade: number;
	/** The colour of the rounded grade (policy `grading.bands`). */
	readonly color: Color;
	/**
	 * Which items made this score: its own key results, its children, or `"both"` pooled. Says what
	 * actually happened: under `rollup.source: "both"` a leaf is still `"keyResults"`.
	 */
	readonly source: RollUpSource;
	/** A scored objective has no issue (narrow on `score === null` or on `issue`). */
	readonly issue?: undefined;
}

/** Why an objective of a partial roll-up has no score. */
export interface RollUpIssue {
	/**
	 * `NO_KEY_RESULTS` (neither key results nor children), `ZERO_TOTAL_WEIGHT` (the weights its
	 * score takes sum to 0, or a checklist's items weigh 0), or `CHILDREN_NOT_SCORED` (it would be
	 * scored from its children, and none of them that weighs anything could be scored).
	 */
	readonly code: OkrErrorCode;
	/** The reason in words, naming the objective. */
	readonly message: string;
}

/**
 * An objective that a partial roll-up (`options.partial: true`) could not score: no score, grade,
 * colour or source, and the issue that says why. Its parent pools its other items as if it were
 * not there.
 */
export interface UnscoredRollUpEntry {
	readonly score: null;
	readonly grade: null;
	readonly color: null;
	readonly source: null;
	readonly issue: RollUpIssue;
}

/**
 * One objective's entry in a roll-up. `RollUpScore` (a roll-up without `partial`) is always
 * scored; `RollUpScore<true>` (with `partial: true`) is either shape: narrow on
 * `entry.score === null` or on `entry.issue`.
 *
 * @typeParam Partial - Whether the roll-up was partial (`boolean`: not known, either shape).
 */
export type RollUpScore<Partial extends boolean = false> = Partial extends true
	? ScoredRollUpEntry | UnscoredRollUpEntry
	: ScoredRollUpEntry;

/** The option that makes a roll-up partial. */
export interface PartialOption<Partial extends boolean = boolean> {
	/**
	 * `true`: an objective that cannot be scored for a reason of its own (`NO_KEY_RESULTS`,
	 * `ZERO_TOTAL_WEIGHT`) gets an {@link UnscoredRollUpEntry} instead of failing the whole roll-up,
	 * and its parent pools its other items without it. An unsound cascade or malformed input is still
	 * refused. Default `false`: the first such objective in input order is thrown.
	 */
	readonly partial?: Partial | undefined;
}
