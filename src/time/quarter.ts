import { calendarRun, type LabeledCycle, readWhole, readYear, yearText } from "./calendarCycle.js";

/**
 * A calendar quarter: Q1 is January–March, Q2 April–June, Q3 July–September, Q4 October–December.
 *
 * @param year - The calendar year, a whole number from 0 to 9999.
 * @param q - The quarter, 1 to 4.
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and a label such as `"2025-Q3"`.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` (not a whole number) or
 *   `OUT_OF_RANGE` at `["year"]` or `["q"]`.
 *
 * @example
 * ```ts
 * quarter(2025, 3);
 * //=> { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" }
 * quarter(2024, 1);
 * //=> { start: "2024-01-01", end: "2024-03-31", label: "2024-Q1" }
 * ```
 */
export function quarter(year: number, q: number): LabeledCycle {
	const y = readYear(year, ["year"]);
	const n = readWhole(q, 1, 4, ["q"], "a quarter");
	return calendarRun(y, 3 * (n - 1) + 1, 3, `${yearText(y)}-Q${n}`);
}
