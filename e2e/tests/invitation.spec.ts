// An invited person registers: an administrator invites them; the invitation
// email (read from the local mailbox) opens "Create your account", where they
// choose a password (a poor one is refused with the rule it breaks), then set
// up an authenticator app from the key on the page, save their recovery codes,
// and arrive signed in. Runs on the enrolled server, desktop and phone, each
// with its own invitee; axe on every page.
import { AppPage } from "../pages/AppPage";
import { LA_NAME } from "../support/constants";
import { enrolledBaseUrl, signInEnrolled } from "../support/enrolled";
import { expect, test } from "../support/fixtures";
import { latestEmailLink } from "../support/mailbox";
import { setUpAuthenticatorApp, signOut } from "../support/signIn";

const ADMIN = "admin2@example.org";
const PASSWORD = "marmalade skylight orchestra";

test("an invited person creates their account from the emailed link and sets up an app", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const invitee = { name: `Casey Invited ${project}`, email: `casey.${project}@example.org` };
  const app = new AppPage(page);

  await signInEnrolled(page, axe, ADMIN);
  const adminNav = page.getByRole("banner").getByRole("navigation", { name: "Administration" });
  await adminNav.getByRole("link", { name: "Users" }).click();
  await app.main.getByRole("link", { name: "Invite someone" }).click();
  await app.expectLoaded("Invite someone", LA_NAME);
  await app.main.getByLabel("Full name").fill(invitee.name);
  await app.main.getByLabel("Email address").fill(invitee.email);
  await app.main.getByLabel("Case co-ordinator").check();
  await app.main.getByRole("button", { name: "Send invitation" }).click();
  await expect(app.mainHeading).toHaveText(`${invitee.name} has been invited`);
  await axe.check();
  await signOut(page, axe);

  const link = await latestEmailLink(
    invitee.email,
    "/invitation",
    process.env.EHC_E2E_ENROLLED_DATA_DIR,
  );
  await page.goto(`${enrolledBaseUrl()}${link}`);
  await app.expectLoaded("Create your account", LA_NAME);
  // The one-time token leaves the address bar at once.
  await expect(page).toHaveURL(/\/invitation$/);
  await expect(app.main).toContainText(invitee.email);
  await axe.check();
  await app.main.getByLabel("New password", { exact: true }).fill("password1");
  await app.main.getByLabel("Type the new password again").fill("password1");
  await app.main.getByRole("button", { name: "Create account" }).click();
  await expect(app.main.locator(".govuk-error-summary")).toBeVisible();
  await axe.check();
  await app.main.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await app.main.getByLabel("Type the new password again").fill(PASSWORD);
  await app.main.getByRole("button", { name: "Create account" }).click();

  await setUpAuthenticatorApp(page, axe);
  await app.expectLoaded("Your work", LA_NAME);
  await axe.check();
  await expect(page.getByRole("banner")).toContainText(invitee.name);
});
