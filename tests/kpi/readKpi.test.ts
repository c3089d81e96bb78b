import { describe, expect, it } from "vitest";
import { type IssueCode, type Path, parseKpi } from "../../src/index.js";
import { readKpi, readThresholds } from "../../src/read/kpi.js";
import { deepFreeze, expectIssue } from "../support/foundation.js";

/** The one issue's message of what `fn` threw, checking its code and path. */
function message(fn: () => unknown, code: IssueCode, path: Path): string {
	return expectIssue(fn, code, path).issues[0]?.message ?? "";
}

const promoted = {
	id: "uptime",
	name: "Patient registration uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: "99",
	thresholds: { mode: "absolute", green: "0.5", yellow: 2 },
	cadence: "weekly",
	owner: "Platform",
	measurements: [
		{ at: "2025-09-30", value: 99.1 },
		{ at: "2025-07-01", value: 50 },
		{ at: "2025-09-30", value: 99.3 },
	],
	origin: { objectiveId: "registration", keyResultId: "uptime-kr", promotedAt: "2025-09-30" },
};

describe("readKpi (the zod-free reader other modules share)", () => {
	it("reads every field, exact, with measurements sorted by date (ties in array order)", () => {
		const read = readKpi(promoted, []);
		expect(read.id).toBe("uptime");
		expect(read.name).toBe("Patient registration uptime");
		expect(read.unit).toBe("%");
		expect(read.owner).toBe("Platform");
		expect(read.direction).toBe("higherIsBetter");
		expect(read.target.toString()).toBe("99");
		expect(read.thresholds?.mode).toBe("absolute");
		expect(read.thresholds?.green.toString()).toBe("0.5");
		expect(read.thresholds?.yellow.toString()).toBe("2");
		expect(read.cadence).toBe("weekly");
		expect(read.measurements.map((m) => [m.value.toString(), m.index])).toEqual([
			["50", 1],
			["99.1", 0],
			["99.3", 2],
		]);
		expect(read.origin).toEqual({
			objectiveId: "registration",
			keyResultId: "uptime-kr",
			promotedAt: "2025-09-30",
		});
		expect(read.source).toBe(promoted);
		expect(read.path).toEqual([]);
	});

	it("fills what is optional: no thresholds, cadence, origin, unit, owner or measurements", () => {
		const read = readKpi({ id: "k", name: "", direction: "onTarget", target: 0 }, []);
		expect(read.thresholds).toBeNull();
		expect(read.cadence).toBeNull();
		expect(read.origin).toBeNull();
		expect(read.unit).toBeUndefined();
		expect(read.owner).toBeUndefined();
		expect(read.measurements).toEqual([]);
	});

	it("accepts an origin whose promotedAt is null", () => {
		const read = readKpi(
			{ ...promoted, origin: { objectiveId: "o", keyResultId: "kr", promotedAt: null } },
			[],
		);
		expect(read.origin?.promotedAt).toBeNull();
	});

	it("checks the origin's fields", () => {
		const withOrigin = (origin: unknown) => () => readKpi({ ...promoted, origin }, []);
		expectIssue(withOrigin({ keyResultId: "kr", promotedAt: null }), "REQUIRED", [
			"origin",
			"objectiveId",
		]);
		expectIssue(
			withOrigin({ objectiveId: "o", keyResultId: "", promotedAt: null }),
			"EMPTY_STRING",
			["origin", "keyResultId"],
		);
		expectIssue(
			withOrigin({ objectiveId: "o", keyResultId: "kr", promotedAt: "30/09/2025" }),
			"INVALID_DATE",
			["origin", "promotedAt"],
		);
		expectIssue(
			withOrigin({ objectiveId: "o", keyResultId: "kr", promotedAt: 20250930 }),
			"INVALID_TYPE",
			["origin", "promotedAt"],
		);
	});

	it("prefixes every issue path with the path it is given", () => {
		expectIssue(() => readKpi({ ...promoted, target: "x" }, ["kpis", 3]), "INVALID_NUMBER", [
			"kpis",
			3,
			"target",
		]);
		expectIssue(
			() =>
				readKpi({ ...promoted, target: 0, thresholds: { mode: "relative", green: 0, yellow: 1 } }, [
					"kpis",
					0,
				]),
			"RELATIVE_TO_ZERO_TARGET",
			["kpis", 0, "thresholds", "mode"],
		);
		expectIssue(() => readKpi({ ...promoted, cadence: 7 }, ["kpis", 1]), "INVALID_ENUM", [
			"kpis",
			1,
			"cadence",
		]);
	});

	it("accepts absolute thresholds on a zero target", () => {
		const read = readKpi(
			{ ...promoted, target: 0, thresholds: { mode: "absolute", green: 0, yellow: 1 } },
			[],
		);
		expect(read.thresholds?.mode).toBe("absolute");
	});

	it("readThresholds checks thresholds on their own (for promotion options)", () => {
		expect(readThresholds({ mode: "relative", green: 0, yellow: "0.1" }, ["thresholds"]).mode).toBe(
			"relative",
		);
		expectIssue(
			() => readThresholds({ mode: "relative", green: 1, yellow: 0 }, ["thresholds"]),
			"THRESHOLDS_OUT_OF_ORDER",
			["thresholds"],
		);
	});

	it("does not mutate its input", () => {
		const input = deepFreeze(structuredClone(promoted));
		const before = structuredClone(input);
		readKpi(input, []);
		expect(input).toEqual(before);
	});

	it("names what it expected: a KPI, thresholds", () => {
		expect(message(() => readKpi(null, []), "INVALID_TYPE", [])).toBe(
			"Expected a KPI (an object), received null.",
		);
		expect(message(() => readThresholds([], ["thresholds"]), "INVALID_TYPE", ["thresholds"])).toBe(
			"Expected thresholds { mode, green, yellow } (an object), received an array.",
		);
	});

	it("reads a promoted KPI's origin: promotedAt a date string or null", () => {
		const base = { id: "k", name: "K", direction: "higherIsBetter", target: 1 };
		const origin = { objectiveId: "o", keyResultId: "kr" };
		expect(
			readKpi({ ...base, origin: { ...origin, promotedAt: null } }, []).origin?.promotedAt,
		).toBeNull();
		expect(readKpi({ ...base, origin }, []).origin?.promotedAt).toBeNull();
		expect(
			readKpi({ ...base, origin: { ...origin, promotedAt: "2025-07-01" } }, []).origin?.promotedAt,
		).toBe("2025-07-01");
		expect(
			message(
				() => readKpi({ ...base, origin: { ...origin, promotedAt: 5 } }, []),
				"INVALID_TYPE",
				["origin", "promotedAt"],
			),
		).toBe('Expected a date "YYYY-MM-DD" or null.');
		expect(message(() => readKpi({ ...base, origin: 5 }, []), "INVALID_TYPE", ["origin"])).toBe(
			"Expected an origin { objectiveId, keyResultId, promotedAt } (an object), received a number.",
		);
	});
});

describe("readKpi: measurements have no confidence", () => {
	it("ignores a confidence field on a measurement; parseKpi keeps it as a field it does not know", () => {
		const kpi = {
			id: "nps",
			name: "NPS",
			direction: "higherIsBetter",
			target: 8,
			measurements: [{ at: "2025-07-01", value: 7, confidence: Number.NaN }],
		};
		expect(readKpi(kpi, []).measurements).toHaveLength(1);
		expect(parseKpi(kpi).measurements).toEqual([
			{ at: "2025-07-01", value: 7, confidence: Number.NaN },
		]);
	});
});
