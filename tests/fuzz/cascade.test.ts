/**
 * Fuzz: cascades under hostile objectives: random parent links with loops, unknown
 * parents, duplicate ids (prototype names included), negative and zero contributions and weights.
 * See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type AlignmentReport,
	alignmentReport,
	createRollUp,
	type Explanation,
	explain,
	type KeyResultPatch,
	type Kpi,
	type Objective,
	type RollUpScore,
	rollUp,
	validateCascade,
} from "../../src/index.js";
import { CASCADE_ISSUE_CODES } from "./codes.js";
import { ensure, expectOneOf, expectWithin, fuzz } from "./harness.js";
import {
	anyHostile,
	CASCADE_IDS,
	dateField,
	ID_POOL,
	idField,
	kpisArb,
	objectivesArb,
	optionsArb,
	plausibleNumber,
	sprinkle,
} from "./hostile.js";
import { expectGrade, expectProgress } from "./ranges.js";

const SOURCES = ["keyResults", "children", "both"];

/** The options of the roll-ups: a policy, a day (a snapshot), partial or not. */
const cascadeOptions = optionsArb({
	asOf: dateField,
	partial: fc.constantFrom<unknown>(true, false, undefined, "yes"),
});

function expectScores(scores: ReadonlyMap<string, RollUpScore<boolean>>, options: unknown): void {
	for (const [id, s] of scores) {
		ensure(typeof id === "string" && id !== "", "ids are non-empty strings");
		if (s.score === null) {
			ensure(
				s.grade === null && s.color === null && s.source === null,
				"an unscored entry has no grade, colour or source",
			);
			ensure(typeof s.issue.code === "string" && s.issue.message !== "", "it says why");
			continue;
		}
		expectProgress(s.score, options);
		expectGrade(s, options);
		expectOneOf(s.source, SOURCES);
	}
}

const patchArb: fc.Arbitrary<unknown> = fc.oneof(
	sprinkle(
		fc.record(
			{
				current: plausibleNumber,
				done: fc.boolean(),
				weight: fc.constantFrom<unknown>(0, 1, 2, "0.5"),
				start: plausibleNumber,
				target: plausibleNumber,
			},
			{ requiredKeys: [] },
		),
		["id", "kind", "items", "checkIns"],
		3,
	),
	fc.record({ id: idField }),
	fc.constantFrom<unknown>(null, 5, [], { kind: "milestone" }, { kind: "unknown" }),
);

const updatesArb = fc.array(
	fc.tuple(
		fc.oneof(
			fc.constantFrom(...ID_POOL, "missing", "o0-kr0", "o2-kr1", "__proto__-kr0", "toString-kr0"),
			anyHostile,
		),
		patchArb,
	),
	{ maxLength: 3 },
);

describe("fuzz: cascades", () => {
	it("validateCascade: issues with cascade codes and paths starting at an index; or an OkrError", () => {
		fuzz({
			name: "validateCascade",
			args: fc.tuple(objectivesArb, optionsArb()),
			call: (objectives, o) => validateCascade(objectives as Objective[], o as never),
			check: (
				issues: readonly { code: string; path: readonly unknown[]; ids: readonly string[] }[],
			) => {
				for (const issue of issues) {
					expectOneOf(issue.code, CASCADE_ISSUE_CODES);
					ensure(typeof issue.path[0] === "number", "a cascade issue's path starts with an index");
					ensure(issue.ids.length > 0, "a cascade issue names its ids");
				}
			},
			numRuns: 400,
		});
	});

	it("rollUp: every score in range with its grade and source; or an OkrError", () => {
		fuzz({
			name: "rollUp",
			args: fc.tuple(objectivesArb, cascadeOptions),
			call: (objectives, o) => rollUp(objectives as Objective[], o as never),
			check: (scores: ReadonlyMap<string, RollUpScore<boolean>>, [, o]) => expectScores(scores, o),
			numRuns: 400,
		});
	});

	it("createRollUp and update: scores in range, old values unchanged; or an OkrError", () => {
		fuzz({
			name: "createRollUp",
			args: fc.tuple(objectivesArb, cascadeOptions, updatesArb),
			call: (objectives, o, updates) => {
				const first = createRollUp(objectives as Objective[], o as never);
				const before = [...first.scores];
				let current = first;
				const steps: unknown[] = [];
				for (const [id, patch] of updates) {
					try {
						current = current.update(id as string, patch as KeyResultPatch);
						steps.push([...current.scores]);
					} catch (error) {
						// An update may fail as any call may; the harness checks what it threw.
						steps.push({ threw: error });
						throw error;
					}
				}
				ensure(
					JSON.stringify([...first.scores]) === JSON.stringify(before),
					"an update leaves the old value unchanged",
				);
				return { scores: first.scores, steps: steps.length, last: current.scores };
			},
			check: (
				r: {
					scores: ReadonlyMap<string, RollUpScore<boolean>>;
					last: ReadonlyMap<string, RollUpScore<boolean>>;
				},
				[, o],
			) => {
				expectScores(r.scores, o);
				expectScores(r.last, o);
				ensure(r.last.size === r.scores.size, "an update keeps every objective");
			},
			numRuns: 400,
		});
	});

	it("explain: terms whose shares and points add up; or an OkrError", () => {
		fuzz({
			name: "explain",
			args: fc.tuple(
				objectivesArb,
				fc.oneof(
					{ arbitrary: fc.constantFrom(...CASCADE_IDS.slice(0, 4)), weight: 6 },
					{ arbitrary: fc.constantFrom(...CASCADE_IDS, ...ID_POOL), weight: 2 },
					{ arbitrary: anyHostile, weight: 1 },
				),
				cascadeOptions,
			),
			call: (objectives, id, o) => explain(objectives as Objective[], id as string, o as never),
			check: (e: Explanation<boolean>, [, , o]) => {
				if (e.score === null) {
					ensure(e.terms.length === 0 && e.source === null, "an unscored objective has no terms");
					ensure(typeof e.issue.code === "string", "it says why");
					return;
				}
				expectProgress(e.score, o);
				expectOneOf(e.source, SOURCES);
				let shares = 0;
				let points = 0;
				for (const t of e.terms) {
					expectOneOf(t.kind, ["keyResult", "objective"]);
					expectWithin(t.share, 0, 1);
					expectProgress(t.progress, o);
					shares += t.share;
					points += t.points;
				}
				if (e.terms.length > 0) {
					ensure(Math.abs(shares - 1) < 1e-9, "shares add up to 1");
					ensure(
						Math.abs(points - e.score) < 1e-9 * Math.max(1, Math.abs(e.score)),
						"points add up to the score",
					);
				}
			},
			numRuns: 400,
		});
	});

	it("alignmentReport: id lists and a connected share in [0, 1]; or an OkrError", () => {
		fuzz({
			name: "alignmentReport",
			args: fc.tuple(objectivesArb, fc.oneof(fc.constant(undefined), kpisArb), optionsArb()),
			call: (objectives, kpis, o) =>
				alignmentReport(objectives as Objective[], kpis as Kpi[] | undefined, o as never),
			check: (r: AlignmentReport) => {
				expectWithin(r.connectedShare, 0, 1);
				for (const list of [r.orphans, r.unlinkedKpis, r.objectivesWithoutKpis]) {
					ensure(
						list.every((id) => typeof id === "string"),
						"lists hold ids",
					);
				}
			},
			numRuns: 400,
		});
	});
});
