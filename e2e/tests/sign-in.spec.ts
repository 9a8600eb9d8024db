// Signing in as the people who use the service do: password, then setting up
// an authenticator app (the test is the app: it reads the key off the page),
// recovery codes, signing out and in again, wrong codes, a recovery code, and
// the time-out warning. Each server run lets an account set up its app once,
// so each journey has its own demo account, different for desktop and phone.
import { AppPage } from "../pages/AppPage";
import { CodePage, RecoveryCodePage, SignedInHeader, SignInPage } from "../pages/SignInPages";
import { LA_NAME } from "../support/constants";
import { expect, test } from "../support/fixtures";
import {
  enterPassword,
  expectNothingStoredInTheBrowser,
  setUpAuthenticatorApp,
  signInToCodePage,
  signOut,
} from "../support/signIn";
import { nextCode, wrongCode } from "../support/totp";

const ACCOUNTS: Record<string, { setUp: string; wrongCode: string; recovery: string }> = {
  desktop: {
    setUp: "senco@example.org",
    wrongCode: "headteacher@example.org",
    recovery: "coordinator2@example.org",
  },
  phone: {
    setUp: "ep@example.org",
    wrongCode: "health.manager@example.org",
    recovery: "social.worker@example.org",
  },
};

function accountsFor(project: string) {
  const accounts = ACCOUNTS[project];
  if (!accounts) throw new Error(`no demo accounts set aside for the project ${project}`);
  return accounts;
}

test.describe("signing in", () => {
  // Each journey signs in two or three times; argon2 in a debug build is slow.
  test.describe.configure({ timeout: 90_000 });

  test("a SENCo sets up an authenticator app, signs out, and signs in again with a code", async ({
    page,
    axe,
  }, testInfo) => {
    const email = accountsFor(testInfo.project.name).setUp;

    // A page that needs sign-in sends them to sign in, remembering where they were going.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    const signIn = new SignInPage(page);
    await signIn.expectLoaded("Sign in", LA_NAME);
    await axe.check();

    // Nothing typed: both fields say so, linked from the error summary.
    await signIn.continueButton.click();
    await expect(signIn.errorSummary).toBeFocused();
    await expect(signIn.errorSummary.getByRole("link")).toHaveText([
      "Enter your email address",
      "Enter your password",
    ]);
    await expect(page).toHaveTitle(`Error: Sign in – EHC hub – ${LA_NAME}`);
    await axe.check();

    // A wrong password: the server's error is shown against the password.
    await signIn.signIn(email, "not the password at all");
    await expect(signIn.fieldError("password")).toContainText(
      "Enter a correct email address and password",
    );
    await expect(signIn.errorSummary).toBeFocused();
    await axe.check();

    await enterPassword(page, axe, email);
    const { secret, lastUsedStep } = await setUpAuthenticatorApp(page, axe);

    // Signed in, and where they were going.
    const account = new AppPage(page);
    await account.expectLoaded("Your account", LA_NAME);
    await expect(page).toHaveURL(/\/account$/);
    await expect(account.main).toContainText(email);
    const header = new SignedInHeader(page);
    await expect(header.account).toContainText(/\S/);
    await axe.check();

    await signOut(page, axe);

    // Again: the set-up code's step is used up, so the app's next code.
    const codePage = await signInToCodePage(page, axe, email);
    await codePage.enter(nextCode(secret, lastUsedStep).code);
    const home = new AppPage(page);
    await home.expectLoaded("Your work", LA_NAME);
    await expect(page.getByTestId("signed-in-as")).toContainText(email);
    await expect(page.getByText("Your cases will appear here.")).toBeVisible();
    await axe.check();

    await expectNothingStoredInTheBrowser(page);
  });

  test("a wrong code is refused each time, then the right one signs in", async ({
    page,
    axe,
  }, testInfo) => {
    const email = accountsFor(testInfo.project.name).wrongCode;
    await new SignInPage(page).goto();
    await enterPassword(page, axe, email);
    const { secret, lastUsedStep } = await setUpAuthenticatorApp(page, axe);
    await new AppPage(page).expectLoaded("Your work", LA_NAME);
    await signOut(page, axe);

    const codePage = await signInToCodePage(page, axe, email);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await codePage.enter(wrongCode(secret));
      await expect(codePage.errorSummary, `attempt ${attempt}`).toBeFocused();
      await expect(codePage.errorSummary.getByRole("link")).toHaveText(
        "The code is not right. Check it and try again",
      );
      await expect(codePage.code).toHaveAccessibleDescription(
        /Error:\s+The code is not right\. Check it and try again/,
      );
      await axe.check();
    }
    // Not six numbers: said before anything is sent, and not counted as a failure.
    await codePage.enter("12345");
    await expect(codePage.errorSummary.getByRole("link")).toHaveText(
      "The code must be 6 numbers, like 123456",
    );

    await codePage.enter(nextCode(secret, lastUsedStep).code);
    await new AppPage(page).expectLoaded("Your work", LA_NAME);
    await axe.check();
    await expectNothingStoredInTheBrowser(page);
  });

  test("a recovery code signs in when the app is not to hand", async ({ page, axe }, testInfo) => {
    const email = accountsFor(testInfo.project.name).recovery;
    await new SignInPage(page).goto();
    await enterPassword(page, axe, email);
    const { recoveryCodes } = await setUpAuthenticatorApp(page, axe);
    await new AppPage(page).expectLoaded("Your work", LA_NAME);
    await signOut(page, axe);

    const codePage = await signInToCodePage(page, axe, email);
    await codePage.recoveryCodeLink.click();
    const recovery = new RecoveryCodePage(page);
    await recovery.expectLoaded("Enter a recovery code", LA_NAME);
    await axe.check();
    await recovery.recoveryCode.fill(recoveryCodes[3]!);
    await recovery.continueButton.click();

    await new AppPage(page).expectLoaded("Your work", LA_NAME);
    await axe.check();
    await expectNothingStoredInTheBrowser(page);
  });

  test("the sign-in pages fit a 320px screen", async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.expectLoaded("Sign in", LA_NAME);
    expect(await signIn.scrollsHorizontally()).toBe(false);
    await axe.check();

    await page.goto("/sign-in/code");
    const codePage = new CodePage(page);
    await codePage.expectLoaded("Enter the code from your authenticator app", LA_NAME);
    expect(await codePage.scrollsHorizontally()).toBe(false);
    await axe.check();
  });
});
