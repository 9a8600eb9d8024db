// Requests for an EHC needs assessment: a setting's list, a draft's task list
// and its autosaved section pages, "check your answers"; the co-ordinators'
// new requests and registration; and the public form for families.
import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

/** The header's "Cases" and "Requests" links. */
export class CaseWorkNav {
  readonly cases: Locator;
  readonly requests: Locator;

  constructor(page: Page) {
    const nav = page.getByRole("banner").getByRole("navigation", { name: "Case work" });
    this.cases = nav.getByRole("link", { name: "Cases", exact: true });
    this.requests = nav.getByRole("link", { name: "Requests", exact: true });
  }
}

/** "Requests for assessment" (settings) and "New requests" (co-ordinators). */
export class RequestsListPage extends AppPage {
  readonly startButton: Locator;
  readonly recordLink: Locator;

  constructor(page: Page) {
    super(page);
    this.startButton = this.main.getByRole("button", { name: "Start a new request" });
    this.recordLink = this.main.getByRole("button", {
      name: "Record a request received by post, email or on paper",
    });
  }

  /** The link to a request in whichever list shows (a table, or cards on a phone). */
  requestLink(childName: string): Locator {
    return this.main.getByRole("link", { name: childName, exact: true }).filter({ visible: true });
  }

  /** The list of drafts or of sent requests as shown at this width. */
  list(testId: "drafts" | "sent" | "waiting"): Locator {
    return this.main
      .getByTestId(testId)
      .locator(".app-people-table, .app-people-cards")
      .filter({ visible: true });
  }

  /** The row (or card, on a phone) of the request about `childName` in one of the lists. */
  entry(testId: "drafts" | "sent" | "waiting", childName: string): Locator {
    return this.list(testId).locator(":is(tbody tr, li)").filter({ hasText: childName });
  }
}

/** A sent request as the co-ordinator reads it, with its key facts and "Register as a case". */
export class RequestReviewPage extends AppPage {
  readonly register: Locator;

  constructor(page: Page) {
    super(page);
    this.register = this.main.getByRole("button", { name: "Register as a case" });
  }

  /** The value beside a key fact ("Status", "Received", "Decision whether to assess due by"). */
  fact(key: string): Locator {
    return this.main
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd")
      .first();
  }
}

/** "Register the request for ... as a case": who co-ordinates it. */
export class RegisterRequestPage extends AppPage {
  readonly register: Locator;

  constructor(page: Page) {
    super(page);
    this.register = this.main.getByRole("button", { name: "Register as a case" });
  }

  coordinator(label: string): Locator {
    return this.main.getByRole("radio", { name: label });
  }
}

export class TaskListPage extends AppPage {
  readonly checkAnswers: Locator;

  constructor(page: Page) {
    super(page);
    this.checkAnswers = this.main.getByRole("button", { name: "Check your answers" });
  }

  section(name: string): Locator {
    return this.main.getByRole("link", { name, exact: true });
  }

  /** A section's status ("Completed", "Incomplete", "Not yet started"). */
  statusOf(name: string): Locator {
    return this.main
      .locator(".govuk-task-list__item")
      .filter({ hasText: name })
      .locator(".govuk-task-list__status");
  }
}

/** A section of a draft, autosaved as it is typed. */
export class SectionPage extends AppPage {
  readonly status: Locator;
  readonly saveAndReturn: Locator;

  constructor(page: Page) {
    super(page);
    this.status = this.main.getByTestId("autosave-status");
    this.saveAndReturn = this.main.getByRole("button", {
      name: "Save and return to the task list",
    });
  }

  /** Types into a field and waits for the autosave it causes (after the pause, not on leaving). */
  async typeAndAutosave(field: Locator, text: string): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) =>
        response.request().method() === "PUT" &&
        response.url().includes("/api/v1/assessment-requests/"),
    );
    await field.fill(text);
    expect((await saved).status()).toBe(200);
    await expect(this.status).toHaveText(/^Saved at \d{1,2}:\d\d[ap]m$/);
  }

  async fillDate(legend: string, day: string, month: string, year: string): Promise<void> {
    const group = this.main.getByRole("group", { name: legend });
    await group.getByLabel("Day").fill(day);
    await group.getByLabel("Month").fill(month);
    await group.getByLabel("Year").fill(year);
  }
}

export class CheckRequestPage extends AppPage {
  readonly send: Locator;

  constructor(page: Page) {
    super(page);
    this.send = this.main.getByRole("button", { name: /^Send (the )?request$/ });
  }

  /** The value beside a question on "check your answers". */
  answer(key: string): Locator {
    return this.main
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd")
      .first();
  }
}

/** A confirmation page: its panel and what follows. */
export class ConfirmationPage extends AppPage {
  readonly panel: Locator;

  constructor(page: Page) {
    super(page);
    this.panel = this.main.locator(".govuk-panel--confirmation");
  }
}

/** The public form, for families without an account (all its questions on one page). */
export class PublicRequestPage extends AppPage {
  readonly continueButton: Locator;

  constructor(page: Page) {
    super(page);
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
  }

  async fill(answers: {
    childGivenName: string;
    childFamilyName: string;
    bornOn: [string, string, string];
    name: string;
    email: string;
    concerns: string;
    childViews: string;
  }): Promise<void> {
    await this.main.getByLabel("First name").fill(answers.childGivenName);
    await this.main.getByLabel("Last name").fill(answers.childFamilyName);
    const born = this.main.getByRole("group", { name: "Date of birth" });
    await born.getByLabel("Day").fill(answers.bornOn[0]);
    await born.getByLabel("Month").fill(answers.bornOn[1]);
    await born.getByLabel("Year").fill(answers.bornOn[2]);
    await this.main.getByLabel("Your full name").fill(answers.name);
    await this.main.getByLabel("Your email address").fill(answers.email);
    await this.main
      .getByLabel("What are your concerns about your child's needs?")
      .fill(answers.concerns);
    await this.main.getByLabel("Your child's views (optional)").fill(answers.childViews);
  }
}
