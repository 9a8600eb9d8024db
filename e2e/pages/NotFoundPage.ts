import type { Locator, Page, Response } from "@playwright/test";
import { AppPage } from "./AppPage";

export class NotFoundPage extends AppPage {
  readonly homeLink: Locator;

  constructor(page: Page) {
    super(page);
    this.homeLink = this.main.getByRole("link", { name: "Go to the EHC hub home page" });
  }

  /** Opens an address the SPA does not know; returns the server's response. */
  async goto(path: string): Promise<Response | null> {
    return this.page.goto(path);
  }
}
