import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const entry = { index: "src/index.ts", score: "src/score.ts", svg: "src/svg.ts" };

const common: Options = {
	format: ["esm", "cjs"],
	target: "es2022",
	// Each configuration below writes part of dist/, in parallel: none may clean it.
	clean: false,
};

export default defineConfig(() => {
	// The build starts from an empty dist/, so no file of an earlier build can ship.
	rmSync("dist", { recursive: true, force: true });
	return [
		{
			...common,
			entry,
			sourcemap: true,
			treeshake: true,
			// Shared code goes to chunks that both entry points import, so `okr-kit` and
			// `okr-kit/score` hand out the same functions and the same `OkrError` class: an error
			// thrown by a function imported from one entry is `instanceof` the class imported from
			// the other. (tsup splits CJS too when asked explicitly.)
			splitting: true,
		},
		// Declarations: one self-contained file per entry point and format (`score.d.ts`, …), built
		// one entry at a time. Built together, the shared types would go to a chunk with a hashed
		// name (`resolve-BmSiB3gl.d.ts`) that go-to-definition lands in.
		...Object.entries(entry).map(
			([name, file]): Options => ({ ...common, entry: { [name]: file }, dts: { only: true } }),
		),
	];
});
