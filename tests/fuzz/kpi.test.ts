/**
 * Fuzz: KPI status, status history and trend under hostile KPIs, values, dates and
 * policies. See `harness.ts` for the promise checked on every call.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import {
	type Kpi,
	type KpiStatus,
	type KpiStatusPoint,
	type KpiTrend,
	kpiStatus,
	kpiStatusHistory,
	kpiTrend,
} from "../../src/index.js";
import { ensure, expectDay, expectOneOf, fuzz } from "./harness.js";
import { dateField, kpiArb, numberField, optionsArb } from "./hostile.js";

const COLORS = ["green", "yellow", "red"];

describe("fuzz: KPIs", () => {
	it("kpiStatus: a status, finite value and shortfall or nulls; or an OkrError", () => {
		fuzz({
			name: "kpiStatus",
			args: fc.tuple(kpiArb, optionsArb({ value: numberField, asOf: dateField })),
			call: (k, o) => kpiStatus(k as Kpi, o as never),
			check: (s: KpiStatus) => {
				expectOneOf(s.status, [...COLORS, "unknown"]);
				ensure(typeof s.stale === "boolean", "stale is a boolean");
				if (s.value === null) {
					ensure(s.shortfall === null && s.at === null, "no value: no shortfall, no date");
					ensure(s.status === "unknown", "no value: unknown");
				}
				if (s.stale) ensure(s.status === "unknown", "stale: unknown");
				if (s.at !== null) expectDay(s.at);
			},
			numRuns: 1200,
		});
	});

	it("kpiStatusHistory: one point per measurement, in date order; or an OkrError", () => {
		fuzz({
			name: "kpiStatusHistory",
			args: fc.tuple(kpiArb, optionsArb({ asOf: dateField })),
			call: (k, o) => kpiStatusHistory(k as Kpi, o as never),
			check: (points: readonly KpiStatusPoint[]) => {
				let last = "";
				for (const p of points) {
					expectDay(p.at);
					ensure(p.at >= last, "points in date order");
					last = p.at;
					expectOneOf(p.band, COLORS);
					expectOneOf(p.status, COLORS);
				}
			},
			numRuns: 1000,
		});
	});

	it("kpiTrend: a direction and improving or null; or an OkrError", () => {
		fuzz({
			name: "kpiTrend",
			args: fc.tuple(kpiArb, optionsArb({ asOf: dateField })),
			call: (k, o) => kpiTrend(k as Kpi, o as never),
			check: (t: KpiTrend) => {
				expectOneOf(t.direction, ["up", "down", "flat"]);
				expectOneOf(t.improving, [true, false, null]);
			},
			numRuns: 1000,
		});
	});
});
