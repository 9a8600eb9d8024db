// The case file (stage bar, key facts, deadlines, people with access,
// timeline) and the co-ordinator's pages reached from it.
import type { Locator, Page } from "@playwright/test";
import { AppPage } from "./AppPage";

export class CaseFilePage extends AppPage {
  readonly stageBar: Locator;
  readonly currentStep: Locator;
  readonly deadlines: Locator;
  readonly access: Locator;
  readonly timeline: Locator;
  readonly successBanner: Locator;
  readonly recordDecision: Locator;
  readonly giveAccess: Locator;

  constructor(page: Page) {
    super(page);
    this.stageBar = this.main.getByRole("list", { name: "Stages of the case" });
    this.currentStep = this.stageBar.locator('[aria-current="step"]');
    this.deadlines = this.main.getByTestId("deadlines");
    this.access = this.main.getByTestId("access");
    this.timeline = this.main.getByRole("list", { name: "Timeline, newest first" });
    this.successBanner = this.main.locator(".govuk-notification-banner--success");
    this.recordDecision = this.main.getByRole("button", { name: "Record a decision" });
    this.giveAccess = this.main.getByRole("button", { name: "Give someone access" });
  }

  /** The deadlines table's row for a deadline, found by the start of its sentence. */
  deadline(name: string): Locator {
    return this.deadlines.getByRole("row").filter({ hasText: name });
  }
}

/** "Give someone access": who, then search and choose. */
export class GrantAccessPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async grant(kind: string, search: string, choice: string): Promise<void> {
    await this.main.getByRole("radio", { name: kind }).check();
    await this.main.getByRole("button", { name: "Continue" }).click();
    await this.main.getByRole("searchbox").fill(search);
    await this.main.getByRole("button", { name: "Search" }).click();
    await this.main.getByRole("radio", { name: choice, exact: true }).check();
  }

  get giveAccess(): Locator {
    return this.main.getByRole("button", { name: "Give access" });
  }
}
