/**
 * Fuzz: the zod model under hostile input. `parseX` and `definePolicy` keep the promise
 * (a value or an OkrError); `safeParseX` never throws at all: its failure is an
 * `OkrValidationError` held in the result. See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	definePolicy,
	OkrValidationError,
	parseKeyResult,
	parseKpi,
	parseObjective,
	parseProgram,
	safeParseKeyResult,
	safeParseKpi,
	safeParseObjective,
	safeParseProgram,
} from "../../src/index.js";
import { ensure, expectOkrError, fuzz } from "./harness.js";
import {
	anyHostile,
	dateField,
	keyResultArb,
	kpiArb,
	kpisArb,
	objectiveArb,
	objectivesArb,
	policyArb,
} from "./hostile.js";

const cases = [
	["KeyResult", keyResultArb, parseKeyResult, safeParseKeyResult],
	["Objective", objectiveArb, parseObjective, safeParseObjective],
	["Kpi", kpiArb, parseKpi, safeParseKpi],
] as const;

describe("fuzz: the zod model", () => {
	for (const [name, arb, parse, safeParse] of cases) {
		it(`parse${name}: the parsed value, or an OkrValidationError`, () => {
			fuzz({
				name: `parse${name}`,
				args: fc.tuple(arb),
				call: (input) => parse(input as never),
				numRuns: 600,
				echoesInput: true,
			});
		});

		it(`safeParse${name}: never throws; agrees with parse${name}`, () => {
			fuzz({
				name: `safeParse${name}`,
				args: fc.tuple(arb),
				call: (input) => {
					const result = safeParse(input as never);
					if (result.success) return { success: true, data: result.data };
					ensure(result.error instanceof OkrValidationError, "the error is an OkrValidationError");
					expectOkrError(result.error);
					return { success: false, issues: result.error.issues };
				},
				numRuns: 400,
				echoesInput: true,
			});
		});
	}

	const programArb = fc.oneof(
		fc.record(
			{ objectives: objectivesArb, kpis: kpisArb, extra: anyHostile },
			{ requiredKeys: ["objectives"] },
		),
		anyHostile,
	);
	const programOptions = fc.record(
		{ strict: fc.oneof(fc.boolean(), anyHostile), asOf: dateField },
		{ requiredKeys: [] },
	);

	it("parseProgram: the parsed program, or an OkrValidationError", () => {
		fuzz({
			name: "parseProgram",
			args: fc.tuple(programArb, programOptions),
			// The model's part of the result (a field the model does not know, such as `extra`, comes
			// back as written, NaN included).
			call: (input, options) => {
				const { objectives, kpis, warnings } = parseProgram(input, options as never);
				return { objectives, kpis, warnings };
			},
			numRuns: 300,
			echoesInput: true,
		});
	});

	it("safeParseProgram: never throws; its failure is an OkrValidationError", () => {
		fuzz({
			name: "safeParseProgram",
			args: fc.tuple(programArb, programOptions),
			call: (input, options) => {
				const result = safeParseProgram(input, options as never);
				if (result.success) return { success: true, warnings: result.data.warnings };
				ensure(result.error instanceof OkrValidationError, "the error is an OkrValidationError");
				expectOkrError(result.error);
				return { success: false, issues: result.error.issues };
			},
			numRuns: 200,
			echoesInput: true,
		});
	});

	it("definePolicy: a full, frozen policy, or an OkrValidationError; nothing polluted", () => {
		fuzz({
			name: "definePolicy",
			args: fc.tuple(policyArb),
			call: (partial) => {
				const policy = definePolicy(partial as never);
				ensure(Object.isFrozen(policy), "the policy is frozen");
				return policy;
			},
			check: () => {
				ensure(!("polluted" in {}), "Object.prototype is not polluted");
				ensure(({} as { cap?: unknown }).cap === undefined, "no cap on Object.prototype");
			},
			numRuns: 1000,
			echoesInput: true,
		});
	});
});
