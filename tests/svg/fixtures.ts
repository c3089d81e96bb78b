/**
 * Data for the picture tests, after the seed guides: website traffic 100k → 250k, a 99% uptime
 * KPI, first response time 4 h → 30 min, NPS, and a company scored from its marketing, support and
 * sales teams.
 */
import type { Kpi, Objective } from "../../src/index.js";

export const uptime = {
	id: "uptime",
	name: "Platform uptime",
	unit: "%",
	direction: "higherIsBetter",
	target: 99,
	cadence: "daily",
	measurements: [
		{ at: "2025-08-14", value: 99.2 },
		{ at: "2025-08-15", value: 89.1 },
	],
} as const satisfies Kpi;

export const firstResponse = {
	id: "frt",
	name: "First response time",
	unit: "min",
	direction: "lowerIsBetter",
	target: 30,
	thresholds: { mode: "absolute", green: 5, yellow: 15 },
	measurements: [{ at: "2025-08-01", value: 40 }],
} as const satisfies Kpi;

export const roomTemperature = {
	id: "temp",
	name: "Server room temperature",
	unit: "°C",
	direction: "onTarget",
	target: 21,
	thresholds: { mode: "absolute", green: 1, yellow: 3 },
	measurements: [{ at: "2025-08-01", value: 23.5 }],
} as const satisfies Kpi;

export const nps = {
	id: "nps",
	name: "Net Promoter Score",
	direction: "higherIsBetter",
	target: 70,
	thresholds: { mode: "absolute", green: 0, yellow: 10 },
	measurements: [
		{ at: "2025-07-01", value: 72 },
		{ at: "2025-08-01", value: 55 },
		{ at: "2025-09-01", value: 71 },
		{ at: "2025-10-01", value: 58 },
		{ at: "2025-11-01", value: 57 },
	],
} as const satisfies Kpi;

const metric = (id: string, title: string, start: number, target: number, current: number) =>
	({ id, title, kind: "metric", start, target, current }) as const;

export const company: readonly Objective[] = [
	{ id: "company", title: "Become the market leader in customer satisfaction", level: "company" },
	{
		id: "marketing",
		title: "Become the go-to thought leader in our industry",
		level: "team",
		parentId: "company",
		keyResults: [
			metric("traffic", "Monthly visitors 100k → 250k", 100_000, 250_000, 175_000),
			metric("backlinks", "50 backlinks", 0, 50, 31),
		],
	},
	{
		id: "support",
		title: "Transform customer support into a competitive advantage",
		level: "team",
		parentId: "company",
		contribution: 2,
		keyResults: [metric("frt-kr", "First response 240 → 30 min", 240, 30, 135)],
	},
	{
		id: "sales",
		title: "Dominate the enterprise market segment",
		level: "team",
		parentId: "company",
		keyResults: [metric("revenue", "Enterprise revenue $5M → $15M", 5, 15, 6)],
	},
];

const breakout = `<script>alert("x")</script> & 'quoted' "double" ]]> <!-- -->`;

/** A title that tries to break out of every context it can land in, with characters XML forbids. */
export const hostile = `${breakout} \u0000\u0007\uD800`;

/** {@link hostile} as it reads back from the picture: the forbidden characters are U+FFFD. */
export const hostileAsText = `${breakout} \uFFFD\uFFFD\uFFFD`;
