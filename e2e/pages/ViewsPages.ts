// The views on a case ("About me" and the parents' or carers' views) with their
// photos, videos and documents; writing them; adding a file.
import type { Locator, Page } from "@playwright/test";
import { AppPage } from "./AppPage";

export class ViewsPage extends AppPage {
  readonly successBanner: Locator;

  constructor(page: Page) {
    super(page);
    this.successBanner = this.main.locator(".govuk-notification-banner--success");
  }

  /** "child" (About me) or "parent". */
  section(kind: "child" | "parent"): Locator {
    return this.main.getByTestId(`views-${kind}`);
  }

  write(kind: "child" | "parent"): Locator {
    return this.section(kind).getByRole("link", { name: /^(Write|Change)\b/ });
  }

  addFile(kind: "child" | "parent"): Locator {
    return this.section(kind).getByRole("link", { name: /^Add a photo, video or document/ });
  }
}

export class EditViewsPage extends AppPage {
  readonly onBehalf: Locator;
  readonly save: Locator;

  constructor(page: Page) {
    super(page);
    this.onBehalf = this.main.getByTestId("on-behalf");
    this.save = this.main.getByRole("button", { name: "Save" });
  }
}

export class UploadPage extends AppPage {
  readonly file: Locator;
  readonly upload: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.file = this.main.getByLabel("Upload a file");
    this.upload = this.main.getByRole("button", { name: "Upload file" });
    this.errorSummary = page.locator(".govuk-error-summary");
  }
}
