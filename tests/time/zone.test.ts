/**
 * Instants — `Date`s and timestamps with an offset — are read as the calendar day on which they
 * fall in `options.timeZone` (default UTC), never in the host's zone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	checkInCompliance,
	confidenceOf,
	createRollUp,
	cycle,
	cycleContaining,
	cycleSummary,
	expectedProgress,
	explain,
	forecast,
	gradeObjective,
	type KeyResult,
	keyResultProgress,
	kpiStatus,
	lint,
	type Objective,
	objectiveProgress,
	paceStatus,
	parseCycle,
	parseProgram,
	programHealth,
	progressAt,
	quarter,
	requiredPace,
	riskOf,
	rollUp,
} from "../../src/index.js";
import { formatDay, parseTimestamp, readDay } from "../../src/time/day.js";
import { zoneNamed, zoneOption } from "../../src/time/zone.js";
import { expectIssue, metric } from "../support/foundation.js";

const berlin = { timeZone: "Europe/Berlin" } as const;
// What `new Date(2025, 7, 15)` gives on a host in Berlin: midnight there, 22:00 UTC the day before.
// Written as the instant itself, so this test means the same on every host.
const berlinMidnight = new Date("2025-08-14T22:00:00Z");

/** The day `value` falls on in `timeZone`, as the library reads it. */
function dayIn(value: unknown, timeZone?: string): string {
	return formatDay(readDay(value, [], zoneOption(timeZone === undefined ? {} : { timeZone })));
}

describe("instants are read as days in options.timeZone", () => {
	it("a Date made at midnight in Berlin is the 15th there and the 14th in UTC", () => {
		expect(expectedProgress(quarter(2025, 3), berlinMidnight, berlin)).toBe(0.5); // 46/92
		expect(expectedProgress(quarter(2025, 3), berlinMidnight)).toBe(45 / 92);
		expect(expectedProgress(quarter(2025, 3), "2025-08-15", berlin)).toBe(0.5);
	});

	it("a timestamp with an offset falls on its own day in each zone", () => {
		const t = "2025-08-15T00:30:00+02:00";
		expect(dayIn(t)).toBe("2025-08-14");
		expect(dayIn(t, "UTC")).toBe("2025-08-14");
		expect(dayIn(t, "Europe/Berlin")).toBe("2025-08-15");
		expect(dayIn(t, "America/Los_Angeles")).toBe("2025-08-14");
		expect(dayIn(t, "Pacific/Kiritimati")).toBe("2025-08-15");
		expect(cycle(t, t, undefined, berlin)).toEqual({ start: "2025-08-15", end: "2025-08-15" });
		expect(cycleContaining("2025-09-30T23:30:00Z", "quarter", berlin).label).toBe("2025-Q4");
		expect(parseCycle({ start: t, end: "2025-08-31" }, berlin)).toEqual({
			start: "2025-08-15",
			end: "2025-08-31",
		});
	});

	it("a day string is the same day in every zone", () => {
		for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
			expect(dayIn("2025-08-15", zone)).toBe("2025-08-15");
		}
	});

	it("reads across daylight-saving changes by the zone's own clock", () => {
		// Berlin moved from +01:00 to +02:00 at 01:00 UTC on 2025-03-30, back at 01:00 UTC on 10-26.
		expect(dayIn("2025-03-29T23:00:00Z", "Europe/Berlin")).toBe("2025-03-30");
		expect(dayIn("2025-03-29T22:59:59Z", "Europe/Berlin")).toBe("2025-03-29");
		expect(dayIn("2025-10-25T22:00:00Z", "Europe/Berlin")).toBe("2025-10-26");
		expect(dayIn("2025-10-26T22:59:59Z", "Europe/Berlin")).toBe("2025-10-26");
		expect(dayIn("2025-10-26T23:00:00Z", "Europe/Berlin")).toBe("2025-10-27");
		// Samoa skipped 2011-12-30 when it crossed the date line.
		expect(dayIn("2011-12-30T09:59:59Z", "Pacific/Apia")).toBe("2011-12-29");
		expect(dayIn("2011-12-30T10:00:00Z", "Pacific/Apia")).toBe("2011-12-31");
	});

	it("reads the years 0000 and 9999 at their edges, in the zone asked", () => {
		expect(dayIn("0000-01-01T00:30:00+01:00", "Europe/Berlin")).toBe("0000-01-01");
		expect(dayIn("9999-12-31T23:00:00-05:00", "America/New_York")).toBe("9999-12-31");
		expectIssue(() => readDay("9999-12-31T23:00:00-05:00", ["at"]), "INVALID_DATE", ["at"]);
		expectIssue(() => readDay("0000-01-01T00:30:00+01:00", ["at"]), "INVALID_DATE", ["at"]);
	});
});

describe("timestamps", () => {
	it.each([
		["2025-08-15T10:00:00Z", "2025-08-15T10:00:00.000Z"],
		["2025-08-15T10:00:00z", "2025-08-15T10:00:00.000Z"],
		["2025-08-15t10:00:00Z", "2025-08-15T10:00:00.000Z"],
		["2025-08-15T10:00Z", "2025-08-15T10:00:00.000Z"],
		["2025-08-15T10:00:00.5Z", "2025-08-15T10:00:00.500Z"],
		["2025-08-15T10:00:00.123456789Z", "2025-08-15T10:00:00.123Z"],
		// The longest a timestamp can be: 35 characters.
		["2025-08-15T10:00:00.123456789+02:00", "2025-08-15T08:00:00.123Z"],
		["2025-08-15T00:30:00+02:00", "2025-08-14T22:30:00.000Z"],
		["2025-08-15T00:30:00+0200", "2025-08-14T22:30:00.000Z"],
		["2025-08-15T20:30:00-03:30", "2025-08-16T00:00:00.000Z"],
		["2025-08-15T10:00:00-00:00", "2025-08-15T10:00:00.000Z"],
		["2024-02-29T23:59:59.999+23:59", "2024-02-29T00:00:59.999Z"],
	])("accepts %s as the instant %s", (text, iso) => {
		expect(parseTimestamp(text)).toBe(Date.parse(iso));
	});

	it.each([
		"2025-08-15T24:00:00Z",
		"2025-08-15T10:60:00Z",
		"2025-08-15T10:00:60Z",
		"2025-08-15T10:00:00+24:00",
		"2025-08-15T10:00:00+02:60",
		"2025-02-29T10:00:00Z",
		"2025-08-15T10:00:00.Z",
		"2025-08-15T10:00:00.1234567890Z",
		"2025-08-15T10:00:00+02",
		"2025-08-15T10:00:00+2:00",
		"2025-08-15 10:00:00Z",
		"2025-08-15T1:00:00Z",
		"2025-08-15T10:00:00ZZ",
		"2025-08-15T10:00:00Z ",
		"2025-08-15T10:00:00GMT",
		"+002025-08-15T10:00:00Z",
		"2025-08-15T10:00:00,5Z",
	])("refuses %s (INVALID_DATE)", (text) => {
		expect(parseTimestamp(text)).toBeNull();
		expectIssue(() => progressAt(metric(0, 10), text), "INVALID_DATE", ["date"]);
	});

	it("refuses a timestamp without an offset, saying so", () => {
		for (const text of ["2025-08-15T10:00:00", "2025-08-15T10:00", "2025-08-15T10:00:00.25"]) {
			expect(parseTimestamp(text)).toBe("noOffset");
			const error = expectIssue(() => progressAt(metric(0, 10), text), "INVALID_DATE", ["date"]);
			expect(error.issues[0]?.message).toBe(
				`A timestamp needs an offset ("Z", "+02:00"), received ${JSON.stringify(text)}.`,
			);
		}
	});

	it("reads a huge string in time linear in nothing: refused at once", () => {
		const huge = `2025-08-15T10:00:00.${"1".repeat(1_000_000)}Z`;
		expect(parseTimestamp(huge)).toBeNull();
		expectIssue(() => readDay(huge, ["at"]), "INVALID_DATE", ["at"]);
	});

	it("reads the instant a timestamp writes, at any offset (property)", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1, 0, 2), max: Date.UTC(9998, 11, 30) }),
				fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
				(time, offset) => {
					const local = new Date(time + offset * 60_000).toISOString().slice(0, 23);
					const sign = offset < 0 ? "-" : "+";
					const abs = Math.abs(offset);
					const hh = String(Math.floor(abs / 60)).padStart(2, "0");
					const mm = String(abs % 60).padStart(2, "0");
					expect(parseTimestamp(`${local}${sign}${hh}:${mm}`)).toBe(time);
					expect(parseTimestamp(`${local}${sign}${hh}${mm}`)).toBe(time);
					expect(dayIn(`${local}${sign}${hh}:${mm}`)).toBe(dayIn(new Date(time)));
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe("the day of an instant, computed independently (property)", () => {
	// Zones whose offset has not changed since 1996 (Kiritimati moved to +14 at the start of 1995).
	const fixed: readonly [string, number][] = [
		["UTC", 0],
		["Etc/GMT+5", -5 * 60],
		["Etc/GMT-14", 14 * 60],
		["Asia/Kolkata", 5 * 60 + 30],
		["Asia/Kathmandu", 5 * 60 + 45],
		["Asia/Tokyo", 9 * 60],
		["Pacific/Kiritimati", 14 * 60],
		["Pacific/Pago_Pago", -11 * 60],
	];
	const withDst = [
		"Europe/Berlin",
		"America/Los_Angeles",
		"America/Sao_Paulo",
		"Australia/Lord_Howe",
		"America/St_Johns",
		"Pacific/Chatham",
	];

	it("is the UTC day shifted by the offset, in zones without daylight saving", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2200, 0, 1) }),
				fc.constantFrom(...fixed),
				fc.boolean(),
				(time, [zone, offset], asString) => {
					const expected = new Date(time + offset * 60_000).toISOString().slice(0, 10);
					const value = asString ? new Date(time).toISOString() : new Date(time);
					expect(dayIn(value, zone)).toBe(expected);
				},
			),
			{ numRuns: 400 },
		);
	});

	it("is what Intl writes for the zone, in zones with daylight saving", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 0, 1) }),
				fc.constantFrom(...withDst),
				(time, zone) => {
					// en-CA writes "YYYY-MM-DD" (years 1000 and later have four digits).
					const expected = new Date(time).toLocaleDateString("en-CA", { timeZone: zone });
					expect(dayIn(new Date(time), zone)).toBe(expected);
				},
			),
			{ numRuns: 400 },
		);
	});
});

describe("options.timeZone", () => {
	const kr = metric(0, 100, undefined, {
		checkIns: [
			{ at: "2025-07-15", value: 20 },
			// The 14th in UTC, the 15th in Berlin.
			{ at: "2025-08-14T23:30:00Z", value: 40 },
		],
	});
	const okr: Objective = {
		id: "o",
		title: "O",
		cycle: quarter(2025, 3),
		keyResults: [kr],
	};

	it("reads the data's instants in the zone: a check-in counts on the day it falls there", () => {
		expect(progressAt(kr, "2025-08-14")).toBe(0.4);
		expect(progressAt(kr, "2025-08-14", berlin)).toBe(0.2);
		expect(keyResultProgress(kr, { asOf: "2025-08-14", ...berlin })).toBe(0.2);
		expect(objectiveProgress(okr, { asOf: "2025-08-14" })).toBe(0.4);
		expect(objectiveProgress(okr, { asOf: "2025-08-14", ...berlin })).toBe(0.2);
		expect(paceStatus(okr, "2025-08-14", berlin).progress).toBe(0.2);
		expect(gradeObjective(okr, { asOf: "2025-08-14", ...berlin }).score).toBe(0.2);
		expect(rollUp([okr], { ...berlin }).get("o")?.score).toBe(0.4);
	});

	it("reads options.asOf in the zone", () => {
		const asOf = "2025-08-14T23:00:00Z"; // the 14th in UTC, the 15th in Berlin
		const late = metric(0, 100, undefined, { checkIns: [{ at: "2025-08-15", value: 60 }] });
		expect(keyResultProgress(late, { asOf })).toBe(0);
		expect(keyResultProgress(late, { asOf, ...berlin })).toBe(0.6);
	});

	it("accepts timestamp check-ins in keyResultProgress and objectiveProgress", () => {
		const stamped = metric(0, 10, undefined, {
			checkIns: [
				{ at: "2025-07-07T16:02:11Z", value: 2 },
				{ at: "2025-07-08T09:15:00.250+02:00", value: 5 },
			],
		});
		expect(keyResultProgress(stamped)).toBe(0.5);
		expect(objectiveProgress({ id: "o", title: "O", keyResults: [stamped] })).toBe(0.5);
		expect(objectiveProgress({ id: "o", title: "O", keyResults: [stamped] }, berlin)).toBe(0.5);
	});

	it("reads the cycle given as instants, KPI measurements and positional dates in the zone", () => {
		const q3 = { start: "2025-06-30T22:00:00Z", end: "2025-09-30T21:59:59Z" };
		expect(expectedProgress(q3, "2025-08-15", berlin)).toBe(0.5);
		const kpi = {
			id: "k",
			name: "K",
			direction: "higherIsBetter",
			target: 10,
			measurements: [{ at: "2025-08-14T23:30:00Z", value: 12 }],
		} as const;
		expect(kpiStatus(kpi, { asOf: "2025-08-14" }).status).toBe("green");
		expect(kpiStatus(kpi, { asOf: "2025-08-14", ...berlin }).status).toBe("unknown");
		const weekly = metric(0, 10, undefined, {
			checkIns: [{ at: "2025-07-07T23:00:00Z", value: 1 }],
		});
		// Weeks of Q3 run from Tuesday July 1: the check-in is on the 7th in UTC (week 1) and on the
		// 8th in Berlin (week 2).
		const okrWeekly: Objective = {
			id: "w",
			title: "W",
			cycle: quarter(2025, 3),
			keyResults: [weekly],
		};
		expect(checkInCompliance(okrWeekly, "2025-07-13").keyResults[0]?.missed).toEqual([2]);
		expect(checkInCompliance(okrWeekly, "2025-07-13", berlin).keyResults[0]?.missed).toEqual([1]);
		expect(programHealth([okrWeekly], [], "2025-07-13", berlin).checkInCompliance.value).toBe(0.5);
	});

	it("gives the same forecast for a Date and its timestamp", () => {
		const kr2 = metric(0, 100, undefined, {
			checkIns: [
				{ at: new Date("2025-07-01T12:00:00Z"), value: 0 },
				{ at: "2025-08-01T12:00:00+02:00", value: 31 },
			],
		});
		expect(forecast(kr2, quarter(2025, 3), "2025-08-15", berlin)).toEqual(
			forecast(
				metric(0, 100, undefined, {
					checkIns: [
						{ at: "2025-07-01", value: 0 },
						{ at: "2025-08-01", value: 31 },
					],
				}),
				quarter(2025, 3),
				"2025-08-15",
			),
		);
	});

	it("refuses an unknown zone: INVALID_TIME_ZONE at [options, timeZone]", () => {
		const mars = { timeZone: "Mars/Olympus" };
		const calls: [string, () => unknown][] = [
			["expectedProgress", () => expectedProgress(quarter(2025, 3), "2025-08-15", mars)],
			["paceStatus", () => paceStatus(okr, "2025-08-15", mars)],
			["keyResultProgress", () => keyResultProgress(kr, mars)],
			["objectiveProgress", () => objectiveProgress(okr, mars)],
			["progressAt", () => progressAt(kr, "2025-08-15", mars)],
			["forecast", () => forecast(kr, quarter(2025, 3), "2025-08-15", mars)],
			["checkInCompliance", () => checkInCompliance(okr, "2025-08-15", mars)],
			["programHealth", () => programHealth([okr], [], "2025-08-15", mars)],
			["gradeObjective", () => gradeObjective(okr, mars)],
			["rollUp", () => rollUp([okr], mars)],
			["lint", () => lint([okr], [], mars)],
			["cycle", () => cycle("2025-07-01", "2025-07-31", undefined, mars)],
			["cycleContaining", () => cycleContaining("2025-07-01", "month", mars)],
			[
				"kpiStatus",
				() =>
					kpiStatus(
						{ id: "k", name: "K", direction: "higherIsBetter", target: 1, measurements: [] },
						mars,
					),
			],
			["createRollUp", () => createRollUp([okr], mars)],
			["explain", () => explain([okr], okr.id, mars)],
			["parseProgram", () => parseProgram({ objectives: [okr] }, mars)],
			["confidenceOf", () => confidenceOf(kr, mars)],
			["riskOf", () => riskOf(okr, "2025-08-15", mars)],
			["requiredPace", () => requiredPace(kr, quarter(2025, 3), "2025-08-15", mars)],
			["cycleSummary", () => cycleSummary([okr], mars)],
		];
		for (const [name, call] of calls) {
			const error = expectIssue(call, "INVALID_TIME_ZONE", ["options", "timeZone"]);
			expect([name, error.issues[0]?.message]).toEqual([
				name,
				'Expected an IANA time zone such as "Europe/Berlin", received "Mars/Olympus".',
			]);
		}
		// Not even what Intl would read as a name: an array or an object that writes "UTC".
		const writesUtc = { toString: () => "UTC" };
		for (const bad of ["", "+02:00", "Z", 5, null, "x".repeat(10_000), ["UTC"], writesUtc]) {
			expectIssue(() => keyResultProgress(kr, { timeZone: bad as string }), "INVALID_TIME_ZONE", [
				"options",
				"timeZone",
			]);
		}
	});

	it("accepts every name the zone data knows, in any case, and UTC by any of its names", () => {
		expect(zoneNamed("europe/berlin")?.(berlinMidnight.getTime())).toBe(readDay("2025-08-15", []));
		expect(zoneNamed("Etc/UTC")?.(0)).toBe(0);
		expect(zoneNamed("Mars/Olympus")).toBeNull();
		expect(zoneNamed("Europe/Berlin")).toBe(zoneNamed("Europe/Berlin"));
		expect(keyResultProgress(kr, { timeZone: undefined })).toBe(0.4);
	});

	it("works on data with a Date check-in the same as on its timestamp (as JSON writes a Date)", () => {
		const withDate: KeyResult = metric(0, 10, undefined, {
			checkIns: [{ at: new Date("2025-08-14T23:30:00Z"), value: 5 }],
		});
		const asJson = JSON.parse(JSON.stringify(withDate)) as KeyResult;
		for (const options of [{}, berlin, { timeZone: "America/Los_Angeles" }]) {
			expect(progressAt(asJson, "2025-08-14", options)).toBe(
				progressAt(withDate, "2025-08-14", options),
			);
		}
	});
});
