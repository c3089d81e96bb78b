/**
 * Time zones by IANA name, for reading instants as calendar days: `Intl.DateTimeFormat` with a
 * `timeZone` says on which day an instant falls there. The host's own zone is never asked.
 *
 * @module
 * @internal
 */
import { invalid } from "../errors/index.js";
import { describeString, typeName } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import { fromParts, UTC, type Zone } from "./day.js";

/** Options of every computation that reads dates: the zone instants are read in. */
export interface TimeZoneOptions {
	/**
	 * The IANA time zone (such as `"Europe/Berlin"`) in which an instant — a `Date`, or a timestamp
	 * with an offset — is read as a calendar day. Default `"UTC"`; the host's own zone is never
	 * used. An unknown name is `INVALID_TIME_ZONE` at `["options", "timeZone"]`.
	 */
	readonly timeZone?: string | undefined;
}

// Zones already built, by the name as given (a cache: every name gives the same zone each time).
// Only names Intl accepts are kept, and at most a few hundred of them.
const zones = new Map<string, Zone>();

/** The zone named `name`, or `null` when the host's time zone data knows no such zone. */
export function zoneNamed(name: string): Zone | null {
	const cached = zones.get(name);
	if (cached !== undefined) return cached;
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat("en-US", {
			timeZone: name,
			era: "short",
			year: "numeric",
			month: "numeric",
			day: "numeric",
		});
	} catch {
		return null;
	}
	const zone: Zone = (time) => dayIn(format, time);
	// Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on a cache; emptied sooner, later or never, it gives the same zones
	if (zones.size > 500) zones.clear();
	zones.set(name, zone);
	return zone;
}

/** The calendar day of an instant as `format` writes it (proleptic Gregorian, eras for year 0). */
function dayIn(format: Intl.DateTimeFormat, time: number): number {
	const parts: Record<string, string> = {};
	for (const { type, value } of format.formatToParts(time)) parts[type] = value;
	const year = Number(parts["year"]);
	// 1 BC is the year 0000 of "YYYY-MM-DD" (ISO 8601's astronomical year numbering).
	return fromParts(
		parts["era"] === "BC" ? 1 - year : year,
		Number(parts["month"]),
		Number(parts["day"]),
	);
}

/**
 * `options.timeZone` as a zone (UTC when not given), or `INVALID_TIME_ZONE` at
 * `["options", "timeZone"]` for anything but the name of a zone the host's time zone data knows.
 */
export function zoneOption(options: unknown): Zone {
	const value = isRecord(options) ? own(options, "timeZone") : undefined;
	if (value === undefined) return UTC;
	const zone = typeof value === "string" ? zoneNamed(value) : null;
	if (zone !== null) return zone;
	throw invalid(
		"INVALID_TIME_ZONE",
		["options", "timeZone"],
		`Expected an IANA time zone such as "Europe/Berlin", received ${typeof value === "string" ? describeString(value) : typeName(value)}.`,
	);
}
