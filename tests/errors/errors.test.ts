/** OkrError with a stable code; OkrValidationError with coded issues and paths (docs/errors.md). */
import { describe, expect, it } from "vitest";
import {
	keyResultProgress,
	OkrError,
	type OkrIssue,
	OkrValidationError,
	objectiveProgress,
} from "../../src/index.js";
import { expectIssue, thrown } from "../support/foundation.js";

describe("OkrError", () => {
	it("is an Error with a name, a stable code and a frozen path (default [])", () => {
		const error = new OkrError("NO_KEY_RESULTS", "Nothing to score.");
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe("OkrError");
		expect(error.code).toBe("NO_KEY_RESULTS");
		expect(error.message).toBe("Nothing to score.");
		expect(error.path).toEqual([]);
		expect(Object.isFrozen(error.path)).toBe(true);
	});

	it("copies the path it is given", () => {
		const path = ["keyResults", 0];
		const error = new OkrError("ZERO_TOTAL_WEIGHT", "m", path);
		path.push("x");
		expect(error.path).toEqual(["keyResults", 0]);
	});
});

describe("OkrValidationError", () => {
	const issue = (i: number): OkrIssue => ({
		code: "INVALID_NUMBER",
		path: ["keyResults", i, "target"],
		message: `bad ${i}`,
	});

	it("has code INVALID_INPUT, the first issue's path, and frozen copies of the issues", () => {
		const issues = [issue(2), issue(3)];
		const error = new OkrValidationError(issues);
		expect(error).toBeInstanceOf(OkrError);
		expect(error.name).toBe("OkrValidationError");
		expect(error.code).toBe("INVALID_INPUT");
		expect(error.path).toEqual(["keyResults", 2, "target"]);
		expect(error.issues).toEqual(issues);
		expect(Object.isFrozen(error.issues)).toBe(true);
		expect(Object.isFrozen(error.issues[0])).toBe(true);
		expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
		issues.pop();
		expect(error.issues).toHaveLength(2);
	});

	it("lists issues in its message with readable paths", () => {
		const error = new OkrValidationError([issue(2), { code: "REQUIRED", path: [], message: "m" }]);
		expect(error.message).toBe("keyResults[2].target: bad 2\n(root): m");
	});

	it("lists at most five issues in its message and counts the rest", () => {
		const error = new OkrValidationError([0, 1, 2, 3, 4, 5, 6].map(issue));
		expect(error.message.split("\n")).toHaveLength(6);
		expect(error.message.endsWith("(and 2 more)")).toBe(true);
		expect(error.issues).toHaveLength(7);
	});

	it("lists exactly five issues without a tail, and counts the one past five", () => {
		const issues = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				code: "REQUIRED" as const,
				path: ["items", i],
				message: `Item ${i} is missing.`,
			}));
		const five = new OkrValidationError(issues(5)).message;
		expect(five.split("\n")).toHaveLength(5);
		expect(five).not.toContain("more");
		expect(new OkrValidationError(issues(6)).message.split("\n").at(-1)).toBe("(and 1 more)");
		expect(new OkrValidationError(issues(0)).message).toBe("Invalid input.");
	});

	it("with no issues, says so and has an empty path", () => {
		const error = new OkrValidationError([]);
		expect(error.message).toBe("Invalid input.");
		expect(error.path).toEqual([]);
	});

	it("keeps the ids of an issue that has them", () => {
		const error = new OkrValidationError([
			{ code: "ALIGNMENT_CYCLE", path: [0, "parentId"], message: "loop", ids: ["a", "b"] },
		]);
		expect(error.issues[0]?.ids).toEqual(["a", "b"]);
	});

	it("is what computations throw for bad input, with a message naming the path", () => {
		const error = expectIssue(
			() =>
				objectiveProgress({
					id: "o",
					title: "o",
					keyResults: [
						{ id: "a", title: "a", kind: "milestone", done: true },
						{
							id: "b",
							title: "b",
							kind: "metric",
							start: 0,
							target: 1,
							checkIns: [{ at: "2025-13-01", value: 1 }],
						},
					],
				}),
			"INVALID_DATE",
			["keyResults", 1, "checkIns", 0, "at"],
		);
		expect(error.message.startsWith("keyResults[1].checkIns[0].at: ")).toBe(true);
	});

	it("computations never throw anything but OkrErrors for bad input", () => {
		const error = thrown(() => keyResultProgress(undefined as never));
		expect(error).toBeInstanceOf(OkrValidationError);
	});
});

describe("instanceof across copies of okr-kit in one process", () => {
	// A second instance of the module, as when the ESM and the CJS build are both loaded: its
	// classes are other objects than ours.
	const copyOfTheModule = "../../src/errors/index.js?copy";
	const loadCopy = () =>
		import(copyOfTheModule) as Promise<typeof import("../../src/errors/index.js")>;

	it("the copy's classes are distinct objects (so the check below is not the prototype's)", async () => {
		const copy = await loadCopy();
		expect(copy.OkrError).not.toBe(OkrError);
		expect(Object.getPrototypeOf(new copy.OkrError("NO_CYCLE", "m"))).not.toBe(OkrError.prototype);
	});

	it("an OkrError of the other copy is an OkrError here, not an OkrValidationError", async () => {
		const copy = await loadCopy();
		const error = new copy.OkrError("NO_CYCLE", "m");
		expect(error instanceof OkrError).toBe(true);
		expect(error instanceof OkrValidationError).toBe(false);
		expect(new OkrError("NO_CYCLE", "m") instanceof copy.OkrError).toBe(true);
	});

	it("an OkrValidationError of the other copy is both classes here", async () => {
		const copy = await loadCopy();
		const error = new copy.OkrValidationError([]);
		expect(error instanceof OkrValidationError).toBe(true);
		expect(error instanceof OkrError).toBe(true);
		expect(new OkrValidationError([]) instanceof copy.OkrValidationError).toBe(true);
	});

	it("other values are not: plain errors, look-alikes, primitives", () => {
		const lookAlike = Object.assign(new Error("m"), {
			name: "OkrError",
			code: "NO_CYCLE",
			path: [],
		});
		for (const value of [new Error("m"), lookAlike, { code: "NO_CYCLE" }, null, "OkrError", 1]) {
			expect(value instanceof OkrError).toBe(false);
			expect(value instanceof OkrValidationError).toBe(false);
		}
	});

	it("a subclass of your own keeps the ordinary check", () => {
		class MyError extends OkrError {}
		expect(new MyError("NO_CYCLE", "m") instanceof MyError).toBe(true);
		expect(new MyError("NO_CYCLE", "m") instanceof OkrError).toBe(true);
		expect(new OkrError("NO_CYCLE", "m") instanceof MyError).toBe(false);
	});
});
