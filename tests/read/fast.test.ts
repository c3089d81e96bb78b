/**
 * The fast paths' acceptance checks are compiled from the same descriptions as the readers: for
 * any input, a check that accepts means the reader accepts (so the fast path never scores what
 * the exact path refuses), and on plain data the two agree both ways.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cycle } from "../../src/kinds/cycle.js";
import type { Fields, RecordOf } from "../../src/kinds/fields.js";
import { keyResultKinds } from "../../src/kinds/keyResult.js";
import { kpi } from "../../src/kinds/kpi.js";
import { objective } from "../../src/kinds/objective.js";
import { readerOf } from "../../src/read/compile.js";
import { acceptsOf, isPlainMetric, objectiveFieldsPass } from "../../src/read/fast.js";
import { readKeyResult } from "../../src/read/keyResult.js";
import { readObjective } from "../../src/read/objective.js";
import type { Zone } from "../../src/time/day.js";
import { zoneNamed } from "../../src/time/zone.js";
import { cycleArb, keyResultArb, kpiArb, objectiveArb } from "../fuzz/hostile.js";

function readerAccepts(read: (value: unknown, path: []) => unknown, value: unknown): boolean {
	try {
		read(value, []);
		return true;
	} catch {
		return false;
	}
}

describe("fast acceptance checks", () => {
	it("accept only what the readers accept, for every record of the model", () => {
		const cases = [
			[cycle as unknown as RecordOf<Fields>, cycleArb] as const,
			[kpi as unknown as RecordOf<Fields>, kpiArb] as const,
			...Object.values(keyResultKinds).map(
				(k) => [k.description as unknown as RecordOf<Fields>, keyResultArb] as const,
			),
		];
		for (const [description, arb] of cases) {
			const accepts = acceptsOf(description);
			const read = readerOf(description);
			fc.assert(
				fc.property(arb, (value) => {
					if (accepts(value)) expect(readerAccepts(read, value)).toBe(true);
				}),
				{ numRuns: 300 },
			);
		}
	});

	it("accept only what the readers accept in every time zone: instants at the years' edges, cycles near midnight", () => {
		const zones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles"].map(
			(name) => zoneNamed(name) as Zone,
		);
		const edgeInstant = fc.constantFrom<unknown>(
			"0000-01-01T00:30:00+01:00",
			"0000-01-01T12:00:00Z",
			"0000-01-02T12:00:00Z",
			"9999-12-31T12:00:00Z",
			"9999-12-30T12:00:00Z",
			"9999-12-31T23:00:00-05:00",
			new Date(Date.UTC(9999, 11, 31, 20)),
		);
		// A day against an instant near midnight: in order in some zones, reversed in others.
		const nearMidnight = fc.constantFrom<unknown>(
			"2025-07-01",
			"2025-07-01T00:30:00+02:00",
			"2025-06-30T23:30:00-05:00",
			new Date("2025-07-01T11:00:00Z"),
		);
		const cycles = fc.oneof(
			fc.record({ start: nearMidnight, end: nearMidnight }),
			fc.record({ start: edgeInstant, end: edgeInstant }),
			cycleArb,
		);
		const read = readerOf(cycle as unknown as RecordOf<Fields>);
		const accepts = acceptsOf(cycle as unknown as RecordOf<Fields>);
		const objectives = cycles.map((c) => ({ id: "o", title: "O", cycle: c, keyResults: [] }));
		fc.assert(
			fc.property(fc.oneof(cycles, objectives), fc.constantFrom(...zones), (value, zone) => {
				if (value !== null && typeof value === "object" && "keyResults" in value) {
					if (objectiveFieldsPass(value as Record<string, unknown>)) {
						expect(readerAccepts((v, p) => readObjective(v, p, zone), value)).toBe(true);
					}
				} else if (accepts(value)) {
					expect(readerAccepts((v, p) => read(v, p, zone), value)).toBe(true);
				}
			}),
			{ numRuns: 500 },
		);
		// The checks say yes to days, and leave every instant to the reader, which knows the zone.
		expect(accepts({ start: "2025-07-01", end: "2025-07-01" })).toBe(true);
		expect(accepts({ start: "2025-07-01T12:00:00Z", end: "2025-07-02" })).toBe(false);
		expect(accepts({ start: new Date("2025-07-01T12:00:00Z"), end: "2025-07-02" })).toBe(false);
	});

	it("answer the same generated as walked (where a host forbids generated code)", () => {
		for (const description of [
			...Object.values(keyResultKinds).map((k) => k.description as unknown as RecordOf<Fields>),
			kpi as unknown as RecordOf<Fields>,
			objective as unknown as RecordOf<Fields>,
		]) {
			const generated = acceptsOf(description);
			const walked = acceptsOf(description, [], false);
			expect(walked).not.toBe(generated);
			fc.assert(
				fc.property(fc.oneof(keyResultArb, kpiArb, objectiveArb), (value) => {
					expect(generated(value)).toBe(walked(value));
				}),
				{ numRuns: 300 },
			);
		}
	});

	it("agree with the readers both ways on key results without decimal strings or instants", () => {
		const accepts = acceptsOf(keyResultKinds.metric.description);
		const hasInstant = (value: unknown): boolean =>
			((value as { checkIns?: unknown } | null)?.checkIns as unknown[] | undefined)?.some?.((c) => {
				const at = (c as { at?: unknown } | null)?.at;
				return at instanceof Date || (typeof at === "string" && at.length > 10);
			}) ?? false;
		fc.assert(
			fc.property(keyResultArb, (value) => {
				const weight = (value as { weight?: unknown } | null)?.weight;
				if (typeof weight === "string" || hasInstant(value)) return;
				const kind = (value as { kind?: unknown } | null)?.kind;
				if (kind !== "metric") return;
				expect(accepts(value)).toBe(readerAccepts(readKeyResult, value));
			}),
			{ numRuns: 500 },
		);
	});

	it("objectiveFieldsPass: every field but keyResults passes means the reader accepts it without them", () => {
		fc.assert(
			fc.property(objectiveArb, (value) => {
				if (value === null || typeof value !== "object" || Array.isArray(value)) return;
				const rest = { ...(value as Record<string, unknown>), keyResults: [] };
				if (objectiveFieldsPass(value as Record<string, unknown>)) {
					expect(readerAccepts(readObjective, rest)).toBe(true);
				}
			}),
			{ numRuns: 500 },
		);
		expect(acceptsOf(objective)({ id: "o", title: "O" })).toBe(true);
	});

	it("a range: low up to high on plain numbers, and exactly on decimal strings", () => {
		const accepts = acceptsOf(keyResultKinds.range.description);
		const range = { id: "r", title: "NPS", kind: "range", low: 40, high: 60 };
		expect(accepts(range)).toBe(true);
		expect(accepts({ ...range, high: 40 })).toBe(true);
		expect(accepts({ ...range, high: 39.99 })).toBe(false);
		expect(accepts({ ...range, low: "40.0", high: "40" })).toBe(true);
		expect(accepts({ ...range, low: "40.01", high: 40 })).toBe(false);
	});

	it("a check-in's confidence from 0 to 10 on plain numbers, and exactly on decimal strings", () => {
		const accepts = acceptsOf(keyResultKinds.metric.description);
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10 };
		const withConfidence = (confidence: unknown) => ({
			...kr,
			checkIns: [{ at: "2025-07-01", value: 1, confidence }],
		});
		for (const ok of [0, 10, 3.5, "10.0", "0", undefined]) {
			expect(accepts(withConfidence(ok))).toBe(true);
			expect(readerAccepts(readKeyResult, withConfidence(ok))).toBe(true);
		}
		for (const bad of [-0.001, 10.5, "10.0000001", "-1", "high", null]) {
			expect(accepts(withConfidence(bad))).toBe(false);
			expect(readerAccepts(readKeyResult, withConfidence(bad))).toBe(false);
		}
	});

	it("a metric's direction on plain numbers, and exactly on decimal strings", () => {
		const accepts = acceptsOf(keyResultKinds.metric.description);
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10 };
		expect(accepts({ ...kr, direction: "increase" })).toBe(true);
		expect(accepts({ ...kr, direction: "decrease" })).toBe(false);
		expect(accepts({ ...kr, start: "10", target: "0", direction: "decrease" })).toBe(true);
		expect(accepts({ ...kr, start: "10", target: "0", direction: "increase" })).toBe(false);
		expect(accepts({ ...kr, start: "5", target: 5 })).toBe(false);
	});

	it("isPlainMetric: plain number fields without check-ins, accepted by the reader", () => {
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10, current: 5 };
		expect(isPlainMetric(kr)).toBe(true);
		expect(isPlainMetric({ ...kr, start: "0" })).toBe(false);
		expect(isPlainMetric({ ...kr, current: "5" })).toBe(false);
		expect(isPlainMetric({ ...kr, checkIns: [] })).toBe(false);
		expect(isPlainMetric({ ...kr, target: 0 })).toBe(false);
		expect(isPlainMetric({ ...kr, weight: -1 })).toBe(false);
		expect(isPlainMetric({ ...kr, weight: "1" })).toBe(false);
		expect(isPlainMetric({ ...kr, id: "" })).toBe(false);
		expect(isPlainMetric({ ...kr, owner: 5 })).toBe(false);
		expect(isPlainMetric({ ...kr, kind: "range" })).toBe(false);
		expect(isPlainMetric({ ...kr, direction: "increase" })).toBe(true);
		expect(isPlainMetric({ ...kr, direction: "decrease" })).toBe(false);
		expect(isPlainMetric({ ...kr, direction: "up" })).toBe(false);
		expect(isPlainMetric({ ...kr, id: "k".repeat(1001) })).toBe(false);
		expect(isPlainMetric({ ...kr, title: " " })).toBe(false);
	});
});
