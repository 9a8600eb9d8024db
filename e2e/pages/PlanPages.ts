// The EHC plan: the case file's "EHC plan" section, the plan page (status,
// sections A to K, the family's requests, consultations, versions), the
// co-ordinator's editor with its checks and autosave, and the one-step pages
// reached from them (share, consult, issue, comment, answer, compare).
import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

/** "EHC plan", read section by section. */
export class PlanPage extends AppPage {
  readonly status: Locator;
  readonly successBanner: Locator;
  readonly familyRequests: Locator;
  readonly consultations: Locator;
  readonly versions: Locator;

  constructor(page: Page) {
    super(page);
    this.status = this.main.getByTestId("plan-status");
    this.successBanner = page.getByRole("main").locator(".govuk-notification-banner--success");
    this.familyRequests = this.main.getByTestId("family-requests");
    this.consultations = this.main.getByTestId("consultations");
    this.versions = this.main.getByTestId("versions");
  }

  /** A section by its letter ("b", "f", "h1"). */
  section(letter: string): Locator {
    return this.main.getByTestId(`section-${letter}`);
  }

  /** The consultation card of a setting. */
  consultation(setting: string): Locator {
    return this.consultations
      .locator(".govuk-summary-card")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: setting, exact: true }) });
  }

  /** The value of a row ("Answer", "Reasons", ...) on a consultation's card. */
  consultationRow(setting: string, key: string): Locator {
    return this.consultation(setting)
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd");
  }
}

/** The co-ordinator's editor of the draft (or amended) plan, saved as it is typed. */
export class PlanEditorPage extends PlanPage {
  readonly autosaveStatus: Locator;
  readonly checks: Locator;
  readonly flagged: Locator;
  readonly gaps: Locator;

  constructor(page: Page) {
    super(page);
    this.autosaveStatus = this.main.getByTestId("autosave-status");
    this.checks = this.main.getByRole("region", { name: "Check the plan" });
    this.flagged = this.checks.getByTestId("flagged");
    this.gaps = this.checks.getByTestId("gaps");
  }

  /** A section of the editor by its letter. */
  editSection(letter: string): Locator {
    return this.main.getByTestId(`edit-section-${letter}`);
  }

  /** The family's comments shown under a section of the editor. */
  comments(letter: string): Locator {
    return this.main.getByTestId(`comments-${letter}`);
  }

  /** The four boxes of one provision ("F1"). */
  provision(ref: string) {
    return {
      what: this.main.getByLabel(`What is provided (${ref})`),
      who: this.main.getByLabel(`Who provides it (${ref})`),
      howOften: this.main.getByLabel(`How often (${ref})`),
      howLong: this.main.getByLabel(`For how long (${ref})`),
    };
  }

  /** Waits for the autosave of the plan that a change causes, and for the page to say so. */
  async expectAutosaved(change: () => Promise<void>): Promise<void> {
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === "PUT" && /\/api\/v1\/cases\/[^/]+\/plan$/.test(r.url()),
      { timeout: 15_000 },
    );
    await change();
    expect((await saved).status()).toBe(200);
    await expect(this.autosaveStatus).toHaveText(/^Saved at \d{1,2}:\d\d[ap]m$/);
  }
}

/** Share, consult and issue: the co-ordinator's one-step pages, each with its own button. */
export class PlanActionPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** The row of the summary on "Issue the final plan" ("Placement (section I)", ...). */
  fact(key: string): Locator {
    return this.main
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd");
  }
}
