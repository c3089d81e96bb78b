import { invalid } from "../errors/index.js";
import { calendarRun, type LabeledCycle, monthRun, yearText } from "./calendarCycle.js";
import type { DateInput } from "./day.js";
import { readDay, toParts } from "./day.js";
import { fiscalStart, readStartMonth } from "./fiscal.js";
import { type TimeZoneOptions, zoneOption } from "./zone.js";

/** The kinds of calendar cycle {@link cycleContaining} can find. */
export type CycleUnit = "month" | "quarter" | "half" | "year" | "fiscalQuarter" | "fiscalYear";

const UNITS: readonly CycleUnit[] = [
	"month",
	"quarter",
	"half",
	"year",
	"fiscalQuarter",
	"fiscalYear",
];

/** Options of {@link cycleContaining}. */
export interface CycleContainingOptions extends TimeZoneOptions {
	/** For the fiscal units: the month (1–12) in which fiscal years start (required for them). */
	readonly startMonth?: number | undefined;
}

/**
 * The month, quarter, half, year, fiscal quarter or fiscal year that contains a date: "which
 * quarter are we in?". Fiscal years are named by the calendar year in which they end, as in
 * {@link fiscalYear}. An instant (a `Date`, or a timestamp with an offset) is read as the day on
 * which it falls in `options.timeZone` (default UTC).
 *
 * @param date - A calendar date `"YYYY-MM-DD"`, or an instant.
 * @param unit - `"month"`, `"quarter"`, `"half"`, `"year"`, `"fiscalQuarter"` or `"fiscalYear"`.
 * @param options - `startMonth`: the month fiscal years start in (required for the fiscal units);
 *   `timeZone`: the IANA zone an instant is read in.
 * @returns The cycle, labelled as {@link month}, {@link quarter}, {@link half}, {@link year},
 *   {@link fiscalQuarter} or {@link fiscalYear} label theirs.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_DATE` at `["date"]`,
 *   `INVALID_TIME_ZONE` at `["options", "timeZone"]`, `INVALID_ENUM`
 *   at `["unit"]`, `REQUIRED` / `OUT_OF_RANGE` at `["options", "startMonth"]`, `OUT_OF_RANGE` at
 *   `["date"]` for a fiscal year beyond 9999.
 *
 * @example
 * ```ts
 * cycleContaining("2025-08-15", "quarter");
 * //=> { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" }
 * cycleContaining("2025-08-15", "fiscalYear", { startMonth: 7 });
 * //=> { start: "2025-07-01", end: "2026-06-30", label: "FY2026" }
 * cycleContaining("2025-08-15", "fiscalQuarter", { startMonth: 4 });
 * //=> { start: "2025-07-01", end: "2025-09-30", label: "FY2026-Q2" }
 * cycleContaining(new Date("2025-09-30T23:30:00Z"), "quarter", { timeZone: "Europe/Berlin" });
 * //=> { start: "2025-10-01", end: "2025-12-31", label: "2025-Q4" }
 * ```
 */
export function cycleContaining(
	date: DateInput,
	unit: CycleUnit,
	options?: CycleContainingOptions,
): LabeledCycle {
	const [y, m] = toParts(readDay(date, ["date"], zoneOption(options)));
	switch (unit) {
		case "month":
			return calendarRun(y, m, 1, `${yearText(y)}-${String(m).padStart(2, "0")}`);
		case "quarter": {
			const q = Math.ceil(m / 3);
			return calendarRun(y, 3 * q - 2, 3, `${yearText(y)}-Q${q}`);
		}
		case "half": {
			const h = m <= 6 ? 1 : 2;
			return calendarRun(y, 6 * h - 5, 6, `${yearText(y)}-H${h}`);
		}
		case "year":
			return calendarRun(y, 1, 12, yearText(y));
		case "fiscalYear":
		case "fiscalQuarter": {
			const startMonth = readStartMonth(options);
			const fy = startMonth === 1 || m < startMonth ? y : y + 1;
			const [startYear] = fiscalStart(fy, startMonth);
			if (unit === "fiscalYear") {
				return monthRun(startYear, startMonth, 12, `FY${yearText(fy)}`, ["date"]);
			}
			const q = Math.floor(((m - startMonth + 12) % 12) / 3) + 1;
			return monthRun(startYear, startMonth + 3 * (q - 1), 3, `FY${yearText(fy)}-Q${q}`, ["date"]);
		}
		default:
			throw invalid(
				"INVALID_ENUM",
				["unit"],
				`Expected one of ${UNITS.map((u) => `"${u}"`).join(", ")}.`,
			);
	}
}
