/**
 * The policy's cross-field rules, written once: both `resolvePolicy` (zod-free) and the zod
 * policy schema call {@link policyRuleIssues}.
 *
 * @module
 * @internal
 */

import type { OkrIssue, Path } from "../errors/index.js";
import type { THRESHOLD_MODES } from "../kinds/kpi.js";
import { MAX_CONFIDENCE } from "../kinds/readings.js";
import { cmp, type Exact, fromInt, ONE, ZERO } from "../numeric/index.js";
import type { ScoringPolicy } from "./defaults.js";

interface ExactAim {
	readonly min: Exact;
	readonly max: Exact | null;
}

/** A policy's numbers, read exactly once. */
export interface PolicyNumbers {
	readonly floor: Exact;
	readonly cap: Exact | null;
	/** `floor` and `cap` as the nearest numbers (`Infinity` for no cap), for the fast path. */
	readonly floorNumber: number;
	readonly capNumber: number;
	readonly decimals: number;
	readonly yellow: Exact;
	readonly green: Exact;
	readonly partialFrom: Exact;
	readonly sweetSpotFrom: Exact;
	readonly sweetSpotTo: Exact;
	readonly aspirationalSuccessFrom: Exact;
	readonly committedSuccessFrom: Exact;
	readonly finalCommitted: Exact;
	readonly finalAspirational: Exact;
	readonly onTrackGap: Exact;
	readonly atRiskGap: Exact;
	readonly phases: readonly { readonly at: Exact; readonly expected: Exact }[];
	readonly kpiMode: (typeof THRESHOLD_MODES)[number];
	readonly kpiGreen: Exact;
	readonly kpiYellow: Exact;
	readonly kpiInDisguiseMove: Exact;
	readonly achievementRate: ExactAim;
	readonly checkInCompliance: ExactAim;
	readonly kpisOnTime: ExactAim;
	readonly connectedShare: ExactAim;
	readonly confidenceRed: Exact;
	readonly confidenceYellow: Exact;
}

const le = (a: Exact, b: Exact): boolean => cmp(a, b) <= 0;

/** Every cross-field rule a full policy breaks, as issues under `base`. */
export function policyRuleIssues(policy: ScoringPolicy, n: PolicyNumbers, base: Path): OkrIssue[] {
	const issues: OkrIssue[] = [];
	const at = (...path: (string | number)[]): Path => [...base, ...path];
	if (n.cap !== null && !le(n.floor, n.cap)) {
		issues.push({
			code: "FLOOR_ABOVE_CAP",
			path: at("progress", "floor"),
			message: "progress.floor must not exceed progress.cap.",
		});
	}
	if (!(le(ZERO, n.yellow) && le(n.yellow, n.green) && le(n.green, ONE))) {
		issues.push({
			code: "BANDS_OUT_OF_ORDER",
			path: at("grading", "bands"),
			message: "Grade bands must satisfy 0 <= yellow <= green <= 1.",
		});
	}
	if (
		!(
			le(ZERO, n.partialFrom) &&
			le(n.partialFrom, n.sweetSpotFrom) &&
			le(n.sweetSpotFrom, n.sweetSpotTo)
		)
	) {
		issues.push({
			code: "BANDS_OUT_OF_ORDER",
			path: at("grading", "aspirational"),
			message:
				"Aspirational outcomes must satisfy 0 <= partialFrom <= sweetSpotFrom <= sweetSpotTo.",
		});
	}
	if (cmp(n.onTrackGap, n.atRiskGap) > 0) {
		issues.push({
			code: "THRESHOLDS_OUT_OF_ORDER",
			path: at("pace", "onTrackGap"),
			message: "pace.onTrackGap must not exceed pace.atRiskGap.",
		});
	}
	let previous = { at: ZERO, expected: ZERO };
	n.phases.forEach((phase, i) => {
		const ok =
			cmp(phase.at, previous.at) > 0 &&
			cmp(phase.at, ONE) <= 0 &&
			le(previous.expected, phase.expected) &&
			le(phase.expected, ONE);
		if (!ok) {
			issues.push({
				code: "INVALID_PHASES",
				path: at("pace", "phases", i),
				message:
					"Phases must have strictly increasing `at` in (0, 1] and non-decreasing `expected` in [0, 1].",
			});
		}
		previous = phase;
	});
	if (policy.lint.minKeyResults > policy.lint.maxKeyResults) {
		issues.push({
			code: "THRESHOLDS_OUT_OF_ORDER",
			path: at("lint", "minKeyResults"),
			message: "lint.minKeyResults must not exceed lint.maxKeyResults.",
		});
	}
	if (policy.kpi.confirmations < 1) {
		issues.push({
			code: "OUT_OF_RANGE",
			path: at("kpi", "confirmations"),
			message: "Must be 1 or more.",
		});
	}
	for (const key of [
		"achievementRate",
		"checkInCompliance",
		"kpisOnTime",
		"connectedShare",
	] as const) {
		const aim = n[key];
		if (aim.max !== null && cmp(aim.min, aim.max) > 0) {
			issues.push({
				code: "THRESHOLDS_OUT_OF_ORDER",
				path: at("health", key),
				message: "An aim's min must not exceed its max.",
			});
		}
	}
	if (
		!(
			le(ZERO, n.confidenceRed) &&
			le(n.confidenceRed, n.confidenceYellow) &&
			le(n.confidenceYellow, fromInt(MAX_CONFIDENCE))
		)
	) {
		issues.push({
			code: "BANDS_OUT_OF_ORDER",
			path: at("confidence"),
			message: `Confidence bands must satisfy 0 <= red <= yellow <= ${MAX_CONFIDENCE}.`,
		});
	}
	if (policy.risk.checkInDays < 1) {
		issues.push({
			code: "OUT_OF_RANGE",
			path: at("risk", "checkInDays"),
			message: "Must be 1 or more.",
		});
	}
	return issues;
}
