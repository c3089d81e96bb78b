import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("npm run demo", () => {
	it("prints a scored report of the example company without colour when not on a TTY", () => {
		const out = execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts"], {
			cwd: root,
			encoding: "utf8",
			timeout: 60_000,
		});
		expect(out).toContain("okr-kit demo");
		expect(out).toContain("Become the go-to thought leader in our industry");
		expect(out).toMatch(/score 56\.0% {2}grade 0\.6 yellow {2}outcome sweetSpot/);
		expect(out).not.toContain("\u001b[");
	});
});
