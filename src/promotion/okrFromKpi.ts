import { OkrError, type Path } from "../errors/index.js";
import { readingValue, sourceNumber } from "../kinds/values.js";
import { shortfallOf } from "../kpi/core.js";
import type {
	Cycle,
	DateInput,
	Kpi,
	MetricKeyResult,
	NumberInput,
	ObjectiveType,
} from "../model/types.js";
import { cmp, describeString, type Exact, exact, fromResult, ZERO } from "../numeric/index.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";
import { asOfOption } from "../progress/options.js";
import {
	asObject,
	type Fields,
	field,
	latestReading,
	readEnum,
	readId,
	readTitle,
} from "../read/common.js";
import { readCycle } from "../read/cycle.js";
import { readKpi } from "../read/kpi.js";
import { OBJECTIVE_TYPES } from "../read/objective.js";
import { formatDay } from "../time/day.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";

/** Where options are reported: every option's path starts with `"options"`. */
const OPTIONS: Path = ["options"];

/** Options of {@link okrFromKpi}. */
export interface OkrFromKpiOptions extends PolicyOptions, TimeZoneOptions {
	/** The objective's title (required): what the team sets out to achieve. */
	readonly title: string;
	/** The objective's id (default `"<kpi.id>-okr"`). */
	readonly id?: string | undefined;
	/** Default `"aspirational"`. */
	readonly type?: ObjectiveType | undefined;
	/** The cycle the objective runs in. */
	readonly cycle?: Cycle | undefined;
	/** Where the key result should take the value (default: the KPI's target). */
	readonly target?: NumberInput | undefined;
	/** Start from the latest measurement on or before this date (default: the latest of all). */
	readonly asOf?: DateInput | undefined;
}

/** The metric key result of a drafted objective. */
export interface DraftKeyResult extends MetricKeyResult {
	readonly kind: "metric";
	readonly start: NumberInput;
	readonly target: NumberInput;
}

/** An objective drafted from a KPI: one metric key result and the KPI in `kpiIds`. */
export interface DraftObjective {
	readonly id: string;
	readonly title: string;
	readonly type: ObjectiveType;
	readonly keyResults: readonly [DraftKeyResult];
	readonly kpiIds: readonly [string];
	/** `options.cycle`, its dates written `"YYYY-MM-DD"`. */
	readonly cycle?: { readonly start: string; readonly end: string; readonly label?: string };
	/** The KPI's owner. */
	readonly owner?: string;
}

/**
 * Drafts an objective from a KPI that is off target: a red KPI sounds the alarm, and an OKR is how
 * the team moves it. The draft has one metric key result from the KPI's latest value (on or before
 * `options.asOf` when given) to its target, or to `options.target`, and lists the KPI in `kpiIds`.
 *
 * Defaults are deterministic: objective id `"<kpi.id>-okr"`, key result id `"<kpi.id>-kr"`, type
 * `"aspirational"`, key result title `"<Increase|Decrease> <name> from <start> to <target>"` (the
 * word follows the move; a capitalised first word of the name is lower-cased, so `"Uptime"` reads
 * `"uptime"` while `"NPS"` stays). The KPI's `unit` and `owner` carry over (the owner to both the
 * objective and its key result). Values keep the type they came in with: a string target stays a
 * string. The draft is a valid `Objective`.
 *
 * @param kpi - The KPI, as a plain object.
 * @param options - `title` (required), `id`, `type`, `cycle`, `target`, `asOf`, `policy`.
 * @returns A new objective; nothing passed in is changed.
 * @throws {OkrError} `NO_MEASUREMENT` when the KPI has no measurement (on or before `asOf`);
 *   `KPI_ON_TARGET` when its latest value already meets the target (shortfall <= 0) and no
 *   `options.target` is given; `START_EQUALS_TARGET` when `options.target` equals the latest value.
 * @throws {OkrValidationError} `INVALID_INPUT` for a malformed KPI or options (`REQUIRED` at
 *   `["options", "title"]` without a title; every option's path starts with `"options"`).
 *
 * @example
 * ```ts
 * const uptime = { id: "uptime", name: "Uptime", unit: "%", direction: "higherIsBetter", target: 99,
 *   measurements: [{ at: "2025-06-30", value: 50 }] } as const;
 * okrFromKpi(uptime, { title: "Create an excellent patient registration platform" });
 * //=> { id: "uptime-okr", title: "Create an excellent patient registration platform", type: "aspirational", keyResults: [{ id: "uptime-kr", title: "Increase uptime from 50 to 99", kind: "metric", start: 50, target: 99, unit: "%" }], kpiIds: ["uptime"] }
 * okrFromKpi({ id: "frt", name: "First response time", direction: "lowerIsBetter", target: "30",
 *   measurements: [{ at: "2025-06-30", value: "240" }] }, { title: "Answer fast" }).keyResults[0].title;
 * //=> "Decrease first response time from 240 to 30"
 * ```
 */
export function okrFromKpi(kpi: Kpi, options: OkrFromKpiOptions): DraftObjective {
	policyOf(options);
	const o: Fields = asObject(options, ["options"], "options { title, … }");
	const zone = zoneOption(o);
	const read = readKpi(kpi, [], zone);
	const title = readTitle(o, "title", OPTIONS);
	const id = field(o, "id") === undefined ? `${read.id}-okr` : readId(o, "id", OPTIONS);
	const type = readEnum(o, "type", OPTIONS, OBJECTIVE_TYPES, "aspirational");
	const cycleValue = field(o, "cycle");
	const cycle = cycleValue === undefined ? null : readCycle(cycleValue, ["options", "cycle"], zone);
	const asOf = asOfOption(o);
	const targetValue = field(o, "target");
	const targetExact = targetValue === undefined ? null : exact(targetValue, ["options", "target"]);

	const latest = latestReading(read.measurements, asOf);
	if (latest === null) {
		throw new OkrError(
			"NO_MEASUREMENT",
			`KPI ${describeString(read.id)} has no measurement${asOf === null ? "" : ` on or before ${formatDay(asOf)}`}: measure it before setting an OKR to move it.`,
			["measurements"],
		);
	}
	let target: NumberInput;
	let targetAt: Exact;
	if (targetExact === null) {
		if (cmp(shortfallOf(read, latest.value), ZERO) <= 0) {
			throw new OkrError(
				"KPI_ON_TARGET",
				`KPI ${describeString(read.id)} already meets its target: pass options.target to raise the bar.`,
				["target"],
			);
		}
		target = sourceNumber(read.source, "target");
		targetAt = read.target;
	} else {
		if (cmp(targetExact, latest.value) === 0) {
			throw new OkrError(
				"START_EQUALS_TARGET",
				`options.target equals the KPI's latest value: a key result must move from its start. To keep a value at a level, watch the KPI instead.`,
				["options", "target"],
			);
		}
		target = sourceNumber(o, "target");
		targetAt = targetExact;
	}
	const start = readingValue(read.source, "measurements", latest);
	// The target differs from the latest value (checked above): `cmp` gives 1 or -1.
	const verb = cmp(targetAt, latest.value) === 1 ? "Increase" : "Decrease";
	const keyResult: DraftKeyResult = {
		id: `${read.id}-kr`,
		title: `${verb} ${subjectOf(read.name)} from ${written(start)} to ${written(target)}`,
		kind: "metric",
		start,
		target,
		...(read.unit === undefined ? {} : { unit: read.unit }),
		...(read.owner === undefined ? {} : { owner: read.owner }),
	};
	return {
		id,
		title,
		type,
		keyResults: [keyResult],
		kpiIds: [read.id],
		...(cycle === null
			? {}
			: {
					cycle: {
						start: formatDay(cycle.start),
						end: formatDay(cycle.end),
						...(cycle.label === undefined ? {} : { label: cycle.label }),
					},
				}),
		...(read.owner === undefined ? {} : { owner: read.owner }),
	};
}

/** A KPI name inside a sentence: `"Uptime"` → `"uptime"`, while `"NPS"` and `"eNPS"` stay. */
function subjectOf(name: string): string {
	// A second character that changes when upper-cased is a lower-case letter: the name is written
	// with a capital only because it starts a sentence. (Lower-casing anything else is a no-op.)
	const second = name.charAt(1);
	return second !== second.toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A value in a title: a string as written, a number in plain decimal notation (never `1e+21`). */
function written(value: NumberInput): string {
	return typeof value === "string" ? value : fromResult(value).toFixed();
}
