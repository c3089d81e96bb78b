import { calendarRun, type LabeledCycle, readWhole, readYear, yearText } from "./calendarCycle.js";

/**
 * A calendar half-year: H1 is January–June, H2 July–December.
 *
 * @param year - The calendar year, a whole number from 0 to 9999.
 * @param h - The half, 1 or 2.
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and a label such as `"2025-H2"`.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` (not a whole number) or
 *   `OUT_OF_RANGE` at `["year"]` or `["h"]`.
 *
 * @example
 * ```ts
 * half(2025, 1);
 * //=> { start: "2025-01-01", end: "2025-06-30", label: "2025-H1" }
 * half(2025, 2);
 * //=> { start: "2025-07-01", end: "2025-12-31", label: "2025-H2" }
 * ```
 */
export function half(year: number, h: number): LabeledCycle {
	const y = readYear(year, ["year"]);
	const n = readWhole(h, 1, 2, ["h"], "a half");
	return calendarRun(y, 6 * (n - 1) + 1, 6, `${yearText(y)}-H${n}`);
}
