/**
 * okr-kit: exact, explicit OKR and KPI computations.
 *
 * The package root exports everything: the zod model (schemas, parsing, JSON Schemas, policies)
 * and every computation. `okr-kit/score` exports the computations alone, without zod.
 *
 * @module
 */

export type { WarningCode } from "./errors/index.js";
// The zod model: schemas, parsing, policies, JSON Schemas.
export type { JsonSchema, JsonSchemas } from "./model/jsonSchemas.js";
export { jsonSchemas } from "./model/jsonSchemas.js";
export type { ParseOptions, SafeParseResult } from "./model/parse.js";
export {
	parseKeyResult,
	parseKpi,
	parseObjective,
	safeParseKeyResult,
	safeParseKpi,
	safeParseObjective,
} from "./model/parse.js";
export { definePolicy } from "./model/policy.js";
export type {
	DeepReadonly,
	ParsedCycle,
	ParsedKeyResult,
	ParsedKpi,
	ParsedObjective,
} from "./model/schemas.js";
export {
	CheckInSchema,
	ChecklistItemSchema,
	ChecklistKeyResultSchema,
	CycleSchema,
	KeyResultSchema,
	KpiSchema,
	KpiThresholdsSchema,
	MeasurementSchema,
	MetricKeyResultSchema,
	MilestoneKeyResultSchema,
	ObjectiveSchema,
	RangeKeyResultSchema,
	ScoringPolicySchema,
	ThresholdKeyResultSchema,
} from "./model/schemas.js";
export type {
	ParsedProgram,
	ParseProgramOptions,
	ProgramInput,
	ProgramWarning,
} from "./program/parseProgram.js";
export { parseProgram, safeParseProgram } from "./program/parseProgram.js";
export * from "./score.js";
