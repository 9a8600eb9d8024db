import { HomePage } from "../pages/HomePage";
import { LA_NAME } from "../support/constants";
import { expect, test } from "../support/fixtures";

test.describe("the home page", () => {
  test("names the authority in the header and says the service is ready", async ({ page, axe }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.expectLoaded("EHC hub", LA_NAME);
    await home.expectStatusShown();

    await expect(home.statusOf("Service")).toHaveText("Ready");
    await expect(home.statusOf("Database")).toContainText("Ready");
    await expect(page).toHaveTitle(`Home – EHC hub – ${LA_NAME}`);
    await axe.check();
  });

  test("does not scroll sideways on a 320px wide screen", async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const home = new HomePage(page);
    await home.goto();
    await home.expectLoaded("EHC hub", LA_NAME);
    await home.expectStatusShown();

    expect(await home.scrollsHorizontally()).toBe(false);
    await axe.check();
  });

  test("the skip link is the first thing a keyboard reaches and leads to the content", async ({
    page,
    axe,
  }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.expectLoaded("EHC hub", LA_NAME);

    await page.keyboard.press("Tab");
    await expect(home.skipLink).toBeFocused();
    await axe.check();
    await page.keyboard.press("Enter");
    await expect(home.main).toBeFocused();
  });

  test("the footer's accessibility statement opens with focus on its heading", async ({
    page,
    axe,
  }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.expectLoaded("EHC hub", LA_NAME);
    await axe.check();

    await home.footer.getByRole("link", { name: "Accessibility statement" }).click();
    await expect(home.mainHeading).toHaveText("Accessibility statement for EHC hub");
    await expect(home.mainHeading).toBeFocused();
    await expect(page).toHaveTitle(`Accessibility statement – EHC hub – ${LA_NAME}`);
    await axe.check();
  });
});
