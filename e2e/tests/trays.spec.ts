// The co-ordinator's work trays and case file in Chromium, at desktop and phone
// widths, with axe on every page: their own cases, all cases searched by part of
// a name, a flag set on the case file and filtered on in the tray, and the case
// closed outside the process and reopened; a note kept as a draft the family
// (or the school) does not see, then added to the timeline. Each width works on its own demo
// children, so the runs never meet.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { CaseFilePage, CasesListPage, LANDING_TRAY } from "../pages/CasePages";
import { CaseWorkNav } from "../pages/RequestPages";
import { checkPage } from "../support/checkPage";
import { LA_NAME } from "../support/constants";
import { signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";
import { signOut } from "../support/signIn";

test("the co-ordinator finds a case in the trays, flags it, finds it by its flag, closes and reopens it", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const [child, part] = project === "phone" ? ["Mia Clarke", "mIA  cla"] : ["Isla Brown", " ISLA "];
  const check = () => checkPage(page, axe, project);
  const app = new AppPage(page);
  const cases = new CasesListPage(page);
  const caseFile = new CaseFilePage(page);
  const filters = app.main.getByRole("search", { name: "Cases" });
  const openFilters = async () => {
    const toggle = filters.getByText("Filters", { exact: true });
    if (!(await filters.getByRole("group", { name: "Flags" }).isVisible())) await toggle.click();
  };

  await test.step("their own cases, then all cases searched by part of the name", async () => {
    await signInEnrolled(page, axe, "coordinator@example.org");
    await new CaseWorkNav(page).cases.click();
    await cases.expectLoaded("My cases in progress", LA_NAME);
    await check();
    await cases.openTray("All cases", LA_NAME);
    await filters.getByLabel("Search by child's name or case reference").fill(part);
    await filters.getByRole("button", { name: "Search" }).click();
    await expect(cases.entry(child)).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=/);
    await check();
  });

  await test.step("a flag set on the case file", async () => {
    await cases.openCase(child);
    await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
    await app.main.getByRole("link", { name: /Change flags/ }).click();
    await app.expectLoaded("Change the case's flags", LA_NAME);
    await check();
    await app.main.getByLabel("Safeguarding").check();
    await app.main.getByRole("button", { name: "Save flags" }).click();
    await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
    await expect(app.main.getByTestId("flags")).toContainText("Safeguarding");
    await check();
  });

  await test.step("found again by the flag in all cases", async () => {
    await new CaseWorkNav(page).cases.click();
    await cases.expectLoaded("My cases in progress", LA_NAME);
    await cases.openTray("All cases", LA_NAME);
    await openFilters();
    await filters.getByRole("group", { name: "Flags" }).getByLabel("Safeguarding").check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/flags=safeguarding/);
    await expect(cases.entry(child)).toBeVisible();
    await check();
  });

  await test.step("closed outside the process, then reopened", async () => {
    await cases.openCase(child);
    await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
    await app.main.getByRole("link", { name: "Close this case" }).click();
    await app.expectLoaded("Close this case", LA_NAME);
    await app.main.getByLabel("Duplicate").check();
    await app.main.getByRole("button", { name: "Close the case" }).click();
    await expect(app.main.getByText("Explain why the case is closed").first()).toBeVisible();
    await check();
    await app.main
      .getByLabel("Why is the case being closed?")
      .fill(`Recorded twice by mistake (${project}).`);
    await app.main.getByRole("button", { name: "Close the case" }).click();
    await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
    await expect(caseFile.timeline).toContainText("Closed the case outside the process.");
    await app.main.getByRole("link", { name: "Reopen this case" }).click();
    await app.expectLoaded("Reopen this case", LA_NAME);
    await check();
    await app.main.getByRole("button", { name: "Reopen the case" }).click();
    await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
    await expect(app.main.getByText(/The case has been reopened/)).toBeVisible();
    await expect(app.main.getByRole("link", { name: "Close this case" })).toBeVisible();
    await check();
  });
});

/**
 * Signs `email` in and opens the case file about `child` from the tray they land
 * on, or for a co-ordinator from "All cases".
 */
async function openCaseAs(
  page: Page,
  axe: Axe,
  email: string,
  child: string,
): Promise<CaseFilePage> {
  await signInEnrolled(page, axe, email);
  await new CaseWorkNav(page).cases.click();
  const cases = new CasesListPage(page);
  await cases.expectLoaded(LANDING_TRAY, LA_NAME);
  if (email.startsWith("coordinator")) await cases.openTray("All cases", LA_NAME);
  await cases.openCase(child);
  const caseFile = new CaseFilePage(page);
  await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
  return caseFile;
}

test("the co-ordinator keeps a note as a draft the family or school does not see, then adds it to the timeline", async ({
  page,
  axe,
}, testInfo) => {
  // A sign-in may wait up to 30 s for a fresh code when someone else has just
  // signed in as the same person; each width has its own people to wait less.
  test.setTimeout(300_000);
  const project = testInfo.project.name;
  // Cases the family and the school see, and that no other spec closes.
  const [child, coordinator, author, other] =
    project === "phone"
      ? ["Leo Johnson", "coordinator2@example.org", "Morgan Hughes", "senco@example.org"]
      : ["Noah Williams", "coordinator@example.org", "Chris Okafor", "parent@example.org"];
  const note = `The family asked for a meeting before the panel (${project} ${Date.now()}).`;
  const check = () => checkPage(page, axe, project);

  await test.step("the co-ordinator saves a draft note", async () => {
    const caseFile = await openCaseAs(page, axe, coordinator, child);
    await caseFile.noteText.fill(note);
    await caseFile.main.getByRole("button", { name: "Save as draft" }).click();
    await expect(caseFile.draftNote(note)).toBeVisible();
    await expect(caseFile.main.getByText(/Your note has been saved as a draft/)).toBeVisible();
    await expect(caseFile.timeline).not.toContainText(note);
    await check();
    // A draft written on the wrong case is deleted, after saying yes.
    const mistake = `Wrong case, ignore (${project} ${Date.now()}).`;
    await caseFile.noteText.fill(mistake);
    await caseFile.main.getByRole("button", { name: "Save as draft" }).click();
    const wrong = caseFile.draftNote(mistake);
    await wrong.getByRole("button", { name: /^Delete/ }).click();
    await expect(wrong.getByText("Delete this draft note? You cannot get it back.")).toBeFocused();
    await check();
    await wrong.getByRole("button", { name: /^Yes, delete it/ }).click();
    await expect(wrong).toHaveCount(0);
    await expect(caseFile.draftNote(note)).toBeVisible();
  });

  await test.step("the family or the school does not see it", async () => {
    await signOut(page, axe);
    const caseFile = await openCaseAs(page, axe, other, child);
    await expect(caseFile.timeline).toBeVisible();
    await expect(caseFile.main).not.toContainText(note);
    await expect(caseFile.draftNotes).toHaveCount(0);
    await check();
  });

  await test.step("the co-ordinator submits it and it shows on the timeline, for them too", async () => {
    await signOut(page, axe);
    let caseFile = await openCaseAs(page, axe, coordinator, child);
    await caseFile
      .draftNote(note)
      .getByRole("button", { name: /^Submit/ })
      .click();
    const newest = caseFile.timeline.getByRole("listitem").first();
    await expect(newest).toContainText(`Note added by ${author}`);
    await expect(newest).toContainText(note);
    await expect(caseFile.draftNote(note)).toHaveCount(0);
    await check();
    await signOut(page, axe);
    caseFile = await openCaseAs(page, axe, other, child);
    await expect(caseFile.timeline).toContainText(note);
    await check();
  });
});
