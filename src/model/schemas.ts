/**
 * The zod schemas of the model. Each describes what a caller writes (the hand-written types in
 * `types.ts`; a type test keeps them in step) and parses it to plain, frozen data with defaults
 * filled in and every date as a `"YYYY-MM-DD"` string. Numbers keep the type they came in with.
 * Cross-field rules are the shared ones of `src/rules`, which the zod-free readers call too.
 *
 * They are `zod/mini` schemas (zod 4's functional API: `z.optional(s)`, not `s.optional()`), which
 * cost about half of classic zod in a bundle. They give the values and issues the classic ones
 * gave, and compose with both (see docs/embedding.md, "The zod schemas").
 *
 * @module
 */
import * as z from "zod/mini";
import { type Exact, isNumberInput } from "../numeric/index.js";
import {
	emptyChecklist,
	endBeforeStart,
	lowAboveHigh,
	relativeToZeroTarget,
	startEqualsTarget,
	thresholdsOutOfOrder,
} from "../rules/index.js";
import { type Day, isDateInput } from "../time/day.js";
import {
	dateInput,
	dayOfInput,
	dayString,
	exactOf,
	frozen,
	idSchema,
	isRecord,
	list,
	nonNegativeInput,
	numberInput,
	ON_OBJECTS,
	report,
	textSchema,
} from "./leaves.js";

export { ScoringPolicySchema } from "./policySchema.js";

type Fields = Readonly<Record<string, unknown>>;

/** The day of a date field, or `null` when the field failed (its own issue is reported). */
function dayOf(value: unknown): Day | null {
	return isDateInput(value) ? dayOfInput(value) : null;
}

/**
 * The exact values of two number fields, or `null` when either failed (a field that failed has
 * its own issue, and its value is then the caller's, unchecked).
 */
function pairOf(value: unknown, a: string, b: string): readonly [Exact, Exact] | null {
	const fields = value as Fields;
	const x = fields[a];
	const y = fields[b];
	return isNumberInput(x) && isNumberInput(y) ? [exactOf(x), exactOf(y)] : null;
}

/**
 * A cycle: `{ start, end, label? }`, both days included, `end >= start` (`END_BEFORE_START` at
 * `["end"]`). Dates are `"YYYY-MM-DD"` strings or `Date`s (read as their UTC date) and parse to
 * `"YYYY-MM-DD"` strings.
 *
 * @example
 * ```ts
 * CycleSchema.parse({ start: new Date("2025-07-01T00:00:00Z"), end: "2025-09-30", label: "2025-Q3" });
 * //=> { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" }
 * CycleSchema.safeParse({ start: "2025-09-30", end: "2025-07-01" }).success;
 * //=> false
 * ```
 */
export const CycleSchema = frozen(
	z
		.object({
			start: dateInput,
			end: dateInput,
			label: z.optional(z.string()),
		})
		.check(
			z.superRefine((value, ctx) => {
				const fields = value as Fields;
				const start = dayOf(fields["start"]);
				const end = dayOf(fields["end"]);
				if (start !== null && end !== null) {
					report(ctx.issues, value, endBeforeStart(start, end, ["end"]));
				}
			}, ON_OBJECTS),
		),
);

/**
 * A check-in: the value of a key result on a date, with the owner's optional confidence.
 *
 * @example
 * ```ts
 * CheckInSchema.parse({ at: "2025-08-01", value: "12.5", confidence: 0.7 });
 * //=> { at: "2025-08-01", value: "12.5", confidence: 0.7 }
 * ```
 */
export const CheckInSchema = frozen(
	z.object({
		at: dateInput,
		value: numberInput,
		confidence: z.optional(numberInput),
	}),
);

/**
 * A measurement: the value of a KPI on a date.
 *
 * @example
 * ```ts
 * MeasurementSchema.parse({ at: new Date("2025-08-01T23:30:00Z"), value: 99.2 });
 * //=> { at: "2025-08-01", value: 99.2 }
 * ```
 */
export const MeasurementSchema = frozen(
	z.object({
		at: dateInput,
		value: numberInput,
	}),
);

/**
 * Fields every kind of key result has. Arrays default with `prefault([])`: the `[]` is parsed like
 * an input, and JSON Schema (written for inputs) keeps it as the default, which zod omits for a
 * `default` over a schema that transforms (here, dates).
 */
const keyResultFields = {
	id: idSchema,
	title: textSchema,
	weight: z._default(nonNegativeInput, 1),
	owner: z.optional(z.string()),
	unit: z.optional(z.string()),
	checkIns: z.prefault(list(z.array(CheckInSchema)), []),
};

const scoring = z._default(z.enum(["latest", "checkIns"]), "latest");

/**
 * A metric key result: a number moving from `start` to `target` (`start == target`:
 * `START_EQUALS_TARGET` at `["target"]`, whose message points to the `threshold` kind).
 *
 * @example
 * ```ts
 * MetricKeyResultSchema.parse({ id: "kr", title: "MRR", kind: "metric", start: 0, target: "15000" });
 * //=> { id: "kr", title: "MRR", kind: "metric", start: 0, target: "15000", weight: 1, checkIns: [] }
 * ```
 */
export const MetricKeyResultSchema = frozen(
	z
		.object({
			...keyResultFields,
			kind: z.literal("metric"),
			start: numberInput,
			target: numberInput,
			current: z.optional(numberInput),
		})
		.check(
			z.superRefine((value, ctx) => {
				const pair = pairOf(value, "start", "target");
				if (pair !== null) {
					report(ctx.issues, value, startEqualsTarget(pair[0], pair[1], ["target"]));
				}
			}, ON_OBJECTS),
		),
);

/**
 * A threshold key result: a value that must stay at least (or at most) `threshold`, inclusive.
 * `scoring` defaults to `"latest"`.
 *
 * @example
 * ```ts
 * ThresholdKeyResultSchema.parse({ id: "kr", title: "Uptime", kind: "threshold", direction: "atLeast", threshold: 99.9 });
 * //=> { id: "kr", title: "Uptime", kind: "threshold", direction: "atLeast", threshold: 99.9, scoring: "latest", weight: 1, checkIns: [] }
 * ```
 */
export const ThresholdKeyResultSchema = frozen(
	z.object({
		...keyResultFields,
		kind: z.literal("threshold"),
		direction: z.enum(["atLeast", "atMost"]),
		threshold: numberInput,
		current: z.optional(numberInput),
		scoring,
	}),
);

/**
 * A range key result: a value that must stay within `[low, high]` (`low > high`:
 * `LOW_ABOVE_HIGH` at `["high"]`). `scoring` defaults to `"latest"`.
 *
 * @example
 * ```ts
 * RangeKeyResultSchema.safeParse({ id: "kr", title: "NPS", kind: "range", low: 50, high: 40 }).success;
 * //=> false
 * ```
 */
export const RangeKeyResultSchema = frozen(
	z
		.object({
			...keyResultFields,
			kind: z.literal("range"),
			low: numberInput,
			high: numberInput,
			current: z.optional(numberInput),
			scoring,
		})
		.check(
			z.superRefine((value, ctx) => {
				const pair = pairOf(value, "low", "high");
				if (pair !== null) {
					report(ctx.issues, value, lowAboveHigh(pair[0], pair[1], ["high"]));
				}
			}, ON_OBJECTS),
		),
);

/**
 * A milestone key result: done or not done.
 *
 * @example
 * ```ts
 * MilestoneKeyResultSchema.parse({ id: "kr", title: "Launch", kind: "milestone", done: true });
 * //=> { id: "kr", title: "Launch", kind: "milestone", done: true, weight: 1, checkIns: [] }
 * ```
 */
export const MilestoneKeyResultSchema = frozen(
	z.object({
		...keyResultFields,
		kind: z.literal("milestone"),
		done: z.boolean(),
	}),
);

/**
 * One item of a checklist key result; `weight` defaults to `1`.
 *
 * @example
 * ```ts
 * ChecklistItemSchema.parse({ title: "Write the spec", done: false });
 * //=> { title: "Write the spec", done: false, weight: 1 }
 * ```
 */
export const ChecklistItemSchema = frozen(
	z.object({
		title: textSchema,
		done: z.boolean(),
		weight: z._default(nonNegativeInput, 1),
	}),
);

/**
 * A checklist key result: weighted items, at least one (`EMPTY_CHECKLIST` at `["items"]`).
 *
 * @example
 * ```ts
 * ChecklistKeyResultSchema.safeParse({ id: "kr", title: "Hiring", kind: "checklist", items: [] }).success;
 * //=> false
 * ```
 */
export const ChecklistKeyResultSchema = frozen(
	z.object({
		...keyResultFields,
		kind: z.literal("checklist"),
		items: list(
			z.array(ChecklistItemSchema).check(
				z.superRefine((items, ctx) => {
					report(ctx.issues, items, emptyChecklist(items.length, []));
				}),
			),
		),
	}),
);

/**
 * A key result of any kind, discriminated on `kind` (`"metric"`, `"threshold"`, `"range"`,
 * `"milestone"`, `"checklist"`).
 *
 * @example
 * ```ts
 * KeyResultSchema.parse({ id: "kr", title: "Ship v2", kind: "milestone", done: false }).weight;
 * //=> 1
 * ```
 */
export const KeyResultSchema = z.discriminatedUnion("kind", [
	MetricKeyResultSchema,
	ThresholdKeyResultSchema,
	RangeKeyResultSchema,
	MilestoneKeyResultSchema,
	ChecklistKeyResultSchema,
]);

/**
 * An objective: `type` defaults to `"aspirational"`, `keyResults` and `kpiIds` to `[]`,
 * `contribution` (its weight in the parent's roll-up) to `1`. A negative contribution parses: a
 * cascade check reports it (`NEGATIVE_CONTRIBUTION`), as the computations do.
 *
 * @example
 * ```ts
 * ObjectiveSchema.parse({ id: "o1", title: "Delight customers" });
 * //=> { id: "o1", title: "Delight customers", type: "aspirational", keyResults: [], contribution: 1, kpiIds: [] }
 * ```
 */
export const ObjectiveSchema = frozen(
	z.object({
		id: idSchema,
		title: textSchema,
		type: z._default(z.enum(["aspirational", "committed"]), "aspirational"),
		keyResults: z.prefault(list(z.array(KeyResultSchema)), []),
		cycle: z.optional(CycleSchema),
		owner: z.optional(z.string()),
		level: z.optional(z.string()),
		parentId: z.optional(z.nullable(idSchema)),
		contribution: z._default(numberInput, 1),
		kpiIds: z.prefault(list(z.array(idSchema)), []),
	}),
);

/**
 * A KPI's traffic-light limits on the shortfall, `0 <= green <= yellow` (`NEGATIVE` at
 * `["green"]`, else `THRESHOLDS_OUT_OF_ORDER`), in the KPI's unit (`"absolute"`) or as a share of
 * `|target|` (`"relative"`).
 *
 * @example
 * ```ts
 * KpiThresholdsSchema.safeParse({ mode: "absolute", green: 5, yellow: 2 }).success;
 * //=> false
 * ```
 */
export const KpiThresholdsSchema = frozen(
	z
		.object({
			mode: z.enum(["absolute", "relative"]),
			green: numberInput,
			yellow: numberInput,
		})
		.check(
			z.superRefine((value, ctx) => {
				const pair = pairOf(value, "green", "yellow");
				if (pair !== null) {
					report(ctx.issues, value, thresholdsOutOfOrder(pair[0], pair[1], []));
				}
			}, ON_OBJECTS),
		),
);

const KpiOriginSchema = frozen(
	z.object({
		objectiveId: idSchema,
		keyResultId: idSchema,
		promotedAt: z.nullable(dayString),
	}),
);

/**
 * A KPI: a gauge with a target, measured over time; `measurements` default to `[]`. Relative
 * thresholds on a target of 0 are `RELATIVE_TO_ZERO_TARGET` at `["thresholds", "mode"]`.
 *
 * @example
 * ```ts
 * KpiSchema.parse({ id: "uptime", name: "Uptime", direction: "higherIsBetter", target: "99.9" });
 * //=> { id: "uptime", name: "Uptime", direction: "higherIsBetter", target: "99.9", measurements: [] }
 * ```
 */
export const KpiSchema = frozen(
	z
		.object({
			id: idSchema,
			name: z.string(),
			unit: z.optional(z.string()),
			direction: z.enum(["higherIsBetter", "lowerIsBetter", "onTarget"]),
			target: numberInput,
			thresholds: z.optional(KpiThresholdsSchema),
			cadence: z.optional(z.enum(["daily", "weekly", "monthly", "quarterly"])),
			measurements: z.prefault(list(z.array(MeasurementSchema)), []),
			owner: z.optional(z.string()),
			origin: z.optional(KpiOriginSchema),
		})
		.check(
			z.superRefine((value, ctx) => {
				const fields = value as Fields;
				const thresholds = fields["thresholds"];
				const target = fields["target"];
				if (!isRecord(thresholds) || !isNumberInput(target)) return;
				// The rule compares the mode with "relative" only: a wrong mode (reported at its own
				// path) gives no issue here.
				const mode = thresholds["mode"] as string;
				report(
					ctx.issues,
					value,
					relativeToZeroTarget(mode, exactOf(target), ["thresholds", "mode"]),
				);
			}, ON_OBJECTS),
		),
);

/** `T` with every property and array readonly, all the way down (parsed values are frozen). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
	? readonly DeepReadonly<U>[]
	: T extends object
		? { readonly [K in keyof T]: DeepReadonly<T[K]> }
		: T;

/** A cycle as parsed: dates as `"YYYY-MM-DD"` strings, frozen. */
export type ParsedCycle = DeepReadonly<z.output<typeof CycleSchema>>;
/** A key result as parsed: defaults filled, dates as `"YYYY-MM-DD"` strings, frozen. */
export type ParsedKeyResult = DeepReadonly<z.output<typeof KeyResultSchema>>;
/** An objective as parsed: defaults filled, dates as `"YYYY-MM-DD"` strings, frozen. */
export type ParsedObjective = DeepReadonly<z.output<typeof ObjectiveSchema>>;
/** A KPI as parsed: defaults filled, dates as `"YYYY-MM-DD"` strings, frozen. */
export type ParsedKpi = DeepReadonly<z.output<typeof KpiSchema>>;
