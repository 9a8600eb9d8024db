import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { aFile, documentBody } from "../../../test/documents";
import { demoMe, EXAMPLESHIRE, json, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import type { DocumentBody } from "../../api/upload";
import { emptyContent, type AssessmentRequest } from "./content";

const ARRIVAL = { timeout: 5000 };

const me = () => demoMe(new Date(Date.now() + 30 * 60_000));

function draft(): AssessmentRequest {
  return {
    id: "r1",
    status: "draft",
    status_label: "Draft",
    route: "setting",
    author: { id: me().id, name: "Sam Patel" },
    co_authors: [],
    setting_id: "s1",
    setting: { id: "s1", name: "Riverside Primary School" },
    content: emptyContent(),
    received_on: null,
    received_via: null,
    decision_due_on: null,
    submitted_at: null,
    case_id: null,
    updated_at: "2026-01-05T09:00:00Z",
    version: 3,
  };
}

const SALT = documentBody({
  id: "d-salt",
  section: "request",
  case_id: null,
  assessment_request_id: "r1",
  file_name: "salt-report.pdf",
});

function server(documents: () => DocumentBody[], extra: Record<string, Handler> = {}) {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me()),
    "GET /api/v1/auth/session": () => json(me().session),
    "GET /api/v1/assessment-requests/r1": () => json(draft()),
    "GET /api/v1/assessment-requests/r1/documents": () => json({ items: documents() }),
    ...extra,
  } satisfies Record<string, Handler>;
}

describe("supporting documents for a draft request", { timeout: 20_000 }, () => {
  test("the draft lists them and its authors add one", async () => {
    const user = userEvent.setup();
    let documents: DocumentBody[] = [];
    const { requests } = renderApp(
      "/requests/r1",
      server(() => documents, {
        "POST /api/v1/assessment-requests/r1/documents": () => {
          documents = [SALT];
          return json(SALT, 201);
        },
      }),
    );
    const section = await screen.findByTestId("request-documents", {}, ARRIVAL);
    expect(await within(section).findByText("No documents have been added yet.")).toBeVisible();
    await user.click(within(section).getByRole("link", { name: "Add a supporting document" }));

    const input = await screen.findByLabelText("Upload a file");
    await user.upload(input, aFile("salt-report.pdf", "application/pdf"));
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByText("salt-report.pdf added")).toBeVisible();
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/assessment-requests/r1/documents");
    expect(new URL(post.url).searchParams.get("name")).toBe("salt-report.pdf");

    await user.click(screen.getByRole("link", { name: "Return to the task list" }));
    const back = await screen.findByTestId("request-documents");
    expect(await within(back).findByRole("link", { name: "salt-report.pdf" })).toHaveAttribute(
      "href",
      "/api/v1/documents/d-salt/content",
    );
  });

  test("check your answers lists them, read-only", async () => {
    renderApp(
      "/requests/r1/check",
      server(() => [SALT]),
    );
    const section = await screen.findByTestId("request-documents", {}, ARRIVAL);
    expect(await within(section).findByRole("link", { name: "salt-report.pdf" })).toBeVisible();
    expect(within(section).getByText("(PDF, 120 KB)")).toBeVisible();
    expect(
      within(section).queryByRole("link", { name: "Add a supporting document" }),
    ).not.toBeInTheDocument();
  });
});
