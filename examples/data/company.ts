/**
 * A sample company for the demo, the example scripts, the tests and the guides: Acme Health, one
 * cycle (Q3 2025), company → teams → people, checked in every Friday up to 15 August 2025.
 *
 * The objectives, key results and KPIs are the seed guides' examples: the "market leader in customer
 * satisfaction" cascade (NPS 6 → 8, churn under 5%), sales (enterprise revenue $5M → $15M, 90%
 * retention), marketing (website traffic 100k → 250k, 50 backlinks), support (first response time
 * 4 h → 30 min, CSAT 85% → 95%), HR (eNPS +15 points, turnover), and the patient registration
 * platform whose uptime KPI requires 99% and shows 50% (the KPI → OKR → KPI story). Some check-ins
 * carry the owner's confidence (0–10), as owners give it: now and then, lower where a team struggles.
 *
 * Plain data: the types are the package's, nothing here computes a score.
 */
import type { CheckIn, Cycle, Kpi, NumberInput, Objective } from "okr-kit";

/** The company's name, for reports. */
export const company = "Acme Health";

/** The day the sample is scored on: half-way through Q3 2025 (46 of its 92 days). */
export const asOf = "2025-08-15";

/** The cycle every objective belongs to. */
export const q3: Cycle = { start: "2025-07-01", end: "2025-09-30", label: "2025-Q3" };

/** The Fridays of Q3 2025 up to `asOf`: one in each of the cycle's first seven weeks. */
const fridays = [
	"2025-07-04",
	"2025-07-11",
	"2025-07-18",
	"2025-07-25",
	"2025-08-01",
	"2025-08-08",
	"2025-08-15",
] as const;

/** A check-in's value with the owner's confidence (0–10) of reaching the target. */
interface Sure {
	readonly value: NumberInput;
	readonly confidence: number;
}

/** `value` checked in with `confidence`: owners give one now and then, not every week. */
const sure = (value: NumberInput, confidence: number): Sure => ({ value, confidence });

/** Friday check-ins, in order; `null` is a week without one. */
function weekly(...values: readonly (NumberInput | Sure | null)[]): CheckIn[] {
	const out: CheckIn[] = [];
	values.forEach((value, i) => {
		const at = fridays[i];
		if (value === null || at === undefined) return;
		out.push(typeof value === "object" ? { at, ...value } : { at, value });
	});
	return out;
}

/** Company → teams → people. */
export const objectives: readonly Objective[] = [
	{
		id: "company",
		title: "Become the market leader in customer satisfaction",
		level: "company",
		owner: "Leadership",
		cycle: q3,
		kpiIds: ["mrr"],
		keyResults: [
			{
				id: "nps",
				title: "Increase Net Promoter Score from 6 to 8",
				kind: "metric",
				start: 6,
				target: 8,
				checkIns: weekly(sure(6.1, 7), 6.3, 6.4, 6.6, sure(6.7, 8), 6.9, 7),
			},
			{
				id: "churn",
				title: "Reduce churn to under 5%",
				kind: "metric",
				unit: "%",
				start: 8,
				target: 4.9,
				checkIns: weekly(7.9, null, 7.4, null, 6.8, null, sure(6.5, 8)),
			},
			{
				id: "clv",
				title: "Increase customer lifetime value by 50%",
				kind: "metric",
				unit: "USD",
				start: 2400,
				target: 3600,
				checkIns: weekly(2410, 2450, 2480, 2560, 2600, 2700, 2760),
			},
		],
	},
	// Sales
	{
		id: "sales",
		title: "Dominate the enterprise market segment",
		level: "team",
		owner: "Sales",
		parentId: "company",
		cycle: q3,
		kpiIds: ["mrr", "pipeline"],
		keyResults: [
			{
				id: "enterprise-revenue",
				title: "Increase enterprise revenue from $5M to $15M",
				kind: "metric",
				unit: "USD",
				start: "5000000",
				target: "15000000",
				checkIns: weekly(
					sure("5400000", 8),
					"6100000",
					"6650000",
					"7200000",
					sure("7900000", 7),
					"8600000",
					sure("9100000", 6),
				),
			},
			{
				id: "fortune-500",
				title: "Close 5 Fortune 500 deals worth $2M+ each",
				kind: "metric",
				start: 0,
				target: 5,
				checkIns: weekly(0, 0, sure(1, 8), 1, 1, 2, 2),
			},
			{
				id: "retention",
				title: "Achieve 90% retention rate for enterprise clients",
				kind: "threshold",
				unit: "%",
				direction: "atLeast",
				threshold: 90,
				scoring: "checkIns",
				checkIns: weekly(91.5, 90.2, 89.4, 90, 91.1, 92, 91.8),
			},
		],
	},
	{
		id: "marco",
		title: "Significantly increase enterprise market share",
		level: "individual",
		owner: "Marco",
		parentId: "sales",
		cycle: q3,
		keyResults: [
			{
				id: "contracts",
				title: "Sign 15 new enterprise contracts",
				kind: "metric",
				start: 0,
				target: 15,
				checkIns: weekly(1, 2, null, 3, 4, null, sure(5, 8)),
			},
			{
				id: "lead-conversion",
				title: "Achieve a 25% conversion rate from qualified enterprise leads",
				kind: "metric",
				unit: "%",
				start: 18,
				target: 25,
				checkIns: weekly(18, 18.5, null, 19.5, null, 20, 20.5),
			},
		],
	},
	// Marketing
	{
		id: "marketing",
		title: "Become the go-to thought leader in our industry",
		level: "team",
		owner: "Marketing",
		parentId: "company",
		cycle: q3,
		kpiIds: ["visitors", "cost-per-lead"],
		keyResults: [
			{
				id: "traffic",
				title: "Increase website traffic from 100k to 250k monthly visitors",
				kind: "metric",
				unit: "visitors",
				start: 100_000,
				target: 250_000,
				checkIns: weekly(
					sure(104_000, 8),
					112_000,
					121_000,
					133_000,
					141_000,
					152_000,
					sure(160_000, 8),
				),
			},
			{
				id: "backlinks",
				title: "Achieve 50 backlinks from industry-leading websites",
				kind: "metric",
				start: 0,
				target: 50,
				checkIns: weekly(3, 7, 10, 14, null, sure(21, 9), 24),
			},
			{
				id: "subscribers",
				title: "Generate 5,000 newsletter subscribers",
				kind: "metric",
				start: 0,
				target: 5000,
				checkIns: weekly(300, 650, 900, 1300, 1700, 2000, 2300),
			},
		],
	},
	{
		id: "priya",
		title: "Establish our blog as the leading resource for patient-experience teams",
		level: "individual",
		owner: "Priya",
		parentId: "marketing",
		cycle: q3,
		keyResults: [
			{
				id: "pillars",
				title: "Publish 5 comprehensive pillar pieces",
				kind: "checklist",
				items: [
					{ title: "Patient onboarding", done: true },
					{ title: "Registration without queues", done: true },
					{ title: "Measuring satisfaction", done: false },
					{ title: "Support that scales", done: false },
					{ title: "Data privacy for clinics", done: false },
				],
			},
			{
				id: "organic",
				title: "Increase organic search traffic to the blog by 40%",
				kind: "metric",
				start: 20_000,
				target: 28_000,
				checkIns: weekly(20_100, null, 21_400, null, 22_800, null, 23_900),
			},
			{
				id: "open-rate",
				title: "Lift the newsletter open rate from 40% to 41%",
				kind: "metric",
				unit: "%",
				start: 40,
				target: 41,
				checkIns: weekly(40, null, null, 40.4, null, null, 40.6),
			},
		],
	},
	// Support
	{
		id: "support",
		title: "Transform customer support into a competitive advantage",
		type: "committed",
		level: "team",
		owner: "Support",
		parentId: "company",
		contribution: 2,
		cycle: q3,
		kpiIds: ["resolution-time", "first-contact"],
		keyResults: [
			{
				id: "first-response",
				title: "Reduce first response time from 4 hours to 30 minutes",
				kind: "metric",
				unit: "min",
				start: 240,
				target: 30,
				checkIns: weekly(sure(235, 6), 228, 215, 205, 196, 190, sure(186, 5)),
			},
			{
				id: "csat",
				title: "Increase customer satisfaction score from 85% to 95%",
				kind: "metric",
				unit: "%",
				start: 85,
				target: 95,
				checkIns: weekly(85.2, 85.6, 86, 86.4, 86.9, 87.1, 87.4),
			},
			{
				id: "chatbot",
				title: "Implement an AI chatbot handling 40% of initial inquiries",
				kind: "metric",
				unit: "%",
				start: 0,
				target: 40,
				checkIns: weekly(sure(0, 7), 0, 0, 2, sure(3, 4), 5, sure(6, 2)),
			},
		],
	},
	{
		id: "ana",
		title: "Launch the customer success program",
		level: "individual",
		owner: "Ana",
		parentId: "support",
		cycle: q3,
		keyResults: [
			{
				id: "csm-hired",
				title: "Hire two customer success managers",
				kind: "milestone",
				done: true,
			},
			{
				id: "program-live",
				title: "Open the program to every client",
				kind: "milestone",
				done: false,
			},
		],
	},
	// HR
	{
		id: "people",
		title: "Substantially improve employee engagement and well-being",
		level: "team",
		owner: "People",
		parentId: "company",
		cycle: q3,
		kpiIds: ["turnover", "time-to-fill"],
		keyResults: [
			{
				id: "enps",
				title: "Increase the employee Net Promoter Score by 15 points",
				kind: "metric",
				start: 12,
				target: 27,
				checkIns: weekly(sure(12, 6), null, null, 14, null, null, sure(15, 4)),
			},
			{
				id: "wellness",
				title: "Achieve 70% participation in 3 new wellness programs",
				kind: "metric",
				unit: "%",
				start: 0,
				target: 70,
				checkIns: weekly(null, 8, 12, 14, 17, 19, 20),
			},
			{
				id: "voluntary-turnover",
				title: "Reduce voluntary employee turnover from 12% to 7%",
				kind: "metric",
				unit: "%",
				start: 12,
				target: 7,
				checkIns: weekly(12, null, null, 11.8, null, null, 11.6),
			},
		],
	},
];

/** The KPIs each team watches; one (`training-hours`) is on no objective's `kpiIds`. */
export const kpis: readonly Kpi[] = [
	{
		id: "mrr",
		name: "Monthly recurring revenue",
		unit: "USD",
		direction: "higherIsBetter",
		target: 1_250_000,
		cadence: "monthly",
		owner: "Sales",
		measurements: [
			{ at: "2025-05-31", value: 1_080_000 },
			{ at: "2025-06-30", value: 1_120_000 },
			{ at: "2025-07-31", value: 1_190_000 },
		],
	},
	{
		id: "pipeline",
		name: "Sales pipeline value",
		unit: "USD",
		direction: "higherIsBetter",
		target: 8_000_000,
		cadence: "monthly",
		owner: "Sales",
		measurements: [
			{ at: "2025-06-30", value: 7_600_000 },
			{ at: "2025-07-31", value: 8_400_000 },
		],
	},
	{
		id: "visitors",
		name: "Website visitors (monthly)",
		direction: "higherIsBetter",
		target: 150_000,
		cadence: "monthly",
		owner: "Marketing",
		measurements: [
			{ at: "2025-06-30", value: 101_000 },
			{ at: "2025-07-31", value: 136_000 },
		],
	},
	{
		id: "cost-per-lead",
		name: "Cost per lead",
		unit: "USD",
		direction: "lowerIsBetter",
		target: 45,
		thresholds: { mode: "absolute", green: 5, yellow: 15 },
		cadence: "weekly",
		owner: "Marketing",
		measurements: [
			{ at: "2025-08-01", value: 61 },
			{ at: "2025-08-08", value: 58 },
			{ at: "2025-08-15", value: 54 },
		],
	},
	{
		id: "resolution-time",
		name: "Ticket resolution time",
		unit: "h",
		direction: "lowerIsBetter",
		target: 24,
		cadence: "weekly",
		owner: "Support",
		measurements: [
			{ at: "2025-08-01", value: 27 },
			{ at: "2025-08-08", value: 25 },
			{ at: "2025-08-15", value: 23.5 },
		],
	},
	{
		id: "first-contact",
		name: "First contact resolution rate",
		unit: "%",
		direction: "higherIsBetter",
		target: 75,
		cadence: "weekly",
		owner: "Support",
		measurements: [
			{ at: "2025-07-18", value: 71 },
			{ at: "2025-07-25", value: 72 },
		],
	},
	{
		id: "turnover",
		name: "Employee turnover rate",
		unit: "%",
		direction: "lowerIsBetter",
		target: 10,
		cadence: "quarterly",
		owner: "People",
		measurements: [
			{ at: "2025-03-31", value: 12.8 },
			{ at: "2025-06-30", value: 13.5 },
		],
	},
	{
		id: "time-to-fill",
		name: "Average time to fill open positions",
		unit: "days",
		direction: "lowerIsBetter",
		target: 30,
		cadence: "monthly",
		owner: "People",
		measurements: [
			{ at: "2025-06-30", value: 36 },
			{ at: "2025-07-31", value: 32 },
		],
	},
	{
		id: "training-hours",
		name: "Training hours per employee",
		unit: "h",
		direction: "higherIsBetter",
		target: 20,
		cadence: "quarterly",
		owner: "People",
		measurements: [{ at: "2025-06-30", value: 21 }],
	},
	{
		id: "uptime",
		name: "Patient registration uptime",
		unit: "%",
		direction: "higherIsBetter",
		target: 99,
		cadence: "monthly",
		owner: "Platform",
		measurements: [
			{ at: "2025-05-31", value: 97.5 },
			{ at: "2025-06-30", value: 50 },
			{ at: "2025-07-31", value: 81 },
		],
	},
];

/**
 * The KPI → OKR → KPI story: on 1 July the uptime KPI is red (50% against 99%), so the Platform
 * team drafts an OKR from it; these are its key result's check-ins over the quarter.
 */
export const uptimeStory = {
	kpiId: "uptime",
	draftedOn: "2025-07-01",
	title: "Create an excellent patient registration platform",
	checkIns: [
		{ at: "2025-07-11", value: 72 },
		{ at: "2025-07-25", value: 81 },
		{ at: "2025-08-08", value: 96.5 },
		{ at: "2025-08-14", value: 99.2 },
	],
} as const;
