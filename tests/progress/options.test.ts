/**
 * The options every progress computation reads: `asOf` (a day) and `score` (a score computed
 * elsewhere), each read exactly or reported at its own path.
 */
import { describe, expect, it } from "vitest";
import { asOfOption, scoreOption } from "../../src/progress/options.js";
import { parseDayString } from "../../src/time/day.js";
import { expectIssue } from "../support/foundation.js";

describe("options.score", () => {
	it("is null when not given, or when the options are not an object", () => {
		expect(scoreOption(undefined)).toBeNull();
		expect(scoreOption({})).toBeNull();
		expect(scoreOption({ score: undefined })).toBeNull();
		expect(scoreOption(null)).toBeNull();
		expect(scoreOption([0.5])).toBeNull();
	});

	it("is read exactly, from a number or a decimal string", () => {
		expect(scoreOption({ score: "0.35" })?.toString()).toBe("0.35");
		expect(scoreOption({ score: 0.1 })?.toString()).toBe("0.1");
	});

	it("is an own field: an inherited score is not read", () => {
		expect(scoreOption(Object.create({ score: 0.5 }))).toBeNull();
	});

	it("is INVALID_NUMBER at options.score when it is not a number", () => {
		expectIssue(() => scoreOption({ score: "abc" }), "INVALID_NUMBER", ["options", "score"]);
		expectIssue(() => scoreOption({ score: null }), "INVALID_NUMBER", ["options", "score"]);
	});
});

describe("options.asOf", () => {
	it("is null when not given, else the day, read in options.timeZone", () => {
		expect(asOfOption(undefined)).toBeNull();
		expect(asOfOption({})).toBeNull();
		expect(asOfOption({ asOf: "2025-08-15" })).toBe(parseDayString("2025-08-15"));
		expect(asOfOption({ asOf: "2025-08-15T23:30:00Z", timeZone: "Europe/Berlin" })).toBe(
			parseDayString("2025-08-16"),
		);
	});

	it("is INVALID_DATE at options.asOf when it is not a date", () => {
		expectIssue(() => asOfOption({ asOf: "15/08/2025" }), "INVALID_DATE", ["options", "asOf"]);
	});
});
