/**
 * Resolving a partial policy: merged over the defaults of the policy's description
 * (`policy/merge.ts`), checked field by field and by the cross-field rules, frozen, and its
 * numbers read exactly once.
 *
 * @module
 * @internal
 */
import { invalid, OkrValidationError, type Path } from "../errors/index.js";
import { nearestNumber, typeName } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import {
	defaultPolicy,
	defaultRead,
	type PolicyInput,
	type PolicyRead,
	policyDescription,
	type ScoringPolicy,
} from "./defaults.js";
import { mergeRecord, type Walk } from "./merge.js";
import { type PolicyNumbers, policyRuleIssues } from "./rules.js";

/** Where a policy passed in `options` is reported: `["options", "policy", …]`. */
const OPTIONS_POLICY: Path = ["options", "policy"];

// Numbers of policies this module produced (frozen, so caching them is safe and invisible).
const numbersCache = new WeakMap<ScoringPolicy, PolicyNumbers>();

/**
 * The exact numbers of a resolved policy, read once per policy object (one that did not come from
 * {@link resolvePolicy} is resolved first, its issues under `["options", "policy"]`).
 */
export function policyNumbers(policy: ScoringPolicy): PolicyNumbers {
	let numbers = numbersCache.get(policy);
	if (numbers === undefined) {
		numbers = numbersCache.get(resolvePolicy(policy)) as PolicyNumbers;
		numbersCache.set(policy, numbers);
	}
	return numbers;
}

/** The numbers computations use, from the policy read. */
function numbersOfRead({
	progress: { floor, cap },
	grading: { decimals, bands, aspirational: a, committed },
	pace: { expectedFinal, onTrackGap, atRiskGap, phases },
	kpi: { thresholds: t },
	lint,
	health,
	confidence,
}: PolicyRead): PolicyNumbers {
	return {
		floor,
		cap,
		floorNumber: nearestNumber(floor),
		capNumber: cap === null ? Number.POSITIVE_INFINITY : nearestNumber(cap),
		decimals,
		yellow: bands.yellow,
		green: bands.green,
		partialFrom: a.partialFrom,
		sweetSpotFrom: a.sweetSpotFrom,
		sweetSpotTo: a.sweetSpotTo,
		aspirationalSuccessFrom: a.successFrom,
		committedSuccessFrom: committed.successFrom,
		finalCommitted: expectedFinal.committed,
		finalAspirational: expectedFinal.aspirational,
		onTrackGap,
		atRiskGap,
		phases,
		kpiMode: t.mode,
		kpiGreen: t.green,
		kpiYellow: t.yellow,
		kpiInDisguiseMove: lint.kpiInDisguiseMove,
		...health,
		confidenceRed: confidence.red,
		confidenceYellow: confidence.yellow,
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
	const walk: Walk = { issues: [], rules: [] };
	const [merged, read] = mergeRecord(policyDescription, input, base, walk);
	const { issues } = walk;
	if (issues.length > 0) throw new OkrValidationError(issues);
	const policy = merged as ScoringPolicy;
	const numbers = numbersOfRead(read as PolicyRead);
	for (const rule of walk.rules) {
		const issue = rule();
		if (issue !== null) issues.push(issue);
	}
	issues.push(...policyRuleIssues(policy, numbers, base));
	if (issues.length > 0) throw new OkrValidationError(issues);
	numbersCache.set(policy, numbers);
	return policy;
}

/** The options every computation accepts: a partial policy merged over the defaults. */
export interface PolicyOptions {
	/** A partial {@link ScoringPolicy}, deep-merged over {@link defaultPolicy}. */
	readonly policy?: PolicyInput | undefined;
}

/** The default policy's numbers, read once. */
export const defaultNumbers: PolicyNumbers = numbersOfRead(defaultRead);
numbersCache.set(defaultPolicy, defaultNumbers);

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
		throw invalid(
			"INVALID_TYPE",
			["options"],
			`Expected an options object, received ${typeName(options)}.`,
		);
	}
	return resolvePolicy(own(options, "policy") as PolicyInput | undefined, OPTIONS_POLICY);
}
