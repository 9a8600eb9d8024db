// The EHC plan in the browser, on the demo case whose draft plan is out for
// comments (Leo Johnson): the parent reads what happens next, reads the draft
// and comments on section B; the co-ordinator opens the editor with its
// checks and sees the comment. Every page with axe, and at 320 px on a phone.
import { AppPage } from "../pages/AppPage";
import { CaseFilePage } from "../pages/CasePages";
import { CaseWorkNav } from "../pages/RequestPages";
import { CasesListPage } from "../pages/CasePages";
import { SignedInHeader } from "../pages/SignInPages";
import { checkPage } from "../support/checkPage";
import { LA_NAME } from "../support/constants";
import { signInEnrolled } from "../support/enrolled";
import { expect, test } from "../support/fixtures";

const CHILD = "Leo Johnson";

test("the family comment on the draft plan and the co-ordinator sees it beside the section", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const app = new AppPage(page);
  const cases = new CasesListPage(page);
  const caseFile = new CaseFilePage(page);
  const comment = `Section B should say how tired Leo is by the afternoon (${project}).`;

  await test.step("the parent reads what happens next and the draft plan, and comments", async () => {
    await signInEnrolled(page, axe, "parent@example.org");
    await new CaseWorkNav(page).cases.click();
    await cases.expectLoaded("My children", LA_NAME);
    await cases.openCase(CHILD);
    await caseFile.expectLoaded(new RegExp(`${CHILD}$`), LA_NAME);
    await expect(caseFile.whatNext).toContainText(
      "The draft EHC plan is with you for your comments",
    );
    await check();
    await app.main.getByRole("link", { name: "Read the EHC plan" }).click();
    await app.expectLoaded("EHC plan", LA_NAME);
    await expect(app.main.getByText(/^Your comments are due by/)).toBeVisible();
    await expect(
      app.main.getByRole("heading", { name: "Section F: Special educational provision" }),
    ).toBeVisible();
    await check();
    await app.main.getByRole("link", { name: /^Comment on the draft plan/ }).click();
    await app.expectLoaded("Comment on the draft plan", LA_NAME);
    await check();
    await app.main.getByRole("button", { name: "Send your comment" }).click();
    await expect(app.main.getByRole("alert")).toBeVisible();
    await check();
    await app.main.getByLabel("Section B: Special educational needs").check();
    await app.main.getByLabel("Your comment").fill(comment);
    await app.main.getByRole("button", { name: "Send your comment" }).click();
    await app.expectLoaded("EHC plan", LA_NAME);
    await expect(app.main.getByText("Your comment has been sent")).toBeVisible();
    await expect(app.main.getByText(comment)).toBeVisible();
    await check();
    await new SignedInHeader(page).signOut.click();
    await app.expectLoaded("You have signed out", LA_NAME);
  });

  await test.step("the co-ordinator opens the editor, with its checks and the comment", async () => {
    await signInEnrolled(page, axe, "coordinator@example.org");
    await new CaseWorkNav(page).cases.click();
    await cases.expectLoaded("My cases in progress", LA_NAME);
    await cases.openTray("All cases", LA_NAME);
    await cases.openCase(CHILD);
    await caseFile.expectLoaded(new RegExp(`${CHILD}$`), LA_NAME);
    await app.main.getByRole("link", { name: "Read the EHC plan" }).click();
    await app.expectLoaded("EHC plan", LA_NAME);
    await expect(app.main.getByText(comment)).toBeVisible();
    await check();
    await app.main.getByRole("link", { name: "Edit the draft plan" }).click();
    await app.expectLoaded("Edit the draft plan", LA_NAME);
    await expect(app.main.getByText("Check the plan")).toBeVisible();
    await check();
  });
});
