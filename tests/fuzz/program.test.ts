/**
 * Fuzz: lint and program health under hostile objectives, KPIs, dates and policies.
 * See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type Kpi,
	type LintFinding,
	lint,
	lintSeverity,
	type Objective,
	type ProgramHealth,
	programHealth,
} from "../../src/index.js";
import { LINT_FINDING_CODES } from "./codes.js";
import { ensure, expectOneOf, expectWithin, fuzz } from "./harness.js";
import { dateField, kpisArb, objectivesArb, optionsArb } from "./hostile.js";
import { expectProgress } from "./ranges.js";

describe("fuzz: lint and health", () => {
	it("lint: findings with known codes and their severities; or an OkrError", () => {
		fuzz({
			name: "lint",
			args: fc.tuple(
				objectivesArb,
				fc.oneof(fc.constant(undefined), kpisArb),
				optionsArb({ asOf: dateField }),
			),
			call: (objectives, kpis, o) =>
				lint(objectives as Objective[], kpis as Kpi[] | undefined, o as never),
			check: (findings: readonly LintFinding[]) => {
				for (const f of findings) {
					expectOneOf(f.code, LINT_FINDING_CODES);
					ensure(f.severity === lintSeverity[f.code], "the severity of its code");
					ensure(f.ids.length > 0 && f.ids.every((id) => typeof id === "string"), "ids");
					ensure(typeof f.message === "string" && f.message !== "", "a message");
				}
			},
			numRuns: 400,
		});
	});

	it("programHealth: four figures in [0, 1] or null, met by their aims; or an OkrError", () => {
		fuzz({
			name: "programHealth",
			args: fc.tuple(objectivesArb, kpisArb, dateField, optionsArb()),
			call: (objectives, kpis, asOf, o) =>
				programHealth(objectives as Objective[], kpis as Kpi[], asOf as string, o as never),
			check: (h: ProgramHealth, [, , , o]) => {
				for (const figure of [
					h.achievementRate,
					h.checkInCompliance,
					h.kpisOnTime,
					h.connectedShare,
				]) {
					if (figure.value === null) ensure(figure.met === null, "no value: met is null");
					else {
						// The achievement rate is a mean score: within [floor, cap] of the policy.
						if (figure === h.achievementRate) expectProgress(figure.value, o);
						else expectWithin(figure.value, 0, 1);
						const { min, max } = figure.aim;
						const within = figure.value >= min && (max === undefined || figure.value <= max);
						ensure(figure.met === within, "met says whether the value is within the aim");
					}
				}
			},
			numRuns: 400,
		});
	});
});
