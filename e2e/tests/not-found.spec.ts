import { NotFoundPage } from "../pages/NotFoundPage";
import { LA_NAME } from "../support/constants";
import { expect, test } from "../support/fixtures";

test("an unknown address is answered by the SPA (200) with 'Page not found'", async ({
  page,
  axe,
}) => {
  const notFound = new NotFoundPage(page);
  const response = await notFound.goto("/no/such/page");

  expect(response?.status()).toBe(200);
  await notFound.expectLoaded("Page not found", LA_NAME);
  await expect(page).toHaveTitle(`Page not found – EHC hub – ${LA_NAME}`);
  await expect(notFound.homeLink).toHaveAttribute("href", "/");
  await axe.check();
});
