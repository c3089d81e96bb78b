/**
 * Fiscal years named by the calendar year in which they end.
 *
 * @module
 * @internal
 */
import { invalid } from "../errors/index.js";
import { typeName } from "../numeric/index.js";
import { readWhole } from "./calendarCycle.js";

/** How a fiscal year is laid over the calendar. */
export interface FiscalYearOptions {
	/**
	 * The calendar month (1–12) in which every fiscal year starts, e.g. `4` for April–March,
	 * `7` for July–June, `10` for October–September. `1` makes fiscal years calendar years.
	 */
	readonly startMonth: number;
}

/** Reads the fiscal options (`startMonth` is required). */
export function readStartMonth(options: unknown): number {
	if (options === undefined) {
		throw invalid("REQUIRED", ["options", "startMonth"], '"startMonth" is required.');
	}
	if (options === null || typeof options !== "object" || Array.isArray(options)) {
		throw invalid(
			"INVALID_TYPE",
			["options"],
			`Expected options { startMonth }, received ${typeName(options)}.`,
		);
	}
	const value = (options as { readonly startMonth?: unknown })["startMonth"];
	if (value === undefined) {
		throw invalid("REQUIRED", ["options", "startMonth"], '"startMonth" is required.');
	}
	return readWhole(value, 1, 12, ["options", "startMonth"], "a start month");
}

/**
 * The calendar `[year, month]` in which fiscal year `fiscalYear` starts: a fiscal year is named by
 * the calendar year in which it ends, so unless it starts in January it starts the year before.
 */
export function fiscalStart(fiscalYear: number, startMonth: number): [number, number] {
	return [startMonth === 1 ? fiscalYear : fiscalYear - 1, startMonth];
}
