import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };

const admin = () => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  email: "admin2@example.org",
  display_name: "Kit Lawson",
  role: "administrator",
  role_label: "Administrator",
});

const signedInAdmin: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => json(admin()),
  "GET /api/v1/auth/session": () => json(admin().session),
};

const failed = {
  id: "0190d0e0-0000-7000-8000-000000000001",
  channel: "sms",
  recipient: "+447700900982",
  template_key: "sign_in_code",
  subject: "Your EHC hub sign-in code",
  body: "123456 is your EHC hub sign-in code.",
  status: "failed_permanently",
  attempts: 10,
  last_error: "400 ValidationError: phone_number Not a UK mobile number",
  created_at: "2026-11-20T09:00:00Z",
};

describe("failed messages", { timeout: 15_000 }, () => {
  test("show who each was for, which message, how often it was tried and why it failed", async () => {
    renderApp("/admin/failed-messages", {
      ...signedInAdmin,
      "GET /api/v1/admin/failed-messages": () => json({ items: [failed] }),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Failed messages" }, ARRIVAL),
    ).toBeVisible();
    const item = (await screen.findByRole("heading", { level: 2, name: /Sign-in code/ })).closest(
      "li",
    )!;
    expect(within(item).getByText("Failed")).toBeVisible();
    const row = (key: string) =>
      within(item).getByText(key, { selector: "dt" }).nextElementSibling as HTMLElement;
    expect(row("To")).toHaveTextContent("+447700900982 (text message)");
    expect(row("Attempts")).toHaveTextContent("10");
    expect(row("Last error")).toHaveTextContent("Not a UK mobile number");
    expect(screen.getByRole("link", { name: "Failed messages" })).toHaveAttribute(
      "href",
      "/admin/failed-messages",
    );
  });

  test("say so when none have failed", async () => {
    renderApp("/admin/failed-messages", {
      ...signedInAdmin,
      "GET /api/v1/admin/failed-messages": () => json({ items: [] }),
    });
    expect(await screen.findByText("No messages have failed.", {}, ARRIVAL)).toBeVisible();
  });
});
