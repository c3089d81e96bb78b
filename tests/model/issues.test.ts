/**
 * How the zod model turns zod's issues into okr-kit's (src/model/issues.ts), where the caller's
 * input is not what zod read (an inherited field, a getter that answers differently the second
 * time), for an empty id that is not a string, and for a field that fails its leaf beside a rule.
 */
import { describe, expect, it } from "vitest";
import { safeParseKeyResult, safeParseKpi, safeParseObjective } from "../../src/index.js";
import { wordedIssuesOf as issuesOf } from "./fixtures.js";

/**
 * An objective whose `keyResults` is `[null]` on the first two reads (the compiled parse's, then
 * zod's) and `second` after that (when the issues are worded).
 */
function changingObjective(second: unknown): unknown {
	let reads = 0;
	return {
		id: "o",
		title: "O",
		get keyResults() {
			reads += 1;
			return reads <= 2 ? [null] : second;
		},
	};
}

describe("the zod model's issues where the input is not what zod read", () => {
	it("reports a field zod read from the prototype as missing: fields are own properties", () => {
		const input = Object.assign(Object.create({ title: 5 }), {
			id: "k",
			kind: "milestone",
			done: true,
		});
		expect(issuesOf(safeParseKeyResult(input))).toEqual([
			["REQUIRED", ["title"], '"title" is required.'],
		]);
	});

	it("keeps a rule's code on an inherited field (only a leaf's issue there is REQUIRED)", () => {
		const input = Object.assign(Object.create({ weight: -1 }), {
			id: "k",
			title: "t",
			kind: "milestone",
			done: true,
		});
		expect(issuesOf(safeParseKeyResult(input))).toEqual([
			["NEGATIVE", ["weight"], "Must be zero or more, received -1."],
		]);
	});

	it("stops at a null met on the way along an issue's path, without a TypeError", () => {
		expect(issuesOf(safeParseObjective(changingObjective(null)))).toEqual([
			["INVALID_TYPE", ["keyResults", 0], "Expected an object, received nothing."],
		]);
	});

	it("stops at a string met on the way along an issue's path, not reading its characters", () => {
		expect(issuesOf(safeParseObjective(changingObjective("xy")))).toEqual([
			["INVALID_TYPE", ["keyResults", 0], "Expected an object, received nothing."],
		]);
	});
});

describe("an input that answers differently on each read", () => {
	it("parses as zod read it, when the compiled parse's read was refused", () => {
		let reads = 0;
		const input = {
			id: "o",
			get title() {
				reads += 1;
				return reads === 1 ? "" : "Grow";
			},
		};
		const result = safeParseObjective(input);
		expect(result.success && result.data.title).toBe("Grow");
	});
});

describe("an id that is not a string", () => {
	it("gets its type issue only, not EMPTY_STRING, though it has a length of 0", () => {
		for (const id of [[], new Uint8Array(0), { length: 0 }]) {
			expect(issuesOf(safeParseObjective({ id, title: "O" }))).toEqual([
				[
					"INVALID_TYPE",
					["id"],
					`Expected a string, received ${Array.isArray(id) ? "an array" : "an object"}.`,
				],
			]);
		}
	});
});

describe("a field that fails its leaf", () => {
	const badNumber = 'Expected a finite number or a decimal string such as "12.5", received "x".';

	it("does not hide the issue of a rule over other fields", () => {
		expect(
			issuesOf(
				safeParseKeyResult({
					id: "k",
					title: "t",
					kind: "metric",
					start: 5,
					target: "5.0",
					current: "x",
				}),
			),
		).toEqual([
			["INVALID_NUMBER", ["current"], badNumber],
			[
				"START_EQUALS_TARGET",
				["target"],
				'A metric key result needs target != start (its progress would be 0/0). To keep a value at or beyond a level, use a key result of kind "threshold".',
			],
		]);
		expect(
			issuesOf(
				safeParseKpi({
					id: "k",
					name: "K",
					direction: "onTarget",
					target: 0,
					thresholds: { mode: "relative", green: "x", yellow: 1 },
				}),
			),
		).toEqual([
			["INVALID_NUMBER", ["thresholds", "green"], badNumber],
			[
				"RELATIVE_TO_ZERO_TARGET",
				["thresholds", "mode"],
				'Relative thresholds need a non-zero target; use mode "absolute" for a target of 0.',
			],
		]);
	});

	it("gives no issue of a rule that needs its value: a bad end is no END_BEFORE_START", () => {
		expect(
			issuesOf(
				safeParseObjective({ id: "o", title: "O", cycle: { start: "2025-07-01", end: "bad" } }),
			),
		).toEqual([
			[
				"INVALID_DATE",
				["cycle", "end"],
				'Expected a calendar date "YYYY-MM-DD" or a timestamp with an offset ("Z", "+02:00"), received "bad".',
			],
		]);
	});
});
