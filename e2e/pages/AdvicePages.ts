// The pages of requests for advice: the co-ordinator's "Advice" section of the
// case page and "Request advice", the contributor's list and request page with
// the advice template as a task list, the template's sections, and the team
// manager's allocation.
import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

/** The "Advice" section of the case page. */
export class CaseAdviceSection {
  readonly section: Locator;
  readonly requestAdvice: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("main").getByRole("region", { name: "Advice" });
    this.requestAdvice = this.section.getByRole("button", { name: "Request advice" });
  }

  /** The summary card of the request sent to `who` ("Priya Shah", "Community Paediatrics (team)"). */
  card(who: string): Locator {
    return this.section
      .locator(".govuk-summary-card")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: who, exact: true }) });
  }

  /** The value of a row ("Status", "Completed", ...) on a request's card. */
  row(who: string, key: string): Locator {
    return this.card(who)
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd");
  }
}

export class RequestAdvicePage extends AppPage {
  readonly search: Locator;
  readonly note: Locator;
  readonly send: Locator;
  readonly matches: Locator;

  constructor(page: Page) {
    super(page);
    this.search = this.main.getByRole("searchbox", { name: "Who do you want to ask for advice?" });
    this.note = this.main.getByRole("textbox", { name: "Note for the advisers (optional)" });
    this.send = this.main.getByRole("button", { name: "Send requests for advice" });
    this.matches = this.main.getByRole("group", { name: "Matching teams and people" });
  }

  /** Types `text` and ticks the match called `label` once the search has found it. */
  async choose(text: string, label: string): Promise<void> {
    await this.search.fill(text);
    const match = this.matches.getByRole("checkbox", { name: label, exact: true });
    await match.check();
    await expect(match).toBeChecked();
  }
}

/** "Requests for advice": the contributor's and team manager's list. */
export class AdviceListPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page
      .getByRole("banner")
      .getByRole("navigation", { name: "Case work" })
      .getByRole("link", { name: "Requests for advice" })
      .click();
    await expect(this.mainHeading).toHaveText("Requests for advice");
  }

  /** The link to the request on case `caseRef` (its name starts with the reference). */
  request(caseRef: string): Locator {
    return this.main.getByRole("link", { name: new RegExp(`^${caseRef}`) });
  }
}

/** One request for advice, with the template as a task list when it can be written. */
export class AdviceRequestPage extends AppPage {
  readonly saveStatus: Locator;
  readonly otherAdvice: Locator;

  constructor(page: Page) {
    super(page);
    this.saveStatus = this.main
      .getByRole("status")
      .filter({ hasText: /Saved at|Saving|Not saved/ });
    this.otherAdvice = this.main.getByRole("heading", {
      level: 2,
      name: "Other advice on this case",
    });
  }

  task(name: string | RegExp): Locator {
    return this.main.locator(".govuk-task-list__item").filter({ hasText: name });
  }

  async openTask(name: string): Promise<void> {
    await this.main.getByRole("link", { name, exact: true }).click();
  }
}

/** A page of the advice template: its questions, the save status, "Save and return". */
export class AdviceSectionPage extends AppPage {
  readonly saved: Locator;
  readonly saveAndReturn: Locator;

  constructor(page: Page) {
    super(page);
    this.saved = this.main.getByRole("status").filter({ hasText: /^Saved at \d/ });
    this.saveAndReturn = this.main.getByRole("button", { name: "Save and return to your advice" });
  }

  field(label: string | RegExp): Locator {
    return this.main.getByRole("textbox", { name: label });
  }

  /** Waits for the autosave to have saved what is on screen. */
  async expectSaved(): Promise<void> {
    await expect(this.saved).toBeVisible({ timeout: 10_000 });
  }
}
