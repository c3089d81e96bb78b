import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedObjective } from "../../src/index.js";
import { linkIssues, linksSound } from "../../src/program/links.js";

const ids = fc.constantFrom("a", "b", "c", "d", "__proto__", "constructor");
const objectiveArb = fc.record(
	{
		id: ids,
		parentId: fc.option(ids, { nil: undefined }),
		contribution: fc.constantFrom(1, 0, -0, 2, -1, "0.5", "-0.5", "-0"),
		keyResults: fc.array(fc.record({ id: ids }), { maxLength: 2 }),
	},
	{ requiredKeys: ["id", "contribution", "keyResults"] },
);

describe("linksSound", () => {
	it("is true exactly when the cascade's checks find nothing", () => {
		fc.assert(
			fc.property(fc.array(objectiveArb, { maxLength: 6 }), (objectives) => {
				const sound = linksSound(objectives as unknown as ParsedObjective[]);
				expect(sound).toBe(linkIssues({ objectives }, false, false).length === 0);
				expect(linkIssues({ objectives }, true, false)).toEqual(
					linkIssues({ objectives }, false, false),
				);
			}),
			{ numRuns: 500 },
		);
	});

	it("finds a loop of any length, and none in a long chain", () => {
		const chain = Array.from({ length: 1000 }, (_, i) => ({
			id: `o${i}`,
			parentId: i === 0 ? undefined : `o${i - 1}`,
			contribution: 1,
			keyResults: [],
		}));
		expect(linksSound(chain as unknown as ParsedObjective[])).toBe(true);
		const loop = chain.map((o, i) => (i === 0 ? { ...o, parentId: "o999" } : o));
		expect(linksSound(loop as unknown as ParsedObjective[])).toBe(false);
	});

	it("reads a contribution's sign as written, and a null parent as none", () => {
		const sound = (contribution: unknown, parentId: unknown = null) =>
			linksSound([
				{ id: "a", contribution: 1, keyResults: [] },
				{ id: "b", parentId, contribution, keyResults: [] },
			] as unknown as ParsedObjective[]);
		for (const c of [0, -0, 0.5, "0.5", "0", "-0"]) expect(sound(c)).toBe(true);
		// "-1e-400" is negative, though as a float it would round to -0.
		for (const c of [-1, -0.5, "-0.5", "-1e-30", "-1e-400"]) expect(sound(c)).toBe(false);
		expect(sound(1, "a")).toBe(true);
		expect(sound(1, "z")).toBe(false);
	});
});

describe("linkIssues", () => {
	it("never names an id that cannot be read: entries without one collide with nothing", () => {
		const objectives = [
			{ title: "A" },
			{ id: 5 },
			null,
			{ id: "" },
			{ id: "e", keyResults: [{}, { id: 1 }, null, { id: "  " }, {}] },
		];
		expect(linkIssues({ objectives }, false, false)).toEqual([]);
	});

	it("reports KPIs named by no KPI given over the entries that can be read", () => {
		const objectives = [null, { id: "o", kpiIds: ["up", "x", 3] }, { kpiIds: ["x"] }];
		expect(linkIssues({ objectives, kpis: [null, { id: "up" }] }, false, true)).toEqual([
			{
				code: "UNKNOWN_KPI",
				path: ["objectives", 1, "kpiIds", 1],
				message: 'Objective "o" names KPI "x", which is not among the KPIs given.',
			},
			{
				code: "UNKNOWN_KPI",
				path: ["objectives", 2, "kpiIds", 0],
				message: 'An objective names KPI "x", which is not among the KPIs given.',
			},
		]);
		expect(linkIssues({ objectives, kpis: [] }, false, false)).toEqual([]);
	});
});
