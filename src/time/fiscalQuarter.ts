import { type LabeledCycle, monthRun, readWhole, readYear, yearText } from "./calendarCycle.js";
import { type FiscalYearOptions, fiscalStart, readStartMonth } from "./fiscal.js";

/**
 * A quarter of a fiscal year (see {@link fiscalYear}: fiscal years are named by the calendar year
 * in which they end). Q1 is the three months from `options.startMonth`.
 *
 * @param endYear - The fiscal year's number: the calendar year in which it ends.
 * @param q - The fiscal quarter, 1 to 4.
 * @param options - `startMonth`: the month (1–12) in which fiscal years start. Required.
 * @returns `{ start, end, label }` with `"YYYY-MM-DD"` dates (both included) and a label such as `"FY2026-Q1"`.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_NUMBER` or `OUT_OF_RANGE` at
 *   `["year"]`, `["q"]` or `["options", "startMonth"]`, `REQUIRED` without a start month.
 *
 * @example
 * ```ts
 * fiscalQuarter(2026, 1, { startMonth: 4 });
 * //=> { start: "2025-04-01", end: "2025-06-30", label: "FY2026-Q1" }
 * fiscalQuarter(2026, 4, { startMonth: 10 });
 * //=> { start: "2026-07-01", end: "2026-09-30", label: "FY2026-Q4" }
 * ```
 */
export function fiscalQuarter(
	endYear: number,
	q: number,
	options: FiscalYearOptions,
): LabeledCycle {
	const y = readYear(endYear, ["year"]);
	const n = readWhole(q, 1, 4, ["q"], "a quarter");
	const startMonth = readStartMonth(options);
	const [startYear, m] = fiscalStart(y, startMonth);
	return monthRun(startYear, m + 3 * (n - 1), 3, `FY${yearText(y)}-Q${n}`, ["year"]);
}
