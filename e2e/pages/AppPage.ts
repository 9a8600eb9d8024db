// What every page of the SPA has: the authority's header, one <h1>, the footer.
import { expect, type Locator, type Page } from "@playwright/test";

export class AppPage {
  readonly header: Locator;
  readonly organisationLink: Locator;
  readonly mainHeading: Locator;
  readonly main: Locator;
  readonly skipLink: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole("banner");
    this.organisationLink = this.header.locator(".govuk-generic-header__homepage-link");
    this.main = page.getByRole("main");
    this.mainHeading = this.main.getByRole("heading", { level: 1 });
    this.skipLink = page.getByRole("link", { name: "Skip to main content" });
    this.footer = page.getByRole("contentinfo");
  }

  /** Waits until the page is drawn: its heading is showing and the header names the authority. */
  async expectLoaded(heading: string | RegExp, organisation: string): Promise<void> {
    await expect(this.mainHeading).toHaveText(heading);
    await expect(this.organisationLink).toHaveText(organisation);
  }

  /** Whether the page is wider than the window (it then scrolls sideways). */
  async scrollsHorizontally(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }
}
