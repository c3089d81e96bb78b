import { calendarRun, type LabeledCycle, readWhole, readYear, yearText } from "./calendarCycle.js";

/**
 * A calendar month as a cycle (February has 29 days in a leap year).
 *
 * @param year - The calendar year, a whole number from 0 to 9999.
 * @param m - The month, 1 (January) to 12 (December).
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and a label such as `"2024-02"`.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` (not a whole number) or
 *   `OUT_OF_RANGE` at `["year"]` or `["m"]`.
 *
 * @example
 * ```ts
 * month(2024, 2);
 * //=> { start: "2024-02-01", end: "2024-02-29", label: "2024-02" }
 * month(2025, 2);
 * //=> { start: "2025-02-01", end: "2025-02-28", label: "2025-02" }
 * ```
 */
export function month(year: number, m: number): LabeledCycle {
	const y = readYear(year, ["year"]);
	const n = readWhole(m, 1, 12, ["m"], "a month");
	return calendarRun(y, n, 1, `${yearText(y)}-${String(n).padStart(2, "0")}`);
}
