import { defineConfig } from "tsup";

export default defineConfig({
	entry: { index: "src/index.ts", score: "src/score.ts", svg: "src/svg.ts" },
	format: ["esm", "cjs"],
	dts: true,
	clean: true,
	sourcemap: true,
	target: "es2022",
	treeshake: true,
	// Shared code goes to chunks that both entry points import, so `okr-kit` and `okr-kit/score`
	// hand out the same functions and the same `OkrError` class: an error thrown by a function
	// imported from one entry is `instanceof` the class imported from the other. (tsup splits CJS
	// too when asked explicitly.)
	splitting: true,
});
