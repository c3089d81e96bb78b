/**
 * The scoring policy: every rule's numbers in one serializable object. Plain data, no zod, so the
 * zod-free `okr-kit/score` entry can use it.
 *
 * @module
 */
import type { InputOf } from "../kinds/fields.js";
import type { kpiThresholds } from "../kinds/kpi.js";
import type { NumberInput } from "../numeric/index.js";

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

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === "object") {
		for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
		Object.freeze(value);
	}
	return value;
}

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
export const defaultPolicy: ScoringPolicy = deepFreeze({
	progress: { floor: 0, cap: 1 },
	grading: {
		decimals: 1,
		bands: { yellow: 0.4, green: 0.7 },
		aspirational: { partialFrom: 0.4, sweetSpotFrom: 0.6, sweetSpotTo: 0.7, successFrom: 0.6 },
		committed: { successFrom: 1 },
	},
	pace: {
		expectedFinal: { committed: 1, aspirational: 0.7 },
		onTrackGap: 0.1,
		atRiskGap: 0.25,
		phases: [],
	},
	kpi: {
		thresholds: { mode: "relative", green: 0, yellow: 0.1 },
		staleAfter: {
			daily: { days: 1 },
			weekly: { days: 7 },
			monthly: { months: 1 },
			quarterly: { months: 3 },
		},
		confirmations: 1,
	},
	rollup: { source: "keyResults", rootLevels: ["company"] },
	lint: {
		maxObjectivesPerOwner: 5,
		minKeyResults: 2,
		maxKeyResults: 5,
		kpiInDisguiseMove: 0.05,
		maxKpisPerOwner: 15,
		staleKpiMonths: 6,
		notAmbitiousCycles: 3,
	},
	health: {
		achievementRate: { min: 0.6, max: 0.7 },
		checkInCompliance: { min: 0.75, max: null },
		kpisOnTime: { min: 0.9, max: null },
		connectedShare: { min: 0.9, max: null },
	},
	confidence: { red: 3, yellow: 7 },
	risk: { checkInDays: 14 },
} satisfies ScoringPolicy);
