// An administrator organises the local authority, on global-setup's "enrolled"
// server: creates a team, adds a contributor and makes them its manager;
// creates an education setting and invites a SENCo into it (then finds them
// listed with the setting); creates an integration client, sees its secret
// once (and checks it really works), and revokes it. Every page is checked
// with axe, and on the phone project also at 320px for sideways scrolling.
// The desktop and phone projects run at once on one server, so everything
// each creates carries the project's name.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { LA_NAME } from "../support/constants";
import { enrolledBaseUrl, signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";

const ADMIN = "admin@example.org";
/** A demo contributor (Community Paediatrics), added to each project's own team. */
const CONTRIBUTOR = { email: "physio@example.org", name: "Lee Chen" };

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

/** A URN no other run is likely to have taken (the phone and desktop runs share a server). */
function freshUrn(projectName: string): string {
  const base = projectName === "phone" ? 200000 : 100000;
  return String(base + Math.floor(Math.random() * 99999));
}

test("an administrator sets up a team, a setting with its SENCo, and an integration client", async ({
  page,
  request,
  axe,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const app = new AppPage(page);
  const teamName = `Sensory Support (${project} e2e)`;
  const settingName = `Brookside Academy (${project} e2e)`;
  const senco = { name: `Robin Senco ${project}`, email: `senco.${project}.e2e@example.org` };
  const clientName = `Data warehouse (${project} e2e)`;

  await signInEnrolled(page, axe, ADMIN);
  const adminNav = page.getByRole("banner").getByRole("navigation", { name: "Administration" });

  // A team: the form names what is missing, then the team is created.
  await adminNav.getByRole("link", { name: "Teams" }).click();
  await app.expectLoaded("Teams", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Create a team" }).click();
  await app.expectLoaded("Create a team", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Create team" }).click();
  await expect(app.main.locator(".govuk-error-summary")).toBeVisible();
  await expect(app.main.locator("#name-error")).toContainText("Enter the team's name");
  await check();
  await app.main.getByLabel("Team name").fill(teamName);
  await app.main.getByLabel("Education", { exact: true }).check();
  await app.main.getByLabel("Team email address").fill(`sensory.${project}@example.org`);
  await app.main.getByRole("button", { name: "Create team" }).click();
  await expect(app.mainHeading).toHaveText(teamName);
  await expect(app.main.getByRole("alert")).toContainText(`${teamName} has been created`);
  await check();

  // Add a contributor, found by searching, then make them the team's manager.
  await app.main.getByRole("button", { name: "Add a member" }).click();
  await app.expectLoaded(`Add a member to ${teamName}`, LA_NAME);
  await check();
  await app.main.getByLabel("Search contributors by name or email address").fill(CONTRIBUTOR.email);
  await app.main.getByRole("button", { name: "Search" }).click();
  await expect(app.main.getByText("1 person found")).toBeVisible();
  await check();
  await app.main.getByRole("button", { name: `Add ${CONTRIBUTOR.name}` }).click();
  await expect(app.main.getByRole("alert")).toContainText(
    `${CONTRIBUTOR.name} has been added to ${teamName}.`,
  );
  await check();
  await app.main.getByRole("button", { name: `Make manager for ${CONTRIBUTOR.name}` }).click();
  await expect(app.main.getByRole("alert")).toContainText(
    `${CONTRIBUTOR.name} is now a manager of ${teamName}.`,
  );
  await expect(app.main.getByText("Manager", { exact: true })).toBeVisible();
  await expect(
    app.main.getByRole("button", { name: `Remove as manager for ${CONTRIBUTOR.name}` }),
  ).toBeVisible();
  await check();
  // The list counts the member.
  await adminNav.getByRole("link", { name: "Teams" }).click();
  await app.main.getByLabel("Team name").fill(teamName);
  await app.main.getByRole("button", { name: "Search" }).click();
  await expect(app.main.getByText("1 member").filter({ visible: true })).toBeVisible();
  await check();

  // A setting.
  await adminNav.getByRole("link", { name: "Education settings" }).click();
  await app.expectLoaded("Education settings", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Add an education setting" }).click();
  await app.expectLoaded("Add an education setting", LA_NAME);
  await check();
  await app.main.getByLabel("Name", { exact: true }).fill(settingName);
  const urn = freshUrn(project);
  await app.main.getByLabel("URN").fill(urn);
  await app.main.getByLabel("Secondary").check();
  await app.main.getByRole("button", { name: "Add setting" }).click();
  await expect(app.mainHeading).toHaveText(settingName);
  await expect(app.main.getByText("No staff have been added yet.")).toBeVisible();
  await check();

  // Invite a SENCo into it; they are listed with the setting.
  await adminNav.getByRole("link", { name: "Users" }).click();
  await app.expectLoaded("Users", LA_NAME);
  await app.main.getByRole("link", { name: "Invite someone" }).click();
  await app.expectLoaded("Invite someone", LA_NAME);
  await app.main.getByLabel("Full name").fill(senco.name);
  await app.main.getByLabel("Email address").fill(senco.email);
  await app.main.getByLabel("Education setting").check();
  const settingSelect = app.main.getByLabel("Which setting do they work at?");
  await settingSelect.selectOption({ label: `${settingName} (URN ${urn})` });
  await app.main.getByRole("button", { name: "Send invitation" }).click();
  await expect(app.main.locator("#setting_title-error")).toContainText("job title");
  await check();
  await app.main.getByLabel("SENCo").check();
  await app.main.getByRole("button", { name: "Send invitation" }).click();
  await expect(app.mainHeading).toHaveText(`${senco.name} has been invited`);
  await expect(app.main.getByText(`${settingName} (SENCo)`)).toBeVisible();
  await check();
  await app.main.getByRole("link", { name: "Back to users" }).click();
  await app.main.getByLabel("Name or email address").fill(senco.email);
  await app.main.getByRole("button", { name: "Search" }).click();
  await expect(
    app.main.getByText(`${settingName} (SENCo)`).filter({ visible: true }),
  ).toBeVisible();
  await check();
  await app.main.getByRole("link", { name: senco.name }).filter({ visible: true }).click();
  await app.expectLoaded(senco.name, LA_NAME);
  await app.main.getByRole("link", { name: settingName }).click();
  await expect(app.mainHeading).toHaveText(settingName);
  await expect(app.main.getByRole("link", { name: senco.name, exact: true })).toBeVisible();
  await check();

  // An integration client: its secret is shown once, works, and is gone after.
  await adminNav.getByRole("link", { name: "Integration clients" }).click();
  await app.expectLoaded("Integration clients", LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Create an integration client" }).click();
  await app.expectLoaded("Create an integration client", LA_NAME);
  await app.main.getByLabel("Name").fill(clientName);
  await app.main.getByRole("button", { name: "Create client" }).click();
  await expect(app.main.locator("#scopes-error")).toBeVisible();
  await check();
  await app.main.getByLabel("Read teams and education settings").check();
  await app.main.getByRole("button", { name: "Create client" }).click();
  await expect(app.mainHeading).toHaveText(`${clientName} has been created`);
  await expect(app.main.getByText("It will not be shown again")).toBeVisible();
  const clientId = (await app.main.getByTestId("client-id").textContent()) ?? "";
  const secret = (await app.main.getByTestId("client-secret").textContent()) ?? "";
  expect(clientId).toMatch(/^cli_/);
  expect(secret.length).toBeGreaterThan(20);
  await check();
  // As the other system would: no browser, no cookies.
  const token = (client_secret: string) =>
    request.post(`${enrolledBaseUrl()}/api/v1/auth/token`, {
      data: { grant_type: "client_credentials", client_id: clientId, client_secret },
      failOnStatusCode: false,
    });
  expect((await token(secret)).status(), "the secret shown works").toBe(200);

  await app.main
    .getByRole("link", { name: "I have copied the secret: back to integration clients" })
    .click();
  await app.expectLoaded("Integration clients", LA_NAME);
  const revokeLink = app.main
    .getByRole("link", { name: `Revoke ${clientName}` })
    .filter({ visible: true });
  await expect(revokeLink).toBeVisible();
  await expect(app.main).not.toContainText(secret);
  await page.goBack();
  await app.expectLoaded("Create an integration client", LA_NAME);
  await expect(page.locator("body")).not.toContainText(secret);
  await page.goForward();
  await app.expectLoaded("Integration clients", LA_NAME);

  // Revoke it, after confirming; its secret no longer gets a token.
  await revokeLink.click();
  await app.expectLoaded(`Are you sure you want to revoke ${clientName}?`, LA_NAME);
  await check();
  await app.main.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(app.main.getByRole("alert")).toContainText(`${clientName} has been revoked`);
  await check();
  expect((await token(secret)).status(), "a revoked client gets no token").toBe(401);
});
