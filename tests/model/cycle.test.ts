import { describe, expect, it } from "vitest";
import { CycleSchema, type ParsedCycle } from "../../src/index.js";

describe("CycleSchema", () => {
	it("parses a quarter, keeping its label", () => {
		const q3: ParsedCycle = CycleSchema.parse({
			start: "2025-07-01",
			end: "2025-09-30",
			label: "2025-Q3",
		});
		expect(q3).toEqual({ start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" });
		expect(Object.isFrozen(q3)).toBe(true);
	});

	it("accepts a one-day cycle: both ends are included", () => {
		expect(CycleSchema.safeParse({ start: "2025-07-01", end: "2025-07-01" }).success).toBe(true);
	});

	it("keeps Dates and timestamps as given, whatever the time of day", () => {
		const cycle = { start: new Date("2025-01-01T00:00:00.000Z"), end: "2025-12-31T23:59:59.999Z" };
		expect(CycleSchema.parse(cycle)).toEqual(cycle);
	});

	it("refuses a timestamp without an offset, and one with an offset out of range", () => {
		for (const end of ["2025-12-31T23:59:59", "2025-12-31T23:59:59+24:00", "2025-12-31T24:00Z"]) {
			expect(CycleSchema.safeParse({ start: "2025-01-01", end }).success).toBe(false);
		}
	});

	it("rejects an end before the start at end, with its code", () => {
		const result = CycleSchema.safeParse({ start: "2025-07-02", end: "2025-07-01" });
		expect(result.success).toBe(false);
		expect(
			result.error?.issues.map((i) => [i.path, i.code === "custom" ? i.params : i.code]),
		).toEqual([[["end"], { okrCode: "END_BEFORE_START" }]]);
	});

	it.each([
		"2025-00-10",
		"2025-04-31",
		"2023-02-29",
		"25-07-01",
		"2025-7-01",
		"2025-07-01 ",
		"１２３４-01-01",
	])("rejects %j as a date", (start) => {
		expect(CycleSchema.safeParse({ start, end: "2025-12-31" }).success).toBe(false);
	});

	it("rejects a numeric label", () => {
		expect(
			CycleSchema.safeParse({ start: "2025-07-01", end: "2025-09-30", label: 3 }).success,
		).toBe(false);
	});
});
