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
import { checkIn, latestReading } from "../../src/kinds/readings.js";
import { readerOf } from "../../src/read/compile.js";
import {
	acceptsOf,
	dayOf,
	FAST_KEY_RESULT_FIELDS,
	GIVE_UP,
	isFastMetric,
	knownKeyResultFields,
	latestCheckIn,
	NO_CHECK_IN,
	objectiveFieldsPass,
} from "../../src/read/fast.js";
import { readKeyResult } from "../../src/read/keyResult.js";
import { readObjective } from "../../src/read/objective.js";
import { formatDay, parseDayString, type Zone } from "../../src/time/day.js";
import { zoneNamed } from "../../src/time/zone.js";
import { cycleArb, keyResultArb, kpiArb, objectiveArb } from "../fuzz/hostile.js";
import { withInherited } from "../support/foundation.js";

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
			// Where the host allows it, the check is generated code (straight-line, one line per
			// field), not the loop it falls back to.
			expect(String(generated)).toMatch(/^function\(o\)\{if\(!R\(o\)\)return!1;/);
			expect(String(walked)).not.toMatch(/^function\(o\)/);
			fc.assert(
				fc.property(fc.oneof(keyResultArb, kpiArb, objectiveArb), (value) => {
					expect(generated(value)).toBe(walked(value));
				}),
				{ numRuns: 300 },
			);
		}
	});

	it("with `only`, answer the same generated as walked, and both as the fields check with every other described field absent", () => {
		const metric = keyResultKinds.metric.description as unknown as RecordOf<Fields>;
		const generated = acceptsOf(metric, ["checkIns"], true, FAST_KEY_RESULT_FIELDS);
		const walked = acceptsOf(metric, ["checkIns"], false, FAST_KEY_RESULT_FIELDS);
		const fields = acceptsOf(metric, ["checkIns"]);
		expect(String(generated)).toMatch(/^function\(o\)\{if\(!R\(o\)\)return!1;/);
		const untaught = Object.keys(metric.fields).filter(
			(key) => !FAST_KEY_RESULT_FIELDS.includes(key),
		);
		expect(untaught).toEqual(["closing"]);
		const extra = fc.dictionary(
			fc.constantFrom("closing", "checkIns", "notes", "__proto__", "current", "owner"),
			fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.constant([])),
			{ maxKeys: 3 },
		);
		fc.assert(
			fc.property(
				fc.oneof(
					keyResultArb,
					fc.tuple(keyResultArb, extra).map(([kr, more]) => ({ ...(kr as object), ...more })),
				),
				(value) => {
					const expected =
						fields(value) &&
						untaught.every((key) => (value as Record<string, unknown>)[key] === undefined);
					expect(generated(value)).toBe(expected);
					expect(walked(value)).toBe(expected);
				},
			),
			{ numRuns: 500 },
		);
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10, current: 5 };
		class Instance {
			get id() {
				return "k";
			}
			get title() {
				return "K";
			}
			get kind() {
				return "metric";
			}
			get start() {
				return 0;
			}
			get target() {
				return 10;
			}
		}
		for (const accepts of [generated, walked]) {
			expect(accepts(kr)).toBe(true);
			expect(accepts({ ...kr, checkIns: [] })).toBe(true);
			expect(accepts({ ...kr, closing: { score: 1 } })).toBe(false);
			expect(accepts({ ...kr, closing: undefined })).toBe(true);
			// A tool's own fields change no score: left alone, as the readers leave them.
			expect(accepts({ ...kr, notes: "a tool's own field" })).toBe(true);
			expect(
				accepts(
					JSON.parse('{"id":"k","title":"K","kind":"metric","start":0,"target":1,"__proto__":1}'),
				),
			).toBe(true);
			expect(accepts(Object.assign(Object.create(null), kr))).toBe(true);
			// Fields are read as the readers read them, inherited ones and getters included.
			expect(accepts(Object.assign(Object.create({ notes: 1 }), kr))).toBe(true);
			expect(accepts(Object.assign(Object.create({ closing: { score: 1 } }), kr))).toBe(false);
			expect(accepts(new Instance())).toBe(true);
			expect(readerAccepts(readKeyResult, new Instance())).toBe(true);
			expect(accepts([kr])).toBe(false);
			expect(accepts(null)).toBe(false);
			expect(accepts("k")).toBe(false);
		}
		// A field inherited from a polluted `Object.prototype` too: a `closing` there makes them
		// give up (the readers would read it), a `start` there is read.
		const { start: _start, ...noStart } = kr;
		for (const [key, value, input, answer] of [
			["start", 0, noStart, true],
			["closing", { score: 0.8 }, kr, false],
		] as const) {
			withInherited(key, value, () => {
				expect(generated(input)).toBe(answer);
				expect(walked(input)).toBe(answer);
				expect(readerAccepts(readKeyResult, input)).toBe(true);
			});
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

	it("isFastMetric: plain number fields, no described field it does not know, accepted by the reader", () => {
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10, current: 5 };
		expect(isFastMetric(kr)).toBe(true);
		expect(isFastMetric({ ...kr, start: "0" })).toBe(false);
		expect(isFastMetric({ ...kr, current: "5" })).toBe(false);
		expect(isFastMetric({ ...kr, checkIns: [] })).toBe(true);
		expect(isFastMetric({ ...kr, checkIns: {} })).toBe(false);
		expect(isFastMetric({ ...kr, closing: { score: 0.7 } })).toBe(false);
		expect(isFastMetric({ ...kr, closing: undefined })).toBe(true);
		expect(isFastMetric({ ...kr, notes: "a tool's own field" })).toBe(true);
		expect(isFastMetric(Object.assign(Object.create({ closing: 1 }), kr))).toBe(false);
		expect(isFastMetric(Object.assign(Object.create(null), kr))).toBe(true);
		expect(isFastMetric({ ...kr, target: 0 })).toBe(false);
		expect(isFastMetric({ ...kr, weight: -1 })).toBe(false);
		expect(isFastMetric({ ...kr, weight: "1" })).toBe(false);
		expect(isFastMetric({ ...kr, id: "" })).toBe(false);
		expect(isFastMetric({ ...kr, owner: 5 })).toBe(false);
		expect(isFastMetric({ ...kr, kind: "range" })).toBe(false);
		expect(isFastMetric({ ...kr, direction: "increase" })).toBe(true);
		expect(isFastMetric({ ...kr, direction: "decrease" })).toBe(false);
		expect(isFastMetric({ ...kr, direction: "up" })).toBe(false);
		expect(isFastMetric({ ...kr, id: "k".repeat(1001) })).toBe(false);
		expect(isFastMetric({ ...kr, title: " " })).toBe(false);
	});
});

describe("ids and titles in the fast checks", () => {
	it("are accepted exactly when the reader accepts them: white space, other scripts, the lengths' edges", () => {
		const kr = { id: "k", title: "K", kind: "metric", start: 0, target: 10, current: 5 };
		const texts = [
			"x",
			" x",
			"\tx",
			"\u00a0x",
			"\u3000x",
			"\ufeffx",
			"\u007fx",
			"~",
			"!",
			"é",
			"Ünïcødé ✓",
			"",
			" ",
			"\t\n",
			"\u00a0",
			"\u2028\u3000",
			"x".repeat(1000),
			"x".repeat(1001),
			" ".repeat(1000),
			"x".repeat(10_000),
			"x".repeat(10_001),
		];
		for (const text of texts) {
			for (const value of [
				{ ...kr, id: text },
				{ ...kr, title: text },
			]) {
				expect(isFastMetric(value)).toBe(readerAccepts(readKeyResult, value));
			}
		}
	});
});

describe("the fast reading of check-ins", () => {
	it("dayOf reads a day string as parseDayString does, and anything else as NaN", () => {
		const someDay = fc.integer({ min: -719_528, max: 2_932_896 }).map(formatDay);
		const nearly = fc
			.tuple(someDay, fc.nat({ max: 9 }), fc.constantFrom("0", "9", "-", " ", "a", "3"))
			.map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
		fc.assert(
			fc.property(fc.oneof(someDay, nearly, fc.string({ maxLength: 12 })), (s) => {
				const day = parseDayString(s);
				if (day === null) expect(dayOf(s)).toBeNaN();
				else expect(dayOf(s)).toBe(day);
			}),
			{ numRuns: 5000 },
		);
		for (const s of ["0000-01-01", "0000-02-29", "1900-02-28", "2000-02-29", "9999-12-31"]) {
			expect(dayOf(s)).toBe(parseDayString(s));
		}
		for (const s of ["1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "+025-01-01"]) {
			expect(dayOf(s)).toBeNaN();
		}
		expect(dayOf(new Date(0))).toBeNaN();
		expect(dayOf("2025-01-01T00:00:00Z")).toBeNaN();
	});

	const days = fc.constantFrom(
		"2025-07-01",
		"2025-07-15",
		"2025-08-15",
		"2025-08-16",
		"2025-09-30",
	);
	const plainCheckIn = fc.record(
		{ at: days, value: fc.integer({ min: -50, max: 50 }), confidence: fc.constantFrom(0.5, 0.9) },
		{ requiredKeys: ["at", "value"] },
	);
	const readCheckIn = readerOf(checkIn);

	it("latestCheckIn picks the check-in latestReading picks, as of any day or now", () => {
		fc.assert(
			fc.property(
				fc.array(plainCheckIn, { maxLength: 6 }),
				fc.option(days, { nil: null }),
				(list, asOf) => {
					const day = asOf === null ? null : (parseDayString(asOf) as number);
					const readings = list
						.map((c, index) => ({ at: dayOf(c.at), value: readCheckIn(c, []).value, index }))
						.sort((a, b) => a.at - b.at);
					const expected = latestReading(readings, day);
					expect(latestCheckIn(list, day)).toBe(expected === null ? NO_CHECK_IN : expected.index);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("latestCheckIn gives up on any check-in it does not cover, wherever it is", () => {
		const good = { at: "2025-07-01", value: 1 };
		for (const bad of [
			{ at: new Date(Date.UTC(2025, 6, 1)), value: 1 },
			{ at: "2025-07-01T10:00:00Z", value: 1 },
			{ at: "2025-02-30", value: 1 },
			{ at: "2025-07-01", value: "1" },
			{ at: "2025-07-01", value: Number.NaN },
			{ at: "2025-07-01", value: 1, confidence: "high" },
			null,
			undefined,
		]) {
			expect(latestCheckIn([good, bad], null)).toBe(GIVE_UP);
			expect(latestCheckIn([bad, good], parseDayString("2025-06-01"))).toBe(GIVE_UP);
		}
		// A hole is a missing check-in.
		const holey: unknown[] = [good, good];
		delete holey[0];
		expect(latestCheckIn(holey, null)).toBe(GIVE_UP);
		expect(latestCheckIn([], null)).toBe(NO_CHECK_IN);
	});
});

describe("fields the fast paths do not know", () => {
	it("are the described fields not in their list (a closing grade), which make them give up", () => {
		const model = new Set<string>();
		for (const k of Object.values(keyResultKinds)) {
			for (const name of Object.keys(k.description.fields)) model.add(name);
		}
		// Each name the fast paths know is a field of the model (no typo, no field removed)…
		for (const name of FAST_KEY_RESULT_FIELDS) expect(model.has(name)).toBe(true);
		expect([...model].filter((name) => !FAST_KEY_RESULT_FIELDS.includes(name))).toEqual([
			"closing",
		]);
		// …and any other described field makes them give up, own or inherited.
		expect(knownKeyResultFields({ id: "k", title: "K", kind: "metric", start: 0, target: 1 })).toBe(
			true,
		);
		expect(knownKeyResultFields({ id: "k", closing: { score: 0.7 } })).toBe(false);
		expect(knownKeyResultFields(Object.create({ closing: { score: 0.7 } }))).toBe(false);
		expect(knownKeyResultFields({ id: "k", closing: undefined })).toBe(true);
		// A tool's own fields change no score.
		expect(knownKeyResultFields({ id: "k", notes: "a tool's own field" })).toBe(true);
	});
});
