// "Forgot your password?": the email's link (read from the server's local
// mailbox) leads to choosing a new password, which then signs in.
import { AppPage } from "../pages/AppPage";
import { SignInPage } from "../pages/SignInPages";
import { LA_NAME } from "../support/constants";
import { expect, test } from "../support/fixtures";
import { latestEmailLink } from "../support/mailbox";

const PEOPLE: Record<string, string> = {
  desktop: "admin@example.org",
  phone: "physio@example.org",
};
const NEW_PASSWORD = "copper meadow thistle";

test("a forgotten password is reset from the emailed link", async ({ page, axe }, testInfo) => {
  test.setTimeout(60_000);
  const email = PEOPLE[testInfo.project.name];
  if (!email) throw new Error(`no account set aside for ${testInfo.project.name}`);

  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.expectLoaded("Sign in", LA_NAME);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  const forgot = new AppPage(page);
  await forgot.expectLoaded("Reset your password", LA_NAME);
  await axe.check();
  await forgot.main.getByLabel("Email address").fill(email);
  await forgot.main.getByRole("button", { name: "Send the link" }).click();
  await forgot.expectLoaded("Check your email", LA_NAME);
  await axe.check();

  const link = await latestEmailLink(email, "/reset-password");
  await page.goto(link);
  const reset = new AppPage(page);
  await reset.expectLoaded("Choose a new password", LA_NAME);
  // The one-time token leaves the address bar at once.
  await expect(page).toHaveURL(/\/reset-password$/);
  await axe.check();
  await reset.main.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await reset.main.getByLabel("Type the new password again").fill(`${NEW_PASSWORD}!`);
  await reset.main.getByRole("button", { name: "Change password" }).click();
  await expect(reset.main.locator("#confirm_password-error")).toContainText(
    "The two passwords do not match",
  );
  await axe.check();
  await reset.main.getByLabel("Type the new password again").fill(NEW_PASSWORD);
  await reset.main.getByRole("button", { name: "Change password" }).click();

  await signIn.expectLoaded("Sign in", LA_NAME);
  await expect(page.getByText("Your password has been changed.")).toBeVisible();
  await axe.check();
  await signIn.signIn(email, NEW_PASSWORD);
  await new AppPage(page).expectLoaded("Set up a second way to prove it is you", LA_NAME);
  await axe.check();
});
