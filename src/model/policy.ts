/**
 * `definePolicy`: a full scoring policy from a partial one, checked.
 *
 * @module
 */
import type { PolicyInput, ScoringPolicy } from "../policy/defaults.js";
import { resolvePolicy } from "../policy/resolve.js";

/**
 * The full scoring policy for a partial one: `partial` deep-merged over {@link defaultPolicy}
 * (arrays such as `pace.phases` are replaced whole), every field and cross-field rule checked.
 * The result is frozen and can be passed as `options.policy` to any computation, stored, or sent
 * as JSON. Keys of `partial` never reach a prototype (`"__proto__"` is an unknown field).
 *
 * @param partial - Any subset of the policy's fields (default: none, giving the defaults).
 * @returns The full, frozen policy.
 * @throws {OkrValidationError} `INVALID_INPUT`, with an issue per bad field at its path in
 *   `partial` (e.g. `["progress", "cap"]`): `INVALID_NUMBER`, `INVALID_TYPE`, `INVALID_ENUM`,
 *   `UNKNOWN_KEY`, and the cross-field codes `FLOOR_ABOVE_CAP`, `BANDS_OUT_OF_ORDER`,
 *   `THRESHOLDS_OUT_OF_ORDER`, `INVALID_PHASES`, `NEGATIVE`, `OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * definePolicy({ progress: { cap: 1.2 } }).progress;
 * //=> { floor: 0, cap: 1.2 }
 * definePolicy({ grading: { bands: { green: 0.8 } } }).grading.bands;
 * //=> { yellow: 0.4, green: 0.8 }
 * definePolicy().rollup;
 * //=> { source: "keyResults", rootLevels: ["company"] }
 * ```
 */
export function definePolicy(partial?: PolicyInput): ScoringPolicy {
	return resolvePolicy(partial, []);
}
