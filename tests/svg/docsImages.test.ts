/**
 * The README's pictures (`docs/images/*.svg`) are what `examples/pictures.ts` draws today: drawn
 * again here and compared byte for byte, so they cannot go stale. After a deliberate change to the
 * pictures, run `npx tsx examples/pictures.ts` and commit the files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pictures } from "../../examples/pictures.js";
import { expectPicture } from "./xml.js";

const dir = fileURLToPath(new URL("../../docs/images/", import.meta.url));
const drawn = pictures();

describe("docs/images", () => {
	it("holds exactly the pictures examples/pictures.ts draws", () => {
		const files = readdirSync(dir).filter((name) => name.endsWith(".svg"));
		expect(files.sort()).toEqual(Object.keys(drawn).sort());
		expect(Object.keys(drawn).sort()).toEqual([
			"cascade.svg",
			"kpi-bullet.svg",
			"progress.svg",
			"sparkline.svg",
		]);
	});

	it.each(Object.entries(drawn))(
		"%s is up to date (run npx tsx examples/pictures.ts)",
		(name, svg) => {
			expectPicture(svg);
			expect(readFileSync(`${dir}${name}`, "utf8")).toBe(`${svg}\n`);
		},
	);

	it("are referenced from the README", () => {
		const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
		for (const name of Object.keys(drawn)) expect(readme).toContain(`](docs/images/${name})`);
	});
});
