// Regenerates src/api/schema.d.ts from ../openapi/openapi.json.
import { writeFile } from "node:fs/promises";
import { generateSchemaTypes, SCHEMA_PATH } from "./openapi-types.mjs";

await writeFile(SCHEMA_PATH, await generateSchemaTypes());
console.log(`wrote ${SCHEMA_PATH}`);
