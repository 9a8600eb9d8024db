import { ApiDocsPage } from "../pages/ApiDocsPage";
import { expect, test } from "../support/fixtures";

// Swagger UI is third-party markup that we do not control, and the spec is not
// a page: neither is checked with axe.
test.describe("the API contract", { tag: "@no-axe" }, () => {
  test("/api/openapi.json is an OpenAPI 3 document", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("json");
    const spec = (await response.json()) as { openapi?: unknown; paths?: Record<string, unknown> };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths ?? {})).toEqual(
      expect.arrayContaining(["/api/v1/service", "/healthz", "/readyz"]),
    );
  });

  test("/api/docs/ shows the API in Swagger UI", async ({ page }) => {
    const docs = new ApiDocsPage(page);
    await docs.goto();
    await expect(docs.swaggerUi).toBeVisible();
    await expect(docs.title).toBeVisible();
    await expect(docs.operations.first()).toBeVisible();
  });
});
