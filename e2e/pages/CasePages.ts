// The list of cases, the case file (stage bar, key facts, deadlines, views,
// documents, people with access, timeline) and the co-ordinator's pages
// reached from it.
import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

/** "Cases": a table on wider screens, a card each on a phone. */
export class CasesListPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** The row (or card, on a phone) of the case about `childName`. */
  entry(childName: string): Locator {
    return this.main
      .getByTestId("cases")
      .locator(":is(tr, li)")
      .filter({ hasText: childName })
      .filter({ visible: true });
  }

  /** Follows the link to the case about `childName`. */
  async openCase(childName: string): Promise<void> {
    await this.entry(childName).getByRole("link").first().click();
  }

  /** Opens the work tray called `label` ("All cases") and waits for its heading. */
  async openTray(label: string, organisation: string): Promise<void> {
    await this.main
      .getByRole("navigation", { name: "Work trays" })
      .getByRole("link", { name: label, exact: true })
      .click();
    await this.expectLoaded(label, organisation);
  }
}

/** The heading of the tray a person lands on from "Cases". */
export const LANDING_TRAY = /^(My cases in progress|My children|Setting cases)$/;

export class CaseFilePage extends AppPage {
  readonly stageBar: Locator;
  readonly currentStep: Locator;
  readonly deadlines: Locator;
  readonly access: Locator;
  readonly timeline: Locator;
  /** "Add a note" above the timeline, and the reader's own draft notes. */
  readonly noteText: Locator;
  readonly draftNotes: Locator;
  readonly successBanner: Locator;
  readonly recordDecision: Locator;
  readonly giveAccess: Locator;
  readonly whatNext: Locator;
  readonly views: Locator;
  readonly documents: Locator;
  readonly plan: Locator;

  constructor(page: Page) {
    super(page);
    this.stageBar = this.main.getByRole("list", { name: "Stages of the case" });
    this.currentStep = this.stageBar.locator('[aria-current="step"]');
    this.deadlines = this.main.getByTestId("deadlines");
    this.access = this.main.getByTestId("access");
    this.timeline = this.main.getByRole("list", { name: "Timeline, newest first" });
    this.noteText = this.main.getByRole("textbox", { name: "Add a note" });
    this.draftNotes = this.main.getByTestId("draft-notes");
    this.successBanner = this.main.locator(".govuk-notification-banner--success");
    this.recordDecision = this.main.getByRole("button", { name: "Record a decision" });
    this.giveAccess = this.main.getByRole("button", { name: "Give someone access" });
    this.whatNext = this.main.getByTestId("what-next");
    this.views = this.main.getByTestId("views");
    this.documents = this.main.getByTestId("documents");
    this.plan = this.main.getByTestId("plan");
  }

  /** One of the reader's draft notes, found by its text. */
  draftNote(text: string): Locator {
    return this.draftNotes.getByRole("listitem").filter({ hasText: text });
  }

  /** The deadlines table's row for a deadline, found by the start of its sentence. */
  deadline(name: string): Locator {
    return this.deadlines.getByRole("row").filter({ hasText: name });
  }

  /** The value of a key fact on the "Case" card ("Case reference", "Next deadline", ...). */
  fact(key: string): Locator {
    return this.main
      .getByTestId("case")
      .locator(".govuk-summary-list__row")
      .filter({ has: this.page.locator("dt", { hasText: key }) })
      .locator("dd")
      .first();
  }

  /** The case reference ("EHC-2026-000123") from the heading's caption. */
  async caseRef(): Promise<string> {
    await expect(this.mainHeading).toContainText(/Case EHC-\d{4}-\d+/);
    const ref = /EHC-\d{4}-\d+/.exec(await this.mainHeading.innerText())?.[0];
    if (!ref) throw new Error("no case reference in the heading");
    return ref;
  }
}

/** "Record a decision": one radio per decision the case allows now. */
export class DecisionPage extends AppPage {
  readonly recordTheDecision: Locator;

  constructor(page: Page) {
    super(page);
    this.recordTheDecision = this.main.getByRole("button", { name: "Record the decision" });
  }

  decision(label: string): Locator {
    return this.main.getByRole("radio", { name: label, exact: true });
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
