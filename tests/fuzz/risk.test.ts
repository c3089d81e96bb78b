/**
 * Fuzz: confidence and risk under hostile key results, objectives, dates and policies. See
 * `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type Confidence,
	confidenceOf,
	type KeyResult,
	type Objective,
	RISK_CODES,
	type Risk,
	riskOf,
} from "../../src/index.js";
import { ensure, expectOneOf, expectWithin, fuzz } from "./harness.js";
import { cycleArb, dateField, keyResultArb, objectiveArb, optionsArb } from "./hostile.js";

const COLORS = ["red", "yellow", "green"] as const;

describe("fuzz: risk", () => {
	it("confidenceOf: null, or a value from 0 to 10 with a day and a colour; or an OkrError", () => {
		fuzz({
			name: "confidenceOf",
			args: fc.tuple(keyResultArb, optionsArb({ asOf: dateField })),
			call: (kr, o) => confidenceOf(kr as KeyResult, o as never),
			check: (c: Confidence | null) => {
				if (c === null) return;
				expectWithin(c.value, 0, 10);
				ensure(/^\d{4}-\d{2}-\d{2}$/.test(c.at), "at is a day");
				expectOneOf(c.color, COLORS);
			},
			numRuns: 700,
		});
	});

	it("riskOf: a level that is low exactly when there is no reason, known codes; or an OkrError", () => {
		fuzz({
			name: "riskOf",
			args: fc.tuple(objectiveArb, dateField, optionsArb({ cycle: cycleArb })),
			call: (obj, asOf, o) => riskOf(obj as Objective, asOf as string, o as never),
			check: (r: Risk) => {
				expectOneOf(r.level, ["low", "medium", "high"]);
				ensure((r.level === "low") === (r.reasons.length === 0), "low exactly without reasons");
				for (const reason of r.reasons) {
					expectOneOf(reason.code, RISK_CODES);
					ensure(reason.ids.length >= 1 && reason.message.length > 0, "ids and a message");
				}
			},
			numRuns: 700,
		});
	});
});
