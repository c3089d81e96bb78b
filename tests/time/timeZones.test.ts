import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cycle, expectedProgress, quarter, year } from "../../src/index.js";
import { timeBattery } from "./fixtures/timeBattery.js";

const ZONES = [
	"UTC",
	"America/New_York",
	"America/Sao_Paulo",
	"Europe/Berlin",
	"Australia/Lord_Howe",
	"Asia/Kolkata",
	"Pacific/Kiritimati",
	"Pacific/Pago_Pago",
];

describe("time zones and daylight saving never move a result", () => {
	it("gives the same results in every time zone (child process switching TZ)", () => {
		const probe = fileURLToPath(new URL("./fixtures/timeZoneProbe.ts", import.meta.url));
		const stdout = execFileSync(process.execPath, ["--import", "tsx", probe, ...ZONES], {
			encoding: "utf8",
			env: { ...process.env, TZ: "UTC" },
		});
		const byZone = JSON.parse(stdout) as Record<string, { offsets: number[]; results: unknown }>;
		// The zones really differ (otherwise the test would prove nothing).
		const offsets = new Set(ZONES.map((z) => JSON.stringify(byZone[z]?.offsets)));
		expect(offsets.size).toBe(ZONES.length);
		const here = JSON.parse(JSON.stringify(timeBattery()));
		for (const zone of ZONES) expect(byZone[zone]?.results, zone).toEqual(here);
	});

	it("reads a Date at a daylight-saving edge as its UTC calendar date", () => {
		// 01:00 UTC on 2025-03-30 is when Europe moves its clocks forward.
		expect(cycle(new Date("2025-03-30T01:00:00Z"), new Date("2025-03-30T23:59:59Z"))).toEqual({
			start: "2025-03-30",
			end: "2025-03-30",
		});
		// 05:30 UTC on 2025-11-02 is 01:30 EDT or EST in New York: the UTC date stays the 2nd.
		expect(cycle(new Date("2025-11-02T05:30:00Z"), "2025-11-03").start).toBe("2025-11-02");
	});

	it("counts days across a daylight-saving change as whole days", () => {
		// March 2025 holds both the US (9th) and EU (30th) changes: 31 whole days either way.
		const march = { start: "2025-03-01", end: "2025-03-31" };
		expect(expectedProgress(march, new Date("2025-03-30T01:30:00Z"))).toBe(30 / 31);
		expect(expectedProgress(march, "2025-03-09")).toBe(9 / 31);
	});
});

describe("leap years", () => {
	it("counts February 29 as a day of the cycle", () => {
		expect(expectedProgress(year(2024), "2024-02-29")).toBe(60 / 366);
		expect(expectedProgress(year(2024), "2024-12-31")).toBe(1);
		expect(expectedProgress(year(2024), "2024-12-30")).toBe(365 / 366);
	});

	it("gives Q1 91 days in a leap year and 90 otherwise", () => {
		expect(expectedProgress(quarter(2024, 1), "2024-02-15")).toBe(46 / 91);
		expect(expectedProgress(quarter(2025, 1), "2025-02-15")).toBe(46 / 90);
	});
});
