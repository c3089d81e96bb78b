/**
 * Reading a key result as a computation sees it: checked, numbers exact, readings sorted. The
 * reader is compiled from the kinds' descriptions (`src/kinds`).
 *
 * @module
 * @internal
 */
import type { Path } from "../errors/index.js";
import {
	KEY_RESULT_KINDS,
	type KeyResultRead,
	type KeyResultReadOf,
	keyResult,
} from "../kinds/keyResult.js";
import type { Exact } from "../numeric/index.js";
import { UTC, type Zone } from "../time/day.js";
import { unionReader } from "./compile.js";

export { KEY_RESULT_KINDS, type KeyResultRead };
export type MetricRead = KeyResultReadOf<"metric">;
export type ThresholdRead = KeyResultReadOf<"threshold">;
export type RangeRead = KeyResultReadOf<"range">;
export type MilestoneRead = KeyResultReadOf<"milestone">;
export type ChecklistRead = KeyResultReadOf<"checklist">;

const read = unionReader(keyResult) as (value: unknown, path: Path, zone?: Zone) => KeyResultRead;

/** Reads and checks a key result given as a plain object, its instants read as days in `zone`. */
export function readKeyResult(value: unknown, path: Path, zone: Zone = UTC): KeyResultRead {
	return read(value, path, zone);
}

/**
 * The current value of a key result that has one: `current` when given, else the latest check-in's
 * value by date (ties: the later in the array), else `null`.
 */
export function currentValue(kr: MetricRead | ThresholdRead | RangeRead): Exact | null {
	if (kr.current !== null) return kr.current;
	const last = kr.checkIns[kr.checkIns.length - 1];
	return last === undefined ? null : last.value;
}
