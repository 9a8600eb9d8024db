// Signing in on the "enrolled" server (global-setup), where every demo account
// already has an authenticator app with DEMO_AUTHENTICATOR_KEY. The server
// refuses a time step it has accepted before for the same person (replay), and
// the desktop and phone projects run at once, so a refused code is retried with
// a later step.
import { expect, type Page } from "@playwright/test";
import { AppPage } from "../pages/AppPage";
import { CodePage, SignInPage } from "../pages/SignInPages";
import { DEMO_AUTHENTICATOR_KEY, LA_NAME } from "./constants";
import type { Axe } from "./fixtures";
import { enterPassword } from "./signIn";
import { base32Decode, STEP_SECONDS, stepAt, totpForStep } from "./totp";

const secret = base32Decode(DEMO_AUTHENTICATOR_KEY);

export function enrolledBaseUrl(): string {
  const url = process.env.EHC_E2E_ENROLLED_BASE_URL;
  if (!url) throw new Error("EHC_E2E_ENROLLED_BASE_URL is not set: global-setup did not run");
  return url;
}

/** Signs `email` in on the enrolled server and waits for the signed-in home page. */
export async function signInEnrolled(page: Page, axe: Axe, email: string): Promise<void> {
  await new SignInPage(page).goto(enrolledBaseUrl());
  await enterPassword(page, axe, email);
  const codePage = new CodePage(page);
  await codePage.expectLoaded("Enter the code from your authenticator app", LA_NAME);
  let step = stepAt() + 1;
  for (let attempt = 1; ; attempt += 1) {
    // Judge each attempt by the server's answer to it, not by what is on the
    // page: a refused attempt's error summary stays there until the next answer.
    const answered = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/auth/sign-in/code") && r.request().method() === "POST",
    );
    await codePage.enter(totpForStep(secret, step));
    if ((await answered).ok()) break;
    // Both projects sign in as the same demo people at about the same time, and
    // each may sign in as one person twice within a step: a few waits are normal.
    expect(attempt, "the code was refused again and again").toBeLessThan(6);
    // Someone (the other project) used this step: wait for a later one.
    const nextStepStartsAt = (stepAt() + 1) * STEP_SECONDS * 1000;
    await page.waitForTimeout(Math.max(0, nextStepStartsAt - Date.now()) + 100);
    step = Math.max(step + 1, stepAt() + 1);
    await codePage.code.clear();
  }
  await new AppPage(page).expectLoaded("Your work", LA_NAME);
}
