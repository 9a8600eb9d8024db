// Steps the sign-in journeys share. Every page they reach is checked with axe.
import { expect, type Page } from "@playwright/test";
import {
  AppSetUpPage,
  CodePage,
  RecoveryCodesPage,
  SetUpPage,
  SignedInHeader,
  SignInPage,
} from "../pages/SignInPages";
import { AppPage } from "../pages/AppPage";
import { DEMO_PASSWORD, LA_NAME } from "./constants";
import type { Axe } from "./fixtures";
import { base32Decode, stepAt, totpForStep } from "./totp";

export interface AppSetUp {
  secret: Buffer;
  /** The time step of the code that confirmed the set-up (the server refuses it again). */
  lastUsedStep: number;
  recoveryCodes: string[];
}

/** Email and password on /sign-in (from wherever the page is now). */
export async function enterPassword(page: Page, axe: Axe, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.expectLoaded("Sign in", LA_NAME);
  await axe.check();
  await signIn.signIn(email, DEMO_PASSWORD);
}

/**
 * From the "set up a second way" page to signed in: reads the key off the page,
 * works out the code like an app would, and saves the recovery codes.
 */
export async function setUpAuthenticatorApp(page: Page, axe: Axe): Promise<AppSetUp> {
  const setUp = new SetUpPage(page);
  await setUp.expectLoaded("Set up a second way to prove it is you", LA_NAME);
  await setUp.moreInformation.click();
  await expect(page.getByText("a 6-digit code that only you can get")).toBeVisible();
  await axe.check();
  await setUp.authenticatorApp.check();
  await setUp.continueButton.click();

  const app = new AppSetUpPage(page);
  await app.expectLoaded("Set up your authenticator app", LA_NAME);
  await expect(app.qrCode).toBeVisible();
  const key = await app.readKey();
  expect(key).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  expect(await app.scrollsHorizontally(), "the key and QR code fit the screen").toBe(false);
  await axe.check();
  const secret = base32Decode(key);
  const step = stepAt();
  await app.code.fill(totpForStep(secret, step));
  await app.continueButton.click();

  const codesPage = new RecoveryCodesPage(page);
  await codesPage.expectLoaded("Save your recovery codes", LA_NAME);
  await expect(codesPage.codes).toHaveCount(10);
  const recoveryCodes = (await codesPage.codes.allInnerTexts()).map((code) => code.trim());
  await axe.check();
  await codesPage.continueButton.click();
  return { secret, lastUsedStep: step, recoveryCodes };
}

/** The header's "Sign out", then the page that says so. */
export async function signOut(page: Page, axe: Axe): Promise<void> {
  await new SignedInHeader(page).signOut.click();
  await new AppPage(page).expectLoaded("You have signed out", LA_NAME);
  await axe.check();
  const me = await page.request.get("/api/v1/me");
  expect(me.status(), "the session has ended on the server").toBe(401);
}

/** Signs in with email and password and lands on the code page. */
export async function signInToCodePage(page: Page, axe: Axe, email: string): Promise<CodePage> {
  await new SignInPage(page).goto();
  await enterPassword(page, axe, email);
  const codePage = new CodePage(page);
  await codePage.expectLoaded("Enter the code from your authenticator app", LA_NAME);
  await expect(codePage.code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codePage.code).toHaveAttribute("inputmode", "numeric");
  await axe.check();
  return codePage;
}

/** Nothing of ours in web storage or IndexedDB: the session lives in an HttpOnly cookie. */
export async function expectNothingStoredInTheBrowser(page: Page): Promise<void> {
  const stored = await page.evaluate(async () => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await window.indexedDB.databases()).map((db) => db.name),
    cookiesVisibleToScript: document.cookie,
  }));
  expect(stored).toEqual({
    localStorage: [],
    sessionStorage: [],
    indexedDB: [],
    cookiesVisibleToScript: "",
  });
}
