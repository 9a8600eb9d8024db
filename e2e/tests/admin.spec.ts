// The administrator's pages: invite someone (they are listed as invited, and
// their invitation is in the local mailbox), then suspend a person who is signed
// in elsewhere, whose next request is refused. Runs against global-setup's
// second server, where no other journey signs in as these two people (on the
// main server the password-reset journey changes admin@example.org's password).
// Each new page is also checked with axe at phone width.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { SignInPage } from "../pages/SignInPages";
import { LA_NAME } from "../support/constants";
import { expect, test, type Axe } from "../support/fixtures";
import { enterPassword, setUpAuthenticatorApp } from "../support/signIn";

const ADMIN = "admin@example.org";
const SUSPENDED = { email: "coordinator2@example.org", name: "Morgan Hughes" };
const INVITEE = { email: "robin.new@example.org", name: "Robin New" };

function adminBaseUrl(): string {
  const url = process.env.EHC_E2E_SHORT_IDLE_BASE_URL;
  if (!url) throw new Error("EHC_E2E_SHORT_IDLE_BASE_URL is not set: global-setup did not run");
  return url;
}

async function signInFirstTime(page: Page, axe: Axe, base: string, email: string) {
  await new SignInPage(page).goto(base);
  await enterPassword(page, axe, email);
  await setUpAuthenticatorApp(page, axe);
  await new AppPage(page).expectLoaded("Your work", LA_NAME);
}

test("an administrator invites someone and suspends a person who is signed in", async ({
  page,
  browser,
  axe,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: it signs in two people");
  test.setTimeout(120_000);
  const base = adminBaseUrl();
  const app = new AppPage(page);

  await signInFirstTime(page, axe, base, ADMIN);
  const adminNav = page.getByRole("banner").getByRole("navigation", { name: "Administration" });

  // Invite someone; an address that already has an account is refused first.
  await adminNav.getByRole("link", { name: "Users" }).click();
  await app.expectLoaded("Users", LA_NAME);
  await axe.check();
  await app.main.getByRole("link", { name: "Invite someone" }).click();
  await app.expectLoaded("Invite someone", LA_NAME);
  await axe.check();
  await app.main.getByLabel("Full name").fill(INVITEE.name);
  await app.main.getByLabel("Email address").fill(SUSPENDED.email);
  await app.main.getByLabel("Case co-ordinator").check();
  await app.main.getByRole("button", { name: "Send invitation" }).click();
  await expect(app.main.locator(".govuk-error-summary")).toBeVisible();
  await expect(app.main.locator("#email-error")).toBeVisible();
  await axe.check();
  await app.main.getByLabel("Email address").fill(INVITEE.email);
  await app.main.getByRole("button", { name: "Send invitation" }).click();
  await expect(app.main.getByRole("heading", { level: 1 })).toHaveText(
    `${INVITEE.name} has been invited`,
  );
  await expect(app.main).toContainText(`An invitation email is on its way to ${INVITEE.email}`);
  await axe.check();

  // Listed as invited.
  await app.main.getByRole("link", { name: "Back to users" }).click();
  await app.expectLoaded("Users", LA_NAME);
  await app.main.getByLabel("Status").selectOption("invited");
  await app.main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?status=invited$/);
  const row = app.main.getByRole("row").filter({ hasText: INVITEE.email });
  await expect(row).toContainText(INVITEE.name);
  await expect(row).toContainText("Invited");
  await expect(row).toContainText("Never signed in");
  await axe.check();

  // The invitation is in the local mailbox.
  await adminNav.getByRole("link", { name: "Mailbox" }).click();
  await app.expectLoaded("Mailbox", LA_NAME);
  await app.main.getByLabel("Sent to").fill(INVITEE.email);
  await app.main.getByRole("button", { name: "Show messages" }).click();
  await expect(app.main.getByRole("article").first()).toContainText(INVITEE.email);
  await expect(app.main.getByRole("article").first()).toContainText("/invitation#");
  await axe.check();

  // Someone else signs in, in another browser.
  const otherContext = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  const other = await otherContext.newPage();
  await signInFirstTime(other, axe, base, SUSPENDED.email);
  await axe.check(other);

  // The administrator suspends them.
  await adminNav.getByRole("link", { name: "Users" }).click();
  await app.expectLoaded("Users", LA_NAME);
  await app.main.getByLabel("Name or email address").fill("coordinator2");
  await app.main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=coordinator2$/);
  await app.main.getByRole("table").getByRole("link", { name: SUSPENDED.name }).click();
  await app.expectLoaded(SUSPENDED.name, LA_NAME);
  await expect(app.main).toContainText("A person's role never changes");
  await axe.check();
  const personUrl = page.url();
  await app.main.getByRole("button", { name: "Suspend" }).click();
  await app.expectLoaded(`Are you sure you want to suspend ${SUSPENDED.name}?`, LA_NAME);
  await axe.check();
  await app.main.getByRole("button", { name: "Yes, suspend" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    `${SUSPENDED.name} has been suspended and signed out.`,
  );
  await expect(app.main.locator(".govuk-summary-list")).toContainText("Suspended");
  await axe.check();

  // Their next request is refused and they land signed out.
  await other.goto(`${base}/account`);
  await new AppPage(other).expectLoaded("Sign in", LA_NAME);
  expect((await other.request.get(`${base}/api/v1/me`)).status()).toBe(401);
  await axe.check(other);
  await otherContext.close();

  // Every new page at phone width.
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [path, heading] of [
    ["/admin/users", "Users"],
    ["/admin/users/invite", "Invite someone"],
    [new URL(personUrl).pathname, SUSPENDED.name],
    ["/admin/mailbox", "Mailbox"],
  ] as const) {
    await page.goto(`${base}${path}`);
    await app.expectLoaded(heading, LA_NAME);
    expect(await app.scrollsHorizontally(), `${path} fits a phone`).toBe(false);
    if (path === "/admin/users") {
      await expect(app.main.getByRole("table")).toBeHidden();
      await expect(app.main.locator(".app-person-card").first()).toBeVisible();
    }
    await axe.check();
  }
});
