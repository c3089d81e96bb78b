/**
 * The message of an OkrValidationError lists at most five issues and says how many more there are
 * (mutation testing, issue 8, showed the edge at exactly five was not pinned).
 */
import { describe, expect, it } from "vitest";
import { OkrValidationError } from "../../src/index.js";

const issues = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		code: "REQUIRED" as const,
		path: ["items", i],
		message: `Item ${i} is missing.`,
	}));

describe("OkrValidationError messages", () => {
	it("lists five issues without a tail, and says how many more past five", () => {
		const five = new OkrValidationError(issues(5)).message;
		expect(five.split("\n")).toHaveLength(5);
		expect(five).not.toContain("more");
		expect(new OkrValidationError(issues(6)).message.split("\n").at(-1)).toBe("(and 1 more)");
		expect(new OkrValidationError(issues(0)).message).toBe("Invalid input.");
	});
});
