/**
 * The consumer programs: plain `.mjs` / `.cjs` files that load the installed package the way users
 * do (`import … from "okr-kit"`, `require("okr-kit")`), run the conformance cases and print the
 * results as JSON. They are written as source text so that nothing of vitest or the repository's
 * TypeScript reaches them.
 */

export type ModuleFormat = "esm" | "cjs";

/** What a consumer prints. */
export interface RunnerOutput {
	/** Runtime export names of each entry point (`"."`, `"./score"`, …). */
	readonly exports: Readonly<Record<string, readonly string[]>>;
	/** For each pair of entry points, the names exported by both that are not the same value. */
	readonly notShared: readonly string[];
	/** `results[caseIndex][entry]` for every entry exporting the case's `fn`. */
	readonly results: readonly Readonly<Record<string, CaseResult>>[];
	/** Keys found on `Object.prototype` after all cases ran (must be none). */
	readonly pollution: readonly string[];
	/** CJS only: modules under `node_modules/zod/` loaded by `require` of each entry alone. */
	readonly zodLoadedBy?: Readonly<Record<string, boolean>>;
}

export interface CaseResult {
	readonly thrown: boolean;
	/** The value after `pick`, serialized (see `serialize` below). */
	readonly value: unknown;
}

/** Entry point → bare specifier, as the consumer imports it. */
export type EntryMap = Readonly<Record<string, string>>;

const shared = `
const OWN = (o, k, v) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

function revive(v) {
	if (Array.isArray(v)) return v.map(revive);
	if (v === null || typeof v !== "object") return v;
	if ("$date" in v) return new Date(v.$date);
	if ("$nan" in v) return Number.NaN;
	if ("$inf" in v) return v.$inf * Number.POSITIVE_INFINITY;
	if ("$negzero" in v) return -0;
	if ("$undefined" in v) return undefined;
	const out = {};
	for (const k of Object.keys(v)) OWN(out, k, revive(v[k]));
	return out;
}

function serialize(v, ctx, depth = 0) {
	if (depth > 40) return { $deep: true };
	if (v === undefined) return { $undefined: true };
	if (typeof v === "number") {
		if (Object.is(v, -0)) return { $negzero: true };
		if (Number.isNaN(v)) return { $nan: true };
		if (!Number.isFinite(v)) return { $inf: v > 0 ? 1 : -1 };
		return v;
	}
	if (typeof v === "bigint") return { $bigint: String(v) };
	if (typeof v === "function") return { $function: v.name };
	if (typeof v === "symbol") return { $symbol: String(v) };
	if (v === null || typeof v !== "object") return v;
	if (v instanceof Error) {
		return {
			$error: {
				name: v.name,
				message: v.message,
				code: v.code,
				path: serialize(v.path, ctx, depth + 1),
				issues: serialize(v.issues, ctx, depth + 1),
				isError: v instanceof Error,
				isEntryOkrError: typeof ctx.entry.OkrError === "function" && v instanceof ctx.entry.OkrError,
				isRootOkrError: v instanceof ctx.root.OkrError,
				isRootValidationError: v instanceof ctx.root.OkrValidationError,
			},
		};
	}
	if (v instanceof Map) return { $map: [...v].map(([k, x]) => [serialize(k, ctx, depth + 1), serialize(x, ctx, depth + 1)]) };
	if (v instanceof Set) return { $set: [...v].map((x) => serialize(x, ctx, depth + 1)) };
	if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString() };
	if (Array.isArray(v)) return v.map((x) => serialize(x, ctx, depth + 1));
	const out = {};
	for (const k of Object.keys(v)) OWN(out, k, serialize(v[k], ctx, depth + 1));
	return out;
}

function pickFrom(v, path) {
	if (path.length === 0) return v;
	const [key, ...rest] = path;
	if (key === "*") return Array.from(v, (x) => pickFrom(x, rest));
	const next = v instanceof Map ? v.get(key) : v?.[key];
	return pickFrom(next, rest);
}

function deepFreeze(v) {
	if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
		Object.freeze(v);
		for (const k of Object.keys(v)) deepFreeze(v[k]);
	}
	return v;
}

/** Helpers scripts can use as \`h\`. */
const helpers = { deepFreeze };

function runCase(mod, c) {
	const args = revive(c.args ?? []);
	if (c.script !== undefined) return new Function("m", "args", "h", c.script)(mod, args, helpers);
	const target = mod[c.fn];
	return c.args === undefined ? target : target(...args);
}

function runAll(modules, root, input) {
	const exports = {};
	for (const [entry, mod] of Object.entries(modules)) exports[entry] = Object.keys(mod).sort();
	const notShared = [];
	const entries = Object.keys(modules);
	for (const a of entries) {
		for (const b of entries) {
			if (a >= b) continue;
			for (const name of Object.keys(modules[a])) {
				if (name in modules[b] && modules[a][name] !== modules[b][name]) notShared.push(a + " " + b + " " + name);
			}
		}
	}
	const results = input.cases.map((c) => {
		const byEntry = {};
		for (const [entry, mod] of Object.entries(modules)) {
			if (!(c.fn in mod)) continue;
			const ctx = { entry: mod, root };
			let thrown = false;
			let value;
			try {
				value = pickFrom(runCase(mod, c), c.pick ?? []);
			} catch (error) {
				thrown = true;
				value = error;
			}
			byEntry[entry] = { thrown, value: serialize(value, ctx) };
		}
		return byEntry;
	});
	const pollution = Object.getOwnPropertyNames(Object.prototype).filter((k) => !input.prototypeKeys.includes(k));
	if ({}.polluted !== undefined) pollution.push("polluted (inherited)");
	return { exports, notShared, results, pollution };
}
`;

/**
 * Source of a consumer program. The root and `./score` are imported statically, as users write
 * it; any further entry points (e.g. `./svg`) dynamically. Input: a JSON file named by `argv[2]`.
 */
export function runnerSource(format: ModuleFormat, entries: EntryMap): string {
	const extra = Object.entries(entries).filter(([entry]) => entry !== "." && entry !== "./score");
	const hasScore = "./score" in entries;
	const root = JSON.stringify(entries["."]);
	const score = JSON.stringify(entries["./score"]);
	if (format === "esm") {
		return [
			`import { readFileSync } from "node:fs";`,
			`import * as root from ${root};`,
			hasScore ? `import * as score from ${score};` : "const score = undefined;",
			shared,
			`const input = JSON.parse(readFileSync(process.argv[2], "utf8"));`,
			`const modules = { ".": root };`,
			`if (score !== undefined) modules["./score"] = score;`,
			...extra.map(
				([entry, spec]) =>
					`modules[${JSON.stringify(entry)}] = await import(${JSON.stringify(spec)});`,
			),
			`process.stdout.write(JSON.stringify(runAll(modules, root, input)));`,
			"",
		].join("\n");
	}
	const all = Object.entries(entries);
	return [
		`"use strict";`,
		`const { readFileSync } = require("node:fs");`,
		shared,
		`const input = JSON.parse(readFileSync(process.argv[2], "utf8"));`,
		// Load each entry alone first, to see whether it pulls zod in.
		`const zodLoadedBy = {};`,
		`for (const [entry, spec] of ${JSON.stringify(all)}) {`,
		`	for (const key of Object.keys(require.cache)) delete require.cache[key];`,
		`	require(spec);`,
		`	zodLoadedBy[entry] = Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(f));`,
		`}`,
		`for (const key of Object.keys(require.cache)) delete require.cache[key];`,
		`const root = require(${root});`,
		hasScore ? `const score = require(${score});` : "const score = undefined;",
		`const modules = { ".": root };`,
		`if (score !== undefined) modules["./score"] = score;`,
		...extra.map(
			([entry, spec]) => `modules[${JSON.stringify(entry)}] = require(${JSON.stringify(spec)});`,
		),
		`process.stdout.write(JSON.stringify({ ...runAll(modules, root, input), zodLoadedBy }));`,
		"",
	].join("\n");
}
