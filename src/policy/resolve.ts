/**
 * Merging a partial policy over the defaults and checking it, without zod. The merge walks the
 * defaults' own keys and builds new objects, so no key of the input (not even `"__proto__"`) can
 * reach a prototype; keys the policy does not know are reported, not ignored.
 *
 * @module
 * @internal
 */
import {
	type IssueCode,
	type OkrIssue,
	OkrValidationError,
	type Path,
	type PathKey,
} from "../errors/index.js";
import { THRESHOLD_MODES } from "../kinds/kpi.js";
import {
	describeString,
	type Exact,
	exact,
	isNumberInput,
	nearestNumber,
	typeName,
} from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import { defaultPolicy, type PolicyInput, ROLLUP_SOURCES, type ScoringPolicy } from "./defaults.js";
import { type PolicyNumbers, policyRuleIssues } from "./rules.js";

/** Where a policy passed in `options` is reported: `["options", "policy", …]`. */
const OPTIONS_POLICY: Path = ["options", "policy"];

/** A policy field's kind of value (the leaves of {@link policyShape}). */
export type Leaf =
	| "number"
	| "numberOrNull"
	| "count"
	| "decimals"
	| "phases"
	| "strings"
	| "staleAfter"
	| readonly string[];
/** A level of the policy: its fields and what each holds. */
export interface Shape {
	readonly [key: string]: Leaf | Shape;
}

const aim: Shape = { min: "number", max: "numberOrNull" };

/** The policy's structure: which field holds what. Mirrors {@link ScoringPolicy}. */
export const policyShape: Shape = {
	progress: { floor: "number", cap: "numberOrNull" },
	grading: {
		decimals: "decimals",
		bands: { yellow: "number", green: "number" },
		aspirational: {
			partialFrom: "number",
			sweetSpotFrom: "number",
			sweetSpotTo: "number",
			successFrom: "number",
		},
		committed: { successFrom: "number" },
	},
	pace: {
		expectedFinal: { committed: "number", aspirational: "number" },
		onTrackGap: "number",
		atRiskGap: "number",
		// Stryker disable next-line StringLiteral: the last kind of leaf, which the check's default branch reads
		phases: "phases",
	},
	kpi: {
		thresholds: { mode: THRESHOLD_MODES, green: "number", yellow: "number" },
		staleAfter: {
			daily: "staleAfter",
			weekly: "staleAfter",
			monthly: "staleAfter",
			quarterly: "staleAfter",
		},
		confirmations: "count",
	},
	rollup: { source: ROLLUP_SOURCES, rootLevels: "strings" },
	lint: {
		maxObjectivesPerOwner: "count",
		minKeyResults: "count",
		maxKeyResults: "count",
		kpiInDisguiseMove: "number",
		maxKpisPerOwner: "count",
		staleKpiMonths: "count",
		notAmbitiousCycles: "count",
	},
	health: { achievementRate: aim, checkInCompliance: aim, kpisOnTime: aim, connectedShare: aim },
	confidence: { red: "number", yellow: "number" },
	risk: { checkInDays: "count" },
};

function merge(
	shape: Shape,
	base: Record<string, unknown>,
	override: unknown,
	path: Path,
	issues: OkrIssue[],
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (override !== undefined && !isRecord(override)) {
		issues.push(issue("INVALID_TYPE", path, `Expected an object, received ${typeName(override)}.`));
		override = undefined;
	}
	const given = override as Record<string, unknown> | undefined;
	if (given !== undefined) {
		for (const key of Object.keys(given)) {
			if (!Object.hasOwn(shape, key)) {
				issues.push(
					issue("UNKNOWN_KEY", [...path, key], `The policy has no field ${describeString(key)}.`),
				);
			}
		}
	}
	for (const key of Object.keys(shape)) {
		const spec = shape[key] as Leaf | Shape;
		const fallback = base[key];
		const value = given === undefined ? undefined : own(given, key);
		if (isShape(spec)) {
			out[key] = merge(spec, fallback as Record<string, unknown>, value, [...path, key], issues);
		} else {
			out[key] = value === undefined ? fallback : checkLeaf(spec, value, [...path, key], issues);
		}
	}
	return Object.freeze(out);
}

export function isShape(spec: Leaf | Shape): spec is Shape {
	return typeof spec === "object" && !Array.isArray(spec);
}

function issue(code: IssueCode, path: Path, message: string): OkrIssue {
	return { code, path, message };
}

/** Checks one leaf value, pushing issues at `path`; returns the value to keep (arrays copied, frozen). */
export function checkLeaf(spec: Leaf, value: unknown, path: Path, issues: OkrIssue[]): unknown {
	if (Array.isArray(spec)) {
		// `includes` matches strings only: no other value equals one of the names.
		if (spec.includes(value as string)) return value;
		issues.push(
			issue("INVALID_ENUM", path, `Expected one of ${spec.map((s) => `"${s}"`).join(", ")}.`),
		);
		return value;
	}
	switch (spec) {
		case "number":
			if (!isNumberInput(value)) issues.push(numberIssue(path, value));
			return value;
		case "numberOrNull":
			if (value !== null && !isNumberInput(value)) issues.push(numberIssue(path, value));
			return value;
		case "count":
			if (!(Number.isSafeInteger(value) && (value as number) >= 0)) {
				issues.push(issue("INVALID_NUMBER", path, "Expected a whole number, 0 or more."));
			}
			return value;
		case "decimals":
			if (!(Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 10)) {
				issues.push(
					issue("INVALID_NUMBER", path, "Expected a whole number of decimal places from 0 to 10."),
				);
			}
			return value;
		case "strings":
			// An index loop, not `every`: `every` skips the holes of a sparse array.
			if (!Array.isArray(value) || !allStrings(value)) {
				issues.push(issue("INVALID_TYPE", path, "Expected an array of strings."));
				return value;
			}
			return Object.freeze([...value]);
		case "staleAfter":
			return checkStaleAfter(value, path, issues);
		default:
			return checkPhases(value, path, issues);
	}
}

function numberIssue(path: Path, value: unknown): OkrIssue {
	return issue(
		"INVALID_NUMBER",
		path,
		`Expected a finite number or decimal string, received ${typeName(value)}.`,
	);
}

function allStrings(list: readonly unknown[]): boolean {
	for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
	return true;
}

function checkStaleAfter(value: unknown, path: Path, issues: OkrIssue[]): unknown {
	if (isRecord(value)) {
		const keys = Object.keys(value);
		const key = keys[0];
		if (keys.length === 1 && (key === "days" || key === "months")) {
			const n = value[key];
			if (Number.isSafeInteger(n) && (n as number) >= 0) return Object.freeze({ [key]: n });
		}
	}
	issues.push(
		issue("INVALID_TYPE", path, "Expected { days: n } or { months: n } with a whole n >= 0."),
	);
	return value;
}

function checkPhases(value: unknown, path: Path, issues: OkrIssue[]): unknown {
	if (!Array.isArray(value)) {
		issues.push(issue("INVALID_TYPE", path, "Expected an array of { at, expected } points."));
		return value;
	}
	const out: unknown[] = [];
	// An index loop, not `forEach`: `forEach` skips (and so would silently drop) the holes of a
	// sparse array.
	for (let i = 0; i < value.length; i++) {
		const point: unknown = value[i];
		if (!isRecord(point)) {
			issues.push(issue("INVALID_TYPE", [...path, i], "Expected { at, expected }."));
			continue;
		}
		const at = own(point, "at");
		const expected = own(point, "expected");
		if (!isNumberInput(at)) issues.push(numberIssue([...path, i, "at"], at));
		if (!isNumberInput(expected)) issues.push(numberIssue([...path, i, "expected"], expected));
		for (const key of Object.keys(point)) {
			if (key !== "at" && key !== "expected") {
				issues.push(
					issue("UNKNOWN_KEY", [...path, i, key], `A phase has no field ${describeString(key)}.`),
				);
			}
		}
		out.push(Object.freeze({ at, expected }));
	}
	return Object.freeze(out);
}

// Numbers of policies this module produced (frozen, so caching them is safe and invisible).
const numbersCache = new WeakMap<ScoringPolicy, PolicyNumbers>();

/** The exact numbers of a resolved policy, read once per policy object. */
export function policyNumbers(policy: ScoringPolicy): PolicyNumbers {
	let numbers = numbersCache.get(policy);
	if (numbers === undefined) {
		numbers = readNumbers(policy);
		numbersCache.set(policy, numbers);
	}
	return numbers;
}

function readNumbers(p: ScoringPolicy): PolicyNumbers {
	const n = (value: unknown, ...path: PathKey[]): Exact =>
		exact(value, [...OPTIONS_POLICY, ...path]);
	const nn = (value: unknown, ...path: PathKey[]): Exact | null =>
		value === null ? null : n(value, ...path);
	const aimOf = (key: keyof ScoringPolicy["health"]) => ({
		min: n(p.health[key].min, "health", key, "min"),
		max: nn(p.health[key].max, "health", key, "max"),
	});
	const floor = n(p.progress.floor, "progress", "floor");
	const cap = nn(p.progress.cap, "progress", "cap");
	return {
		floor,
		cap,
		floorNumber: nearestNumber(floor),
		capNumber: cap === null ? Number.POSITIVE_INFINITY : nearestNumber(cap),
		decimals: p.grading.decimals,
		yellow: n(p.grading.bands.yellow, "grading", "bands", "yellow"),
		green: n(p.grading.bands.green, "grading", "bands", "green"),
		partialFrom: n(p.grading.aspirational.partialFrom, "grading", "aspirational", "partialFrom"),
		sweetSpotFrom: n(
			p.grading.aspirational.sweetSpotFrom,
			"grading",
			"aspirational",
			"sweetSpotFrom",
		),
		sweetSpotTo: n(p.grading.aspirational.sweetSpotTo, "grading", "aspirational", "sweetSpotTo"),
		aspirationalSuccessFrom: n(
			p.grading.aspirational.successFrom,
			"grading",
			"aspirational",
			"successFrom",
		),
		committedSuccessFrom: n(p.grading.committed.successFrom, "grading", "committed", "successFrom"),
		finalCommitted: n(p.pace.expectedFinal.committed, "pace", "expectedFinal", "committed"),
		finalAspirational: n(
			p.pace.expectedFinal.aspirational,
			"pace",
			"expectedFinal",
			"aspirational",
		),
		onTrackGap: n(p.pace.onTrackGap, "pace", "onTrackGap"),
		atRiskGap: n(p.pace.atRiskGap, "pace", "atRiskGap"),
		phases: p.pace.phases.map((phase, i) => ({
			at: n(phase.at, "pace", "phases", i, "at"),
			expected: n(phase.expected, "pace", "phases", i, "expected"),
		})),
		kpiMode: p.kpi.thresholds.mode,
		kpiGreen: n(p.kpi.thresholds.green, "kpi", "thresholds", "green"),
		kpiYellow: n(p.kpi.thresholds.yellow, "kpi", "thresholds", "yellow"),
		kpiInDisguiseMove: n(p.lint.kpiInDisguiseMove, "lint", "kpiInDisguiseMove"),
		achievementRate: aimOf("achievementRate"),
		checkInCompliance: aimOf("checkInCompliance"),
		kpisOnTime: aimOf("kpisOnTime"),
		connectedShare: aimOf("connectedShare"),
		confidenceRed: n(p.confidence.red, "confidence", "red"),
		confidenceYellow: n(p.confidence.yellow, "confidence", "yellow"),
	};
}

/**
 * The full policy for `input` deep-merged over {@link defaultPolicy}: frozen, checked, and with
 * every rule's cross-field constraints verified. Throws `OkrValidationError` listing each bad field,
 * with paths under `base` (`["options", "policy", …]` for a computation's options, `[]` for
 * `definePolicy`).
 */
export function resolvePolicy(
	input: PolicyInput | undefined,
	base: Path = OPTIONS_POLICY,
): ScoringPolicy {
	if (input === undefined) return defaultPolicy;
	const issues: OkrIssue[] = [];
	const merged = merge(
		policyShape,
		defaultPolicy as unknown as Record<string, unknown>,
		input,
		base,
		issues,
	) as unknown as ScoringPolicy;
	if (issues.length > 0) throw new OkrValidationError(issues);
	const numbers = readNumbers(merged);
	const ruleIssues = policyRuleIssues(merged, numbers, base);
	if (ruleIssues.length > 0) throw new OkrValidationError(ruleIssues);
	numbersCache.set(merged, numbers);
	return merged;
}

/** The options every computation accepts: a partial policy merged over the defaults. */
export interface PolicyOptions {
	/** A partial {@link ScoringPolicy}, deep-merged over {@link defaultPolicy}. */
	readonly policy?: PolicyInput | undefined;
}

/** The default policy's numbers, read once. */
export const defaultNumbers: PolicyNumbers = policyNumbers(defaultPolicy);

/**
 * The numbers of the policy that `options` selects: the defaults' without any lookup when no
 * options are given (the common, hot case).
 */
export function numbersOf(options: unknown): PolicyNumbers {
	// Stryker disable next-line ConditionalExpression: resolving no options gives the same numbers, only slower
	return options === undefined ? defaultNumbers : policyNumbers(policyOf(options));
}

/** Reads `options` (which may be anything a caller passed) and returns the resolved policy. */
export function policyOf(options: unknown): ScoringPolicy {
	if (options === undefined || options === null) return defaultPolicy;
	if (!isRecord(options)) {
		throw new OkrValidationError([
			issue(
				"INVALID_TYPE",
				["options"],
				`Expected an options object, received ${typeName(options)}.`,
			),
		]);
	}
	return resolvePolicy(own(options, "policy") as PolicyInput | undefined, OPTIONS_POLICY);
}
