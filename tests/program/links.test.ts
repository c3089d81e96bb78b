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
});
