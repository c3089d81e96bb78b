/**
 * What a progress bar shows: the score, its grade and colour as grading gives them, the expected
 * score, and the policy's stretch band.
 *
 * @module
 * @internal
 */
import { type Color, gradeColor, roundedGrade } from "../../grading/core.js";
import type { ObjectiveType } from "../../model/types.js";
import type { Exact } from "../../numeric/index.js";
import { own } from "../../objects.js";
import type { ScoringPolicy } from "../../policy/defaults.js";
import { policyNumbers } from "../../policy/resolve.js";
import {
	asObject,
	at,
	field,
	readEach,
	readEnum,
	readNumber,
	readOptionalNumber,
	readString,
} from "../../read/common.js";
import { OBJECTIVE_TYPES } from "../../read/objective.js";
import { RISK_LEVELS, type RiskLevel } from "../../risk/riskOf.js";

/** A progress bar's numbers. */
export interface ProgressMeaning {
	readonly score: Exact;
	readonly expected: Exact | null;
	readonly type: ObjectiveType;
	/** The score's grade (`roundedGrade`) and its colour. */
	readonly grade: Exact;
	readonly color: Color;
	/** Grade decimals of the policy: how far a score is shown beside its grade. */
	readonly decimals: number;
	/** The aspirational stretch band, and a committed objective's success grade. */
	readonly bandFrom: Exact;
	readonly bandTo: Exact;
	readonly committedSuccessFrom: Exact;
	/** `options.risk`: a level and its reasons' messages, or `null` without one. */
	readonly risk: ProgressRisk | null;
}

/** What a progress bar says of a risk (`riskOf`'s result): its level and its reasons' messages. */
export interface ProgressRisk {
	readonly level: RiskLevel;
	readonly messages: readonly string[];
}

/** `options.risk` (`null` or absent: none), read at `["options", "risk"]`. */
function readRisk(options: Readonly<Record<string, unknown>>): ProgressRisk | null {
	const value = own(options, "risk");
	if (value === undefined || value === null) return null;
	const path = ["options", "risk"];
	const risk = asObject(value, path, "a risk { level, reasons } as riskOf gives it");
	const level = readEnum(risk, "level", path, RISK_LEVELS);
	const messages = readEach(
		field(risk, "reasons"),
		at(path, "reasons"),
		"risk reasons",
		(item, p) =>
			readString(asObject(item, p, "a risk reason { code, ids, message }"), "message", p),
	);
	return { level, messages };
}

/**
 * Reads `{ score, expected?, type? }`, grades the score under `policy`, and reads the picture's
 * `risk` option from `options` (the options object).
 */
export function progressMeaning(
	input: unknown,
	policy: ScoringPolicy,
	options: Readonly<Record<string, unknown>>,
): ProgressMeaning {
	const o = asObject(input, [], "a progress bar input { score, expected?, type? }");
	const score = readNumber(o, "score", []);
	const expected = readOptionalNumber(o, "expected", []);
	const type = readEnum(o, "type", [], OBJECTIVE_TYPES, "aspirational");
	const n = policyNumbers(policy);
	const grade = roundedGrade(score, n);
	return {
		score,
		expected,
		type,
		grade,
		color: gradeColor(grade, n),
		decimals: n.decimals,
		bandFrom: n.sweetSpotFrom,
		bandTo: n.sweetSpotTo,
		committedSuccessFrom: n.committedSuccessFrom,
		risk: readRisk(options),
	};
}
