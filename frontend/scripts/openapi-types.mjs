// Turns the committed OpenAPI contract into TypeScript types. Used by both
// `npm run gen:api` (writes src/api/schema.d.ts) and the drift test (compares),
// so the two always agree on the exact text, byte for byte.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

// (Not `new URL(relative, import.meta.url)`: Vite rewrites that pattern into an asset URL.)
const here = path.dirname(fileURLToPath(import.meta.url));
export const SPEC_PATH = path.resolve(here, "../../openapi/openapi.json");
export const SCHEMA_PATH = path.resolve(here, "../src/api/schema.d.ts");

const HEADER = `/**
 * Generated from openapi/openapi.json by openapi-typescript. Do not edit by hand:
 * run \`npm run gen:api\` at the repository root to regenerate it.
 */

`;

/** @returns {Promise<string>} the text schema.d.ts should contain */
export async function generateSchemaTypes() {
  const spec = JSON.parse(await readFile(SPEC_PATH, "utf8"));
  const ast = await openapiTS(spec, { silent: true });
  return HEADER + astToString(ast);
}
