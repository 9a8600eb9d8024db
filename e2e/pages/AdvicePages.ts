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

  /** The value of a row ("Due by", "Status", ...) on the card of the request on `caseRef`. */
  row(caseRef: string, key: string): Locator {
    return this.main
      .locator(".govuk-summary-card")
      .filter({ has: this.page.getByRole("link", { name: new RegExp(`^${caseRef}`) }) })
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd");
  }

  /** From anywhere: "Requests for advice", then the request on `caseRef`. */
  async openRequest(caseRef: string): Promise<AdviceRequestPage> {
    await this.open();
    await this.request(caseRef).click();
    const request = new AdviceRequestPage(this.page);
    await expect(request.mainHeading).toHaveText("Request for advice");
    return request;
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

  /** The value beside a key fact of the request ("Due by", "Date requested", "Status", ...). */
  fact(key: string): Locator {
    return this.main
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt").getByText(key, { exact: true }) })
      .locator("dd")
      .first();
  }

  /**
   * The questions that must be answered before submitting ("Will you provide
   * information and advice?" and "Background"), then back to the task list.
   */
  async answerTheMandatoryQuestions(who: string, child: string): Promise<void> {
    await this.openTask("Will you provide information and advice?");
    const section = new AdviceSectionPage(this.page);
    await section.main
      .getByRole("radio", { name: /^Yes - the child or young person is known and meets/ })
      .check();
    await section.field("Details").fill(`${who} has seen ${child} this term.`);
    await section.saveAndReturn.click();
    await expect(this.task("Will you provide information and advice?")).toContainText("Completed");
    await this.openTask("Background");
    await section
      .field(/^When did the child or young person first come into contact/)
      .fill(`Referred to ${who} in January`);
    await section
      .field(/^What has your organisation put in place already/)
      .fill("Weekly sessions in school");
    await section
      .field(/^What has been the effect of any support/)
      .fill(`${child} moves more confidently`);
    await section.saveAndReturn.click();
    await expect(this.task("Background")).toContainText("Completed");
  }
}

/** A team manager's "Allocate the request for advice". */
export class AllocateAdvicePage extends AppPage {
  readonly saveAndContinue: Locator;

  constructor(page: Page) {
    super(page);
    this.saveAndContinue = this.main.getByRole("button", { name: "Save and continue" });
  }

  /** Says the child is known to the team and ticks who will provide the advice. */
  async allocateTo(person: string): Promise<void> {
    await this.main
      .getByRole("radio", { name: /^Yes, the child or young person is known/ })
      .check();
    await this.main
      .getByRole("group", { name: "Who will provide the advice?" })
      .getByRole("checkbox", { name: person })
      .check();
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
