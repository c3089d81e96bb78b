/**
 * Parsing the model: each `parseX` returns the parsed value (defaults filled, dates as
 * `"YYYY-MM-DD"` strings, numbers as written, unknown fields dropped, frozen) or throws an
 * `OkrValidationError` listing every issue; each `safeParseX` returns the outcome instead.
 *
 * @module
 */
import type * as z from "zod/mini";
import { OkrValidationError } from "../errors/index.js";
import { okrIssues } from "./issues.js";
import {
	KeyResultSchema,
	KpiSchema,
	ObjectiveSchema,
	type ParsedKeyResult,
	type ParsedKpi,
	type ParsedObjective,
} from "./schemas.js";

/** The outcome of a `safeParse…` function: the parsed value, or the error listing every issue. */
export type SafeParseResult<T> =
	| { readonly success: true; readonly data: T }
	| { readonly success: false; readonly error: OkrValidationError };

function safeParseWith<S extends z.ZodMiniType>(
	schema: S,
	input: unknown,
): SafeParseResult<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { success: true, data: result.data };
	return { success: false, error: new OkrValidationError(okrIssues(result.error, input)) };
}

function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
	const result = safeParseWith(schema, input);
	if (result.success) return result.data;
	throw result.error;
}

/**
 * Checks an objective and returns it parsed.
 *
 * @param input - An objective as a caller writes it (see {@link Objective}), or anything.
 * @returns The objective with defaults filled (`type` `"aspirational"`, `keyResults` `[]`,
 *   `contribution` `1`, `kpiIds` `[]`, and each key result's defaults), every date as a
 *   `"YYYY-MM-DD"` string, numbers as written, unknown fields dropped; frozen.
 * @throws {OkrValidationError} `INVALID_INPUT`, listing every issue with its code and path
 *   (`REQUIRED`, `INVALID_TYPE`, `INVALID_NUMBER`, `INVALID_DATE`, `INVALID_ENUM`, `EMPTY_STRING`,
 *   `NEGATIVE`, `START_EQUALS_TARGET`, `LOW_ABOVE_HIGH`, `EMPTY_CHECKLIST`, `END_BEFORE_START`).
 *
 * @example
 * ```ts
 * parseObjective({
 *   id: "o1",
 *   title: "Delight customers",
 *   keyResults: [{ id: "kr1", title: "NPS 50", kind: "metric", start: 30, target: 50 }],
 * });
 * //=> { id: "o1", title: "Delight customers", type: "aspirational", contribution: 1, kpiIds: [], keyResults: [{ id: "kr1", title: "NPS 50", kind: "metric", start: 30, target: 50, weight: 1, checkIns: [] }] }
 * ```
 */
export function parseObjective(input: unknown): ParsedObjective {
	return parseWith(ObjectiveSchema, input);
}

/**
 * Checks an objective without throwing.
 *
 * @param input - An objective as a caller writes it, or anything.
 * @returns `{ success: true, data }` with the parsed objective (as {@link parseObjective}
 *   returns it), or `{ success: false, error }` with an `OkrValidationError` listing every issue.
 * @throws Never: every problem, including a value of the wrong type, comes back as `error`
 *   (`INVALID_INPUT`, with the same issue codes as the `parse…` function).
 *
 * @example
 * ```ts
 * const result = safeParseObjective({ id: "", title: "Untitled", type: "stretch" });
 * result.success;
 * //=> false
 * result.error.issues.map((issue) => [issue.code, issue.path]);
 * //=> [["EMPTY_STRING", ["id"]], ["INVALID_ENUM", ["type"]]]
 * ```
 */
export function safeParseObjective(input: unknown): SafeParseResult<ParsedObjective> {
	return safeParseWith(ObjectiveSchema, input);
}

/**
 * Checks a key result of any kind and returns it parsed.
 *
 * @param input - A key result as a caller writes it (see {@link KeyResult}), or anything.
 * @returns The key result with defaults filled (`weight` `1`, `checkIns` `[]`, `scoring`
 *   `"latest"` for threshold and range, item weights `1`), dates as given (a `Date` copied),
 *   numbers as written, unknown fields dropped; frozen.
 * @throws {OkrValidationError} `INVALID_INPUT`, listing every issue; e.g. `START_EQUALS_TARGET`
 *   at `["target"]` for a metric whose target equals its start.
 *
 * @example
 * ```ts
 * parseKeyResult({
 *   id: "kr1",
 *   title: "Cut p95 latency",
 *   kind: "metric",
 *   start: "420",
 *   target: "250",
 *   checkIns: [{ at: "2025-07-15T09:30:00+02:00", value: "380" }],
 * });
 * //=> { id: "kr1", title: "Cut p95 latency", kind: "metric", start: "420", target: "250", weight: 1, checkIns: [{ at: "2025-07-15T09:30:00+02:00", value: "380" }] }
 * ```
 */
export function parseKeyResult(input: unknown): ParsedKeyResult {
	return parseWith(KeyResultSchema, input);
}

/**
 * Checks a key result without throwing.
 *
 * @param input - A key result as a caller writes it, or anything.
 * @returns `{ success: true, data }` with the parsed key result, or `{ success: false, error }`
 *   with an `OkrValidationError` listing every issue.
 * @throws Never: every problem, including a value of the wrong type, comes back as `error`
 *   (`INVALID_INPUT`, with the same issue codes as the `parse…` function).
 *
 * @example
 * ```ts
 * const result = safeParseKeyResult({ id: "kr", title: "Flat", kind: "metric", start: 5, target: "5.0" });
 * result.success;
 * //=> false
 * result.error.issues[0].code;
 * //=> "START_EQUALS_TARGET"
 * result.error.issues[0].path;
 * //=> ["target"]
 * ```
 */
export function safeParseKeyResult(input: unknown): SafeParseResult<ParsedKeyResult> {
	return safeParseWith(KeyResultSchema, input);
}

/**
 * Checks a KPI and returns it parsed.
 *
 * @param input - A KPI as a caller writes it (see {@link Kpi}), or anything.
 * @returns The KPI with `measurements` defaulting to `[]`, dates as `"YYYY-MM-DD"` strings,
 *   numbers as written, unknown fields dropped; frozen.
 * @throws {OkrValidationError} `INVALID_INPUT`, listing every issue; e.g.
 *   `RELATIVE_TO_ZERO_TARGET` at `["thresholds", "mode"]` for relative thresholds on a target
 *   of 0, `THRESHOLDS_OUT_OF_ORDER` at `["thresholds"]` when green exceeds yellow.
 *
 * @example
 * ```ts
 * parseKpi({
 *   id: "uptime",
 *   name: "Uptime",
 *   unit: "%",
 *   direction: "higherIsBetter",
 *   target: 99.9,
 *   cadence: "monthly",
 *   measurements: [{ at: "2025-06-30", value: "99.95" }],
 * });
 * //=> { id: "uptime", name: "Uptime", unit: "%", direction: "higherIsBetter", target: 99.9, cadence: "monthly", measurements: [{ at: "2025-06-30", value: "99.95" }] }
 * ```
 */
export function parseKpi(input: unknown): ParsedKpi {
	return parseWith(KpiSchema, input);
}

/**
 * Checks a KPI without throwing.
 *
 * @param input - A KPI as a caller writes it, or anything.
 * @returns `{ success: true, data }` with the parsed KPI, or `{ success: false, error }` with an
 *   `OkrValidationError` listing every issue.
 * @throws Never: every problem, including a value of the wrong type, comes back as `error`
 *   (`INVALID_INPUT`, with the same issue codes as the `parse…` function).
 *
 * @example
 * ```ts
 * const result = safeParseKpi({ id: "errors", name: "Errors", direction: "lowerIsBetter", target: 0, thresholds: { mode: "relative", green: 0, yellow: 0.1 } });
 * result.success;
 * //=> false
 * result.error.issues[0].code;
 * //=> "RELATIVE_TO_ZERO_TARGET"
 * ```
 */
export function safeParseKpi(input: unknown): SafeParseResult<ParsedKpi> {
	return safeParseWith(KpiSchema, input);
}
