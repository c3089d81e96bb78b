import { describe, expect, it } from "vitest";
import { elements, parseXml, textOf } from "./xml.js";

describe("the XML checker the picture tests rely on", () => {
	it("parses nested elements, attributes in both quotes, text and references", () => {
		const root = parseXml(
			`<svg a="1" b='x &amp; &#39;y&#39;'>\n<g><t>1 &lt; 2 &#x26; &#65;</t><r/></g></svg>`,
		);
		expect(root.name).toBe("svg");
		expect(root.attrs.get("b")).toBe("x & 'y'");
		expect(elements(root).map((e) => e.name)).toEqual(["svg", "g", "t", "r"]);
		expect(textOf(root).trim()).toBe("1 < 2 & A");
	});

	it.each([
		["an unclosed tag", "<svg><g></svg>"],
		["a stray closing tag", "<svg></g></svg>"],
		["two roots", "<svg/><svg/>"],
		["text outside the root", "x<svg/>"],
		["a bare ampersand", "<svg>a & b</svg>"],
		["an unknown entity", "<svg>&nbsp;</svg>"],
		["< in an attribute", '<svg a="<"/>'],
		["an unquoted attribute", "<svg a=1/>"],
		["a duplicate attribute", '<svg a="1" a="2"/>'],
		["attributes without space", '<svg a="1"b="2"/>'],
		["a comment", "<svg><!-- x --></svg>"],
		["CDATA", "<svg><![CDATA[x]]></svg>"],
		["a processing instruction", '<?xml version="1.0"?><svg/>'],
		["a NUL character", "<svg>\u0000</svg>"],
		["a lone surrogate", "<svg>\uD800</svg>"],
		["a raw > in text", "<svg>a > b</svg>"],
		["nothing", "   "],
		["an unterminated attribute", '<svg a="1/>'],
	])("refuses %s", (_, text) => {
		expect(() => parseXml(text)).toThrow();
	});
});
