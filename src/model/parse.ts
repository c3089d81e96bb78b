/**
 * Parsing the model: each `parseX` returns the parsed value (defaults filled, dates as
 * `"YYYY-MM-DD"` strings, numbers as written, fields the model does not know kept as they are,
 * frozen) or throws an `OkrValidationError` listing every issue; each `safeParseX` returns the
 * outcome instead. With `strict: true`, a field the model does not know is an issue
 * (`UNKNOWN_KEY`).
 *
 * A value is parsed by the copy compiled from the model's descriptions (`copy.ts`); only when it
 * refuses the value do the zod schemas run, to list every issue.
 *
 * @module
 */
import { invalid, OkrValidationError } from "../errors/index.js";
import type { RecordOf, UnionOf } from "../kinds/fields.js";
import { keyResult } from "../kinds/keyResult.js";
import { kpi } from "../kinds/kpi.js";
import { objective } from "../kinds/objective.js";
import { typeName } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import { UTC } from "../time/day.js";
import { schemaOf, unionSchema } from "./compile.js";
import { copyModel, type Walk } from "./copy.js";
import { okrIssues } from "./issues.js";
import type { ParsedKeyResult, ParsedKpi, ParsedObjective } from "./schemas.js";

/** The outcome of a `safeParse…` function: the parsed value, or the error listing every issue. */
export type SafeParseResult<T> =
	| { readonly success: true; readonly data: T }
	| { readonly success: false; readonly error: OkrValidationError };

/** Options of the `parse…` functions. */
export interface ParseOptions {
	/**
	 * Refuse fields the model does not know (issue `UNKNOWN_KEY` at each), instead of keeping
	 * them as they are. Default `false`.
	 */
	readonly strict?: boolean | undefined;
}

/** `options.strict` (`INVALID_TYPE` at `["options", "strict"]` for anything but a boolean). @internal */
export function strictOption(options: unknown): boolean {
	const value = isRecord(options) ? own(options, "strict") : undefined;
	if (value === undefined || typeof value === "boolean") return value === true;
	throw invalid(
		"INVALID_TYPE",
		["options", "strict"],
		`Expected true or false, received ${typeName(value)}.`,
	);
}

/**
 * Parses `input` as `described` (a record or a union of the model): the compiled copy when it
 * accepts the value, else the zod schema, which lists every issue. `walk` receives warnings.
 * @internal
 */
export function parseDescribed(
	// biome-ignore lint/suspicious/noExplicitAny: a record of any description
	described: RecordOf<any> | UnionOf,
	input: unknown,
	walk: Walk,
): SafeParseResult<unknown> {
	const copied = copyModel(described, input, walk);
	if (copied !== null) return { success: true, data: copied.value };
	const schema =
		"members" in described ? unionSchema(described, walk.strict) : schemaOf(described, walk.strict);
	const result = schema.safeParse(input);
	// The copy refuses what zod refuses (a property test holds them together): zod's own value is
	// only a safety net.
	if (result.success) return { success: true, data: result.data };
	return {
		success: false,
		error: new OkrValidationError(okrIssues(result.error, input, described)),
	};
}

function safeParseWith<T>(
	// biome-ignore lint/suspicious/noExplicitAny: a record of any description
	described: RecordOf<any> | UnionOf,
	input: unknown,
	options: ParseOptions | undefined,
): SafeParseResult<T> {
	let strict: boolean;
	try {
		strict = strictOption(options);
	} catch (error) {
		return { success: false, error: error as OkrValidationError };
	}
	const walk: Walk = { path: [], id: undefined, strict, warnings: null, asOf: null, zone: UTC };
	return parseDescribed(described, input, walk) as SafeParseResult<T>;
}

function parseWith<T>(
	// biome-ignore lint/suspicious/noExplicitAny: a record of any description
	described: RecordOf<any> | UnionOf,
	input: unknown,
	options: ParseOptions | undefined,
): T {
	const result = safeParseWith<T>(described, input, options);
	if (result.success) return result.data;
	throw result.error;
}

/**
 * Checks an objective and returns it parsed.
 *
 * @param input - An objective as a caller writes it (see {@link Objective}), or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
 * @returns The objective with defaults filled (`type` `"aspirational"`, `keyResults` `[]`,
 *   `contribution` `1`, `kpiIds` `[]`, and each key result's defaults), every date as a
 *   `"YYYY-MM-DD"` string, numbers as written, fields the model does not know kept as they are; frozen.
 * @throws {OkrValidationError} `INVALID_INPUT`, listing every issue with its code and path
 *   (`REQUIRED`, `INVALID_TYPE`, `INVALID_NUMBER`, `INVALID_DATE`, `INVALID_ENUM`, `EMPTY_STRING`,
 *   `NEGATIVE`, `START_EQUALS_TARGET`, `LOW_ABOVE_HIGH`, `EMPTY_CHECKLIST`, `END_BEFORE_START`,
 *   and with `strict: true` `UNKNOWN_KEY`).
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
export function parseObjective(input: unknown, options?: ParseOptions): ParsedObjective {
	return parseWith<ParsedObjective>(objective, input, options);
}

/**
 * Checks an objective without throwing.
 *
 * @param input - An objective as a caller writes it, or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
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
export function safeParseObjective(
	input: unknown,
	options?: ParseOptions,
): SafeParseResult<ParsedObjective> {
	return safeParseWith<ParsedObjective>(objective, input, options);
}

/**
 * Checks a key result of any kind and returns it parsed.
 *
 * @param input - A key result as a caller writes it (see {@link KeyResult}), or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
 * @returns The key result with defaults filled (`weight` `1`, `checkIns` `[]`, `scoring`
 *   `"latest"` for threshold and range, item weights `1`), dates as given (a `Date` copied),
 *   numbers as written, fields the model does not know kept as they are; frozen.
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
export function parseKeyResult(input: unknown, options?: ParseOptions): ParsedKeyResult {
	return parseWith<ParsedKeyResult>(keyResult, input, options);
}

/**
 * Checks a key result without throwing.
 *
 * @param input - A key result as a caller writes it, or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
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
export function safeParseKeyResult(
	input: unknown,
	options?: ParseOptions,
): SafeParseResult<ParsedKeyResult> {
	return safeParseWith<ParsedKeyResult>(keyResult, input, options);
}

/**
 * Checks a KPI and returns it parsed.
 *
 * @param input - A KPI as a caller writes it (see {@link Kpi}), or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
 * @returns The KPI with `measurements` defaulting to `[]`, dates as `"YYYY-MM-DD"` strings,
 *   numbers as written, fields the model does not know kept as they are; frozen.
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
export function parseKpi(input: unknown, options?: ParseOptions): ParsedKpi {
	return parseWith<ParsedKpi>(kpi, input, options);
}

/**
 * Checks a KPI without throwing.
 *
 * @param input - A KPI as a caller writes it, or anything.
 * @param options - `strict: true` refuses fields the model does not know (`UNKNOWN_KEY`).
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
export function safeParseKpi(input: unknown, options?: ParseOptions): SafeParseResult<ParsedKpi> {
	return safeParseWith<ParsedKpi>(kpi, input, options);
}
