/**
 * What every kind of key result has, and the registry of kinds. Each kind lives in its own module
 * (`metric.ts`, `threshold.ts`, …): its fields, its rules, its progress and its promotion to a KPI.
 * Adding a kind means one new module and one line in {@link keyResultKinds}.
 *
 * @module
 * @internal
 */
import { ONE } from "../numeric/index.js";
import { id, optional, readings, text, title, weight, withDefault } from "./fields.js";
import { checkIn } from "./readings.js";

/** The fields every kind of key result has, in reading order (the kind's own follow). */
export const keyResultBase = {
	id: id(),
	title: title(),
	weight: withDefault(weight(), 1, ONE),
	owner: optional(text(), undefined),
	unit: optional(text(), undefined),
	checkIns: withDefault(readings(checkIn), [], []),
};
