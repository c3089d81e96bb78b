import { invalid, OkrError, type Path } from "../errors/index.js";
import { kindOf } from "../kinds/keyResult.js";
import type {
	Cadence,
	DateInput,
	Kpi,
	KpiOrigin,
	KpiThresholdsInput,
	NumberInput,
	Objective,
} from "../model/types.js";
import { cmp, describeString, exact, ONE } from "../numeric/index.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { rawProgress } from "../progress/core.js";
import { asOfOption } from "../progress/options.js";
import {
	at,
	check,
	type Fields,
	field,
	type Reading,
	readEnum,
	readId,
	readOptionalString,
} from "../read/common.js";
import type { MetricRead, RangeRead, ThresholdRead } from "../read/keyResult.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";

type ValuedRead = MetricRead | ThresholdRead | RangeRead;

import { relativeToZeroTarget } from "../kinds/kpi.js";
import { copyReadings, readingValue, sourceNumber } from "../kinds/values.js";
import { readThresholds } from "../read/kpi.js";
import { readObjective } from "../read/objective.js";
import { formatDay } from "../time/day.js";

/** Options of {@link promoteToKpi}. */
export interface PromoteToKpiOptions extends PolicyOptions, TimeZoneOptions {
	/** The KPI's id (default: the key result's id). */
	readonly id?: string | undefined;
	/** The KPI's name (default: the key result's title). */
	readonly name?: string | undefined;
	/** The day of the promotion, recorded as `origin.promotedAt` (`"YYYY-MM-DD"`). */
	readonly asOf?: DateInput | undefined;
	/**
	 * What the KPI guards: `"target"` (default) the level the key result aimed at, `"achieved"` the
	 * level it actually reached (its current value).
	 */
	readonly baseline?: "target" | "achieved" | undefined;
	/** The KPI's thresholds (default: none, so the policy's; for a range, see {@link promoteToKpi}). */
	readonly thresholds?: KpiThresholdsInput | undefined;
	/** How often the KPI will be measured. */
	readonly cadence?: Cadence | undefined;
}

/** A measurement of a promoted KPI: a former check-in, its date written `"YYYY-MM-DD"`. */
export interface PromotedMeasurement {
	readonly at: string;
	readonly value: NumberInput;
}

/** A KPI made from an achieved key result: always has its `measurements` and its `origin`. */
export interface PromotedKpi extends Kpi {
	readonly measurements: readonly PromotedMeasurement[];
	readonly origin: KpiOrigin;
}

const CADENCES = ["daily", "weekly", "monthly", "quarterly"] as const;
const BASELINES = ["target", "achieved"] as const;

/**
 * Promotes an achieved key result to a KPI that guards the new baseline: once an OKR has raised
 * performance, the key result becomes an everyday gauge that makes sure the gain sticks.
 *
 * The key result must be achieved: its unclamped progress (as it stands now) is at least 1.
 * - `target`: a metric's `target`, a threshold's `threshold`, a range's midpoint; with
 *   `baseline: "achieved"`, the current value instead (`current`, else the latest check-in's).
 * - `direction`: an increase or `atLeast` → `"higherIsBetter"`; a decrease or `atMost` →
 *   `"lowerIsBetter"`; a range → `"onTarget"`, with absolute thresholds `green` = half the range's
 *   width and `yellow` = its width (so the whole range is green). `options.thresholds` replaces
 *   these; without either, the KPI has none and the policy's defaults apply.
 * - `id` and `name` default to the key result's `id` and `title`; `unit` carries over, and `owner`
 *   is the key result's owner, else the objective's.
 * - The check-ins become `measurements` in their array order, values as given (a string stays a
 *   string), dates normalized to `"YYYY-MM-DD"` (an instant is read as its day in `options.timeZone`), `confidence`
 *   dropped. `origin` records `{ objectiveId, keyResultId, promotedAt }`, `promotedAt` being
 *   `options.asOf` as `"YYYY-MM-DD"`, else `null`.
 *
 * Values copied from the key result keep their type; a range's midpoint and widths are numbers
 * when `low` and `high` are numbers, else exact decimal strings.
 *
 * @param objective - The objective holding the key result, as a plain object.
 * @param keyResultId - The id of the key result to promote.
 * @param options - `id`, `name`, `asOf`, `baseline`, `thresholds`, `cadence`, `policy`.
 * @returns A new KPI; nothing passed in is changed.
 * @throws {OkrError} `UNKNOWN_KEY_RESULT` when the objective has no key result with that id;
 *   `NOT_PROMOTABLE` for a milestone or checklist (they have no value to guard);
 *   `KEY_RESULT_NOT_ACHIEVED` when its unclamped progress is below 1. Checked in that order.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed objective or options (issue codes such
 *   as `INVALID_ENUM`, `THRESHOLDS_OUT_OF_ORDER`, `RELATIVE_TO_ZERO_TARGET`).
 *
 * @example
 * ```ts
 * promoteToKpi({
 *   id: "registration", title: "Create an excellent patient registration platform",
 *   keyResults: [{ id: "uptime", title: "Increase uptime from 50 to 99", kind: "metric",
 *     start: 50, target: 99, unit: "%", checkIns: [{ at: "2025-09-26", value: 99.2 }] }],
 * }, "uptime", { name: "Uptime", cadence: "weekly", asOf: "2025-09-30" });
 * //=> { id: "uptime", name: "Uptime", unit: "%", direction: "higherIsBetter", target: 99, cadence: "weekly", measurements: [{ at: "2025-09-26", value: 99.2 }], origin: { objectiveId: "registration", keyResultId: "uptime", promotedAt: "2025-09-30" } }
 * promoteToKpi({ id: "ops", title: "Keep the lab warm", keyResults: [{ id: "temp",
 *   title: "Temperature 20–24 °C", kind: "range", low: 20, high: 24, current: 21 }] }, "temp");
 * //=> { id: "temp", name: "Temperature 20–24 °C", direction: "onTarget", target: 22, thresholds: { mode: "absolute", green: 2, yellow: 4 }, measurements: [], origin: { objectiveId: "ops", keyResultId: "temp", promotedAt: null } }
 * ```
 */
export function promoteToKpi(
	objective: Objective,
	keyResultId: string,
	options?: PromoteToKpiOptions,
): PromotedKpi {
	policyOf(options);
	// `policyOf` has checked that options are an object, or none (undefined or null).
	const o = (options ?? {}) as Fields;
	const read = readObjective(objective, [], zoneOption(o));
	if (typeof keyResultId !== "string") {
		throw invalid("INVALID_TYPE", ["keyResultId"], "Expected a key result id (a string).");
	}
	const optionsPath: Path = ["options"];
	const id = field(o, "id") === undefined ? undefined : readId(o, "id", optionsPath);
	const name = readOptionalString(o, "name", optionsPath);
	const asOf = asOfOption(o);
	const promotedAt = asOf === null ? null : formatDay(asOf);
	// Stryker disable next-line StringLiteral: only "achieved" changes anything; any other default means the target
	const baseline = readEnum(o, "baseline", optionsPath, BASELINES, "target");
	const cadence =
		field(o, "cadence") === undefined ? undefined : readEnum(o, "cadence", optionsPath, CADENCES);
	const thresholdsValue = field(o, "thresholds");

	const index = read.keyResults.findIndex((kr) => kr.id === keyResultId);
	const kr = read.keyResults[index];
	if (kr === undefined) {
		throw new OkrError(
			"UNKNOWN_KEY_RESULT",
			`Objective ${describeString(read.id)} has no key result with id ${describeString(keyResultId)}.`,
			["keyResultId"],
		);
	}
	const promote = kindOf(kr).promote;
	if (promote === null) {
		throw new OkrError(
			"NOT_PROMOTABLE",
			`Key result ${describeString(kr.id)} is a ${kr.kind}: it has no value a KPI could keep watching. Only metric, threshold and range key results can be promoted.`,
			kr.path,
		);
	}
	if (cmp(rawProgress(kr, null), ONE) < 0) {
		throw new OkrError(
			"KEY_RESULT_NOT_ACHIEVED",
			`Key result ${describeString(kr.id)} is not achieved yet (progress below 1): promote it once it has reached its target.`,
			kr.path,
		);
	}

	const guard = promote(
		kr as never,
		baseline === "achieved" ? achievedValue(kr as ValuedRead) : undefined,
	);
	let thresholds: KpiThresholdsInput | undefined = guard.thresholds;
	if (thresholdsValue !== undefined) {
		thresholds = thresholdsFor(thresholdsValue, guard.target, ["options", "thresholds"]);
	}
	const unit = field(kr.source, "unit") as string | undefined;
	const owner = (field(kr.source, "owner") as string | undefined) ?? read.owner;
	return {
		id: id ?? kr.id,
		name: name ?? kr.title,
		...(unit === undefined ? {} : { unit }),
		direction: guard.direction,
		target: guard.target,
		...(thresholds === undefined ? {} : { thresholds }),
		...(cadence === undefined ? {} : { cadence }),
		measurements: copyReadings(kr.source, "checkIns", kr.checkIns),
		...(owner === undefined ? {} : { owner }),
		origin: { objectiveId: read.id, keyResultId: kr.id, promotedAt },
	};
}

/**
 * The value the key result reached, as the caller wrote it: `current`, else the latest check-in's.
 * Only called for an achieved key result, which has one of them: without a value, a metric sits at
 * its start and a threshold or range holds nothing.
 */
function achievedValue(kr: ValuedRead): NumberInput {
	if (kr.current !== null) return sourceNumber(kr.source, "current");
	const last = kr.checkIns[kr.checkIns.length - 1] as Reading;
	return readingValue(kr.source, "checkIns", last);
}

/** The caller's thresholds, checked as a KPI's own would be, copied with their values as given. */
function thresholdsFor(value: unknown, target: NumberInput, path: Path): KpiThresholdsInput {
	const read = readThresholds(value, path);
	check(relativeToZeroTarget(read.mode, exact(target, path), at(path, "mode")));
	const t = value as Fields;
	return { mode: read.mode, green: sourceNumber(t, "green"), yellow: sourceNumber(t, "yellow") };
}
