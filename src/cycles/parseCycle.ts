import { invalid } from "../errors/index.js";
import type { Cycle } from "../model/types.js";
import { describeString, typeName } from "../numeric/index.js";
import type { CalendarCycle, LabeledCycle } from "../time/calendarCycle.js";
import { half } from "../time/half.js";
import { quarter } from "../time/quarter.js";
import { year } from "../time/year.js";
import { type TimeZoneOptions, zoneOption } from "../time/zone.js";
import { normalizeCycle } from "./cycle.js";

const LABELS = 'a cycle label "2025", "2025-H1", "2025-H2" or "2025-Q1" to "2025-Q4"';

/**
 * Reads a cycle from its label or checks a cycle object.
 *
 * A label is exactly one of `"YYYY"` (the calendar year), `"YYYY-H1"` (January–June),
 * `"YYYY-H2"` (July–December) or `"YYYY-Q1"` … `"YYYY-Q4"` (calendar quarters), with a
 * four-digit year and upper-case letters; anything else is refused. An object `{ start, end,
 * label? }` is checked (`end >= start`) and returned with `"YYYY-MM-DD"` dates, its instants read
 * as days in `options.timeZone` (default UTC).
 *
 * @param input - A label such as `"2025-Q3"`, or a cycle object.
 * @param options - `timeZone`: the IANA zone a cycle object's instants are read in.
 * @returns The cycle, `{ start, end, label }` for a label.
 * @throws {OkrValidationError} `INVALID_INPUT`, issue `INVALID_CYCLE_LABEL` for any other string,
 *   `INVALID_DATE` / `END_BEFORE_START` for a bad object, `INVALID_TYPE` for anything else,
 *   `INVALID_TIME_ZONE` at `["options", "timeZone"]`.
 *
 * @example
 * ```ts
 * parseCycle("2025-Q3");
 * //=> { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" }
 * parseCycle("2025-H1");
 * //=> { start: "2025-01-01", end: "2025-06-30", label: "2025-H1" }
 * parseCycle("2024");
 * //=> { start: "2024-01-01", end: "2024-12-31", label: "2024" }
 * parseCycle({ start: "2025-01-06", end: "2025-03-28" });
 * //=> { start: "2025-01-06", end: "2025-03-28" }
 * ```
 */
export function parseCycle(input: string, options?: TimeZoneOptions): LabeledCycle;
export function parseCycle(input: Cycle, options?: TimeZoneOptions): CalendarCycle;
export function parseCycle(input: string | Cycle, options?: TimeZoneOptions): CalendarCycle;
export function parseCycle(input: string | Cycle, options?: TimeZoneOptions): CalendarCycle {
	const zone = zoneOption(options);
	if (typeof input === "string") return parseLabel(input);
	if (input === null || typeof input !== "object" || Array.isArray(input)) {
		throw invalid(
			"INVALID_TYPE",
			[],
			`Expected ${LABELS}, or a cycle { start, end }, received ${typeName(input)}.`,
		);
	}
	return normalizeCycle(input, zone);
}

function parseLabel(label: string): LabeledCycle {
	const y = fourDigits(label);
	if (y >= 0) {
		if (label.length === 4) return year(y);
		if (label.length === 7 && label.charCodeAt(4) === 45) {
			const kind = label.charCodeAt(5);
			const n = label.charCodeAt(6) - 48;
			if (kind === 81 && n >= 1 && n <= 4) return quarter(y, n); // Q
			if (kind === 72 && n >= 1 && n <= 2) return half(y, n); // H
		}
	}
	throw invalid(
		"INVALID_CYCLE_LABEL",
		[],
		`Expected ${LABELS}, received ${describeString(label)}.`,
	);
}

/** The year written by the label's first four characters, or -1 (also when it is shorter). */
function fourDigits(s: string): number {
	let n = 0;
	for (let i = 0; i < 4; i++) {
		const c = s.charCodeAt(i) - 48;
		// Past the end of the label, `c` is NaN: no digit.
		if (!(c >= 0 && c <= 9)) return -1;
		n = n * 10 + c;
	}
	return n;
}
