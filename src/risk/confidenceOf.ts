import type { Color } from "../grading/core.js";
import type { DateInput, KeyResult } from "../model/types.js";
import { toNumber } from "../numeric/index.js";
import { type PolicyOptions, policyNumbers, policyOf } from "../policy/resolve.js";
import { asOfOption } from "../progress/options.js";
import { readKeyResult } from "../read/keyResult.js";
import { formatDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { confidenceColor, latestConfidence } from "./core.js";

/** Options of {@link confidenceOf}. */
export interface ConfidenceOfOptions extends PolicyOptions, TimeZoneOptions {
	/** Read the key result as of this day: check-ins dated after it do not count. */
	readonly asOf?: DateInput | undefined;
}

/** A key result owner's latest confidence of reaching its target. */
export interface Confidence {
	/** The confidence, from 0 to 10. */
	readonly value: number;
	/** The day of the check-in that gave it, `"YYYY-MM-DD"`. */
	readonly at: string;
	/** `"red"` up to policy `confidence.red` (3), `"yellow"` up to `confidence.yellow` (7), else `"green"`. */
	readonly color: Color;
}

/**
 * The latest confidence of a key result: that of its latest check-in which carries a
 * `confidence` (by date; on one date, the later in the array), on or before `options.asOf` when
 * given. A later check-in without a confidence leaves it as it was.
 *
 * The colour follows policy `confidence` (`{ red: 3, yellow: 7 }`, both ends inclusive): `"red"`
 * for 0 to 3, `"yellow"` above 3 up to 7, `"green"` above 7 (Koan's 1–3, 4–7 and 8–10).
 *
 * @param keyResult - The key result, of any kind, as a plain object.
 * @param options - `asOf`: the day to read as of; `policy`: `confidence.red`, `confidence.yellow`.
 * @returns `{ value, at, color }`, or `null` when no check-in (up to `asOf`) has a confidence.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed key result (a confidence outside
 *   0–10 is `OUT_OF_RANGE`), date or policy.
 *
 * @example
 * ```ts
 * const kr = { id: "nps", title: "NPS 30 → 50", kind: "metric", start: 30, target: 50,
 *   checkIns: [
 *     { at: "2025-07-07", value: 32, confidence: 8 },
 *     { at: "2025-07-21", value: 33, confidence: "3.5" },
 *     { at: "2025-08-04", value: 35 },
 *   ] } as const;
 * confidenceOf(kr);
 * //=> { value: 3.5, at: "2025-07-21", color: "yellow" }
 * confidenceOf(kr, { asOf: "2025-07-20" });
 * //=> { value: 8, at: "2025-07-07", color: "green" }
 * confidenceOf(kr, { asOf: "2025-07-01" });
 * //=> null
 * ```
 */
export function confidenceOf(
	keyResult: KeyResult,
	options?: ConfidenceOfOptions,
): Confidence | null {
	const policy = policyNumbers(policyOf(options));
	const read = readKeyResult(keyResult, [], zoneOption(options));
	const latest = latestConfidence(read.checkIns, asOfOption(options));
	if (latest === null) return null;
	return {
		value: toNumber(latest.confidence),
		at: formatDay(latest.at),
		color: confidenceColor(latest.confidence, policy),
	};
}
