import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

export class HomePage extends AppPage {
  readonly statusList: Locator;

  constructor(page: Page) {
    super(page);
    this.statusList = this.main.locator(".govuk-summary-list");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The value shown beside a key ("Service", "Database") in the status list. */
  statusOf(key: string): Locator {
    return this.statusList
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd");
  }

  async expectStatusShown(): Promise<void> {
    await expect(this.statusOf("Service")).toBeVisible();
  }
}
