/**
 * The scoring policy: every rule's numbers in one serializable object. Plain data, no zod, so the
 * zod-free `okr-kit/score` entry can use it.
 *
 * @module
 */
import {
	type AnyFields,
	byDefault,
	count,
	decimals,
	describe,
	type InputOf,
	list,
	nullable,
	number,
	oneKey,
	oneOf,
	type ParsedOf,
	type ReadOf,
	record,
	strings,
} from "../kinds/fields.js";
import { kpiThresholds } from "../kinds/kpi.js";
import type { NumberInput } from "../numeric/index.js";
import { mergeRecord } from "./merge.js";

/** How fast a KPI's latest measurement goes stale: after so many days, or calendar months. */
export type StaleAfter = { readonly days: number } | { readonly months: number };

/**
 * KPI threshold limits on the shortfall: in the KPI's unit (`absolute`) or as a share of
 * `|target|` (`relative`). Green while the shortfall is at most `green`, yellow while at most
 * `yellow`, red beyond. The same type a KPI's own `thresholds` has.
 */
export interface KpiThresholds extends InputOf<typeof kpiThresholds> {}

/** One point of a phased pace curve: by `at` (share of the cycle elapsed), `expected` is expected. */
export interface PacePhase {
	readonly at: NumberInput;
	readonly expected: NumberInput;
}

/** The places a roll-up can take an objective's score from (docs/scoring.md, "Cascades and roll-ups"). */
export const ROLLUP_SOURCES = ["keyResults", "children", "both"] as const;

/** Where a roll-up takes an objective's score from: `"keyResults"`, `"children"` or `"both"`. */
export type RollUpSource = (typeof ROLLUP_SOURCES)[number];

/**
 * A minimum and optional maximum that a program-health figure should fall within: numbers or
 * decimal strings in a policy, numbers in a health figure (`Aim<number>`).
 */
export interface Aim<N extends NumberInput = NumberInput> {
	readonly min: N;
	/** No maximum: absent, or `null` in a policy. */
	readonly max?: N | ([N] extends [number] ? never : null) | undefined;
}

/** Every default rule of okr-kit as data. See {@link defaultPolicy} for the values. */
export interface ScoringPolicy {
	readonly progress: {
		/** Lowest progress a key result can report (default `0`). */
		readonly floor: NumberInput;
		/** Highest progress a key result can report (default `1`); `null` removes the cap. */
		readonly cap: NumberInput | null;
	};
	readonly grading: {
		/** Decimal places of a grade (default `1`: 0.0–1.0). */
		readonly decimals: number;
		/** Colour of a rounded grade: red below `yellow`, yellow below `green`, else green. */
		readonly bands: { readonly yellow: NumberInput; readonly green: NumberInput };
		/** Outcome of an aspirational (stretch) objective by its rounded grade. */
		readonly aspirational: {
			/** `"missed"` below this, `"partial"` from it (default `0.4`). */
			readonly partialFrom: NumberInput;
			/** `"sweetSpot"` from this (default `0.6`)… */
			readonly sweetSpotFrom: NumberInput;
			/** …up to and including this (default `0.7`); `"exceeded"` above. */
			readonly sweetSpotTo: NumberInput;
			/** Success from this rounded grade (default `0.6`). */
			readonly successFrom: NumberInput;
		};
		/** A committed objective succeeds only when its unrounded score reaches this (default `1`). */
		readonly committed: { readonly successFrom: NumberInput };
	};
	readonly pace: {
		/** The final score each type of objective is expected to reach. */
		readonly expectedFinal: { readonly committed: NumberInput; readonly aspirational: NumberInput };
		/** `"onTrack"` while `expected − progress` is at most this (default `0.10`). */
		readonly onTrackGap: NumberInput;
		/** `"atRisk"` while the gap is at most this (default `0.25`); `"offTrack"` beyond. */
		readonly atRiskGap: NumberInput;
		/** Phased pace: points `{ at, expected }` between (0, 0) and (1, 1); empty means linear. */
		readonly phases: readonly PacePhase[];
	};
	readonly kpi: {
		/** Thresholds of a KPI that has none of its own. */
		readonly thresholds: KpiThresholds;
		/** When a KPI's latest measurement is stale, by cadence. */
		readonly staleAfter: {
			readonly daily: StaleAfter;
			readonly weekly: StaleAfter;
			readonly monthly: StaleAfter;
			readonly quarterly: StaleAfter;
		};
		/** Consecutive readings in a new band before a status history changes colour (default `1`). */
		readonly confirmations: number;
	};
	readonly rollup: {
		/** Where an objective's score comes from in a cascade (default `"keyResults"`). */
		readonly source: RollUpSource;
		/** Levels whose objectives are roots of alignment (default `["company"]`). */
		readonly rootLevels: readonly string[];
	};
	readonly lint: {
		readonly maxObjectivesPerOwner: number;
		readonly minKeyResults: number;
		readonly maxKeyResults: number;
		/** A metric key result moving its value by less than this share of its start is a KPI in disguise. */
		readonly kpiInDisguiseMove: NumberInput;
		readonly maxKpisPerOwner: number;
		readonly staleKpiMonths: number;
		readonly notAmbitiousCycles: number;
	};
	readonly health: {
		readonly achievementRate: Aim;
		readonly checkInCompliance: Aim;
		readonly kpisOnTime: Aim;
		readonly connectedShare: Aim;
	};
	/** Colours of a check-in's confidence, from 0 to 10 (docs/cycle.md, "Confidence"). */
	readonly confidence: {
		/** Red up to and including this (default `3`). */
		readonly red: NumberInput;
		/** Yellow above `red` up to and including this (default `7`); green above. */
		readonly yellow: NumberInput;
	};
	/** When an objective is at risk (docs/cycle.md, "Risk"). */
	readonly risk: {
		/**
		 * A key result that takes values is silent without a check-in in this many days up to and
		 * including the day asked (default `14`; at least `1`).
		 */
		readonly checkInDays: number;
	};
}

/** A policy written as a partial: any subset of fields, deep-merged over {@link defaultPolicy}. */
export type PolicyInput = DeepPartial<ScoringPolicy>;

/** Every field optional, recursively (arrays are replaced whole, not merged). */
export type DeepPartial<T> = T extends readonly unknown[]
	? T
	: T extends object
		? { readonly [K in keyof T]?: DeepPartial<T[K]> | undefined }
		: T;

const n = (written: NumberInput) => byDefault(number(), written);
const whole = (written: number) => byDefault(count(), written);
const span = (written: StaleAfter) => byDefault(oneKey(["days", "months"]), written);
/** A section of the policy: its unknown fields are "fields the policy has not". */
const section = <F extends AnyFields>(fields: F) => record(describe("the policy", fields));
const aim = (min: number, max: number | null) =>
	section({ min: n(min), max: byDefault(nullable(number()), max) });
const phase = describe("a phase", { at: number(), expected: number() });

/**
 * The scoring policy described once, each field with its default: the defaults, the merge of a
 * partial over them (`policy/merge.ts`), the zod schema and the JSON Schema all come from it.
 * A KPI's thresholds are the model's own description, merged over the defaults given here.
 */
export const policyDescription = describe("the policy", {
	progress: section({ floor: n(0), cap: byDefault(nullable(number()), 1) }),
	grading: section({
		decimals: byDefault(decimals(), 1),
		bands: section({ yellow: n(0.4), green: n(0.7) }),
		aspirational: section({
			partialFrom: n(0.4),
			sweetSpotFrom: n(0.6),
			sweetSpotTo: n(0.7),
			successFrom: n(0.6),
		}),
		committed: section({ successFrom: n(1) }),
	}),
	pace: section({
		expectedFinal: section({ committed: n(1), aspirational: n(0.7) }),
		onTrackGap: n(0.1),
		atRiskGap: n(0.25),
		phases: byDefault(list(phase, undefined, "an array of { at, expected } points"), []),
	}),
	kpi: section({
		thresholds: byDefault(record(kpiThresholds), { mode: "relative", green: 0, yellow: 0.1 }),
		staleAfter: section({
			daily: span({ days: 1 }),
			weekly: span({ days: 7 }),
			monthly: span({ months: 1 }),
			quarterly: span({ months: 3 }),
		}),
		confirmations: whole(1),
	}),
	rollup: section({
		source: byDefault(oneOf(ROLLUP_SOURCES), "keyResults"),
		rootLevels: byDefault(strings(), ["company"]),
	}),
	lint: section({
		maxObjectivesPerOwner: whole(5),
		minKeyResults: whole(2),
		maxKeyResults: whole(5),
		kpiInDisguiseMove: n(0.05),
		maxKpisPerOwner: whole(15),
		staleKpiMonths: whole(6),
		notAmbitiousCycles: whole(3),
	}),
	health: section({
		achievementRate: aim(0.6, 0.7),
		checkInCompliance: aim(0.75, null),
		kpisOnTime: aim(0.9, null),
		connectedShare: aim(0.9, null),
	}),
	confidence: section({ red: n(3), yellow: n(7) }),
	risk: section({ checkInDays: whole(14) }),
});

/** The policy as computations read it: its numbers exact. */
export type PolicyRead = ReadOf<typeof policyDescription>;

/** The defaults of the policy and, read, their numbers. */
const [written, read] = mergeRecord(policyDescription, undefined, [], { issues: [], rules: [] });

/**
 * The default rules: Google-style grading with the 60–70% stretch rule, progress clamped to
 * `[0, 1]`, the pace gaps of docs/scoring.md, KPI traffic lights and best-practice limits. Deeply
 * frozen.
 *
 * @example
 * ```ts
 * defaultPolicy.grading.bands;
 * //=> { yellow: 0.4, green: 0.7 }
 * ```
 */
export const defaultPolicy: ScoringPolicy = written as ScoringPolicy;

/** The default policy read: its numbers exact. */
export const defaultRead: PolicyRead = read as PolicyRead;

/**
 * `true`: what the description merges is a {@link ScoringPolicy} (a compile-time check, so the
 * documented type and the description cannot drift apart).
 *
 * @internal
 */
export type DescriptionMergesAPolicy = Assert<
	ParsedOf<typeof policyDescription> extends ScoringPolicy ? true : false
>;
type Assert<T extends true> = T;
