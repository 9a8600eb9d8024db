import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { documentBody } from "../../../test/documents";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { documentIdFrom } from "./RedactDocumentPage";

const ARRIVAL = { timeout: 5000 };

const admin = () => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  email: "admin@example.org",
  display_name: "Ada Adeyemi",
  role: "administrator",
  role_label: "Administrator",
});

const signedInAdmin: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => json(admin()),
  "GET /api/v1/auth/session": () => json(admin().session),
};

const ID = "01963c2e-8f3a-7b41-9a0e-5d2c8b1f4e77";

async function fillIn(id: string, reason: string) {
  const user = userEvent.setup();
  const idBox = await screen.findByRole("textbox", { name: "Document id" }, ARRIVAL);
  if (id) await user.type(idBox, id);
  if (reason)
    await user.type(screen.getByRole("textbox", { name: "Why are you redacting it?" }), reason);
  await user.click(screen.getByRole("button", { name: "Redact the document" }));
  return user;
}

describe("redacting a document", { timeout: 20_000 }, () => {
  test("posts the reason, then shows what was redacted", async () => {
    const { requests } = renderApp("/admin/documents/redact", {
      ...signedInAdmin,
      [`POST /api/v1/documents/${ID}/redaction`]: () =>
        json(
          documentBody({
            id: ID,
            content_url: null,
            redaction: {
              redacted_at: "2026-03-05T12:00:00Z",
              redacted_by: { id: "u-ada", name: "Ada Adeyemi" },
              reason: "Another child's report",
            },
          }),
        ),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Redact a document" }, ARRIVAL),
    ).toBeVisible();
    expect(screen.getByText(/The file will be removed for good/)).toHaveTextContent(
      "WarningThe file will be removed for good. The record and your reason stay on the case timeline.",
    );
    expect(
      screen
        .getByRole("navigation", { name: "Administration" })
        .querySelector('a[href="/admin/documents/redact"]'),
    ).toHaveTextContent("Redact a document");

    await fillIn(`https://ehc.example/api/v1/documents/${ID}/content`, "Another child's report");

    expect(await screen.findByText("speech-therapy-report.pdf has been redacted")).toBeVisible();
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/documents/${ID}/redaction`);
    expect(await post.clone().json()).toEqual({ reason: "Another child's report" });
    const row = (key: string) =>
      screen.getByText(key, { selector: "dt" }).nextElementSibling as HTMLElement;
    expect(row("Redacted")).toHaveTextContent("By Ada Adeyemi on 5 March 2026");
    expect(row("Reason")).toHaveTextContent("Another child's report");
    expect(screen.getByRole("textbox", { name: "Document id" })).toHaveValue("");
  });

  test("asks for the id and a reason before sending anything", async () => {
    const { requests } = renderApp("/admin/documents/redact", signedInAdmin);
    await fillIn("", "");
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter the document's id" })).toHaveAttribute(
      "href",
      "#document_id",
    );
    expect(
      within(summary).getByRole("link", { name: "Enter why the document is being redacted" }),
    ).toHaveAttribute("href", "#reason");
    expect(requests.some((r) => r.method === "POST")).toBe(false);
  });

  test("says when no document has the id", async () => {
    renderApp("/admin/documents/redact", {
      ...signedInAdmin,
      [`POST /api/v1/documents/${ID}/redaction`]: () =>
        problem({ type: "about:blank", title: "Not Found", status: 404 }),
    });
    await fillIn(ID, "Wrong child");
    expect(await screen.findByRole("alert")).toHaveTextContent("No document has this id");
    expect(screen.getByRole("textbox", { name: "Document id" })).toHaveAccessibleDescription(
      /Error: No document has this id/,
    );
  });

  test("says when the document is already redacted", async () => {
    renderApp("/admin/documents/redact", {
      ...signedInAdmin,
      [`POST /api/v1/documents/${ID}/redaction`]: () =>
        problem({ type: "about:blank", title: "Conflict", status: 409 }),
    });
    await fillIn(ID, "Wrong child");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This document has already been redacted",
    );
  });

  test("shows the server's refusal of the reason beside it", async () => {
    renderApp("/admin/documents/redact", {
      ...signedInAdmin,
      [`POST /api/v1/documents/${ID}/redaction`]: () =>
        problem({
          type: "https://ehc-hub.example/problems/validation",
          title: "Validation failed",
          status: 422,
          errors: [
            {
              field: "reason",
              code: "too_long",
              message: "The reason must be 2000 characters or fewer",
            },
          ],
        }),
    });
    await fillIn(ID, "Wrong child");
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "The reason must be 2000 characters or fewer" }),
    ).toHaveAttribute("href", "#reason");
    expect(
      screen.getByRole("textbox", { name: "Why are you redacting it?" }),
    ).toHaveAccessibleDescription(/Error: The reason must be 2000 characters or fewer/);
  });

  test("takes the id from a pasted address", () => {
    expect(documentIdFrom(` ${ID} `)).toBe(ID);
    expect(documentIdFrom(`/api/v1/documents/${ID}/content`)).toBe(ID);
    expect(documentIdFrom(`https://x.example/api/v1/documents/${ID}?a=1`)).toBe(ID);
  });
});
