import { calendarRun, type LabeledCycle, readYear, yearText } from "./calendarCycle.js";

/**
 * A calendar year, January 1 to December 31 (366 days in a leap year).
 *
 * @param y - The calendar year, a whole number from 0 to 9999.
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and the year as label.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` (not a whole number) or
 *   `OUT_OF_RANGE` at `["year"]`.
 *
 * @example
 * ```ts
 * year(2024);
 * //=> { start: "2024-01-01", end: "2024-12-31", label: "2024" }
 * ```
 */
export function year(y: number): LabeledCycle {
	const n = readYear(y, ["year"]);
	return calendarRun(n, 1, 12, yearText(n));
}
