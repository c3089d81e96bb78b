/** The description language's own rules: what an id or a title must hold. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasText, TEXT } from "../../src/kinds/fields.js";

describe("hasText: a character other than white space, as the JSON Schemas' pattern says", () => {
	it("agrees with TEXT (\\S) on every UTF-16 code unit, alone and between spaces", () => {
		for (let c = 0; c < 0x10000; c++) {
			const s = String.fromCharCode(c);
			expect(hasText(s)).toBe(TEXT.test(s));
			expect(hasText(` ${s}\t`)).toBe(TEXT.test(` ${s}\t`));
		}
	});

	it("agrees with TEXT on any string", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), (s) => {
				expect(hasText(s)).toBe(TEXT.test(s));
			}),
		);
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(" ", "\n", "\u00a0", "\u3000", "\ufeff", "x")),
				(parts) => {
					const s = parts.join("");
					expect(hasText(s)).toBe(TEXT.test(s));
				},
			),
		);
	});

	it("finds none in an empty string or white space only", () => {
		expect(hasText("")).toBe(false);
		expect(hasText(" \t\n\r\v\f\u00a0\u2028\u2029\u202f\u205f\u3000\ufeff\u1680\u2000\u200a")).toBe(
			false,
		);
		expect(hasText("\u200b")).toBe(true);
	});
});
