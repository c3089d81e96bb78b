/**
 * Parsing a whole program `{ objectives, kpis? }` as a goal tool exports it: every issue at once
 * with its path from the document's root, and warnings about data that can be scored but is
 * probably wrong.
 *
 * @module
 */
import { type OkrIssue, OkrValidationError, type Path, type WarningCode } from "../errors/index.js";
import { program } from "../kinds/program.js";
import type { ModelWarning, Walk } from "../model/copy.js";
import { locate } from "../model/locate.js";
import {
	type ParseOptions,
	parseDescribed,
	type SafeParseResult,
	strictOption,
} from "../model/parse.js";
import type { ParsedKpi, ParsedObjective } from "../model/schemas.js";
import type { Kpi, Objective } from "../model/types.js";
import { isRecord, own } from "../objects.js";
import { asOfOption } from "../progress/options.js";
import type { DateInput } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { checkInsOutsideCycle, linkIssues } from "./links.js";

/** A program as a goal tool exports it: its objectives, and the KPIs they name. */
export interface ProgramInput {
	readonly objectives: readonly Objective[];
	/** Without it, the objectives' `kpiIds` are not checked. */
	readonly kpis?: readonly Kpi[] | undefined;
}

/** Something probably wrong in a program that parses (see {@link parseProgram}). */
export interface ProgramWarning {
	readonly code: WarningCode;
	/** From the document's root: the check-in, the measurement, the `doneAt` field, the unknown field. */
	readonly path: Path;
	readonly message: string;
	/** The id of the nearest key result, objective or KPI around it, when it has a readable one. */
	readonly id?: string;
}

/** A program as parsed: defaults filled, dates as `"YYYY-MM-DD"` strings, frozen; and its warnings. */
export interface ParsedProgram {
	readonly objectives: readonly ParsedObjective[];
	/** `[]` when no KPIs were given. */
	readonly kpis: readonly ParsedKpi[];
	readonly warnings: readonly ProgramWarning[];
}

/** Options of {@link parseProgram}. */
export interface ParseProgramOptions extends ParseOptions, TimeZoneOptions {
	/** The day of a snapshot: check-ins, measurements and other events dated after it are warned about. */
	readonly asOf?: DateInput | undefined;
}

/**
 * Where `a` comes before `b` in the document (negative), after it (positive), or at the same
 * place (0): their first different step decides, an item by its index, a field by its place among
 * the keys of the object around it (the order the tool wrote them in); a path comes before the
 * paths inside it.
 */
function documentOrder(a: Path, b: Path, root: unknown): number {
	let around = root;
	const steps = Math.min(a.length, b.length);
	for (let i = 0; i < steps; i++) {
		const x = a[i] as Path[number];
		const y = b[i] as Path[number];
		if (x !== y) {
			if (typeof x === "number" && typeof y === "number") return x - y;
			const keys = isRecord(around) ? Object.keys(around) : [];
			const place = (key: Path[number]) => {
				const at = keys.indexOf(String(key));
				return at === -1 ? keys.length : at;
			};
			return place(x) - place(y);
		}
		around = Array.isArray(around)
			? around[x as number]
			: isRecord(around)
				? own(around, String(x))
				: undefined;
	}
	return a.length - b.length;
}

/** The issue with the id of the nearest objective, key result or KPI around its path. */
function located(issue: OkrIssue, input: unknown): OkrIssue {
	const id = locate(program, input, issue.path).id;
	return id === undefined ? issue : { ...issue, id };
}

/** The parsed program, its fields in order, the warnings last (a field of that name is replaced). */
function withWarnings(parsed: object, warnings: readonly ModelWarning[]): ParsedProgram {
	const out = {};
	for (const key of Object.keys(parsed)) {
		if (key === "warnings") continue;
		Object.defineProperty(out, key, {
			value: (parsed as Record<string, unknown>)[key],
			enumerable: true,
			// Stryker disable BooleanLiteral: `out` is frozen below: no field stays writable or configurable
			writable: true,
			configurable: true,
			// Stryker restore BooleanLiteral
		});
	}
	Object.defineProperty(out, "warnings", {
		value: Object.freeze(warnings),
		enumerable: true,
		// Stryker disable BooleanLiteral: as above
		writable: true,
		configurable: true,
		// Stryker restore BooleanLiteral
	});
	return Object.freeze(out) as ParsedProgram;
}

/**
 * Checks a whole program without throwing: {@link parseProgram}'s twin.
 *
 * @param input - A program `{ objectives, kpis? }` as a goal tool exports it, or anything.
 * @param options - `strict: true` refuses fields the model does not know; `asOf` (a day) warns
 *   about entries dated after it.
 * @returns `{ success: true, data }` with the parsed program and its warnings, or
 *   `{ success: false, error }` with an `OkrValidationError` listing every issue (bad options
 *   included).
 * @throws Never.
 *
 * @example
 * ```ts
 * const result = safeParseProgram({
 *   objectives: [
 *     { id: "growth", title: "Grow", kpiIds: ["mrr"] },
 *     { id: "sales", title: "Sell more", parentId: "growht" },
 *   ],
 *   kpis: [],
 * });
 * result.success;
 * //=> false
 * result.error.issues.map((issue) => [issue.code, issue.path, issue.id]);
 * //=> [["UNKNOWN_PARENT", ["objectives", 1, "parentId"], "sales"], ["UNKNOWN_KPI", ["objectives", 0, "kpiIds", 0], "growth"]]
 * ```
 */
export function safeParseProgram(
	input: unknown,
	options?: ParseProgramOptions,
): SafeParseResult<ParsedProgram> {
	let walk: Walk;
	try {
		walk = {
			path: [],
			id: undefined,
			strict: strictOption(options),
			warnings: [],
			asOf: asOfOption(options),
			zone: zoneOption(options),
		};
	} catch (error) {
		return { success: false, error: error as OkrValidationError };
	}
	const result = parseDescribed(program, input, walk);
	const fieldIssues = result.success ? [] : result.error.issues;
	const issues = [
		...fieldIssues,
		...linkIssues(
			result.success ? result.data : input,
			result.success,
			isRecord(input) && input["kpis"] !== undefined,
		),
	];
	if (!result.success || issues.length > 0) {
		return {
			success: false,
			error: new OkrValidationError(issues.map((issue) => located(issue, input))),
		};
	}
	const parsed = result.data as { readonly objectives: readonly ParsedObjective[] };
	// In the order of the document, whichever check found them.
	const warnings = [
		...(walk.warnings as ModelWarning[]),
		...checkInsOutsideCycle(parsed.objectives, walk.zone),
	].sort((a, b) => documentOrder(a.path, b.path, input));
	return { success: true, data: withWarnings(parsed, warnings) };
}

/**
 * Checks a whole program — its objectives and the KPIs they name — and returns it parsed, with
 * warnings about data that can be scored but is probably wrong; or throws an error listing every
 * issue of the document at once.
 *
 * Issues, each with its `path` from the document's root (`["objectives", 3, "keyResults", 0,
 * "start"]`) and the `id` of the nearest key result, objective or KPI around it when it has a
 * readable one: every field issue of every objective and KPI (as `parseObjective` and `parseKpi`
 * report them; the root's own shape too), the cascade's issues (`DUPLICATE_ID`,
 * `UNKNOWN_PARENT`, `ALIGNMENT_CYCLE`, `NEGATIVE_CONTRIBUTION`, over the ids, parents and
 * contributions that can be read), and `UNKNOWN_KPI` for a `kpiIds` entry naming no KPI given
 * (only when `kpis` is given).
 *
 * Warnings, in the order of the document (items by index, fields in the order the document
 * writes them, an entry before what lies inside it): `UNKNOWN_KEY` (a field the model does not know, kept as it is; with
 * the known name it probably stands for), `DATED_AFTER_AS_OF` (with `options.asOf`: a check-in,
 * a measurement, a `doneAt` dated after it), then `CHECK_IN_OUTSIDE_CYCLE` (a check-in dated
 * outside its objective's cycle, whatever `asOf` says).
 *
 * @param input - A program `{ objectives, kpis? }` as a goal tool exports it, or anything.
 * @param options - `strict: true` makes fields the model does not know issues (`UNKNOWN_KEY`)
 *   instead of warnings; `asOf` (a day) warns about entries dated after it.
 * @returns `{ objectives, kpis, warnings }`: the objectives and KPIs as `parseObjective` and
 *   `parseKpi` return them (`kpis` `[]` when not given), fields of the root the model does not
 *   know kept too (one named `warnings` gives way to the warnings); frozen.
 * @throws {OkrValidationError} `INVALID_INPUT`, listing every issue with its code, path and id;
 *   `INVALID_TYPE` or `INVALID_DATE` at `["options", …]` for bad options.
 *
 * @example
 * ```ts
 * const { objectives, warnings } = parseProgram({
 *   objectives: [
 *     {
 *       id: "support",
 *       title: "Delight customers",
 *       keyResults: [{ id: "csat", title: "CSAT 85 → 95", kind: "metric", start: 85, target: 95, currrent: 90 }],
 *     },
 *   ],
 * });
 * objectives[0].keyResults[0].currrent;
 * //=> 90
 * warnings;
 * //=> [{ code: "UNKNOWN_KEY", path: ["objectives", 0, "keyResults", 0, "currrent"], message: 'Unknown field "currrent" (did you mean "current"?)', id: "csat" }]
 * ```
 */
export function parseProgram(input: unknown, options?: ParseProgramOptions): ParsedProgram {
	const result = safeParseProgram(input, options);
	if (result.success) return result.data;
	throw result.error;
}
