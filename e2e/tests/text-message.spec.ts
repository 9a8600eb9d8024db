// Text messages as the second factor: the code comes from the server's local
// mailbox (`ehc-hub mailbox`) as it would arrive on the phone.
import { AppPage } from "../pages/AppPage";
import { CodePage, PhoneNumberPage, SetUpPage, SignInPage } from "../pages/SignInPages";
import { LA_NAME } from "../support/constants";
import { expect, test } from "../support/fixtures";
import { latestTextCode } from "../support/mailbox";
import { enterPassword, expectNothingStoredInTheBrowser, signOut } from "../support/signIn";

// A different account and phone for each project, so they never read each other's texts.
const PEOPLE: Record<string, { email: string; phone: string; e164: string }> = {
  desktop: { email: "parent@example.org", phone: "07700 900982", e164: "+447700900982" },
  phone: { email: "coordinator@example.org", phone: "07700 900983", e164: "+447700900983" },
};

test("a parent sets up text messages and signs in with a texted code", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(90_000);
  const person = PEOPLE[testInfo.project.name];
  if (!person) throw new Error(`no account set aside for ${testInfo.project.name}`);

  await new SignInPage(page).goto();
  await enterPassword(page, axe, person.email);
  const setUp = new SetUpPage(page);
  await setUp.expectLoaded("Set up a second way to prove it is you", LA_NAME);
  await setUp.textMessage.check();
  await setUp.continueButton.click();

  const phonePage = new PhoneNumberPage(page);
  await phonePage.expectLoaded("Enter your mobile phone number", LA_NAME);
  await axe.check();
  await phonePage.phone.fill("01234 567890");
  await phonePage.sendCode.click();
  await expect(page.locator("#phone-error")).toContainText("Enter a mobile phone number");
  await axe.check();
  await phonePage.phone.fill(person.phone);
  await phonePage.sendCode.click();

  const codePage = new CodePage(page);
  await codePage.expectLoaded("Check your phone", LA_NAME);
  await expect(codePage.main).toContainText(`ending in ${person.phone.slice(-3)}`);
  await axe.check();
  await codePage.enter(await latestTextCode(person.e164));

  await new AppPage(page).expectLoaded("Save your recovery codes", LA_NAME);
  await page.getByRole("button", { name: "Continue" }).click();
  await new AppPage(page).expectLoaded("Your work", LA_NAME);
  await signOut(page, axe);

  // Next time: password, then the code that is texted.
  await new SignInPage(page).goto();
  await enterPassword(page, axe, person.email);
  await codePage.expectLoaded("Check your phone", LA_NAME);
  await page.getByText("Not received a text message?").click();
  await axe.check();
  await codePage.enter(await latestTextCode(person.e164));
  await new AppPage(page).expectLoaded("Your work", LA_NAME);
  await axe.check();
  await expectNothingStoredInTheBrowser(page);
});
