// Loaded only by stryker.vitest.config.ts (npm run mutation), never by `npm test`.
//
// Stryker 9.6.1 activates a mutant "at runtime" (in a `beforeAll`, after the test file has imported
// src/) whenever the run names its test files, as stryker.run.mjs does, even for a static mutant:
// one in module-level code such as `export const add = (a, b) => a.plus(b)` or a frozen default
// policy. Such a mutant is never active while its module loads, so it is reported as survived
// although the tests kill it (stryker-js issues #6144 and #6209). Vitest imports src/ afresh for
// every test file, so activating the mutant here, before the test file's imports, tests static
// mutants as they are meant to be tested; runtime mutants are then active a little earlier, which
// changes nothing for them.
import { inject } from "vitest";

declare module "vitest" {
	export interface ProvidedContext {
		globalNamespace: string;
		mode: string;
		activeMutant: string;
	}
}

if (inject("mode") === "mutant") {
	const name = inject("globalNamespace");
	const global = globalThis as unknown as Record<string, { activeMutant?: string } | undefined>;
	const namespace = global[name] ?? {};
	global[name] = namespace;
	namespace.activeMutant = inject("activeMutant");
}
