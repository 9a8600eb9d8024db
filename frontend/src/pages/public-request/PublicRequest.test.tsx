import { screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { EXAMPLESHIRE, json, NOT_SIGNED_IN, problem, type Handler } from "../../../test/fakeServer";
import { aFile, documentBody } from "../../../test/documents";
import { renderApp } from "../../../test/renderApp";

const ARRIVAL = { timeout: 5000 };

const signedOut: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => problem(NOT_SIGNED_IN),
};

async function fillIn(user: UserEvent) {
  await user.type(await screen.findByLabelText("First name", {}, ARRIVAL), "Alex");
  await user.type(screen.getByLabelText("Last name"), "Smith");
  const born = screen.getByRole("group", { name: "Date of birth" });
  await user.type(within(born).getByLabelText("Day"), "27");
  await user.type(within(born).getByLabelText("Month"), "3");
  await user.type(within(born).getByLabelText("Year"), "2018");
  await user.type(screen.getByLabelText("Your full name"), "Jo Smith");
  await user.type(screen.getByLabelText("Your email address"), "jo@example.org");
  await user.type(
    screen.getByLabelText("What are your concerns about your child's needs?"),
    "Alex struggles to speak in class.",
  );
  await user.type(screen.getByLabelText("Your child's views (optional)"), "I like drawing.");
}

describe("asking for an assessment without an account", { timeout: 20_000 }, () => {
  test("checks the answers, then sends with one Idempotency-Key however often it is retried", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { requests } = renderApp("/ask-for-an-assessment", {
      ...signedOut,
      "POST /api/v1/public/assessment-requests": () => {
        attempts += 1;
        // The first attempt never reaches the server (the connection dropped).
        if (attempts === 1) throw new TypeError("Failed to fetch");
        return json(
          {
            reference: "0f8e7d6c-request",
            received_on: "2026-03-02",
            decision_due_on: "2026-04-13",
            message: "We have your request.",
            upload_token: "t0ken",
            upload_token_expires_at: "2026-03-03T10:00:00Z",
          },
          201,
        );
      },
    });
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Ask for an EHC needs assessment" },
        ARRIVAL,
      ),
    ).toBeVisible();

    // Missing answers are caught before the check page.
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter your child's first name" }),
    ).toHaveAttribute("href", "#child-given_names");
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Check your answers before sending your request",
      }),
    ).toBeVisible();
    expect(screen.getByText("27 March 2018")).toBeVisible();
    expect(screen.getByText("I like drawing.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Send request" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The service could not be reached. Check your internet connection and try again.",
    );
    await user.click(screen.getByRole("button", { name: "Send request" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();
    expect(screen.getByTestId("reference")).toHaveTextContent("0f8e7d6c-request");
    expect(screen.getByTestId("decision-due")).toHaveTextContent("13 April 2026");

    const posts = requests.filter((r) => r.method === "POST");
    expect(posts).toHaveLength(2);
    const keys = posts.map((r) => r.headers.get("Idempotency-Key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const body = JSON.parse(await posts[1]!.clone().text()) as {
      content: { child: { born_on: string }; parent: { email: string } };
    };
    expect(body.content.child.born_on).toBe("2018-03-27");
    expect(body.content.parent.email).toBe("jo@example.org");
  });

  test("after sending, the family adds a report with the receipt's token until it expires", async () => {
    const user = userEvent.setup();
    let accepted = 0;
    const { requests } = renderApp("/ask-for-an-assessment", {
      ...signedOut,
      "POST /api/v1/public/assessment-requests": () =>
        json(
          {
            reference: "req-1",
            received_on: "2026-03-02",
            decision_due_on: "2026-04-13",
            message: "We have your request.",
            upload_token: "t0ken",
            upload_token_expires_at: "2026-03-03T10:00:00Z",
          },
          201,
        ),
      "POST /api/v1/public/assessment-requests/req-1/documents": () => {
        accepted += 1;
        return accepted === 1
          ? json(
              documentBody({ id: "d-1", file_name: "speech-report.pdf", uploaded_by: null }),
              201,
            )
          : problem({ title: "Not found", status: 404 });
      },
    });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.click(await screen.findByRole("button", { name: "Send request" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();
    expect(screen.getByText(/until Tuesday 3 March at 10:00\s?am/)).toBeVisible();

    await user.upload(
      screen.getByLabelText("Add a document"),
      aFile("speech-report.pdf", "application/pdf"),
    );
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByTestId("documents-added")).toHaveTextContent("speech-report.pdf");
    const upload = requests.find((r) => r.url.includes("/documents"))!;
    expect(upload.headers.get("X-Upload-Token")).toBe("t0ken");
    expect(new URL(upload.url).searchParams.get("name")).toBe("speech-report.pdf");

    // A day later the token is spent: the family is told how else to send it.
    await user.upload(
      screen.getByLabelText("Add a document"),
      aFile("late.pdf", "application/pdf"),
    );
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Documents can no longer be added here",
    );
  });

  test("shows the server's problems beside the questions", async () => {
    const user = userEvent.setup();
    renderApp("/ask-for-an-assessment", {
      ...signedOut,
      "POST /api/v1/public/assessment-requests": () =>
        problem({
          type: "https://ehc-hub.example/problems/validation",
          title: "Some of the information is not valid",
          status: 422,
          errors: [
            { field: "parent.email", code: "invalid_email", message: "Enter a real email address" },
          ],
        }),
    });
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.click(await screen.findByRole("button", { name: "Send request" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter a real email address" }),
    ).toHaveAttribute("href", "#parent-email");
    // Back on the questions, with what was typed.
    const email = await screen.findByLabelText("Your email address");
    expect(email).toHaveValue("jo@example.org");
    expect(email).toHaveAccessibleDescription(/Error: Enter a real email address/);
  });

  test("is linked from the signed-out home page", async () => {
    renderApp("/", {
      ...signedOut,
      "GET /readyz": () => json({ status: "ready", database: "sqlite" }),
    });
    expect(
      await screen.findByRole("link", { name: "Ask for an EHC needs assessment" }, ARRIVAL),
    ).toHaveAttribute("href", "/ask-for-an-assessment");
  });
});
