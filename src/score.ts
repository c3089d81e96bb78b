/**
 * `okr-kit/score`: the scoring functions over plain, already-typed data, without zod, so a browser
 * that only scores stays small. Everything here is also exported from the package root.
 *
 * @module
 */

// Cascades: validation, roll-ups, incremental updates, explanations, alignment.
export type { AlignmentReport, AlignmentReportOptions } from "./cascade/alignmentReport.js";
export { alignmentReport } from "./cascade/alignmentReport.js";
export type {
	CreateRollUpOptions,
	IncrementalRollUp,
	KeyResultPatch,
} from "./cascade/createRollUp.js";
export { createRollUp } from "./cascade/createRollUp.js";
export type {
	ExplainOptions,
	Explanation,
	ExplanationTerm,
	ScoredExplanation,
	UnscoredExplanation,
} from "./cascade/explain.js";
export { explain } from "./cascade/explain.js";
export type { CascadeIssue, CascadeIssueCode } from "./cascade/graph.js";
export type { RollUpOptions } from "./cascade/rollUp.js";
export { rollUp } from "./cascade/rollUp.js";
export type {
	PartialOption,
	RollUpIssue,
	RollUpScore,
	ScoredRollUpEntry,
	UnscoredRollUpEntry,
} from "./cascade/types.js";
export type { ValidateCascadeOptions } from "./cascade/validateCascade.js";
export { validateCascade } from "./cascade/validateCascade.js";
export { cycle } from "./cycles/cycle.js";
export { parseCycle } from "./cycles/parseCycle.js";
export type { IssueCode, OkrErrorCode, OkrIssue, Path, PathKey } from "./errors/index.js";
export { OkrError, OkrValidationError } from "./errors/index.js";
export type { AspirationalOutcome, Color, CommittedOutcome } from "./grading/core.js";
export type { CycleSummaryOptions, CycleSummaryRow } from "./grading/cycleSummary.js";
export { cycleSummary } from "./grading/cycleSummary.js";
export type { Grade, GradeOptions } from "./grading/grade.js";
export { grade } from "./grading/grade.js";
export type { GradeObjectiveOptions, ObjectiveGrade } from "./grading/gradeObjective.js";
export { gradeObjective } from "./grading/gradeObjective.js";
// Program health.
export type {
	HealthAim,
	HealthFigure,
	ProgramHealth,
	ProgramHealthOptions,
} from "./health/programHealth.js";
export { programHealth } from "./health/programHealth.js";
// KPIs: traffic-light status, staleness, trends, status history.
export type { KpiColor, KpiStatus, KpiStatusColor, KpiStatusOptions } from "./kpi/kpiStatus.js";
export { kpiStatus } from "./kpi/kpiStatus.js";
export type { KpiStatusHistoryOptions, KpiStatusPoint } from "./kpi/kpiStatusHistory.js";
export { kpiStatusHistory } from "./kpi/kpiStatusHistory.js";
export type { KpiTrend, KpiTrendOptions } from "./kpi/kpiTrend.js";
export { kpiTrend } from "./kpi/kpiTrend.js";
// Best-practice lint.
export type { LintCode, LintFinding, LintSeverity } from "./lint/codes.js";
export { LINT_CODES, lintSeverity } from "./lint/codes.js";
export type { LintOptions } from "./lint/lint.js";
export { lint } from "./lint/lint.js";
export type {
	Cadence,
	CheckIn,
	ChecklistItem,
	ChecklistKeyResult,
	Closing,
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
// Pace, forecasts and check-in compliance.
export type {
	CheckInCompliance,
	CheckInComplianceOptions,
	KeyResultCompliance,
} from "./pace/checkInCompliance.js";
export { checkInCompliance } from "./pace/checkInCompliance.js";
export type { ExpectedProgressOptions } from "./pace/expectedProgress.js";
export { expectedProgress } from "./pace/expectedProgress.js";
export type { Forecast, ForecastOptions } from "./pace/forecast.js";
export { forecast } from "./pace/forecast.js";
export type { PaceState, PaceStatus, PaceStatusOptions } from "./pace/paceStatus.js";
export { paceStatus } from "./pace/paceStatus.js";
export type { RequiredPace, RequiredPaceOptions } from "./pace/requiredPace.js";
export { requiredPace } from "./pace/requiredPace.js";
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
// The OKR ⇄ KPI cycle.
export type {
	DraftKeyResult,
	DraftObjective,
	OkrFromKpiOptions,
} from "./promotion/okrFromKpi.js";
export { okrFromKpi } from "./promotion/okrFromKpi.js";
export type {
	PromotedKpi,
	PromotedMeasurement,
	PromoteToKpiOptions,
} from "./promotion/promoteToKpi.js";
export { promoteToKpi } from "./promotion/promoteToKpi.js";
// Confidence and risk.
export type { Confidence, ConfidenceOfOptions } from "./risk/confidenceOf.js";
export { confidenceOf } from "./risk/confidenceOf.js";
export type { Risk, RiskCode, RiskLevel, RiskOfOptions, RiskReason } from "./risk/riskOf.js";
export { RISK_CODES, riskOf } from "./risk/riskOf.js";
// Cycles: quarters, halves, years, months, fiscal years.
export type { CalendarCycle, LabeledCycle } from "./time/calendarCycle.js";
export type { CycleContainingOptions, CycleUnit } from "./time/cycleContaining.js";
export { cycleContaining } from "./time/cycleContaining.js";
export type { FiscalYearOptions } from "./time/fiscal.js";
export { fiscalQuarter } from "./time/fiscalQuarter.js";
export { fiscalYear } from "./time/fiscalYear.js";
export { half } from "./time/half.js";
export { month } from "./time/month.js";
export { quarter } from "./time/quarter.js";
export { year } from "./time/year.js";
export type { TimeZoneOptions } from "./time/zone.js";
