// Swagger UI, served by the binary at /api/docs/ (third-party markup).
import type { Locator, Page } from "@playwright/test";

export class ApiDocsPage {
  readonly swaggerUi: Locator;
  readonly title: Locator;
  readonly operations: Locator;

  constructor(readonly page: Page) {
    // Swagger UI nests one .swagger-ui inside another: take the outer one.
    this.swaggerUi = page.locator(".swagger-ui").first();
    this.title = page.locator(".swagger-ui .info .title");
    this.operations = page.locator(".swagger-ui .opblock");
  }

  async goto(): Promise<void> {
    await this.page.goto("/api/docs/");
  }
}
