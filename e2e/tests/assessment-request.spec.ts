// A family asks for an EHC needs assessment through the public form, without
// an account: the missing answers are named, the answers checked, the request
// sent, and a letter from the doctor added with the receipt. (A SENCo's
// request, and all that follows it up to the decision to issue a plan, is
// the acceptance journey in journey.spec.ts.) Every page is checked with axe,
// and on the phone project also at 320 px for sideways scrolling. The desktop
// and phone projects run at once on one server, so each names its child after
// itself.
import { CheckRequestPage, ConfirmationPage, PublicRequestPage } from "../pages/RequestPages";
import { checkPage } from "../support/checkPage";
import { LA_NAME } from "../support/constants";
import { today, weeksFromToday } from "../support/dates";
import { expect, test } from "../support/fixtures";

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
  await expect(sent.main).toContainText(`The local authority received your request on ${today()}.`);
  // Received today: the decision whether to assess is due 6 weeks later (D1).
  await expect(sent.main.getByTestId("decision-due")).toContainText(`by ${weeksFromToday(6)}.`);
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
