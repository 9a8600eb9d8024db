// @vitest-environment node
// The SPA's types must come from the committed contract: if openapi/openapi.json
// changed and nobody ran `npm run gen:api`, this fails.
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { generateSchemaTypes, SCHEMA_PATH } from "../../scripts/openapi-types.mjs";

test("schema.d.ts is what openapi-typescript makes of openapi/openapi.json", async () => {
  const generated = await generateSchemaTypes();
  const committed = await readFile(SCHEMA_PATH, "utf8");
  expect(
    committed,
    "frontend/src/api/schema.d.ts is out of date: run `npm run gen:api` and commit the result",
  ).toBe(generated);
});
