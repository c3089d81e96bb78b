/**
 * The JSON Schemas ship as generated data (src/model/jsonSchemas.generated.ts), so that the
 * package carries no JSON Schema generator. These tests keep the data in step with the zod
 * schemas: after a change to the model, `npm run json-schemas` rewrites the file.
 */
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../../src/index.js";
import { generatedJsonSchemas } from "../../src/model/jsonSchemas.generated.js";
import { computeJsonSchemas } from "../support/jsonSchemaSource.js";

describe("the generated JSON Schemas", () => {
	it("are what z.toJSONSchema makes of the schemas now, key order included (else: npm run json-schemas)", () => {
		expect(JSON.stringify(generatedJsonSchemas, null, "\t")).toBe(
			JSON.stringify(computeJsonSchemas(), null, "\t"),
		);
	});

	it("are what jsonSchemas exports", () => {
		expect(jsonSchemas).toBe(generatedJsonSchemas);
	});

	it("name the shared leaves once under $defs", () => {
		const computed = computeJsonSchemas();
		expect(Object.keys(computed.keyResult["$defs"] as object).sort()).toEqual([
			"DateInput",
			"NonNegativeNumberInput",
			"NumberInput",
		]);
	});
});
