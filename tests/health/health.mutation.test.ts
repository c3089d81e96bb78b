/**
 * The words of programHealth for arguments that are not arrays (mutation testing, issue 8).
 */
import { describe, expect, it } from "vitest";
import { programHealth } from "../../src/index.js";
import { expectIssue } from "../support/foundation.js";

describe("programHealth arguments", () => {
	it("says which argument is not an array", () => {
		expect(
			expectIssue(() => programHealth(5 as never, [], "2025-07-01"), "INVALID_TYPE", []).issues[0]
				?.message,
		).toBe("Expected an array of objectives (an array), received a number.");
		expect(
			expectIssue(() => programHealth([], {} as never, "2025-07-01"), "INVALID_TYPE", ["kpis"])
				.issues[0]?.message,
		).toBe("Expected an array of KPIs (an array), received an object.");
	});
});
