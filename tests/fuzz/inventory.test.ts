/**
 * Every function exported by the package's entry points (okr-kit, okr-kit/svg) is fuzzed: each
 * must be called in a file of tests/fuzz (an unused import would fail the lint, so being named there
 * means being called there).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as svg from "../../src/svg.js";

const dir = fileURLToPath(new URL("./", import.meta.url));
const fuzzText = readdirSync(dir)
	.filter((name) => name.endsWith(".test.ts") && name !== "inventory.test.ts")
	.map((name) => readFileSync(`${dir}${name}`, "utf8"))
	.join("\n");

const CLASSES = new Set(["OkrError", "OkrValidationError"]);

describe("fuzz inventory", () => {
	for (const [entry, exports] of [
		["okr-kit", root],
		["okr-kit/svg", svg],
	] as const) {
		it(`fuzzes every function of ${entry}`, () => {
			const functions = Object.entries(exports)
				.filter(([name, value]) => typeof value === "function" && !CLASSES.has(name))
				.map(([name]) => name);
			expect(functions.length).toBeGreaterThan(3);
			const missing = functions.filter((name) => !new RegExp(`\\b${name}\\b`).test(fuzzText));
			expect(missing).toEqual([]);
		});
	}
});
