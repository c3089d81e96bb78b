/**
 * Fuzz: the pictures of `okr-kit/svg` under hostile scores, KPIs, cascades and options:
 * one `<svg role="img">` element, the same bytes for the same input, or an OkrError.
 * See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import type { Kpi, Objective } from "../../src/index.js";
import { cascadeTreeSvg, kpiBulletSvg, progressBarSvg, sparklineSvg } from "../../src/svg.js";
import { ensure, fuzz } from "./harness.js";
import {
	anyHostile,
	enumField,
	kpiArb,
	numberField,
	objectivesArb,
	optionsArb,
	sprinkle,
	textField,
} from "./hostile.js";

function expectPicture(markup: string): void {
	ensure(typeof markup === "string", "a string");
	ensure(markup.startsWith("<svg"), "starts with <svg");
	ensure(markup.includes('role="img"'), 'role="img"');
	ensure(markup.trimEnd().endsWith("</svg>"), "ends with </svg>");
	ensure(
		!markup.includes("NaN") && !markup.includes("Infinity"),
		"no NaN or Infinity in the markup",
	);
}

const svgOptions = optionsArb({
	width: fc.oneof(fc.constantFrom(100, 320, 0, -5, 1e6), anyHostile),
	title: textField,
	idPrefix: fc.constantFrom("p", "1st", "", "a b"),
	colors: fc.constantFrom({}, { red: "#D55E00" }, { green: "teal" }, { red: 'red" onload="x' }),
	patterns: fc.constantFrom(true, false, "yes"),
	asOf: fc.constantFrom<unknown>("2025-08-15", "2025-02-30", 5),
	partial: fc.constantFrom<unknown>(true, false, "yes"),
});

describe("fuzz: pictures", () => {
	it("progressBarSvg: one svg element, or an OkrError", () => {
		fuzz({
			name: "progressBarSvg",
			args: fc.tuple(
				sprinkle(
					fc.record(
						{
							score: numberField,
							expected: fc.oneof(numberField, fc.constant(null)),
							type: enumField(["aspirational", "committed"]),
						},
						{ requiredKeys: ["score"] },
					),
					["expected", "type"],
					2,
				),
				svgOptions,
			),
			call: (input, o) => progressBarSvg(input as never, o as never),
			check: expectPicture,
			numRuns: 600,
		});
	});

	it("kpiBulletSvg and sparklineSvg: one svg element, or an OkrError", () => {
		fuzz({
			name: "kpiBulletSvg",
			args: fc.tuple(kpiArb, svgOptions),
			call: (k, o) => kpiBulletSvg(k as Kpi, o as never),
			check: expectPicture,
			numRuns: 500,
		});
		fuzz({
			name: "sparklineSvg",
			args: fc.tuple(kpiArb, svgOptions),
			call: (k, o) => sparklineSvg(k as Kpi, o as never),
			check: expectPicture,
			numRuns: 500,
		});
	});

	it("cascadeTreeSvg: one svg element, or an OkrError", () => {
		fuzz({
			name: "cascadeTreeSvg",
			args: fc.tuple(objectivesArb, svgOptions),
			call: (objectives, o) => cascadeTreeSvg(objectives as Objective[], o as never),
			check: expectPicture,
			numRuns: 300,
		});
	});
});
