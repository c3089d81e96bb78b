/**
 * Reading a goal tool's JSON export with okr-kit's parsers: every objective and KPI checked, every
 * problem reported with its path in the file. Used by `score-export.ts` and `compare-cycles.ts`.
 *
 * The export is `{ company?, cycle?, asOf, objectives, kpis? }`; `examples/data/export.json` is one.
 */
import { readFileSync } from "node:fs";
import {
	type Cycle,
	definePolicy,
	OkrError,
	type OkrIssue,
	type ParsedKpi,
	type ParsedObjective,
	type PolicyInput,
	parseCycle,
	type ScoringPolicy,
	safeParseKpi,
	safeParseObjective,
	validateCascade,
} from "okr-kit";

/** A checked export. */
export interface GoalExport {
	readonly company: string;
	/** The export's cycle, when it names one (`"2025-Q3"`). */
	readonly cycle: Cycle | null;
	/** The day the export was taken: the day to score on. */
	readonly asOf: string;
	readonly objectives: readonly ParsedObjective[];
	readonly kpis: readonly ParsedKpi[];
}

/** What reading a file gives: the export, or every problem found, one line each. */
export type ReadResult<T> =
	| { readonly ok: true; readonly value: T }
	| { readonly ok: false; readonly problems: readonly string[] };

/** `["objectives", 3, "keyResults", 0, "target"]` → `objectives[3].keyResults[0].target`. */
export function formatPath(path: readonly (string | number)[]): string {
	let out = "";
	for (const key of path)
		out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
	return out === "" ? "(root)" : out;
}

const line = (base: readonly (string | number)[], issue: OkrIssue): string =>
	`${formatPath([...base, ...issue.path])}: ${issue.code} — ${issue.message}`;

function readJson(file: string): ReadResult<unknown> {
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		return { ok: false, problems: [`cannot read ${file}: ${(error as Error).message}`] };
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, problems: [`${file} is not JSON: ${(error as Error).message}`] };
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads and checks an export file; `asOf` (when given) replaces the export's own date. */
export function readExport(file: string, asOf?: string): ReadResult<GoalExport> {
	const json = readJson(file);
	if (!json.ok) return json;
	const data = json.value;
	if (!isRecord(data) || !Array.isArray(data["objectives"])) {
		return {
			ok: false,
			problems: ["(root): the export must be an object with an objectives array"],
		};
	}
	const problems: string[] = [];
	const objectives: ParsedObjective[] = [];
	data["objectives"].forEach((input: unknown, i: number) => {
		const result = safeParseObjective(input);
		if (result.success) objectives.push(result.data);
		else for (const issue of result.error.issues) problems.push(line(["objectives", i], issue));
	});
	const kpis: ParsedKpi[] = [];
	const kpiInputs = data["kpis"] ?? [];
	if (!Array.isArray(kpiInputs)) problems.push("kpis: must be an array");
	else {
		kpiInputs.forEach((input: unknown, i: number) => {
			const result = safeParseKpi(input);
			if (result.success) kpis.push(result.data);
			else for (const issue of result.error.issues) problems.push(line(["kpis", i], issue));
		});
	}
	// Links between objectives (duplicate ids, unknown parents, loops) once each one is sound.
	if (problems.length === 0) {
		for (const issue of validateCascade(objectives)) problems.push(line(["objectives"], issue));
	}
	let cycle: Cycle | null = null;
	if (typeof data["cycle"] === "string") {
		try {
			cycle = parseCycle(data["cycle"]);
		} catch (error) {
			if (!(error instanceof OkrError)) throw error;
			problems.push(`cycle: ${error.message}`);
		}
	}
	const day = asOf ?? data["asOf"];
	if (typeof day !== "string") problems.push("asOf: the export has no asOf date; pass --as-of");
	if (problems.length > 0 || typeof day !== "string") return { ok: false, problems };
	return {
		ok: true,
		value: {
			company: typeof data["company"] === "string" ? data["company"] : file,
			cycle,
			asOf: day,
			objectives,
			kpis,
		},
	};
}

/** Reads a policy file (a partial policy as JSON) and completes it with `definePolicy`. */
export function readPolicy(file: string): ReadResult<ScoringPolicy> {
	const json = readJson(file);
	if (!json.ok) return json;
	try {
		return { ok: true, value: definePolicy(json.value as PolicyInput) };
	} catch (error) {
		if (!(error instanceof OkrError)) throw error;
		const issues = "issues" in error ? (error.issues as readonly OkrIssue[]) : [];
		return { ok: false, problems: issues.map((issue) => line(["policy"], issue)) };
	}
}
