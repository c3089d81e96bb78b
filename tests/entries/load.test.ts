/**
 * Each entry of the package loads and exports what it documents. Loading is a test of its own: a
 * module that failed while loading would otherwise only show as test files with no tests (mutation
 * testing counts a mutant of module-level code that breaks loading as killed through this file).
 */
import { describe, expect, it } from "vitest";

const entries = {
	"okr-kit": () => import("../../src/index.js"),
	"okr-kit/score": () => import("../../src/score.js"),
	"okr-kit/svg": () => import("../../src/svg.js"),
} as const;

describe("the package's entries", () => {
	it.each(Object.entries(entries))("%s loads", async (_name, load) => {
		const module: Record<string, unknown> = await load();
		const functions = Object.values(module).filter((value) => typeof value === "function");
		expect(functions.length).toBeGreaterThan(3);
	});

	it("okr-kit re-exports every function of okr-kit/score, the same objects", async () => {
		const root: Record<string, unknown> = await entries["okr-kit"]();
		const score: Record<string, unknown> = await entries["okr-kit/score"]();
		for (const [name, value] of Object.entries(score)) expect(root[name]).toBe(value);
	});

	it("the default policy is frozen data, the same from every entry", async () => {
		const root = await entries["okr-kit"]();
		const score = await entries["okr-kit/score"]();
		expect(Object.isFrozen(root.defaultPolicy)).toBe(true);
		expect(root.defaultPolicy).toBe(score.defaultPolicy);
		expect(JSON.parse(JSON.stringify(root.defaultPolicy))).toEqual(root.defaultPolicy);
	});
});
