/**
 * The model's rules, each written once as a small pure function. The zod schemas (as refinements)
 * and the zod-free readers used by computations both call these.
 *
 * @module
 * @internal
 */
import type { OkrIssue, Path } from "../errors/index.js";
import { cmp, type Exact } from "../numeric/index.js";
import type { Day } from "../time/day.js";

/**
 * A character other than white space: ids and titles need one. `\S` is the complement of what
 * `String.prototype.trim` removes, and the same `pattern` in the JSON Schemas.
 */
export const TEXT = /\S/;

/** Whether a string has a character other than white space (`""` and `"  "` have none). */
export function hasText(value: string): boolean {
	return TEXT.test(value);
}

/** A metric key result must move: `start == target` has no direction and no progress. */
export function startEqualsTarget(start: Exact, target: Exact, path: Path): OkrIssue | null {
	if (cmp(start, target) !== 0) return null;
	return {
		code: "START_EQUALS_TARGET",
		path,
		message:
			'A metric key result needs target != start (its progress would be 0/0). To keep a value at or beyond a level, use a key result of kind "threshold".',
	};
}

/** A range key result needs `low <= high`. */
export function lowAboveHigh(low: Exact, high: Exact, path: Path): OkrIssue | null {
	if (cmp(low, high) <= 0) return null;
	return { code: "LOW_ABOVE_HIGH", path, message: "A range needs low <= high." };
}

/** A cycle needs `end >= start`. */
export function endBeforeStart(start: Day, end: Day, path: Path): OkrIssue | null {
	if (end >= start) return null;
	return { code: "END_BEFORE_START", path, message: "A cycle's end must not be before its start." };
}

/** A checklist key result needs at least one item. */
export function emptyChecklist(count: number, path: Path): OkrIssue | null {
	if (count > 0) return null;
	return {
		code: "EMPTY_CHECKLIST",
		path,
		message: "A checklist key result needs at least one item.",
	};
}

/** KPI thresholds need `0 <= green <= yellow`. */
export function thresholdsOutOfOrder(green: Exact, yellow: Exact, path: Path): OkrIssue | null {
	if (green.isNegative() && !green.isZero()) {
		return {
			code: "NEGATIVE",
			path: [...path, "green"],
			message: "Threshold limits must be zero or more.",
		};
	}
	if (cmp(green, yellow) <= 0) return null;
	return {
		code: "THRESHOLDS_OUT_OF_ORDER",
		path,
		message: "The green limit must not exceed the yellow limit.",
	};
}

/** Relative thresholds on a zero target mean nothing: `|target|` is 0, so nothing could be yellow. */
export function relativeToZeroTarget(mode: string, target: Exact, path: Path): OkrIssue | null {
	if (mode !== "relative" || !target.isZero()) return null;
	return {
		code: "RELATIVE_TO_ZERO_TARGET",
		path,
		message: 'Relative thresholds need a non-zero target; use mode "absolute" for a target of 0.',
	};
}
