/**
 * `okr-kit/score`: the scoring functions over plain, already-typed data, without zod, so a browser
 * that only scores stays small. Everything here is also exported from the package root.
 *
 * @module
 */

export type { IssueCode, OkrErrorCode, OkrIssue, Path, PathKey } from "./errors/index.js";
export { OkrError, OkrValidationError } from "./errors/index.js";
export type { AspirationalOutcome, Color, CommittedOutcome } from "./grading/core.js";
export type { Grade, GradeOptions } from "./grading/grade.js";
export { grade } from "./grading/grade.js";
export type { GradeObjectiveOptions, ObjectiveGrade } from "./grading/gradeObjective.js";
export { gradeObjective } from "./grading/gradeObjective.js";
// KPIs (SPEC §6): traffic-light status, staleness, trends, status history.
export type { KpiColor, KpiStatus, KpiStatusColor, KpiStatusOptions } from "./kpi/kpiStatus.js";
export { kpiStatus } from "./kpi/kpiStatus.js";
export type { KpiStatusHistoryOptions, KpiStatusPoint } from "./kpi/kpiStatusHistory.js";
export { kpiStatusHistory } from "./kpi/kpiStatusHistory.js";
export type { KpiTrend, KpiTrendOptions } from "./kpi/kpiTrend.js";
export { kpiTrend } from "./kpi/kpiTrend.js";
export type {
	Cadence,
	CheckIn,
	ChecklistItem,
	ChecklistKeyResult,
	Cycle,
	DateInput,
	KeyResult,
	KeyResultBase,
	KeyResultKind,
	Kpi,
	KpiDirection,
	KpiOrigin,
	KpiThresholdsInput,
	Measurement,
	MetricKeyResult,
	MilestoneKeyResult,
	NumberInput,
	Objective,
	ObjectiveType,
	RangeKeyResult,
	ThresholdKeyResult,
} from "./model/types.js";
export type {
	Aim,
	DeepPartial,
	KpiThresholds,
	PacePhase,
	PolicyInput,
	RollUpSource,
	ScoringPolicy,
	StaleAfter,
} from "./policy/defaults.js";
export { defaultPolicy } from "./policy/defaults.js";
export type { PolicyOptions } from "./policy/resolve.js";
export type { KeyResultProgressOptions } from "./progress/keyResultProgress.js";
export { keyResultProgress } from "./progress/keyResultProgress.js";
export type { ObjectiveProgressOptions } from "./progress/objectiveProgress.js";
export { objectiveProgress } from "./progress/objectiveProgress.js";
export type { ProgressAtOptions } from "./progress/progressAt.js";
export { progressAt } from "./progress/progressAt.js";
