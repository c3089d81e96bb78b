/**
 * What every kind of key result has, and the registry of kinds. Each kind lives in its own module
 * (`metric.ts`, `threshold.ts`, …): its fields, its rules, its progress and its promotion to a KPI.
 * Adding a kind means one new module and one line in {@link keyResultKinds}.
 *
 * @module
 * @internal
 */
import type { Exact } from "../numeric/index.js";
import { ONE } from "../numeric/index.js";
import type { Day } from "../time/day.js";
import {
	date,
	dated,
	describe,
	id,
	number,
	optional,
	type ReadOf,
	readings,
	record,
	text,
	title,
	weight,
	withDefault,
} from "./fields.js";
import { checkIn } from "./readings.js";

/**
 * The description of a closing grade: the score a key result's owner gave it at the end of its
 * cycle. From `at` on (always, without `at`) the key result's progress is `score`, clamped by the
 * policy like any progress.
 */
export const closing = describe("a closing { score, note?, at? }", {
	/** The grade given, any number (clamped like any progress). */
	score: number(),
	/** Why that grade: the owner's words. */
	note: optional(text(), undefined),
	/** The day it was given: before it, the key result is scored from its data. */
	at: optional(dated(date()), null),
});

/** A closing grade as computations see it. */
export type ClosingRead = ReadOf<typeof closing>;

/** The fields every kind of key result has, in reading order (the kind's own follow). */
export const keyResultBase = {
	id: id(),
	title: title(),
	weight: withDefault(weight(), 1, ONE),
	owner: optional(text(), undefined),
	unit: optional(text(), undefined),
	checkIns: withDefault(readings(checkIn), [], []),
	/** The grade its owner gave it at the end of the cycle: its progress from then on. */
	closing: optional(record(closing), null),
};

/**
 * The closing score of a key result when its closing counts as of `asOf`: always as it stands now
 * (`asOf` `null`), and as of a day from the closing's `at` on (a closing without `at` always
 * counts). `null` when it has no closing, or when it does not count yet.
 */
export function closingScore(
	kr: { readonly closing: ClosingRead | null },
	asOf: Day | null,
): Exact | null {
	const c = kr.closing;
	if (c === null || (asOf !== null && c.at !== null && c.at > asOf)) return null;
	return c.score;
}
