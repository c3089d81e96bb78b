/**
 * What a kind of key result is made of besides its fields: how its progress is computed and what
 * KPI guards it once achieved.
 *
 * @module
 * @internal
 */

import type { Exact, NumberInput } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import type { Fields, Located, ReadOf, RecordOf } from "./fields.js";
import type { KPI_DIRECTIONS } from "./kpi.js";

/** What a KPI guarding an achieved key result watches. */
export interface Guard {
	readonly direction: (typeof KPI_DIRECTIONS)[number];
	readonly target: NumberInput;
	readonly thresholds:
		| { readonly mode: "absolute"; readonly green: NumberInput; readonly yellow: NumberInput }
		| undefined;
}

/** A kind of key result. */
export interface Kind<F extends Fields> {
	readonly description: RecordOf<F>;
	/** Whether check-ins record a value of it (metric, threshold, range): it is checked in on. */
	readonly valued: boolean;
	/** Its unclamped progress, as of `asOf` (as it stands now when `null`). */
	readonly progress: (kr: ReadOf<RecordOf<F>> & Located, asOf: Day | null) => Exact;
	/**
	 * The KPI that guards it once achieved, `achieved` being the value it reached as the caller
	 * wrote it (for a `baseline: "achieved"`); `null` for a kind with no value a KPI could watch.
	 */
	readonly promote:
		| ((kr: ReadOf<RecordOf<F>> & Located, achieved: NumberInput | undefined) => Guard)
		| null;
}

/** Declares a kind (the identity, typed). */
export function kind<F extends Fields>(k: Kind<F>): Kind<F> {
	return Object.freeze(k);
}
