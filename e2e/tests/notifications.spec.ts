// Notifications in the app and the wording of messages, on global-setup's
// "enrolled" server. An administrator changes a message's subject (watching the
// preview), saves it and sees it listed, then looks at the failed messages. The
// demo co-ordinator, warned by the deadline sweep that `serve` runs at start-up
// (two of their cases have a deadline within the impending window), sees the
// unread count in the header, opens the inbox and reads a notification, and
// the count goes down. The desktop and phone projects run at once on one server:
// each changes its own message and reads its own notification.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { LA_NAME } from "../support/constants";
import { signInEnrolled } from "../support/enrolled";
import { expect, test } from "../support/fixtures";

const ADMIN = "admin2@example.org";
const COORDINATOR = "coordinator@example.org";

/** The message each project changes, so that the two runs never edit the same one. */
const MESSAGE: Record<string, string> = {
  desktop: "Advice requested",
  phone: "Advice reminder",
};

/** On the phone project, also checks the page fits a 320px screen without sideways scrolling. */
async function fitsNarrowScreen(page: Page, projectName: string): Promise<void> {
  if (projectName !== "phone") return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 640 });
  expect(await new AppPage(page).scrollsHorizontally(), `${page.url()} scrolls sideways`).toBe(
    false,
  );
  if (size) await page.setViewportSize(size);
}

/** The unread count the header's Notifications link announces (0 when it shows none). */
async function unreadInHeader(page: Page): Promise<number> {
  const link = page
    .getByRole("banner")
    .getByRole("navigation", { name: "Your account" })
    .getByRole("link", { name: /^Notifications/ });
  const name = (await link.textContent()) ?? "";
  const match = /(\d+)\s*unread/.exec(name);
  return match ? Number(match[1]) : 0;
}

test("an administrator changes a message's subject and looks at failed messages", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(90_000);
  const message = MESSAGE[testInfo.project.name];
  if (!message) throw new Error(`no message set aside for ${testInfo.project.name}`);
  const marker = `(${testInfo.project.name} e2e)`;
  const app = new AppPage(page);
  await signInEnrolled(page, axe, ADMIN);
  const adminNav = page.getByRole("banner").getByRole("navigation", { name: "Administration" });

  await adminNav.getByRole("link", { name: "Templates" }).click();
  await app.expectLoaded("Message templates", LA_NAME);
  await axe.check();
  await fitsNarrowScreen(page, testInfo.project.name);
  await app.main
    .getByRole("link", { name: new RegExp(`^Change ?the wording of ${message}$`) })
    .click();
  await expect(app.mainHeading).toContainText(message);
  await expect(app.main.getByText("Changes take effect from the next message.")).toBeVisible();
  const preview = app.main.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("EHC-2026-000042");
  await axe.check();
  await fitsNarrowScreen(page, testInfo.project.name);

  // A placeholder this message may not use: the preview says why, saving is refused.
  const subject = app.main.getByLabel("Subject");
  await subject.fill(`Advice for ((child_name)) ${marker}`);
  await expect(preview).toContainText("'((child_name))' is not a placeholder");
  await app.main.getByRole("button", { name: "Save wording" }).click();
  const summary = app.main.locator(".govuk-error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveAttribute("href", "#subject");
  await expect(app.main.locator("#subject-error")).toContainText("((child_name))");
  await axe.check();

  // A good subject: the preview follows, filled with example values.
  await subject.fill(`Advice needed on ((case_reference)) by ((due_date)) ${marker}`);
  await expect(preview).toContainText(`Advice needed on EHC-2026-000042 by`);
  await expect(preview).toContainText(marker);
  await app.main.getByRole("button", { name: "Save wording" }).click();
  await app.expectLoaded("Message templates", LA_NAME);
  await expect(app.main.getByRole("alert")).toContainText("has been saved");
  await expect(app.main.getByRole("alert")).toContainText("It takes effect from the next message");
  await expect(
    app.main.getByText(`Advice needed on ((case_reference)) by ((due_date)) ${marker}`),
  ).toBeVisible();
  await axe.check();

  await adminNav.getByRole("link", { name: "Failed messages" }).click();
  await app.expectLoaded("Failed messages", LA_NAME);
  // The local mailbox delivers everything, so normally nothing has failed here.
  await expect(
    app.main
      .getByText("No messages have failed.")
      .or(app.main.getByRole("heading", { level: 2 }))
      .first(),
  ).toBeVisible();
  await axe.check();
  await fitsNarrowScreen(page, testInfo.project.name);
});

test("a co-ordinator sees the unread count, reads a notification and the count goes down", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await signInEnrolled(page, axe, COORDINATOR);
  const header = page.getByRole("banner").getByRole("navigation", { name: "Your account" });
  const notificationsLink = header.getByRole("link", { name: /^Notifications/ });
  await expect(notificationsLink).toHaveAccessibleName(/^Notifications \d+\s+unread$/);
  const before = await unreadInHeader(page);
  expect(before).toBeGreaterThan(0);

  await notificationsLink.click();
  await app.expectLoaded("Notifications", LA_NAME);
  await axe.check();
  await fitsNarrowScreen(page, testInfo.project.name);
  const items = app.main.getByRole("listitem").filter({
    has: page.getByRole("heading", { level: 2 }),
  });
  const total = await items.count();
  expect(total, "the sweep warned the demo co-ordinator about two cases").toBeGreaterThanOrEqual(2);
  // Desktop reads the newest, phone the oldest: never the same one.
  const item = testInfo.project.name === "phone" ? items.nth(total - 1) : items.first();
  await expect(item.getByRole("link", { name: /^Go to the case/ })).toHaveAttribute(
    "href",
    /^\/cases\//,
  );
  const heading = item.getByRole("heading", { level: 2 });
  await expect(heading).toContainText("Unread");
  await item.getByRole("button", { name: /^Mark as read/ }).click();
  await expect(heading).not.toContainText("Unread");
  await expect(heading).toBeFocused();
  await expect(item.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await axe.check();

  // The header's count went down (the other project may have read one too).
  await expect.poll(() => unreadInHeader(page)).toBeLessThan(before);
});
