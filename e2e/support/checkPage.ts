// The check every page of a journey gets: axe, and on the phone project also
// that the page fits a 320 px screen without scrolling sideways.
import type { Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { expect, type Axe } from "./fixtures";

/** axe, and on the phone project also no sideways scrolling at 320px. */
export async function checkPage(page: Page, axe: Axe, projectName: string): Promise<void> {
  await axe.check();
  if (projectName !== "phone") return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 640 });
  expect(await new AppPage(page).scrollsHorizontally(), `${page.url()} scrolls sideways`).toBe(
    false,
  );
  if (size) await page.setViewportSize(size);
}
