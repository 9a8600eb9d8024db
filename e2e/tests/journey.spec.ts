// The acceptance journey of an EHC needs assessment (issue #6), end to end in
// one browser, on global-setup's "enrolled" server:
//
// 1. The demo SENCo, who works in two schools, says which one the request is
//    from, drafts it section by section (autosaved as typed), leaves and comes
//    back, checks the answers and sends it.
// 2. The co-ordinator finds it in "New requests", registers it as a case of
//    their own, gives the parent (Pat Taylor) and the school access, decides to
//    assess, and asks Community Paediatrics (a team) and the educational
//    psychologist (Priya Shah) for advice.
// 3. The team's manager allocates the team's request to the physiotherapist.
// 4. Both contributors draft (saved as they type), leave, come back and submit;
//    the psychologist reads no other advice until hers is in.
// 5. The co-ordinator reopens the psychologist's advice; she corrects it and
//    submits it again, and can then read the team's advice.
// 6. The parent writes their views and adds a photo, shown as a thumbnail.
// 7. The co-ordinator decides to issue a plan.
// 8. The co-ordinator starts the draft plan, filled in from the advice and the
//    views; the checks flag the psychologist's vague provision in section F,
//    and the co-ordinator makes it specific (who, what, how often, how long),
//    saved as typed, and shares the draft with the family.
// 9. The parent reads the draft, comments on section B and names the school
//    they would like, from the list of education settings.
// 10. The co-ordinator consults that school, and its SENCo answers yes.
// 11. The co-ordinator reads the comment and the answer, names the school in
//    section I and issues the final plan: version 1, issued today, reviewed
//    within 12 months; its PDF says so, with page numbers.
// 12. The co-ordinator amends the plan, issues version 2 and compares the two.
//
// The deadlines shown along the way are checked against the statutory engine's
// rules (domain/src/rules.rs), counted like it from today's date in London:
// the decision whether to assess (D1) 6 weeks from the day the request
// arrived, each adviser's advice (D2) 6 weeks from the day it was asked for,
// the decision not to issue (D3) 16 weeks, the draft plan target (D4) 14 weeks
// and the final plan (D7) 20 weeks from the request; the family's comments on
// the draft (D5) close 14 days after it reaches them, the school's answer (D6)
// is due 15 days after it is asked, and the annual review 12 months after the
// plan is issued.
//
// Every page is checked with axe, and on the phone project also at 320 px for
// sideways scrolling. The desktop and phone projects run at once on one
// server, so each names its child after itself; neither uses the demo cases'
// co-ordinator, whose inbox the notifications journey reads.
import type { Page } from "@playwright/test";
import {
  AdviceListPage,
  AdviceRequestPage,
  AdviceSectionPage,
  AllocateAdvicePage,
  CaseAdviceSection,
  RequestAdvicePage,
} from "../pages/AdvicePages";
import { AppPage } from "../pages/AppPage";
import {
  CaseFilePage,
  CasesListPage,
  DecisionPage,
  GrantAccessPage,
  LANDING_TRAY,
} from "../pages/CasePages";
import { PlanActionPage, PlanEditorPage, PlanPage } from "../pages/PlanPages";
import {
  CaseWorkNav,
  CheckRequestPage,
  ConfirmationPage,
  RegisterRequestPage,
  RequestReviewPage,
  RequestsListPage,
  SectionPage,
  TaskListPage,
} from "../pages/RequestPages";
import { EditViewsPage, UploadPage, ViewsPage } from "../pages/ViewsPages";
import { checkPage } from "../support/checkPage";
import { LA_NAME } from "../support/constants";
import { daysFromToday, monthsFromToday, today, weeksFromToday } from "../support/dates";
import { signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";
import { pdfText } from "../support/pdf";
import { signOut } from "../support/signIn";

const SENCO = "senco@example.org";
// Not the demo cases' co-ordinator: the notifications journey reads that inbox, and
// what this journey does would put messages in it meanwhile.
const COORDINATOR = "coordinator2@example.org";
const MANAGER = "health.manager@example.org";
const PHYSIO = "physio@example.org";
const EP = "ep@example.org";
const PARENT = "parent@example.org";

/** "Alex Smith-desktop", so that the two projects' children are told apart. */
function childOf(projectName: string) {
  const given = "Alex";
  const family = `Smith-${projectName}`;
  return { given, family, name: `${given} ${family}` };
}

/** A deadline as the case file states it while it is still to do. */
function dueIn(weeks: number): string {
  return `is due by ${weeksFromToday(weeks)} (in ${weeks * 7} days)`;
}

/** A deadline counted in days, as the case file states it while it is still to do. */
function dueInDays(days: number): string {
  return `is due by ${daysFromToday(days)} (in ${days} days)`;
}

/** A deadline as the case file states it once it was met today. */
function metToday(weeks: number): string {
  return `done on ${today()} (the last day was ${weeksFromToday(weeks)})`;
}

/** A real (tiny) JPEG, drawn on a canvas by the browser, as a phone's camera would give one. */
async function aPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 48;
    canvas.height = 32;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#1d70b8";
    context.fillRect(0, 0, 48, 32);
    context.fillStyle = "#ffdd00";
    context.fillRect(8, 8, 16, 16);
    return canvas.toDataURL("image/jpeg", 0.9);
  });
  const bytes = Buffer.from(dataUrl.replace(/^data:image\/jpeg;base64,/, ""), "base64");
  expect([...bytes.subarray(0, 3)], "a JPEG's magic number").toEqual([0xff, 0xd8, 0xff]);
  return bytes;
}

/** The PUT of a draft that the advice autosave sends, once it has been answered. */
function nextAdviceSave(page: Page) {
  return page.waitForResponse(
    (r) => r.request().method() === "PUT" && /\/advice-requests\/[^/]+\/response$/.test(r.url()),
    { timeout: 15_000 },
  );
}

/** From the advice task list: check the answers, confirm, submit. */
async function checkAndSubmitAdvice(page: Page, check: () => Promise<void>): Promise<void> {
  const app = new AppPage(page);
  await app.main.getByRole("link", { name: "Check your answers and submit" }).click();
  await app.expectLoaded("Check your advice before you submit it", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Continue" }).click();
  await app.expectLoaded("Are you ready to submit your advice?", LA_NAME);
  await expect(
    app.main.getByText("You will not be able to change your advice after you submit it."),
  ).toBeVisible();
  await check();
  await app.main.getByRole("button", { name: "Submit advice" }).click();
  await app.expectLoaded("Advice submitted", LA_NAME);
  await check();
}

/**
 * Signs in on the enrolled server and goes to "Cases": the tray they land on, or
 * for the co-ordinator "All cases" (the case is not allocated to them), which
 * lists the case about `childName`.
 */
async function signInToCases(page: Page, axe: Axe, email: string, childName: string) {
  await signInEnrolled(page, axe, email);
  await new CaseWorkNav(page).cases.click();
  const cases = new CasesListPage(page);
  await cases.expectLoaded(LANDING_TRAY, LA_NAME);
  if (email === COORDINATOR) await cases.openTray("All cases", LA_NAME);
  await expect(cases.entry(childName)).toBeVisible();
  return cases;
}

test("a request becomes a case: assessed, advised on, with the family's views, and a plan drafted, consulted on, issued and amended", async ({
  page,
  axe,
}, testInfo) => {
  // About 4 to 6 minutes; a sign-in may wait up to 30 s for a fresh code when
  // the other project has just signed in as the same person.
  test.setTimeout(720_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const child = childOf(project);
  const app = new AppPage(page);
  const nav = new CaseWorkNav(page);
  const list = new RequestsListPage(page);
  const caseFile = new CaseFilePage(page);
  const advice = new CaseAdviceSection(page);
  const cases = new CasesListPage(page);
  const concerns = `${child.given} finds it hard to make himself understood and is withdrawn in class (${project}).`;
  const note = `Please focus on mobility and learning (${project} e2e).`;
  const physioNeeds = `${child.given} tires quickly when walking between lessons (physio).`;
  // D1: the request arrives today, the day the SENCo sends it.
  const d1 = weeksFromToday(6);
  // D2: the advice is asked for today too.
  const d2 = weeksFromToday(6);
  let caseRef = "";

  await test.step("the SENCo drafts the request, comes back to it and sends it", async () => {
    await signInEnrolled(page, axe, SENCO);
    await nav.requests.click();
    await list.expectLoaded("Requests for assessment", LA_NAME);
    await check();
    await list.startButton.click();

    // The demo SENCo works in two schools: nothing chosen is an error, then the school.
    await app.expectLoaded("Which school, college or nursery is this request from?", LA_NAME);
    await check();
    await app.main.getByRole("button", { name: "Continue" }).click();
    await expect(app.main.locator(".govuk-error-summary")).toBeFocused();
    await check();
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
    await check();
    await list.requestLink(child.name).click();
    await taskList.expectLoaded("Request for an EHC needs assessment", LA_NAME);
    await expect(taskList.statusOf("Why an assessment is needed")).toHaveText("Completed");
    await taskList.section("Why an assessment is needed").click();
    await expect(section.main.getByLabel("Why are you asking for an assessment?")).toHaveValue(
      concerns,
    );
    await section.saveAndReturn.click();

    await taskList.section("Support given so far").click();
    await section.expectLoaded("Support given so far", LA_NAME);
    await section.typeAndAutosave(
      section.main.getByLabel("What support has the setting given, and what effect has it had?"),
      "Speech and language group twice a week since September; small gains.",
    );
    await check();
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

    // Check and send: the request arrives today, so the decision is due in 6 weeks (D1).
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
    await expect(sent.panel).toContainText("The local authority received it on");
    await expect(sent.panel.locator("strong")).toHaveText(today());
    await expect(sent.main).toContainText(
      `The local authority must decide whether to carry out an EHC needs assessment, and tell the family, by ${d1}.`,
    );
    await check();
    await nav.requests.click();
    await list.expectLoaded("Requests for assessment", LA_NAME);
    const sentEntry = list.entry("sent", child.name);
    await expect(sentEntry).toContainText("Submitted, waiting for the local authority");
    await expect(sentEntry).toContainText(today());
    await expect(sentEntry).toContainText(d1);
    await check();
    await signOut(page, axe);
  });

  await test.step("the co-ordinator registers the request, shares the case and decides to assess", async () => {
    await signInEnrolled(page, axe, COORDINATOR);
    await nav.requests.click();
    await list.expectLoaded("New requests", LA_NAME);
    await expect(list.entry("waiting", child.name)).toContainText(d1);
    await check();
    await list.requestLink(child.name).click();
    const review = new RequestReviewPage(page);
    await review.expectLoaded(`Request for assessment for ${child.name}`, LA_NAME);
    await expect(review.main).toContainText(concerns);
    await expect(review.fact("Received")).toContainText(today());
    await expect(review.fact("Decision whether to assess due by")).toHaveText(d1);
    await check();
    await review.register.click();
    const register = new RegisterRequestPage(page);
    await register.expectLoaded(`Register the request for ${child.name} as a case`, LA_NAME);
    await check();
    await register.coordinator("Morgan Hughes (you)").check();
    await register.register.click();

    await expect(caseFile.mainHeading).toContainText(child.name);
    caseRef = await caseFile.caseRef();
    await expect(caseFile.successBanner).toContainText(`Registered as case ${caseRef}`);
    await expect(caseFile.currentStep).toContainText("Decision to assess");
    await expect(caseFile.fact("Co-ordinator")).toContainText("Morgan Hughes");
    // The clocks run from the day the request arrived.
    await expect(caseFile.fact("Request received")).toHaveText(today());
    await expect(caseFile.fact("Next deadline")).toHaveText(
      `Decision whether to assess, told to the family, due by ${d1}`,
    );
    await expect(caseFile.whatNext).toContainText(
      `The local authority must tell you whether it will assess by ${d1} (in 42 days).`,
    );
    const decisionToAssess = caseFile.deadline("Decision whether to assess");
    await expect(decisionToAssess).toContainText(dueIn(6));
    await expect(decisionToAssess.locator(".govuk-tag")).toHaveText("To do");
    await expect(caseFile.deadline("Decision not to issue a plan")).toContainText(dueIn(16));
    await expect(caseFile.deadline("Draft plan sent to the family")).toContainText(dueIn(14));
    await expect(caseFile.deadline("Final plan issued")).toContainText(dueIn(20));
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
    const decision = new DecisionPage(page);
    await decision.expectLoaded("Record a decision", LA_NAME);
    await check();
    await decision.decision("To carry out an EHC needs assessment").check();
    await decision.recordTheDecision.click();

    await expect(caseFile.successBanner).toContainText("The case is now at: Assessment");
    await expect(caseFile.currentStep).toHaveText("Assessment: Current stage");
    await expect(caseFile.stageBar.getByRole("listitem").first()).toHaveText("Request: Done");
    await expect(decisionToAssess).toContainText(metToday(6));
    await expect(decisionToAssess.locator(".govuk-tag")).toHaveText("Met");
    await expect(caseFile.deadline("Draft plan sent to the family")).toContainText(dueIn(14));
    await expect(caseFile.deadline("Final plan issued")).toContainText(dueIn(20));
    await expect(caseFile.timeline.getByRole("listitem").first()).toContainText(
      "Decided to carry out an EHC needs assessment",
    );
    await check();
  });

  await test.step("the co-ordinator asks Community Paediatrics and the educational psychologist for advice", async () => {
    await expect(advice.section).toContainText("No advice has been requested for this case.");
    await advice.requestAdvice.click();
    const requestAdvice = new RequestAdvicePage(page);
    await requestAdvice.expectLoaded("Request advice", LA_NAME);
    await check();
    await requestAdvice.choose("Community Paed", "Community Paediatrics (team)");
    await requestAdvice.choose("Priya", "Priya Shah");
    await check();
    await requestAdvice.note.fill(note);
    await requestAdvice.send.click();
    await expect(advice.section).toContainText(
      "Requests for advice sent to Community Paediatrics and Priya Shah.",
    );
    await expect(advice.row("Community Paediatrics (team)", "Status")).toHaveText(
      "Awaiting allocation",
    );
    await expect(advice.row("Priya Shah", "Status")).toHaveText("Not started");
    // Each adviser has 6 weeks from the day they were asked (D2).
    for (const who of ["Community Paediatrics (team)", "Priya Shah"]) {
      await expect(advice.row(who, "Requested")).toHaveText(today());
      await expect(advice.row(who, "Due by")).toHaveText(`${d2} (in 42 days)`);
    }
    const adviceDeadlines = caseFile.deadline("Advice and information from an adviser");
    await expect(adviceDeadlines).toHaveCount(2);
    for (const row of await adviceDeadlines.all()) {
      await expect(row).toContainText(dueIn(6));
      await expect(row.locator(".govuk-tag")).toHaveText("To do");
    }
    await check();

    // The case is in the list of cases.
    await nav.cases.click();
    await cases.expectLoaded("My cases in progress", LA_NAME);
    await cases.openTray("All cases", LA_NAME);
    await expect(cases.entry(child.name)).toContainText(caseRef);
    await check();
    await signOut(page, axe);
  });

  await test.step("the team manager allocates the team's request to the physiotherapist", async () => {
    await signInEnrolled(page, axe, MANAGER);
    const managerList = new AdviceListPage(page);
    await managerList.open();
    await expect(
      managerList.main.getByRole("heading", { level: 2, name: /^Awaiting allocation/ }),
    ).toBeVisible();
    await expect(managerList.row(caseRef, "Due by")).toHaveText(`${d2} (in 42 days)`);
    await check();
    await managerList.request(caseRef).click();
    await app.expectLoaded("Request for advice", LA_NAME);
    await expect(app.main.getByText(note)).toBeVisible();
    await check();
    await app.main.getByRole("button", { name: "Allocate or answer" }).click();
    const allocate = new AllocateAdvicePage(page);
    await allocate.expectLoaded("Allocate the request for advice", LA_NAME);
    await allocate.allocateTo("Lee Chen");
    await check();
    await allocate.saveAndContinue.click();
    await expect(app.main.getByText("The request is allocated to Lee Chen.")).toBeVisible();
    // Allocation inside the team does not move the team's deadline.
    await expect(new AdviceRequestPage(page).fact("Due by")).toHaveText(`${d2} (in 42 days)`);
    await check();
    await signOut(page, axe);
  });

  const epList = new AdviceListPage(page);
  const area = new AdviceSectionPage(page);
  const stepDate = area.main.getByRole("group", { name: "Date to achieve step 1 by (optional)" });
  // Vague, as advice often is: the draft plan's checks will flag it in section F.
  const epProvision = "Access to a visual timetable as required.";

  await test.step("the educational psychologist drafts, leaves, comes back and submits", async () => {
    await signInEnrolled(page, axe, EP);
    const epRequest = await epList.openRequest(caseRef);
    await expect(epRequest.fact("Date requested")).toHaveText(today());
    await expect(epRequest.fact("Due by")).toHaveText(`${d2} (in 42 days)`);
    await expect(epRequest.main).toContainText(`submit your advice by ${d2}.`);
    await expect(
      app.main.getByText("You can read other advice once you have submitted yours."),
    ).toBeVisible();
    await expect(epRequest.task("Check your answers and submit")).toContainText("Cannot start yet");
    await check();
    await epRequest.answerTheMandatoryQuestions("the educational psychology service", child.given);
    await epRequest.openTask("Cognition and learning");
    await area.expectLoaded("Cognition and learning", LA_NAME);
    await area.field("Needs").fill(`${child.given} needs instructions broken into small steps.`);
    await area.main.getByRole("button", { name: "Add an outcome" }).click();
    await area
      .field("Describe outcome 1")
      .fill(`${child.given} will follow a three-step instruction.`);
    await area.main.getByRole("button", { name: /^Add a step/ }).click();
    await area.field("Step 1").fill("Follow a two-step instruction");
    await stepDate.getByRole("textbox", { name: "Day" }).fill("1");
    await stepDate.getByRole("textbox", { name: "Month" }).fill("4");
    await stepDate.getByRole("textbox", { name: "Year" }).fill("2027");
    await area.main.getByRole("button", { name: /^Add provision/ }).click();
    const saved = nextAdviceSave(page);
    await area.field("Provision 1").fill(epProvision);
    expect((await saved).status()).toBe(200);
    await area.expectSaved();
    await check();

    // She leaves without pressing anything, and comes back later: it is all there.
    await epList.open();
    await page.reload();
    await app.expectLoaded("Requests for advice", LA_NAME);
    await epList.request(caseRef).click();
    await expect(epRequest.task("Cognition and learning")).toContainText("Completed");
    await epRequest.openTask("Cognition and learning");
    await expect(area.field("Provision 1")).toHaveValue(epProvision);
    await expect(stepDate.getByRole("textbox", { name: "Month" })).toHaveValue("4");
    await area.saveAndReturn.click();
    await checkAndSubmitAdvice(page, check);
    await app.main.getByRole("link", { name: "Go to the request and the other advice" }).click();
    await expect(app.main.getByText("No other advice has been submitted yet.")).toBeVisible();
    await check();
    await signOut(page, axe);
  });

  await test.step("the physiotherapist drafts, leaves, comes back and submits the team's advice", async () => {
    await signInEnrolled(page, axe, PHYSIO);
    const physioList = new AdviceListPage(page);
    await physioList.open();
    await expect(physioList.row(caseRef, "Due by")).toHaveText(`${d2} (in 42 days)`);
    await check();
    const physioRequest = await physioList.openRequest(caseRef);
    await expect(physioRequest.fact("Due by")).toHaveText(`${d2} (in 42 days)`);
    await check();
    await physioRequest.answerTheMandatoryQuestions("the physiotherapy service", child.given);
    await physioRequest.openTask("Sensory and/or physical");
    await area.expectLoaded("Sensory and/or physical", LA_NAME);
    const saved = nextAdviceSave(page);
    await area.field("Needs").fill(physioNeeds);
    expect((await saved).status()).toBe(200);
    await area.expectSaved();
    await check();

    // He leaves without pressing anything, and comes back to find it there.
    await physioList.open();
    await page.reload();
    await app.expectLoaded("Requests for advice", LA_NAME);
    await physioList.request(caseRef).click();
    await expect(physioRequest.task("Sensory and/or physical")).toContainText("Completed");
    await physioRequest.openTask("Sensory and/or physical");
    await expect(area.field("Needs")).toHaveValue(physioNeeds);
    await area.saveAndReturn.click();
    await checkAndSubmitAdvice(page, check);
    await signOut(page, axe);
  });

  await test.step("the co-ordinator reopens the educational psychologist's advice", async () => {
    await signInToCases(page, axe, COORDINATOR, child.name);
    await check();
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(advice.row("Priya Shah", "Status")).toHaveText("Submitted");
    await expect(advice.row("Community Paediatrics (team)", "Status")).toHaveText("Submitted");
    // Submitted today: the advice deadlines are met, and the due date stays shown.
    for (const who of ["Community Paediatrics (team)", "Priya Shah"]) {
      await expect(advice.row(who, "Completed")).toHaveText(today());
      await expect(advice.row(who, "Due by")).toHaveText(d2);
    }
    const adviceDeadlines = caseFile.deadline("Advice and information from an adviser");
    for (const row of await adviceDeadlines.all()) {
      await expect(row).toContainText(metToday(6));
      await expect(row.locator(".govuk-tag")).toHaveText("Met");
    }
    await check();
    await advice
      .card("Priya Shah")
      .getByRole("button", { name: /^Reopen/ })
      .click();
    await expect(advice.section).toContainText(
      "You have reopened the advice from Priya Shah. They can change it and submit it again.",
    );
    await expect(advice.row("Priya Shah", "Status")).toHaveText("Reopened");
    // Reopened, hers is due again by the same day; the team's stays met.
    await expect(advice.row("Priya Shah", "Due by")).toHaveText(`${d2} (in 42 days)`);
    // The deadlines follow at once, without reloading the page.
    await expect(adviceDeadlines.filter({ hasText: dueIn(6) })).toHaveCount(1);
    await expect(adviceDeadlines.filter({ hasText: metToday(6) })).toHaveCount(1);
    await check();
    await signOut(page, axe);
  });

  await test.step("the educational psychologist corrects her advice, submits it again and reads the team's", async () => {
    // Reopened, hers is not submitted: the physiotherapist's is out of reach until it is again.
    await signInEnrolled(page, axe, EP);
    const epRequest = await epList.openRequest(caseRef);
    await expect(
      app.main.getByText("You can read other advice once you have submitted yours."),
    ).toBeVisible();
    await expect(
      app.main.getByRole("link", { name: /^Advice from Community Paediatrics/ }),
    ).toHaveCount(0);
    await check();
    await epRequest.openTask("Will you provide information and advice?");
    await area.field("Details").fill("Seen twice this term; advice corrected after reopening.");
    await area.saveAndReturn.click();
    await checkAndSubmitAdvice(page, check);
    await app.main.getByRole("link", { name: "Go to the request and the other advice" }).click();
    await app.main.getByRole("link", { name: "Advice from Community Paediatrics (team)" }).click();
    await app.expectLoaded("Advice from Community Paediatrics (team)", LA_NAME);
    await expect(app.main.getByText(physioNeeds)).toBeVisible();
    await expect(app.main.getByRole("textbox")).toHaveCount(0);
    await check();
    await signOut(page, axe);
  });

  const words = `${child.given} is kind and loves trains (${project}). Loud rooms are hard.`;

  await test.step("the parent writes their views and adds a photo", async () => {
    await signInToCases(page, axe, PARENT, child.name);
    await check();
    await cases.openCase(child.name);

    // The case file says whether the views are written, and leads to them.
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    // With all the advice in, the next thing the family waits for is the draft plan.
    await expect(caseFile.whatNext).toContainText(
      `The draft plan should reach you by ${weeksFromToday(14)} (in 98 days).`,
    );
    await expect(caseFile.views).toContainText("Not written yet");
    await expect(caseFile.documents).toBeVisible();
    await check();
    await caseFile.views
      .getByRole("link", { name: "Read, write or add photos to the views" })
      .click();

    const views = new ViewsPage(page);
    await views.expectLoaded("Views of the child and family", LA_NAME);
    await expect(views.section("parent")).toContainText("Not written yet.");
    await check();

    // Writing: a parent writes for themself, not on anyone's behalf.
    await views.write("parent").click();
    const edit = new EditViewsPage(page);
    await edit.expectLoaded("My parent's or carer's views", LA_NAME);
    await expect(edit.onBehalf).toHaveCount(0);
    await edit.main.getByLabel("What you want to say as a parent or carer").fill(words);
    await expect(edit.main.getByText(/You have 19,9\d\d characters remaining/)).toBeVisible();
    await check();
    await edit.save.click();

    await views.expectLoaded("Views of the child and family", LA_NAME);
    await expect(views.successBanner).toContainText("My parent's or carer's views saved");
    await expect(views.section("parent")).toContainText(words);
    await expect(views.section("parent")).toContainText(`Written by Pat Taylor on ${today()}`);
    await check();

    // Adding a photo: nothing chosen is an error, then the photo.
    await views.addFile("parent").click();
    const upload = new UploadPage(page);
    await upload.expectLoaded(
      "Add a photo, video or document to the parent's or carer's views",
      LA_NAME,
    );
    await check();
    await upload.upload.click();
    await expect(upload.errorSummary).toBeFocused();
    await expect(upload.errorSummary).toContainText("Select a file");
    await check();
    const name = `trains-${project}.jpg`;
    await upload.file.setInputFiles({ name, mimeType: "image/jpeg", buffer: await aPhoto(page) });
    await upload.upload.click();

    await views.expectLoaded("Views of the child and family", LA_NAME);
    await expect(views.successBanner).toContainText(`${name} added`);
    const thumbnail = views
      .section("parent")
      .getByRole("img", { name: `Photo added by Pat Taylor on ${today()}` });
    await expect(thumbnail).toBeVisible();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth), {
        message: "the thumbnail is drawn from the stored photo",
      })
      .toBe(48);
    const link = views.section("parent").getByRole("link", { name });
    await expect(link).toContainText(name);
    await check();

    // The file downloads as an attachment that never runs in the service's origin.
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/documents\/[^/]+\/content$/);
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("image/jpeg");
    expect(download.headers()["content-disposition"]).toContain("attachment");
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");

    // Back on the case file, it says the views are written.
    await views.main.getByRole("link", { name: "Back to the case" }).click();
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.views).toContainText(`Written by Pat Taylor on ${today()}`);
    await check();
    await signOut(page, axe);
  });

  await test.step("the co-ordinator decides to issue a plan", async () => {
    await signInToCases(page, axe, COORDINATOR, child.name);
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.views).toContainText(`Written by Pat Taylor on ${today()}`);
    await expect(advice.row("Priya Shah", "Status")).toHaveText("Submitted");
    await expect(advice.row("Community Paediatrics (team)", "Status")).toHaveText("Submitted");
    const adviceDeadlines = caseFile.deadline("Advice and information from an adviser");
    await expect(adviceDeadlines.filter({ hasText: metToday(6) })).toHaveCount(2);
    await check();

    // With the advice in, a plan. The final plan is due 20 weeks from the day
    // the request arrived (today), the draft plan's target is 14 weeks, and the
    // decision not to issue no longer applies.
    await caseFile.recordDecision.click();
    const decision = new DecisionPage(page);
    await decision.expectLoaded("Record a decision", LA_NAME);
    await check();
    await decision.decision("To issue an EHC plan").check();
    await decision.recordTheDecision.click();
    await expect(caseFile.successBanner).toContainText("The case is now at:");
    await expect(caseFile.currentStep).toHaveText("Draft plan: Current stage");
    await expect(caseFile.deadline("Final plan issued")).toContainText(dueIn(20));
    await expect(caseFile.deadline("Draft plan sent to the family")).toContainText(dueIn(14));
    await expect(caseFile.deadline("Decision not to issue a plan")).toContainText(
      "no longer applies",
    );
    await expect(caseFile.deadline("Decision whether to assess")).toContainText(metToday(6));
    await expect(adviceDeadlines.filter({ hasText: metToday(6) })).toHaveCount(2);
    await expect(caseFile.timeline.getByRole("listitem").first()).toContainText(
      "Decided to issue an EHC plan",
    );
    await check();
  });

  const planPage = new PlanPage(page);
  const editor = new PlanEditorPage(page);
  const action = new PlanActionPage(page);
  const f1 = editor.provision("F1");
  const specific = {
    what: "A visual timetable of the school day, each lesson shown as three pictured steps",
    who: "The class teacher, trained by the educational psychologist",
    howOften: "Gone through with the class teacher at the start of every lesson",
    howLong: "Until the annual review",
  };
  const commentOnB = `Section B should say that ${child.given} is most tired in the afternoons (${project}).`;
  const school = "Riverside Primary School";
  // D5: the family have 14 days from today, when the draft reaches them, to comment.
  const d5 = daysFromToday(14);

  /** From the case file: "Read the EHC plan", then its page. */
  async function readThePlan() {
    await caseFile.plan.getByRole("link", { name: "Read the EHC plan" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
  }

  await test.step("the co-ordinator starts the draft plan from the advice and views", async () => {
    await expect(caseFile.plan).toBeVisible();
    await caseFile.plan.getByRole("link", { name: "Start the draft plan" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.main).toContainText("The decision to issue a plan has been made.");
    await check();
    await planPage.main.getByRole("button", { name: "Start the draft plan" }).click();

    // Filled in from the submitted advice and the parent's views.
    await expect(planPage.status).toContainText("Draft");
    await expect(planPage.status).toContainText("Version 1");
    await expect(planPage.section("a")).toContainText(words);
    await expect(planPage.section("b")).toContainText(
      `${child.given} needs instructions broken into small steps.`,
    );
    await expect(planPage.section("b")).toContainText(physioNeeds);
    await expect(planPage.section("e")).toContainText(
      `${child.given} will follow a three-step instruction.`,
    );
    await expect(planPage.section("f")).toContainText(epProvision);
    await expect(planPage.section("i")).toContainText("Not named yet.");
    await expect(planPage.section("k")).toContainText("Priya Shah");
    await check();

    await planPage.main.getByRole("link", { name: "Edit the draft plan" }).click();
    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    // The advice in the order it was asked for: the team's first, then the psychologist's.
    await expect(editor.main.getByLabel("Need B1")).toHaveValue(physioNeeds);
    await expect(editor.main.getByLabel("Need B2")).toHaveValue(
      `${child.given} needs instructions broken into small steps.`,
    );
    await expect(f1.what).toHaveValue(epProvision);
    await expect(f1.who).toHaveValue("");
    await expect(
      editor.main.getByRole("checkbox", { name: /^E1: / }),
      "F1 serves the outcome it came with",
    ).toBeChecked();
    await check();
  });

  await test.step("the co-ordinator makes the vague provision in section F specific and quantified", async () => {
    // The psychologist's provision is flagged: vague words, and no who, how often or how long.
    const vague = editor.flagged.getByRole("link", { name: /^F1: "access to" is vague/ });
    await expect(vague).toBeVisible();
    await expect(editor.flagged).toContainText('F1: "as required" is vague');
    await expect(editor.flagged).toContainText("F1: Say who provides it");
    await expect(editor.flagged).toContainText("F1: Say how often");
    await expect(editor.flagged).toContainText("F1: Say for how long");
    // The physiotherapist's need has no outcome, so no provision reaches it yet.
    await expect(editor.gaps).toContainText(/Need B1 in Section B/i);
    // Each flag leads to the field it is about.
    await vague.click();
    await expect(f1.what).toBeFocused();
    await check();

    await editor.expectAutosaved(async () => {
      await f1.what.fill(specific.what);
      await f1.who.fill(specific.who);
      await f1.howOften.fill(specific.howOften);
      await f1.howLong.fill(specific.howLong);
    });
    await expect(editor.flagged).toHaveCount(0);
    await expect(editor.checks).not.toContainText("Provision that is not specific enough");
    await expect(editor.gaps).toContainText(/Need B1 in Section B/i);
    await check();

    // Saved on the server, not only on the screen: it is all there after a reload.
    await page.reload();
    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    await expect(f1.howOften).toHaveValue(specific.howOften);
    await expect(editor.flagged).toHaveCount(0);
  });

  await test.step("the co-ordinator shares the draft with the family", async () => {
    await editor.main.getByRole("button", { name: "Share with the family" }).click();
    await action.expectLoaded("Share the draft plan with the family", LA_NAME);
    await expect(action.main).toContainText("will have 15 days to comment");
    await check();
    await action.main.getByRole("button", { name: "Share with the family" }).click();

    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    await expect(editor.successBanner).toContainText(
      "The draft plan has been shared with the family",
    );
    await expect(editor.status).toContainText("Out for comments");
    await expect(editor.status).toContainText(`Sent to the family on ${today()}`);
    // Section I opens now that the family have the draft.
    await expect(editor.editSection("i").getByLabel("Setting", { exact: true })).toBeEnabled();
    await check();

    // The family's comments close 14 days from today (D5).
    await editor.main.getByRole("link", { name: "Back to the plan" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.status).toContainText("Out for comments");
    await check();
    await planPage.main.getByRole("link", { name: "Back to the case" }).click();
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.deadline("Family's comments on the draft plan close")).toContainText(
      dueInDays(14),
    );
    await expect(caseFile.deadline("Draft plan sent to the family")).toContainText(metToday(14));
    await check();
    await signOut(page, axe);
  });

  await test.step("the parent reads the draft, comments on section B and names a school", async () => {
    await signInToCases(page, axe, PARENT, child.name);
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.whatNext).toContainText(
      `Your comments on the draft plan are due by ${d5} (in 14 days).`,
    );
    await check();
    await readThePlan();
    await expect(planPage.main.getByTestId("comments-due")).toContainText(
      `Your comments are due by ${d5}.`,
    );
    await expect(planPage.section("f")).toContainText(specific.who);
    await expect(planPage.section("f")).not.toContainText(epProvision);
    await check();

    const commentLink = planPage.main.getByRole("link", { name: /^Comment on the draft plan/ });
    await commentLink.click();
    const comment = new AppPage(page);
    await comment.expectLoaded("Comment on the draft plan", LA_NAME);
    await expect(comment.main).toContainText(`Your comments are due by ${d5}.`);
    await check();
    await comment.main.getByRole("radio", { name: "Section B: Special educational needs" }).check();
    await comment.main.getByLabel("Your comment").fill(commentOnB);
    await comment.main.getByRole("button", { name: "Send your comment" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.successBanner).toContainText("Your comment has been sent");
    await expect(planPage.section("b")).toContainText(commentOnB);
    await check();

    // The school they would like, from the local authority's list of settings.
    await commentLink.click();
    await comment.expectLoaded("Comment on the draft plan", LA_NAME);
    await comment.main.getByLabel("School or setting").selectOption({ label: school });
    await comment.main
      .getByRole("button", { name: "Send the school or setting you would like" })
      .click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.successBanner).toContainText(
      "We have the school or setting you would like",
    );
    await expect(planPage.familyRequests).toContainText(
      `Pat Taylor would like ${school} to be named`,
    );
    await check();
    await signOut(page, axe);
  });

  await test.step("the co-ordinator consults the school the family named", async () => {
    await signInToCases(page, axe, COORDINATOR, child.name);
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.plan).toContainText("Out for comments");
    await check();
    await readThePlan();
    await expect(planPage.section("b")).toContainText(commentOnB);
    await expect(planPage.familyRequests).toContainText(
      `Pat Taylor would like ${school} to be named`,
    );
    await check();
    await planPage.main.getByRole("link", { name: "Edit the draft plan" }).click();
    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    await expect(editor.comments("b")).toContainText(commentOnB);
    await check();
    await editor.main.getByRole("button", { name: "Consult a setting" }).click();
    await action.expectLoaded("Consult a setting", LA_NAME);
    await check();
    await action.main.getByLabel("Setting to consult").selectOption({ label: school });
    await action.main.getByRole("button", { name: "Consult this setting" }).click();

    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    await expect(editor.successBanner).toContainText(
      `${school} has been asked whether it can be named`,
    );
    // The school has 15 days to answer (D6).
    await expect(editor.consultationRow(school, "Asked on")).toHaveText(today());
    await expect(editor.consultationRow(school, "Answer")).toHaveText(
      `Waiting for an answer, due by ${daysFromToday(15)}`,
    );
    await check();
    await signOut(page, axe);
  });

  const reasons = `We have a quiet room and staff trained in visual timetables (${project}).`;

  await test.step("the school's SENCo answers the consultation: yes", async () => {
    await signInToCases(page, axe, SENCO, child.name);
    await check();
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.plan).toContainText("Out for comments");
    await check();
    await readThePlan();
    await expect(planPage.consultationRow(school, "Answer")).toContainText("Waiting for an answer");
    await check();
    await planPage
      .consultation(school)
      .getByRole("link", { name: `Answer for ${school}` })
      .click();
    const answer = new AppPage(page);
    await answer.expectLoaded("Can your setting be named in the plan?", LA_NAME);
    await expect(answer.main).toContainText(`Please answer by ${daysFromToday(15)}.`);
    await check();
    await answer.main.getByRole("radio", { name: "Yes, we can meet the child's needs" }).check();
    await answer.main.getByLabel("Reasons").fill(reasons);
    await answer.main.getByRole("button", { name: "Send your answer" }).click();

    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.successBanner).toContainText("Your answer has been sent");
    await expect(planPage.consultationRow(school, "Answer")).toHaveText(
      "Yes, they can meet the child's needs (Sam Patel)",
    );
    await expect(planPage.consultation(school).getByRole("link")).toHaveCount(0);
    await check();
    await signOut(page, axe);
  });

  await test.step("the co-ordinator names the school in section I and issues the final plan", async () => {
    await signInToCases(page, axe, COORDINATOR, child.name);
    await cases.openCase(child.name);
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await readThePlan();
    await expect(planPage.consultationRow(school, "Answer")).toHaveText(
      "Yes, they can meet the child's needs (Sam Patel)",
    );
    await check();
    await planPage.main.getByRole("link", { name: "Edit the draft plan" }).click();
    await editor.expectLoaded("Edit the draft plan", LA_NAME);
    // The family's comment beside section B, the school's answer below.
    await expect(editor.comments("b")).toContainText(commentOnB);
    await expect(editor.comments("b")).toContainText("Pat Taylor");
    await expect(editor.consultationRow(school, "Answer")).toHaveText(
      "Yes, they can meet the child's needs (Sam Patel)",
    );
    await expect(editor.consultationRow(school, "Reasons")).toHaveText(reasons);
    await expect(editor.checks.getByTestId("issue-blockers")).toContainText(
      "Name the school or setting in section I",
    );
    await check();

    const placement = editor.editSection("i");
    await editor.expectAutosaved(() =>
      placement
        .getByLabel("Setting", { exact: true })
        .selectOption({ label: school })
        .then(() => undefined),
    );
    await expect(placement.getByLabel("Name as it will appear in the plan")).toHaveValue(school);
    await expect(editor.checks.getByTestId("issue-blockers")).toHaveCount(0);
    await check();

    await editor.main.getByRole("button", { name: "Issue the final plan" }).click();
    await action.expectLoaded("Issue the final plan", LA_NAME);
    await expect(action.fact("Version")).toHaveText("1");
    await expect(action.fact("Family's comments")).toHaveText("2 received");
    await expect(action.fact("Settings consulted")).toHaveText(`${school}: yes`);
    await expect(action.fact("Placement (section I)")).toHaveText(school);
    await check();
    await action.main.getByRole("button", { name: "Issue the final plan" }).click();

    // Version 1, issued today, with the annual review due within 12 months.
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.successBanner).toContainText("The final plan has been issued");
    await expect(planPage.status).toContainText("Final");
    await expect(planPage.status).toContainText("Version 1");
    await expect(planPage.status).toContainText(`Issued on ${today()}`);
    await expect(planPage.status).toContainText(`Next review by ${monthsFromToday(12)}`);
    await expect(planPage.section("i")).toContainText(school);
    await expect(planPage.main.getByRole("link", { name: "Edit the draft plan" })).toHaveCount(0);
    await check();

    // The PDF to keep or print: reference, version and page numbers on its pages.
    const downloading = page.waitForEvent("download");
    await planPage.main.getByRole("link", { name: "Download version 1 as a PDF" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ehc-plan-.*-v1\.pdf$/);
    const saved = testInfo.outputPath(`ehc-plan-${project}-v1.pdf`);
    await download.saveAs(saved);
    const text = pdfText(saved);
    for (const expected of [
      "Page 1 of",
      "Version 1",
      caseRef,
      `Issued ${today()}`,
      `Annual review due by ${monthsFromToday(12)}`,
      specific.who,
      school,
    ]) {
      expect(text, `the plan's PDF says "${expected}"`).toContain(expected);
    }

    // The case file: the final plan was issued in time (D7).
    await planPage.main.getByRole("link", { name: "Back to the case" }).click();
    await caseFile.expectLoaded(new RegExp(`${child.name}$`), LA_NAME);
    await expect(caseFile.deadline("Final plan issued")).toContainText(metToday(20));
    await expect(caseFile.timeline.getByRole("listitem").first()).toContainText(
      "Issued the final plan, version 1",
    );
    await check();
  });

  await test.step("the co-ordinator amends the plan, issues version 2 and compares the versions", async () => {
    const moreOften = "Gone through with the class teacher at the start and end of every lesson";
    await readThePlan();
    await planPage.main.getByRole("button", { name: "Start an amendment" }).click();
    await expect(planPage.status).toContainText("Version 2 (an amendment)");
    await expect(planPage.status).toContainText("Draft");
    await expect(planPage.versions).toContainText(`Version 1 – Final, issued on ${today()}`);
    await expect(planPage.versions).toContainText("Version 2 – Draft");
    await check();

    await planPage.main.getByRole("link", { name: "Edit the draft plan" }).click();
    await editor.expectLoaded("Edit the amended plan", LA_NAME);
    // An amendment carries the plan it amends, placement and all.
    await expect(f1.howOften).toHaveValue(specific.howOften);
    await expect(editor.editSection("i").getByLabel("Setting", { exact: true })).toHaveValue(/.+/);
    await editor.expectAutosaved(() => f1.howOften.fill(moreOften));
    await check();
    await editor.main.getByRole("button", { name: "Share with the family" }).click();
    await action.expectLoaded("Share the draft plan with the family", LA_NAME);
    await check();
    await action.main.getByRole("button", { name: "Share with the family" }).click();
    await editor.expectLoaded("Edit the amended plan", LA_NAME);
    await expect(editor.status).toContainText("Out for comments");
    await check();
    await editor.main.getByRole("button", { name: "Issue the final plan" }).click();
    await action.expectLoaded("Issue the final plan", LA_NAME);
    await expect(action.fact("Version")).toHaveText("2");
    await check();
    await action.main.getByRole("button", { name: "Issue the final plan" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await expect(planPage.successBanner).toContainText("The final plan has been issued");
    await expect(planPage.status).toContainText("Version 2 (an amendment)");
    await expect(planPage.section("f")).toContainText(moreOften);
    await expect(planPage.versions).toContainText(`Version 2 – Final, issued on ${today()}`);
    await check();

    // Version 1 as it was issued: it never changes.
    await planPage.versions.getByRole("link", { name: "Version 1", exact: true }).click();
    await planPage.expectLoaded("EHC plan, version 1", LA_NAME);
    await expect(planPage.status).toContainText("Final");
    await expect(planPage.section("f")).toContainText(specific.howOften);
    await expect(planPage.section("f")).not.toContainText(moreOften);
    await check();

    // What changed between them: section F's provision, before and after.
    await planPage.main.getByRole("link", { name: "Back to the plan" }).click();
    await planPage.expectLoaded("EHC plan", LA_NAME);
    await planPage.versions.getByRole("link", { name: "Compare versions" }).click();
    await planPage.expectLoaded("Compare versions of the plan", LA_NAME);
    await expect(planPage.main).toContainText("What changed from version 1 to version 2.");
    const changes = planPage.main.getByRole("region", {
      name: "Section F: Special educational provision",
    });
    await expect(changes.getByRole("heading", { level: 3 })).toHaveText("F1 changed");
    await expect(changes.locator(".govuk-inset-text").first()).toContainText(specific.howOften);
    await expect(changes.locator(".govuk-inset-text").last()).toContainText(moreOften);
    await expect(planPage.main.getByRole("region")).toHaveCount(1);
    await check();
  });
});
