/**
 * `npm run json-schemas`: rewrites `src/model/jsonSchemas.generated.ts` from the zod schemas
 * (then the npm script formats it with biome).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GENERATED_PATH, renderJsonSchemasModule } from "./jsonSchemaSource.js";

const target = fileURLToPath(new URL(`../../${GENERATED_PATH}`, import.meta.url));
writeFileSync(target, renderJsonSchemasModule());
console.log(`wrote ${GENERATED_PATH}`);
