// The sign-in journey's pages: password, code, recovery code, second-factor
// set-up, recovery codes, and the pages after signing out.
import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./AppPage";

export class SignInPage extends AppPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.email = this.main.getByLabel("Email address");
    this.password = this.main.getByLabel("Password", { exact: true });
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
    this.errorSummary = this.main.locator(".govuk-error-summary");
  }

  async goto(baseUrl = ""): Promise<void> {
    await this.page.goto(`${baseUrl}/sign-in`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.continueButton.click();
  }

  /** The inline error beside a field (its accessible description starts "Error:"). */
  fieldError(id: string): Locator {
    return this.main.locator(`#${id}-error`);
  }
}

export class CodePage extends AppPage {
  readonly code: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;
  readonly recoveryCodeLink: Locator;

  constructor(page: Page) {
    super(page);
    this.code = this.main.getByLabel("Code", { exact: true });
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
    this.errorSummary = this.main.locator(".govuk-error-summary");
    this.recoveryCodeLink = this.main.getByRole("link", { name: "Use a recovery code instead" });
  }

  async enter(code: string): Promise<void> {
    await this.code.fill(code);
    await this.continueButton.click();
  }
}

export class RecoveryCodePage extends AppPage {
  readonly recoveryCode: Locator;
  readonly continueButton: Locator;

  constructor(page: Page) {
    super(page);
    this.recoveryCode = this.main.getByLabel("Recovery code");
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
  }
}

export class SetUpPage extends AppPage {
  readonly continueButton: Locator;
  readonly moreInformation: Locator;
  readonly authenticatorApp: Locator;
  readonly textMessage: Locator;

  constructor(page: Page) {
    super(page);
    this.authenticatorApp = this.main.getByRole("radio", {
      name: "Authenticator app on a phone or tablet",
    });
    this.textMessage = this.main.getByRole("radio", { name: "Text message" });
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
    this.moreInformation = this.main.getByText("I need more information");
  }
}

export class AppSetUpPage extends AppPage {
  readonly qrCode: Locator;
  readonly key: Locator;
  readonly code: Locator;
  readonly continueButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.qrCode = this.main.getByRole("img", { name: /QR code/ });
    this.key = this.main.locator("#authenticator-key");
    this.code = this.main.getByLabel("Code from the app");
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
    this.errorSummary = this.main.locator(".govuk-error-summary");
  }

  async readKey(): Promise<string> {
    await expect(this.key).toBeVisible();
    return (await this.key.innerText()).trim();
  }
}

export class RecoveryCodesPage extends AppPage {
  readonly codes: Locator;
  readonly continueButton: Locator;

  constructor(page: Page) {
    super(page);
    this.codes = this.main.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    this.continueButton = this.main.getByRole("button", { name: "Continue" });
  }
}

export class SignedInHeader {
  readonly account: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    const nav = page.getByRole("banner").getByRole("navigation", { name: "Your account" });
    this.account = nav.getByRole("link", { name: /your account/ });
    this.signOut = nav.getByRole("button", { name: "Sign out" });
  }
}

export class TimeoutDialog {
  readonly dialog: Locator;
  readonly staySignedIn: Locator;
  readonly signOut: Locator;
  readonly countdown: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "You are about to be signed out" });
    this.staySignedIn = this.dialog.getByRole("button", { name: "Stay signed in" });
    this.signOut = this.dialog.getByRole("button", { name: "Sign out" });
    this.countdown = this.dialog.getByTestId("timeout-countdown");
  }
}

export class PhoneNumberPage extends AppPage {
  readonly phone: Locator;
  readonly sendCode: Locator;

  constructor(page: Page) {
    super(page);
    this.phone = this.main.getByLabel("Mobile phone number");
    this.sendCode = this.main.getByRole("button", { name: "Send code" });
  }
}
