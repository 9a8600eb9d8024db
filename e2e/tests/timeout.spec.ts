// The time-out warning against a server whose sessions end after 3 minutes
// without activity (global-setup's second server): the warning shows 2 minutes
// before the deadline, so about a minute after signing in. Two tabs: "Stay
// signed in" in one closes the warning in both; "Sign out" in one signs out both.
import { AppPage } from "../pages/AppPage";
import { SignedInHeader, SignInPage, TimeoutDialog } from "../pages/SignInPages";
import { LA_NAME, SHORT_IDLE_TIMEOUT_MINUTES } from "../support/constants";
import { expect, test } from "../support/fixtures";
import {
  enterPassword,
  expectNothingStoredInTheBrowser,
  setUpAuthenticatorApp,
} from "../support/signIn";

function shortIdleBaseUrl(): string {
  const url = process.env.EHC_E2E_SHORT_IDLE_BASE_URL;
  if (!url) throw new Error("EHC_E2E_SHORT_IDLE_BASE_URL is not set: global-setup did not run");
  return url;
}

interface SessionTimes {
  idle_expires_at: string;
  expires_at: string;
}

test("the time-out warning shows 2 minutes before the deadline, in every tab", async ({
  page,
  context,
  axe,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: it takes over a minute");
  test.setTimeout(120_000);
  const base = shortIdleBaseUrl();

  await new SignInPage(page).goto(base);
  await enterPassword(page, axe, "physio@example.org");
  await setUpAuthenticatorApp(page, axe);
  const home = new AppPage(page);
  await home.expectLoaded("Your work", LA_NAME);
  const signedInAt = Date.now();
  const before = (await (
    await page.request.get(`${base}/api/v1/auth/session`)
  ).json()) as SessionTimes;
  const idleMs = Date.parse(before.idle_expires_at) - signedInAt;
  expect(idleMs).toBeGreaterThan((SHORT_IDLE_TIMEOUT_MINUTES - 0.5) * 60_000);

  // A second tab of the same browser, signed in through the same cookie.
  const other = await context.newPage();
  await other.goto(`${base}/`);
  await new AppPage(other).expectLoaded("Your work", LA_NAME);

  // Focus somewhere known, to see it come back after the warning.
  const header = new SignedInHeader(page);
  await header.account.focus();

  const warning = new TimeoutDialog(page);
  const otherWarning = new TimeoutDialog(other);
  const warnAfter = idleMs - 2 * 60_000;
  await expect(warning.dialog).toBeVisible({ timeout: warnAfter + 15_000 });
  expect(Date.now() - signedInAt).toBeGreaterThan(warnAfter - 5_000);
  await expect(otherWarning.dialog).toBeVisible({ timeout: 15_000 });

  await expect(warning.dialog).toHaveAttribute("aria-modal", "true");
  await expect(warning.dialog).toBeFocused();
  await expect(warning.countdown).toHaveText(
    /You will be signed out in (2 minutes|1 minute \d+ seconds?)\./,
  );
  // Focus stays in the dialog.
  await page.keyboard.press("Tab");
  await expect(warning.staySignedIn).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(warning.signOut).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(warning.staySignedIn).toBeFocused();
  await axe.check();
  await axe.check(other);

  await warning.staySignedIn.click();
  await expect(warning.dialog).toBeHidden();
  await expect(header.account).toBeFocused();
  // The other tab heard about it and closed its warning too.
  await expect(otherWarning.dialog).toBeHidden();
  const after = (await (
    await page.request.get(`${base}/api/v1/auth/session`)
  ).json()) as SessionTimes;
  expect(Date.parse(after.idle_expires_at)).toBeGreaterThan(Date.parse(before.idle_expires_at));
  await axe.check();

  // Signing out in one tab signs out the other.
  await new SignedInHeader(other).signOut.click();
  await new AppPage(other).expectLoaded("You have signed out", LA_NAME);
  await home.expectLoaded("You have signed out", LA_NAME);
  await axe.check();
  await expectNothingStoredInTheBrowser(page);
  await other.close();
});
