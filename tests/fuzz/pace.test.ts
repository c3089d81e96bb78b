/**
 * Fuzz: pace, forecasts and check-in compliance under hostile cycles, dates, key results
 * and policies. See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type CheckInCompliance,
	type Cycle,
	checkInCompliance,
	expectedProgress,
	type Forecast,
	forecast,
	type KeyResult,
	type Objective,
	type PaceStatus,
	paceStatus,
	type RequiredPace,
	requiredPace,
} from "../../src/index.js";
import { ensure, expectOneOf, expectWithin, fuzz } from "./harness.js";
import {
	cycleArb,
	dateField,
	keyResultArb,
	keyResultOf,
	metricWithHistoryArb,
	numberField,
	objectiveArb,
	objectivesArb,
	optionsArb,
} from "./hostile.js";
import { expectGrade, expectProgress } from "./ranges.js";

describe("fuzz: pace", () => {
	it("expectedProgress: a share within [0, final], or an OkrError", () => {
		fuzz({
			name: "expectedProgress",
			args: fc.tuple(cycleArb, dateField, optionsArb({ final: numberField })),
			call: (c, asOf, o) => expectedProgress(c as Cycle, asOf as string, o as never),
			check: (x: number, [, , o]) => {
				const final = (o as { final?: unknown } | undefined)?.final;
				expectWithin(x, 0, final === undefined ? 1 : Math.max(0, Number(final)));
			},
			numRuns: 1200,
		});
	});

	it("paceStatus: progress, expected and gap consistent, status by the gap; or an OkrError", () => {
		fuzz({
			name: "paceStatus",
			args: fc.tuple(objectiveArb, dateField, optionsArb({ cycle: cycleArb })),
			call: (obj, asOf, o) => paceStatus(obj as Objective, asOf as string, o as never),
			check: (p: PaceStatus, [, , o]) => {
				expectOneOf(p.status, ["onTrack", "atRisk", "offTrack"]);
				expectProgress(p.progress, o);
				expectWithin(p.expected, 0, 1);
				ensure(Math.abs(p.gap - (p.expected - p.progress)) < 1e-9, "gap = expected − progress");
			},
			numRuns: 700,
		});
	});

	it("forecast: a finite value, progress in range and a grade; or an OkrError", () => {
		fuzz({
			name: "forecast",
			args: fc.tuple(
				fc.oneof(
					{ arbitrary: keyResultOf(2), weight: 1 },
					{ arbitrary: metricWithHistoryArb, weight: 3 },
				),
				cycleArb,
				dateField,
				optionsArb(),
			),
			call: (kr, c, asOf, o) => forecast(kr as KeyResult, c as Cycle, asOf as string, o as never),
			check: (f: Forecast, [, , , o]) => {
				expectProgress(f.progress, o);
				expectGrade(f, o);
			},
			numRuns: 700,
		});
	});

	it("requiredPace: days left >= 0, a pace exactly when a day is left; or an OkrError", () => {
		fuzz({
			name: "requiredPace",
			args: fc.tuple(
				fc.oneof(
					{ arbitrary: keyResultOf(2), weight: 1 },
					{ arbitrary: metricWithHistoryArb, weight: 3 },
				),
				cycleArb,
				dateField,
				optionsArb({ progress: numberField }),
			),
			call: (kr, c, asOf, o) =>
				requiredPace(kr as KeyResult, c as Cycle, asOf as string, o as never),
			check: (p: RequiredPace) => {
				ensure(Number.isInteger(p.daysLeft) && p.daysLeft >= 0, "daysLeft a count");
				ensure(
					(p.perDay === null) === (p.daysLeft === 0),
					"perDay null exactly when no day is left",
				);
				ensure(
					(p.perWeek === null) === (p.daysLeft === 0),
					"perWeek null exactly when no day is left",
				);
				if (p.perDay !== null) ensure(Math.sign(p.perDay) === Math.sign(p.remaining), "pace sign");
			},
			numRuns: 700,
		});
	});

	it("checkInCompliance: shares in [0, 1], counts consistent; or an OkrError", () => {
		fuzz({
			name: "checkInCompliance",
			args: fc.tuple(
				fc.oneof(objectivesArb, objectiveArb, keyResultArb),
				dateField,
				optionsArb({
					cycle: cycleArb,
					periodDays: fc.constantFrom<unknown>(1, 7, 14, 0, -7, 1.5, "7", Number.NaN, 1e9),
				}),
			),
			call: (subject, asOf, o) =>
				checkInCompliance(subject as Objective, asOf as string, o as never),
			check: (c: CheckInCompliance) => {
				ensure(c.covered <= c.pairs, "covered <= pairs");
				if (c.pairs === 0) ensure(c.value === null, "no pairs: value null");
				else expectWithin(c.value, 0, 1);
			},
			numRuns: 600,
		});
	});
});
