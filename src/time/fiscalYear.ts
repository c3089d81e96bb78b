import { type LabeledCycle, monthRun, readYear, yearText } from "./calendarCycle.js";
import { type FiscalYearOptions, fiscalStart, readStartMonth } from "./fiscal.js";

/**
 * A fiscal year of twelve months starting in `options.startMonth`, **named by the calendar year in
 * which it ends** (the convention of the US federal government, Microsoft or Apple): with
 * `startMonth: 4`, FY2026 runs from 2025-04-01 to 2026-03-31. With `startMonth: 1` a fiscal year is
 * the calendar year of the same number. Where fiscal years are named by the year they start in
 * (FY2025 = April 2025–March 2026), pass that year plus one.
 *
 * @param endYear - The fiscal year's number: the calendar year in which it ends.
 * @param options - `startMonth`: the month (1–12) in which fiscal years start. Required.
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and a label such as `"FY2026"`.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` or `OUT_OF_RANGE` at
 *   `["year"]` or `["options", "startMonth"]`, `REQUIRED` without a start month.
 *
 * @example
 * ```ts
 * fiscalYear(2026, { startMonth: 4 });
 * //=> { start: "2025-04-01", end: "2026-03-31", label: "FY2026" }
 * fiscalYear(2026, { startMonth: 1 });
 * //=> { start: "2026-01-01", end: "2026-12-31", label: "FY2026" }
 * ```
 */
export function fiscalYear(endYear: number, options: FiscalYearOptions): LabeledCycle {
	const y = readYear(endYear, ["year"]);
	const startMonth = readStartMonth(options);
	const [startYear, m] = fiscalStart(y, startMonth);
	return monthRun(startYear, m, 12, `FY${yearText(y)}`, ["year"]);
}
