/**
 * The host's own time zone is never consulted: the date, progress, pace, KPI and time-zone tests
 * pass unchanged in child processes whose `TZ` is far east (UTC+14) and west (UTC−8/−7, with
 * daylight saving) of UTC.
 */
import { execFile, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const vitest = fileURLToPath(new URL("../../node_modules/vitest/vitest.mjs", import.meta.url));

const FILES = [
	"tests/time/day.test.ts",
	"tests/time/zone.test.ts",
	"tests/time/cycles.test.ts",
	"tests/pace/expectedProgress.test.ts",
	"tests/pace/paceStatus.test.ts",
	"tests/progress/progressAt.test.ts",
	"tests/progress/keyResultProgress.test.ts",
	"tests/kpi/kpiStatus.test.ts",
];

const HOSTS = ["Pacific/Kiritimati", "America/Los_Angeles"];

/** The environment of a child in zone `tz`: this one's, without what marks a vitest worker. */
function childEnv(tz: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!key.startsWith("VITEST") && key !== "NODE_V8_COVERAGE") env[key] = value;
	}
	return { ...env, TZ: tz, FORCE_COLOR: "0", NO_COLOR: "1" };
}

function run(tz: string): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[vitest, "run", "--coverage.enabled=false", ...FILES],
			{ cwd: root, env: childEnv(tz), maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
				resolve({ code, output: `${stdout}\n${stderr}` });
			},
		);
	});
}

describe("the host's time zone", () => {
	it("really differs in the children (else the runs below would prove nothing)", () => {
		const offsets = HOSTS.map((tz) =>
			execFileSync(
				process.execPath,
				["-e", "process.stdout.write(String(new Date(2025, 0, 15, 12).getTimezoneOffset()))"],
				{ env: childEnv(tz), encoding: "utf8" },
			),
		);
		expect(offsets).toEqual(["-840", "480"]);
	});

	it("changes no result: the date, progress, pace and KPI tests pass in UTC+14 and UTC-8", async () => {
		const runs = await Promise.all(HOSTS.map(run));
		runs.forEach(({ code, output }, i) => {
			// On failure, the child's own report says which test failed and why.
			expect({ tz: HOSTS[i], code, output: code === 0 ? "" : output }).toEqual({
				tz: HOSTS[i],
				code: 0,
				output: "",
			});
			expect(output).toMatch(new RegExp(`Test Files\\s+${FILES.length} passed`));
		});
	}, 180_000);
});
