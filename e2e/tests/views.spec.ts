// The family's views, on global-setup's "enrolled" server. The demo parent
// opens a case of theirs, writes "My parent's or carer's views", and adds a
// photo (a small JPEG drawn in the browser), which the views page then shows
// as a thumbnail that downloads as an attachment. Every page is checked with
// axe, and on the phone project also at 320 px for sideways scrolling. The
// desktop and phone projects run at once on one server, so each works on a
// demo case of its own.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { CaseFilePage } from "../pages/CasePages";
import { CaseWorkNav } from "../pages/RequestPages";
import { EditViewsPage, UploadPage, ViewsPage } from "../pages/ViewsPages";
import { LA_NAME } from "../support/constants";
import { signInEnrolled } from "../support/enrolled";
import { expect, test, type Axe } from "../support/fixtures";
import { signOut } from "../support/signIn";

const PARENT = "parent@example.org";

/** The demo child whose case each project works on (seed-demo shares both with the parent). */
const CHILD: Record<string, string> = { desktop: "Noah Williams", phone: "Leo Johnson" };

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

/** "3 March 2026": today in England, as the service writes dates. */
function today(): string {
  return new Date().toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}

test("a parent writes their views and adds a photo, which shows as a thumbnail", async ({
  page,
  axe,
}, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const check = () => checkPage(page, axe, project);
  const child = CHILD[project] ?? CHILD.desktop!;

  await signInEnrolled(page, axe, PARENT);
  await new CaseWorkNav(page).cases.click();
  const app = new AppPage(page);
  await app.expectLoaded("Cases", LA_NAME);
  await check();
  await app.main
    .locator(":is(tr, li)")
    .filter({ hasText: child })
    .getByRole("link")
    .filter({ visible: true })
    .first()
    .click();

  // The case file says whether the views are written, and leads to them.
  const caseFile = new CaseFilePage(page);
  await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
  const viewsSection = caseFile.main.getByTestId("views");
  await expect(viewsSection).toContainText("Not written yet");
  await expect(caseFile.main.getByTestId("documents")).toBeVisible();
  await check();
  await viewsSection.getByRole("link", { name: "Read, write or add photos to the views" }).click();

  const views = new ViewsPage(page);
  await views.expectLoaded("Views of the child and family", LA_NAME);
  await expect(views.section("parent")).toContainText("Not written yet.");
  await check();

  // Writing: a parent writes for themself, not on anyone's behalf.
  await views.write("parent").click();
  const edit = new EditViewsPage(page);
  await edit.expectLoaded("My parent's or carer's views", LA_NAME);
  await expect(edit.onBehalf).toHaveCount(0);
  const words = `${child.split(" ")[0]} is kind and loves trains (${project}). Loud rooms are hard.`;
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

  // Back on the case file, its timeline says what the family did.
  await views.main.getByRole("link", { name: "Back to the case" }).click();
  await caseFile.expectLoaded(new RegExp(`${child}$`), LA_NAME);
  await expect(caseFile.main.getByTestId("views")).toContainText(
    `Written by Pat Taylor on ${today()}`,
  );
  await signOut(page, axe);
});
