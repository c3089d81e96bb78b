import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	createRollUp,
	type KeyResult,
	type Objective,
	OkrValidationError,
	rollUp,
	validateCascade,
} from "../../src/index.js";
import {
	deepFreeze,
	expectCode,
	expectIssue,
	expectUnmutated,
	metric,
} from "../support/foundation.js";
import { datedProgramArb, deletedAfter, outcome, q3Day } from "../support/programs.js";
import { at, done, kr, midQuarter, node, objective, seedCompany, twoTeams } from "./fixtures.js";

/** The objectives with `patch` merged into the key result `id` (a test-side reference). */
function patched(objectives: readonly Objective[], id: string, patch: object): Objective[] {
	return objectives.map((o) => ({
		...o,
		keyResults: (o.keyResults ?? []).map((k) =>
			k.id === id ? ({ ...k, ...patch } as KeyResult) : k,
		),
	}));
}

describe("createRollUp", () => {
	it("has the same scores as rollUp, in every source mode", () => {
		for (const source of ["keyResults", "children", "both"] as const) {
			const options = { policy: { rollup: { source } } };
			expect(createRollUp(seedCompany(), options).scores).toEqual(rollUp(seedCompany(), options));
		}
	});

	it("updates one key result and re-scores up to the root (the two-team example)", () => {
		const live = createRollUp(twoTeams());
		expect(live.scores.get("company")?.score).toBe(0.4);
		// team A: activation 50 → 80 now at 74: 0.8; company = (0.8 + 2 × 0.3) / 3
		const next = live.update("activation", { current: 74 });
		expect(next.scores.get("teamA")).toEqual({
			score: 0.8,
			grade: 0.8,
			color: "green",
			source: "keyResults",
		});
		expect(next.scores.get("company")?.score).toBe(0.4666666666666667); // 7/15
		expect(next.scores).toEqual(rollUp(patched(twoTeams(), "activation", { current: 74 })));
	});

	it("leaves the old value unchanged", () => {
		const live = createRollUp(twoTeams());
		const before = new Map(live.scores);
		live.update("tickets", { current: 600 });
		expect(live.scores).toEqual(before);
		expect(live.scores.get("company")?.score).toBe(0.4);
	});

	it("shares the scores of objectives off the path with the old value", () => {
		const live = createRollUp(seedCompany());
		const next = live.update("backlog", { current: 100 });
		expect(next.scores.get("product")).toBe(live.scores.get("product"));
		expect(next.scores.get("ben")).toBe(live.scores.get("ben"));
		expect(next.scores.get("ana")).not.toBe(live.scores.get("ana"));
		expect(next.scores.get("support")?.score).toBe(0.925); // (1 × 1 + 3 × 0.9) / 4
	});

	it("stops re-scoring where a score does not change (an objective scored by its own key results)", () => {
		const live = createRollUp(seedCompany());
		const next = live.update("articles", { current: 20 });
		// ben 0.9 → 1; support = (0.5 + 3 × 1) / 4 = 0.875; company keeps its own key results' 0.5
		expect(next.scores.get("support")?.score).toBe(0.875);
		expect(next.scores.get("company")).toBe(live.scores.get("company"));
	});

	it("applies a sequence of updates like a full roll-up of the patched objectives", () => {
		let objectives = seedCompany();
		let live = createRollUp(objectives, { policy: { rollup: { source: "both" } } });
		const steps: [string, object][] = [
			["backlog", { current: 175 }],
			["nps", { current: 70 }],
			["articles", { checkIns: [{ at: "2025-07-07", value: 4 }] }],
			["articles", { current: undefined }],
			["activation", { weight: 3 }],
			["churn", { target: "4.5" }],
		];
		for (const [id, patch] of steps) {
			live = live.update(id, patch);
			objectives = patched(objectives, id, patch);
			expect(live.scores).toEqual(rollUp(objectives, { policy: { rollup: { source: "both" } } }));
		}
	});

	it("lets a patch change a key result's kind", () => {
		const live = createRollUp(twoTeams());
		const next = live.update("tickets", { kind: "milestone", done: true });
		expect(next.scores.get("teamB")?.score).toBe(1);
		expect(next.scores.get("company")?.score).toBe(0.8666666666666667);
	});

	it("gives a read-only scores Map, the same on every access", () => {
		const live = createRollUp(twoTeams());
		const scores = live.scores;
		expect(live.scores).toBe(scores);
		expect(scores).toBeInstanceOf(Map);
		expect(() => (scores as Map<string, unknown>).set("x", 1)).toThrow(TypeError);
		expect(() => (scores as Map<string, unknown>).delete("company")).toThrow(TypeError);
		expect(() => (scores as Map<string, unknown>).clear()).toThrow(TypeError);
		expect(Object.isFrozen(scores.get("company"))).toBe(true);
		expect(scores.size).toBe(3);
		expect(Object.isFrozen(live)).toBe(true);
	});

	it("handles no objectives: empty scores, every key result unknown", () => {
		const live = createRollUp([]);
		expect(live.scores).toEqual(new Map());
		expectCode(() => live.update("kr", { current: 1 }), "UNKNOWN_KEY_RESULT");
	});

	it("handles more objectives than one node of its persistent array holds (32, 1,024, 32,768)", () => {
		for (const n of [33, 1025, 40_000]) {
			const objectives = [
				objective("company"),
				...Array.from({ length: n - 1 }, (_, i) =>
					objective(`p${i}`, { parentId: "company", keyResults: [at(`k${i}`, "0.5")] }),
				),
			];
			const live = createRollUp(objectives);
			const next = live.update(`k${n - 2}`, { current: 1 });
			expect(next.scores.get(`p${n - 2}`)?.score).toBe(1);
			expect(next.scores.get("p0")).toBe(live.scores.get("p0"));
			expect(next.scores.size).toBe(n);
			expect([...next.scores.keys()]).toEqual(objectives.map((o) => o.id));
		}
	});

	it("updates a chain 100,000 deep without overflowing the stack", () => {
		const n = 100_000;
		const chain: Objective[] = [];
		for (let i = 0; i < n - 1; i++) {
			chain.push({ id: `o${i}`, title: "Link", ...(i > 0 ? { parentId: `o${i - 1}` } : {}) });
		}
		chain.push({
			id: `o${n - 1}`,
			title: "Leaf",
			parentId: `o${n - 2}`,
			keyResults: [kr("leaf", 0, 8, 5)],
		});
		const live = createRollUp(chain);
		const next = live.update("leaf", { current: 6 });
		expect(next.scores.get("o0")?.score).toBe(0.75);
		expect(live.scores.get("o0")?.score).toBe(0.625);
	});

	describe("errors", () => {
		it("throws UNKNOWN_KEY_RESULT for an id no key result has", () => {
			// A cap beyond what the fast arithmetic covers: the roll-up is exact from the start.
			for (const options of [undefined, { policy: { progress: { cap: "1e300" } } }]) {
				const live = createRollUp(twoTeams(), options);
				expectCode(() => live.update("nope", { current: 1 }), "UNKNOWN_KEY_RESULT", [
					"keyResultId",
				]);
				expectCode(() => live.update("company", { current: 1 }), "UNKNOWN_KEY_RESULT");
				expectCode(() => live.update("__proto__", { current: 1 }), "UNKNOWN_KEY_RESULT");
				expectCode(() => live.update(7 as never, { current: 1 }), "UNKNOWN_KEY_RESULT");
			}
		});

		it("validates the patched key result, with paths starting at the patch", () => {
			const live = createRollUp(twoTeams());
			expectIssue(() => live.update("activation", { current: "lots" }), "INVALID_NUMBER", [
				"patch",
				"current",
			]);
			expectIssue(() => live.update("activation", { target: 50 }), "START_EQUALS_TARGET", [
				"patch",
				"target",
			]);
			expectIssue(() => live.update("activation", { kind: "milestone" }), "REQUIRED", [
				"patch",
				"done",
			]);
			expectIssue(() => live.update("activation", { weight: -1 }), "NEGATIVE", ["patch", "weight"]);
			expectIssue(() => live.update("activation", null as never), "INVALID_TYPE", ["patch"]);
		});

		it("refuses a patch that changes the key result's id", () => {
			const live = createRollUp(twoTeams());
			expectIssue(() => live.update("activation", { id: "tickets" }), "IMMUTABLE_ID", [
				"patch",
				"id",
			]);
			expect(
				live.update("activation", { id: "activation", current: 80 }).scores.get("teamA")?.score,
			).toBe(1);
		});

		it("throws ZERO_TOTAL_WEIGHT when a patch leaves the weights summing to 0, and the old value still works", () => {
			const live = createRollUp(twoTeams());
			expectCode(() => live.update("activation", { weight: 0 }), "ZERO_TOTAL_WEIGHT", [
				1,
				"keyResults",
			]);
			expect(live.update("tickets", { current: 600 }).scores.get("company")?.score).toBe(
				0.8666666666666667,
			);
		});

		it("ignores a prototype-polluting patch key", () => {
			const live = createRollUp(twoTeams());
			const patch = JSON.parse('{"__proto__": {"current": 80}, "current": 71}');
			expect(live.update("activation", patch).scores.get("teamA")?.score).toBe(0.7);
			expect(({} as Record<string, unknown>)["current"]).toBeUndefined();
		});

		it("refuses an unsound cascade with validateCascade's issues", () => {
			const objectives = [objective("a", { parentId: "a", keyResults: [at("k", 1)] })];
			try {
				createRollUp(objectives);
				expect.unreachable();
			} catch (error) {
				expect(error).toBeInstanceOf(OkrValidationError);
				expect((error as OkrValidationError).issues).toEqual(validateCascade(objectives));
			}
		});

		it("throws NO_KEY_RESULTS as rollUp does", () => {
			expectCode(() => createRollUp([objective("alone")]), "NO_KEY_RESULTS", [0, "keyResults"]);
		});
	});

	it("does not mutate its input, nor the patch", () => {
		const live = expectUnmutated(seedCompany(), (input) => createRollUp(input));
		expectUnmutated({ current: 100, checkIns: [{ at: "2025-08-01", value: 120 }] }, (patch) =>
			live.update("backlog", patch),
		);
		const frozen = deepFreeze(seedCompany());
		createRollUp(frozen).update("nps", { current: 60 });
		expect(frozen).toEqual(seedCompany());
	});

	it("an update names what it could not find, and refuses a patch that is not one", () => {
		const scores = createRollUp([node("a", undefined, { keyResults: [done("k")] })]);
		expect(expectCode(() => scores.update(5 as never, {}), "UNKNOWN_KEY_RESULT").message).toBe(
			"No key result has id 5.",
		);
		expect(expectCode(() => scores.update("zz", {}), "UNKNOWN_KEY_RESULT").message).toBe(
			'No key result has id "zz".',
		);
		expect(
			expectIssue(() => scores.update("k", 5 as never), "INVALID_TYPE", ["patch"]).issues[0]
				?.message,
		).toBe("Expected a patch of key result fields (an object), received a number.");
		expect(
			expectIssue(() => scores.update("k", { id: "z" } as never), "IMMUTABLE_ID", ["patch", "id"])
				.issues[0]?.message,
		).toBe('A patch cannot change a key result\'s id ("k").');
	});

	it("keeps its scores read-only", () => {
		const scores = createRollUp([node("a", undefined, { keyResults: [done("k")] })]).scores as Map<
			string,
			unknown
		>;
		expect(() => scores.set("x", 1)).toThrow(
			"The scores of a roll-up are read-only: set is not allowed.",
		);
		expect(() => scores.delete("a")).toThrow(
			"The scores of a roll-up are read-only: delete is not allowed.",
		);
		expect(() => scores.clear()).toThrow(
			"The scores of a roll-up are read-only: clear is not allowed.",
		);
		expect(scores.size).toBe(1);
	});

	it("an update names a missing key result id, quoting strings and writing anything else as it prints", () => {
		const scores = createRollUp(twoTeams());
		expect(
			expectCode(() => scores.update("nope", { current: 1 }), "UNKNOWN_KEY_RESULT", ["keyResultId"])
				.message,
		).toBe('No key result has id "nope".');
		const notAString = ["kr"] as unknown as string;
		expect(
			expectCode(() => scores.update(notAString, { current: 1 }), "UNKNOWN_KEY_RESULT", [
				"keyResultId",
			]).message,
		).toBe("No key result has id kr.");
	});

	it("an update's patch is read as own fields, whatever their names", () => {
		const scores = createRollUp(twoTeams());
		// JSON.parse makes "__proto__" an own key: merged as a plain field, it reaches no prototype.
		const patch = JSON.parse('{"__proto__": {"polluted": true}, "current": 77}') as object;
		const next = scores.update("activation", patch);
		expect(next.scores.get("teamA")).toEqual({
			score: 0.9,
			grade: 0.9,
			color: "green",
			source: "keyResults",
		});
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
	});

	it("an update leaves the version it came from as it was, key results and progress alike", () => {
		const v1 = createRollUp([
			{
				id: "o",
				title: "O",
				keyResults: [metric(0, 10, 0, { id: "k1" }), metric(0, 10, 0, { id: "k2" })],
			},
		]);
		const v2 = v1.update("k1", { current: 10, weight: 3 });
		const v3 = v1.update("k2", { current: 10 });
		expect(v1.scores.get("o")?.score).toBe(0);
		expect(v2.scores.get("o")?.score).toBe(0.75);
		expect(v3.scores.get("o")?.score).toBe(0.5);
		expect(v3.update("k1", { current: 10 }).scores.get("o")?.score).toBe(1);
	});
});

describe("createRollUp as of a day, and partial", () => {
	it("scores the mid-quarter snapshot 0.4, and every update keeps the day", () => {
		const live = createRollUp(midQuarter(), { asOf: "2025-08-15" });
		expect(live.scores.get("company")?.score).toBe(0.4);
		// `current` is not read as of a day when there are check-ins.
		expect(live.update("signups", { current: 90 }).scores.get("company")?.score).toBe(0.4);
		const checkIns = [
			{ at: "2025-08-12", value: 50 },
			{ at: "2025-08-20", value: 70 },
		];
		expect(live.update("signups", { checkIns }).scores.get("company")?.score).toBe(0.5);
		expect(live.scores.get("company")?.score).toBe(0.4);
	});

	it("leaves a draft unscored, and its parent pools without it", () => {
		const objectives = [...twoTeams(), node("draft", "company", { contribution: 7 })];
		expectCode(() => createRollUp(objectives), "NO_KEY_RESULTS", [3, "keyResults"]);
		const live = createRollUp(objectives, { partial: true });
		expect(live.scores).toEqual(rollUp(objectives, { partial: true }));
		expect(live.scores.get("draft")?.issue?.code).toBe("NO_KEY_RESULTS");
		expect(live.scores.get("company")?.score).toBe(0.4);
	});

	it("keeps partial semantics on update: an objective may become unscored, and scored again", () => {
		const options = { partial: true } as const;
		const live = createRollUp(twoTeams(), options);
		const zero = live.update("tickets", { weight: 0 });
		expect(zero.scores.get("teamB")?.issue?.code).toBe("ZERO_TOTAL_WEIGHT");
		// The company pools team A alone.
		expect(zero.scores.get("company")?.score).toBe(0.6);
		expect(zero.scores).toEqual(rollUp(patched(twoTeams(), "tickets", { weight: 0 }), options));
		const both = zero.update("activation", { weight: 0 });
		expect(both.scores.get("company")?.issue?.code).toBe("CHILDREN_NOT_SCORED");
		const back = both.update("tickets", { weight: 1 }).update("activation", { weight: 1 });
		expect(back.scores).toEqual(live.scores);
		// Without partial, the same update throws.
		expectCode(
			() => createRollUp(twoTeams()).update("tickets", { weight: 0 }),
			"ZERO_TOTAL_WEIGHT",
		);
	});

	it("law: as of a day equals the same program with everything dated after the day deleted", () => {
		fc.assert(
			fc.property(datedProgramArb(true), q3Day, fc.boolean(), (objectives, day, isPartial) => {
				const snapshot = outcome(() => [
					...createRollUp(objectives, { asOf: day, partial: isPartial }).scores,
				]);
				const deleted = outcome(() => [
					...createRollUp(deletedAfter(objectives, day), { partial: isPartial }).scores,
				]);
				expect(snapshot).toEqual(deleted);
			}),
			{ numRuns: 200 },
		);
	});

	it("after random updates, a partial roll-up (as of a day or not) equals a full roll-up of the patched program", () => {
		const patchArb = fc.oneof(
			fc.constantFrom(0, 1, 2).map((weight) => ({ weight })),
			fc
				.array(fc.record({ at: q3Day, value: fc.integer({ min: -20, max: 120 }) }), {
					maxLength: 3,
				})
				.map((checkIns) => ({ checkIns })),
		);
		fc.assert(
			fc.property(
				datedProgramArb(true),
				fc.option(q3Day, { nil: undefined }),
				fc.array(fc.tuple(fc.nat(), patchArb), { maxLength: 5 }),
				(objectives, day, updates) => {
					const options = { ...(day === undefined ? {} : { asOf: day }), partial: true } as const;
					const ids = objectives.flatMap((o) => (o.keyResults ?? []).map((k) => k.id));
					fc.pre(ids.length > 0);
					let live = createRollUp(objectives, options);
					let program = objectives;
					for (const [n, patch] of updates) {
						const id = ids[n % ids.length] as string;
						live = live.update(id, patch);
						program = patched(program, id, patch);
						expect(live.scores).toEqual(rollUp(program, options));
					}
				},
			),
			{ numRuns: 200 },
		);
	});
});
