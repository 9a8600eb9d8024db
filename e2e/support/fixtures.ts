// The `test` every spec imports: the base URL of the server global-setup
// started, and `axe`, which checks the page against WCAG 2.2 AA and fails on
// any violation at all. A test that visits a page must call `axe.check()` on
// it; one that only visits third-party pages or the raw API says so with the
// tag @no-axe, otherwise it fails for having checked nothing. Any script error
// or console error in the browser (a Content-Security-Policy violation, say)
// fails the test too, except the API's expected 401/422 answers.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const EXPECTED_API_REFUSAL =
  /^Failed to load resource: the server responded with a status of (401|422) /;

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Axe {
  /** Runs axe on the page as it is now; fails the test on any violation. */
  check(page?: Page): Promise<void>;
}

interface Fixtures {
  axe: Axe;
  browserErrors: void;
}

export const test = base.extend<Fixtures>({
  // Playwright needs the object pattern even when a fixture uses no other.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.EHC_E2E_BASE_URL;
    if (!url) throw new Error("EHC_E2E_BASE_URL is not set: global-setup did not run");
    await use(url);
  },

  axe: [
    async ({ page }, use, testInfo) => {
      let checks = 0;
      await use({
        async check(target = page) {
          checks += 1;
          const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
          const summary = results.violations.map((violation) => ({
            rule: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.map((node) => node.target.join(" ")),
          }));
          expect(summary, `axe found accessibility violations on ${target.url()}`).toEqual([]);
        },
      });
      if (
        checks === 0 &&
        testInfo.status === testInfo.expectedStatus &&
        testInfo.status !== "skipped" &&
        !testInfo.tags.includes("@no-axe")
      ) {
        throw new Error(
          "This test never called axe.check(): check every page it visits, or tag it @no-axe",
        );
      }
    },
    { auto: true },
  ],

  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // Chromium logs every 4xx answer as "Failed to load resource". The API
        // answers 401 when nobody is signed in (GET /api/v1/me) and 401/422 for
        // a wrong password or code; the app shows those to the person. Any
        // other failed load (a 5xx, a missing script) still fails the test.
        if (
          EXPECTED_API_REFUSAL.test(message.text()) &&
          new URL(message.location().url, "http://x").pathname.startsWith("/api/v1/")
        ) {
          return;
        }
        errors.push(`console: ${message.text()}`);
      });
      await use();
      expect(errors, "the browser reported errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
