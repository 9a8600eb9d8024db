// A request for an EHC needs assessment becomes a case, on global-setup's
// "enrolled" server. The demo SENCo, who works in two schools, says which one
// the request is from and starts a draft, fills it in section by
// section (each autosaved as it is typed), leaves it and comes back to find it
// all there, checks the answers and sends it. The demo co-ordinator finds it in
// "New requests", registers it as a case allocated to themself, shares the case
// with the demo family and the school, and records the decision to assess: the
// stage bar moves on to Assessment and the decision deadline (D1) is met. A
// family also asks for an assessment through the public form, without an
// account. Every page is checked with axe, and on the phone project also at
// 320 px for sideways scrolling. The desktop and phone projects run at once on
// one server, so each names its child after itself.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { CaseFilePage, GrantAccessPage } from "../pages/CasePages";
import {
  CaseWorkNav,
  CheckRequestPage,
  ConfirmationPage,
  PublicRequestPage,
  RequestsListPage,
  SectionPage,
  TaskListPage,
} from "../pages/RequestPages";
import { LA_NAME } from "../support/constants";
import { signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";
import { signOut } from "../support/signIn";

const SENCO = "senco@example.org";
// Not the demo cases' co-ordinator: the notifications journey reads that inbox, and
// what this journey does would put messages in it meanwhile.
const COORDINATOR = "coordinator2@example.org";

/** axe, and on the phone project also no sideways scrolling at 320px. */
async function checkPage(page: Page, axe: Axe, projectName: string): Promise<void> {
  await axe.check();
  if (projectName !== "phone") return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 640 });
  expect(await new AppPage(page).scrollsHorizontally(), `${page.url()} scrolls sideways`).toBe(
    false,
  );
  if (size) await page.setViewportSize(size);
}

/** "Alex Smith-desktop", so that the two projects' children are told apart. */
function childOf(projectName: string) {
  const given = "Alex";
  const family = `Smith-${projectName}`;
  return { given, family, name: `${given} ${family}` };
}

test("a SENCo's request becomes a case that a co-ordinator registers, shares and decides on", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(300_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const child = childOf(project);
  const app = new AppPage(page);
  const nav = new CaseWorkNav(page);

  // ---- the SENCo starts a draft ------------------------------------------
  await signInEnrolled(page, axe, SENCO);
  await nav.requests.click();
  const list = new RequestsListPage(page);
  await list.expectLoaded("Requests for assessment", LA_NAME);
  await check();
  await list.startButton.click();

  // The demo SENCo works in two schools: nothing chosen is an error, then the school.
  await app.expectLoaded("Which school, college or nursery is this request from?", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Continue" }).click();
  await expect(app.main.locator(".govuk-error-summary")).toBeFocused();
  await app.main.getByRole("radio", { name: "Riverside Primary School" }).check();
  await app.main.getByRole("button", { name: "Continue" }).click();

  const taskList = new TaskListPage(page);
  await taskList.expectLoaded("Request for an EHC needs assessment", LA_NAME);
  await expect(taskList.main).toContainText("Riverside Primary School");
  await expect(taskList.statusOf("Child or young person")).toHaveText("Not yet started");
  await check();

  // The child: each box autosaves after a pause in the typing.
  await taskList.section("Child or young person").click();
  const section = new SectionPage(page);
  await section.expectLoaded("Child or young person", LA_NAME);
  await check();
  await section.typeAndAutosave(section.main.getByLabel("First name"), child.given);
  await section.typeAndAutosave(section.main.getByLabel("Last name"), child.family);
  await section.fillDate("Date of birth", "27", "3", "2018");
  await section.saveAndReturn.click();
  await taskList.expectLoaded("Request for an EHC needs assessment", LA_NAME);
  await expect(taskList.statusOf("Child or young person")).toHaveText("Completed");

  await taskList.section("Parent or carer").click();
  await section.expectLoaded("Parent or carer", LA_NAME);
  await section.main.getByLabel("Full name").fill(`Jo ${child.family}`);
  await section.typeAndAutosave(section.main.getByLabel("Email address"), "jo.smith@example.org");
  await check();
  await section.saveAndReturn.click();

  // Concerns are typed and autosaved; then the SENCo goes elsewhere without
  // pressing anything, and comes back through the list of requests.
  const concerns = `${child.given} finds it hard to make himself understood and is withdrawn in class (${project}).`;
  await taskList.section("Why an assessment is needed").click();
  await section.expectLoaded("Why an assessment is needed", LA_NAME);
  await section.typeAndAutosave(
    section.main.getByLabel("Why are you asking for an assessment?"),
    concerns,
  );
  await check();
  await nav.requests.click();
  await list.expectLoaded("Requests for assessment", LA_NAME);
  await expect(list.list("drafts")).toContainText(child.name);
  await list.requestLink(child.name).click();
  await taskList.expectLoaded("Request for an EHC needs assessment", LA_NAME);
  await expect(taskList.statusOf("Why an assessment is needed")).toHaveText("Completed");
  await taskList.section("Why an assessment is needed").click();
  await expect(section.main.getByLabel("Why are you asking for an assessment?")).toHaveValue(
    concerns,
  );
  await section.saveAndReturn.click();

  await taskList.section("Support given so far").click();
  await section.typeAndAutosave(
    section.main.getByLabel("What support has the setting given, and what effect has it had?"),
    "Speech and language group twice a week since September; small gains.",
  );
  await section.saveAndReturn.click();

  await taskList.section("Parents' agreement").click();
  await section.expectLoaded("Parents' agreement", LA_NAME);
  await section.main.getByRole("radio", { name: "Yes" }).check();
  await expect(section.status).toHaveText(/^Saved at /);
  await check();
  await section.saveAndReturn.click();
  await expect(taskList.main.getByTestId("sections-done")).toHaveText(
    "You have completed 5 of 6 sections.",
  );

  // Check and send.
  await taskList.checkAnswers.click();
  const checkAnswers = new CheckRequestPage(page);
  await checkAnswers.expectLoaded("Check your answers before sending the request", LA_NAME);
  await expect(checkAnswers.answer("Date of birth")).toHaveText("27 March 2018");
  await expect(checkAnswers.answer("Concerns")).toHaveText(concerns);
  await expect(checkAnswers.answer("School, college or nursery")).toHaveText(
    "Riverside Primary School",
  );
  await check();
  await checkAnswers.send.click();
  const sent = new ConfirmationPage(page);
  await sent.expectLoaded("Request sent", LA_NAME);
  await expect(sent.main).toContainText("The local authority must decide whether to carry out");
  await check();
  await nav.requests.click();
  await expect(list.list("sent")).toContainText(child.name);
  await expect(list.list("sent")).toContainText("Submitted, waiting for the local authority");
  await signOut(page, axe);

  // ---- the co-ordinator registers it, shares it and decides to assess -----
  await signInEnrolled(page, axe, COORDINATOR);
  await nav.requests.click();
  await list.expectLoaded("New requests", LA_NAME);
  await check();
  await list.requestLink(child.name).click();
  await app.expectLoaded(`Request for assessment for ${child.name}`, LA_NAME);
  await expect(app.main).toContainText(concerns);
  await check();
  await app.main.getByRole("button", { name: "Register as a case" }).click();
  await app.expectLoaded(`Register the request for ${child.name} as a case`, LA_NAME);
  await check();
  await app.main.getByRole("radio", { name: "Morgan Hughes (you)" }).check();
  await app.main.getByRole("button", { name: "Register as a case" }).click();

  const caseFile = new CaseFilePage(page);
  await expect(caseFile.mainHeading).toContainText(child.name);
  await expect(caseFile.mainHeading).toContainText(/Case EHC-\d{4}-\d+/);
  await expect(caseFile.successBanner).toContainText("Registered as case EHC-");
  await expect(caseFile.currentStep).toContainText("Decision to assess");
  await expect(caseFile.main.getByTestId("case")).toContainText("Morgan Hughes");
  await check();

  const grant = new GrantAccessPage(page);
  await caseFile.giveAccess.click();
  await grant.expectLoaded("Give someone access", LA_NAME);
  await check();
  await grant.grant("A parent, carer or young person", "Pat", "Pat Taylor");
  await check();
  await grant.giveAccess.click();
  await expect(caseFile.successBanner).toContainText("Pat Taylor can now see this case.");

  await caseFile.giveAccess.click();
  await grant.grant(
    "Everyone at a school, college or nursery",
    "Riverside",
    "Riverside Primary School",
  );
  await grant.giveAccess.click();
  await expect(caseFile.successBanner).toContainText(
    "Everyone at Riverside Primary School can now see this case.",
  );
  await expect(caseFile.access).toContainText("Pat Taylor");
  await expect(caseFile.access).toContainText("Riverside Primary School");

  await caseFile.recordDecision.click();
  await app.expectLoaded("Record a decision", LA_NAME);
  await check();
  await app.main
    .getByRole("radio", { name: "To carry out an EHC needs assessment", exact: true })
    .check();
  await app.main.getByRole("button", { name: "Record the decision" }).click();

  await expect(caseFile.successBanner).toContainText("The case is now at: Assessment");
  await expect(caseFile.currentStep).toHaveText("Assessment: Current stage");
  await expect(caseFile.stageBar.getByRole("listitem").first()).toHaveText("Request: Done");
  const d1 = caseFile.deadline("Decision whether to assess");
  await expect(d1).toContainText("done on");
  await expect(d1.locator(".govuk-tag")).toHaveText("Met");
  await expect(caseFile.timeline.getByRole("listitem").first()).toContainText(
    "Decided to carry out an EHC needs assessment",
  );
  await check();

  // The case is in the list of cases.
  await nav.cases.click();
  await app.expectLoaded("Cases", LA_NAME);
  await expect(app.main.getByText(child.name).filter({ visible: true })).toBeVisible();
  await check();
});

test("a family asks for an assessment without an account", async ({ page, axe }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const form = new PublicRequestPage(page);

  await page.goto("/");
  await form.expectLoaded("EHC hub", LA_NAME);
  await form.main.getByRole("link", { name: "Ask for an EHC needs assessment" }).click();
  await form.expectLoaded("Ask for an EHC needs assessment", LA_NAME);
  await check();

  // Nothing filled in: each missing answer is named.
  await form.continueButton.click();
  const summary = form.main.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "Enter your child's first name" }),
  ).toHaveAttribute("href", "#child-given_names");
  await check();

  await form.fill({
    childGivenName: "Sam",
    childFamilyName: `Jones-${project}`,
    bornOn: ["4", "9", "2015"],
    name: "Kim Jones",
    email: `kim.jones.${project}@example.org`,
    concerns: "Sam cannot cope in a busy classroom and is often sent home.",
    childViews: "I like maths when it is quiet.",
  });
  await form.continueButton.click();
  const checkAnswers = new CheckRequestPage(page);
  await checkAnswers.expectLoaded("Check your answers before sending your request", LA_NAME);
  await expect(checkAnswers.answer("Date of birth")).toHaveText("4 September 2015");
  await check();
  await checkAnswers.send.click();

  const sent = new ConfirmationPage(page);
  await sent.expectLoaded("Request sent", LA_NAME);
  await expect(sent.panel.getByTestId("reference")).toHaveText(/^[0-9a-f-]{36}$/);
  await expect(sent.main.getByTestId("decision-due")).toContainText(
    /by \d{1,2} [A-Z][a-z]+ \d{4}\./,
  );
  await check();

  // The family adds a letter from the doctor to the request, with no account.
  await sent.main.getByLabel("Add a document").setInputFiles({
    name: "letter-from-gp.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await sent.main.getByRole("button", { name: "Upload file" }).click();
  await expect(sent.main.getByTestId("documents-added")).toContainText("letter-from-gp.pdf");
  await check();
});
