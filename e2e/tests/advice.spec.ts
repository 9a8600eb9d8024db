// Requests for advice at assessment, on global-setup's "enrolled" server. The
// co-ordinator asks the Community Paediatrics team and the educational
// psychologist for advice; the team's manager allocates the team's request to
// the physiotherapist; the educational psychologist drafts (saved as she
// types), leaves, comes back and submits; the physiotherapist drafts and
// submits; the co-ordinator reopens the psychologist's advice and she submits
// it again - and only then can she read the physiotherapist's advice. The
// desktop and phone projects run at once on one server, each on a case of its
// own made through the API (the part not under test).
import type { Page } from "@playwright/test";
import {
  AdviceListPage,
  AdviceRequestPage,
  AdviceSectionPage,
  CaseAdviceSection,
  RequestAdvicePage,
} from "../pages/AdvicePages";
import { AppPage } from "../pages/AppPage";
import { CaseFilePage } from "../pages/CasePages";
import { SignedInHeader } from "../pages/SignInPages";
import { LA_NAME } from "../support/constants";
import { enrolledBaseUrl, signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";

// Not the demo cases' co-ordinator: the notifications journey reads that inbox, and
// what this journey does would put messages in it meanwhile.
const COORDINATOR = "coordinator2@example.org";
const MANAGER = "health.manager@example.org";
const PHYSIO = "physio@example.org";
const EP = "ep@example.org";

const CSRF = { "X-EHC-CSRF": "1" };

/** A case at assessment, co-ordinated by whoever is signed in on `page` (set up through the API). */
async function caseAtAssessment(page: Page, project: string): Promise<{ id: string; ref: string }> {
  const api = `${enrolledBaseUrl()}/api/v1`;
  const me = (await (await page.request.get(`${api}/me`)).json()) as { id: string };
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const recorded = await page.request.post(`${api}/assessment-requests`, {
    headers: CSRF,
    data: {
      content: {
        child: { given_names: `Robin ${project}`, family_name: "Advice", born_on: "2016-05-04" },
        parent: { name: "Jo Advice", email: `jo.advice.${project}@example.org` },
        concerns: "Robin finds it hard to move around school and to join in with others.",
        support_so_far: "A physiotherapy programme at school since September.",
        parent_agrees: true,
      },
      received_on: today,
      received_via: "post",
    },
  });
  expect(recorded.status(), await recorded.text()).toBe(201);
  const request = (await recorded.json()) as { id: string };
  const registered = await page.request.post(`${api}/assessment-requests/${request.id}/register`, {
    headers: { ...CSRF, "Idempotency-Key": `advice-e2e-${project}-${request.id}` },
    data: { coordinator_id: me.id },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const registeredCase = (await registered.json()) as { case_id: string; case_ref: string };
  const decided = await page.request.post(`${api}/cases/${registeredCase.case_id}/decisions`, {
    headers: CSRF,
    data: { decision: "assess" },
  });
  expect(decided.status(), await decided.text()).toBe(200);
  return { id: registeredCase.case_id, ref: registeredCase.case_ref };
}

async function signOut(page: Page, axe: Axe): Promise<void> {
  await new SignedInHeader(page).signOut.click();
  await new AppPage(page).expectLoaded("You have signed out", LA_NAME);
  await axe.check();
}

/** Checks the page with axe and, on the phone project, that it fits a 320px screen. */
async function checkPage(page: Page, axe: Axe, project: string): Promise<void> {
  await axe.check();
  if (project !== "phone") return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 640 });
  expect(await new AppPage(page).scrollsHorizontally(), `${page.url()} scrolls sideways`).toBe(
    false,
  );
  if (size) await page.setViewportSize(size);
}

/** The PUT of a draft that the autosave sends, once it has been answered. */
function nextSave(page: Page) {
  return page.waitForResponse(
    (r) => r.request().method() === "PUT" && /\/advice-requests\/[^/]+\/response$/.test(r.url()),
    { timeout: 15_000 },
  );
}

/** Opens the request on `caseRef` from "Requests for advice". */
async function openRequest(page: Page, caseRef: string): Promise<AdviceRequestPage> {
  const list = new AdviceListPage(page);
  await list.open();
  await list.request(caseRef).click();
  const request = new AdviceRequestPage(page);
  await request.expectLoaded("Request for advice", LA_NAME);
  return request;
}

/** The three background questions that must be answered, then back to the task list. */
async function answerTheMandatoryQuestions(page: Page, who: string): Promise<void> {
  const request = new AdviceRequestPage(page);
  await request.openTask("Will you provide information and advice?");
  const section = new AdviceSectionPage(page);
  await section.main
    .getByRole("radio", { name: /^Yes - the child or young person is known and meets/ })
    .check();
  await section.field("Details").fill(`${who} has seen Robin this term.`);
  await section.saveAndReturn.click();
  await expect(request.task("Will you provide information and advice?")).toContainText("Completed");
  await request.openTask("Background");
  await section
    .field(/^When did the child or young person first come into contact/)
    .fill(`Referred to ${who} in January`);
  await section
    .field(/^What has your organisation put in place already/)
    .fill("Weekly sessions in school");
  await section
    .field(/^What has been the effect of any support/)
    .fill("Robin moves more confidently");
  await section.saveAndReturn.click();
  await expect(request.task("Background")).toContainText("Completed");
}

/** From the task list: check the answers, confirm, submit. */
async function checkAndSubmit(page: Page, axe: Axe, project: string): Promise<void> {
  const app = new AppPage(page);
  await app.main.getByRole("link", { name: "Check your answers and submit" }).click();
  await app.expectLoaded("Check your advice before you submit it", LA_NAME);
  await checkPage(page, axe, project);
  await app.main.getByRole("button", { name: "Continue" }).click();
  await app.expectLoaded("Are you ready to submit your advice?", LA_NAME);
  await expect(
    app.main.getByText("You will not be able to change your advice after you submit it."),
  ).toBeVisible();
  await checkPage(page, axe, project);
  await app.main.getByRole("button", { name: "Submit advice" }).click();
  await app.expectLoaded("Advice submitted", LA_NAME);
  await checkPage(page, axe, project);
}

test("advice is requested, allocated, drafted, submitted, reopened and read only after submitting", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(360_000);
  const project = testInfo.project.name;
  const app = new AppPage(page);

  // The co-ordinator asks the team and the educational psychologist.
  await signInEnrolled(page, axe, COORDINATOR);
  const theCase = await caseAtAssessment(page, project);
  await page.goto(`${enrolledBaseUrl()}/cases/${theCase.id}`);
  const advice = new CaseAdviceSection(page);
  await expect(advice.section).toContainText("No advice has been requested for this case.");
  await checkPage(page, axe, project);
  await advice.requestAdvice.click();
  const requestAdvice = new RequestAdvicePage(page);
  await requestAdvice.expectLoaded("Request advice", LA_NAME);
  await checkPage(page, axe, project);
  await requestAdvice.choose("Community Paed", "Community Paediatrics (team)");
  await requestAdvice.choose("Priya", "Priya Shah");
  await checkPage(page, axe, project);
  await requestAdvice.note.fill(`Please focus on mobility and learning (${project} e2e).`);
  await requestAdvice.send.click();
  await expect(advice.section).toContainText(
    "Requests for advice sent to Community Paediatrics and Priya Shah.",
  );
  await expect(advice.row("Community Paediatrics (team)", "Status")).toHaveText(
    "Awaiting allocation",
  );
  await expect(advice.row("Priya Shah", "Status")).toHaveText("Not started");
  await checkPage(page, axe, project);
  await signOut(page, axe);

  // The team's manager allocates the team's request to the physiotherapist.
  await signInEnrolled(page, axe, MANAGER);
  const managerList = new AdviceListPage(page);
  await managerList.open();
  await expect(
    managerList.main.getByRole("heading", { level: 2, name: /^Awaiting allocation/ }),
  ).toBeVisible();
  await checkPage(page, axe, project);
  await managerList.request(theCase.ref).click();
  await app.expectLoaded("Request for advice", LA_NAME);
  await expect(
    app.main.getByText(`Please focus on mobility and learning (${project} e2e).`),
  ).toBeVisible();
  await checkPage(page, axe, project);
  await app.main.getByRole("button", { name: "Allocate or answer" }).click();
  await app.expectLoaded("Allocate the request for advice", LA_NAME);
  await app.main.getByRole("radio", { name: /^Yes, the child or young person is known/ }).check();
  await app.main
    .getByRole("group", { name: "Who will provide the advice?" })
    .getByRole("checkbox", { name: "Lee Chen" })
    .check();
  await checkPage(page, axe, project);
  await app.main.getByRole("button", { name: "Save and continue" }).click();
  await expect(app.main.getByText("The request is allocated to Lee Chen.")).toBeVisible();
  await checkPage(page, axe, project);
  await signOut(page, axe);

  // The educational psychologist drafts; what she types is saved without a button.
  await signInEnrolled(page, axe, EP);
  const epRequest = await openRequest(page, theCase.ref);
  await expect(
    app.main.getByText("You can read other advice once you have submitted yours."),
  ).toBeVisible();
  await expect(epRequest.task("Check your answers and submit")).toContainText("Cannot start yet");
  await checkPage(page, axe, project);
  await answerTheMandatoryQuestions(page, "the educational psychology service");
  await epRequest.openTask("Cognition and learning");
  const area = new AdviceSectionPage(page);
  await area.expectLoaded("Cognition and learning", LA_NAME);
  await area.field("Needs").fill("Robin needs instructions broken into small steps.");
  await area.main.getByRole("button", { name: "Add an outcome" }).click();
  await area.field("Describe outcome 1").fill("Robin will follow a three-step instruction.");
  await area.main.getByRole("button", { name: /^Add a step/ }).click();
  await area.field("Step 1").fill("Follow a two-step instruction");
  const date = area.main.getByRole("group", { name: "Date to achieve step 1 by (optional)" });
  await date.getByRole("textbox", { name: "Day" }).fill("1");
  await date.getByRole("textbox", { name: "Month" }).fill("4");
  await date.getByRole("textbox", { name: "Year" }).fill("2027");
  await area.main.getByRole("button", { name: /^Add provision/ }).click();
  const saved = nextSave(page);
  await area.field("Provision 1").fill("Visual timetable, checked weekly by the class teacher.");
  expect((await saved).status()).toBe(200);
  await area.expectSaved();
  await checkPage(page, axe, project);

  // She leaves without pressing anything, and comes back later: it is all there.
  await new AdviceListPage(page).open();
  await page.reload();
  await app.expectLoaded("Requests for advice", LA_NAME);
  await new AdviceListPage(page).request(theCase.ref).click();
  await expect(epRequest.task("Cognition and learning")).toContainText("Completed");
  await epRequest.openTask("Cognition and learning");
  await expect(area.field("Provision 1")).toHaveValue(
    "Visual timetable, checked weekly by the class teacher.",
  );
  await expect(date.getByRole("textbox", { name: "Month" })).toHaveValue("4");
  await area.saveAndReturn.click();
  await checkAndSubmit(page, axe, project);
  await app.main.getByRole("link", { name: "Go to the request and the other advice" }).click();
  await expect(app.main.getByText("No other advice has been submitted yet.")).toBeVisible();
  await signOut(page, axe);

  // The physiotherapist drafts and submits the team's advice.
  await signInEnrolled(page, axe, PHYSIO);
  await openRequest(page, theCase.ref);
  await checkPage(page, axe, project);
  await answerTheMandatoryQuestions(page, "the physiotherapy service");
  await epRequest.openTask("Sensory and/or physical");
  await area.field("Needs").fill("Robin tires quickly when walking between lessons (physio).");
  await area.saveAndReturn.click();
  await checkAndSubmit(page, axe, project);
  await signOut(page, axe);

  // The co-ordinator reopens the educational psychologist's advice.
  await signInEnrolled(page, axe, COORDINATOR);
  await page.goto(`${enrolledBaseUrl()}/cases/${theCase.id}`);
  await expect(advice.row("Priya Shah", "Status")).toHaveText("Submitted");
  await expect(advice.row("Community Paediatrics (team)", "Status")).toHaveText("Submitted");
  await advice
    .card("Priya Shah")
    .getByRole("button", { name: /^Reopen/ })
    .click();
  await expect(advice.section).toContainText(
    "You have reopened the advice from Priya Shah. They can change it and submit it again.",
  );
  await expect(advice.row("Priya Shah", "Status")).toHaveText("Reopened");
  await checkPage(page, axe, project);
  await signOut(page, axe);

  // Reopened, hers is not submitted: the physiotherapist's is out of reach until it is again.
  await signInEnrolled(page, axe, EP);
  await openRequest(page, theCase.ref);
  await expect(
    app.main.getByText("You can read other advice once you have submitted yours."),
  ).toBeVisible();
  await expect(
    app.main.getByRole("link", { name: /^Advice from Community Paediatrics/ }),
  ).toHaveCount(0);
  await checkPage(page, axe, project);
  await epRequest.openTask("Will you provide information and advice?");
  await area.field("Details").fill("Seen twice this term; advice corrected after reopening.");
  await area.saveAndReturn.click();
  await checkAndSubmit(page, axe, project);
  await app.main.getByRole("link", { name: "Go to the request and the other advice" }).click();
  await app.main.getByRole("link", { name: "Advice from Community Paediatrics (team)" }).click();
  await app.expectLoaded("Advice from Community Paediatrics (team)", LA_NAME);
  await expect(
    app.main.getByText("Robin tires quickly when walking between lessons (physio)."),
  ).toBeVisible();
  await expect(app.main.getByRole("textbox")).toHaveCount(0);
  await checkPage(page, axe, project);
  await signOut(page, axe);

  // With the advice in, the co-ordinator decides to issue a plan. The final plan
  // is due 20 weeks from the day the request arrived (today), as the statutory
  // engine counts it, and the draft plan's target is 14 weeks.
  await signInEnrolled(page, axe, COORDINATOR);
  await page.goto(`${enrolledBaseUrl()}/cases/${theCase.id}`);
  const caseFile = new CaseFilePage(page);
  await caseFile.recordDecision.click();
  await app.expectLoaded("Record a decision", LA_NAME);
  await checkPage(page, axe, project);
  await app.main.getByRole("radio", { name: "To issue an EHC plan", exact: true }).check();
  await app.main.getByRole("button", { name: "Record the decision" }).click();
  await expect(caseFile.successBanner).toContainText("The case is now at:");
  await expect(caseFile.currentStep).toHaveText("Draft plan: Current stage");
  await expect(caseFile.deadline("Final plan issued")).toContainText(weeksFromToday(20));
  await expect(caseFile.deadline("Draft plan sent to the family")).toContainText(
    weeksFromToday(14),
  );
  await expect(caseFile.timeline.getByRole("listitem").first()).toContainText(
    "Decided to issue an EHC plan",
  );
  await checkPage(page, axe, project);
});

/** The London date `weeks` weeks from today, as the case file writes dates ("1 March 2027"). */
function weeksFromToday(weeks: number): string {
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const [y = 0, m = 1, d = 1] = today.split("-").map(Number);
  const due = new Date(Date.UTC(y, m - 1, d + weeks * 7));
  return due.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
