/**
 * Types of the cascade computations' results.
 *
 * @module
 */
import type { Color } from "../grading/core.js";
import type { RollUpSource } from "../policy/defaults.js";

/** One objective's score in a roll-up. */
export interface RollUpScore {
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
}
