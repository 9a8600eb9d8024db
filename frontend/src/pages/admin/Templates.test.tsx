import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
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

const DEFAULT = {
  subject: "Advice requested for ((case_reference))",
  body: "Please give your ((advice_type)) advice by ((due_date)):\n((sign_in_link))",
};

function adviceRequested(wording = DEFAULT) {
  return {
    key: "advice_requested",
    channel: "email",
    always_sent: false,
    placeholders: ["case_reference", "advice_type", "due_date", "sign_in_link"],
    default_wording: DEFAULT,
    wording,
    customised: wording !== DEFAULT,
  };
}

const signInCode = {
  key: "sign_in_code",
  channel: "sms",
  always_sent: true,
  placeholders: ["code", "minutes_valid", "la_name"],
  default_wording: { subject: "Your EHC hub sign-in code", body: "((code)) is your code." },
  wording: { subject: "Your EHC hub sign-in code", body: "((code)) is your code." },
  customised: false,
};

const EXAMPLES: Record<string, string> = {
  case_reference: "EHC-2026-000042",
  advice_type: "educational psychology",
  due_date: "3 March 2027",
  sign_in_link: "https://ehc.example.gov.uk/sign-in",
};

const unknownPlaceholder = (field: string, name: string) =>
  problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "Some of the information is not valid",
    status: 422,
    errors: [
      {
        field,
        code: "invalid_wording",
        message: `'((${name}))' is not a placeholder this message may use`,
      },
    ],
  });

async function bodyOf(request: Request): Promise<{ subject: string; body: string }> {
  return JSON.parse(await request.clone().text()) as { subject: string; body: string };
}

/** A server like the real one: it refuses unknown placeholders and fills in examples. */
function templateServer() {
  let current = adviceRequested();
  const check = (wording: { subject: string; body: string }) => {
    for (const [field, text] of Object.entries(wording)) {
      for (const [, name] of text.matchAll(/\(\(([a-z_]+)\)\)/g)) {
        if (!(name! in EXAMPLES)) return unknownPlaceholder(field, name!);
      }
    }
    return null;
  };
  const fill = (text: string) => text.replace(/\(\(([a-z_]+)\)\)/g, (_, n: string) => EXAMPLES[n]!);
  const handlers: Record<string, Handler> = {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(admin()),
    "GET /api/v1/auth/session": () => json(admin().session),
    "GET /api/v1/admin/message-templates": () => json({ items: [current, signInCode] }),
    "POST /api/v1/admin/message-templates/advice_requested/preview": async (request) => {
      const wording = await bodyOf(request);
      return check(wording) ?? json({ subject: fill(wording.subject), body: fill(wording.body) });
    },
    "PUT /api/v1/admin/message-templates/advice_requested": async (request) => {
      const wording = await bodyOf(request);
      const refused = check(wording);
      if (refused) return refused;
      current = adviceRequested(wording);
      return json(current);
    },
    "DELETE /api/v1/admin/message-templates/advice_requested": () => {
      current = adviceRequested();
      return json(current);
    },
  };
  return handlers;
}

describe("message templates", { timeout: 15_000 }, () => {
  test("lists every message type with its subject and a link to change it", async () => {
    renderApp("/admin/templates", templateServer());
    expect(
      await screen.findByRole("heading", { level: 1, name: "Message templates" }, ARRIVAL),
    ).toBeVisible();
    expect(await screen.findByText("Advice requested for ((case_reference))")).toBeVisible();
    expect(screen.getByText("Text message, always sent (about security)")).toBeVisible();
    expect(
      screen.getByRole("link", { name: /^Change ?the wording of Advice requested$/ }),
    ).toHaveAttribute("href", "/admin/templates/advice_requested");
    expect(screen.getByRole("navigation", { name: "Administration" })).toContainElement(
      screen.getByRole("link", { name: "Templates" }),
    );
  });

  test("the preview follows the typing, filled with example values", async () => {
    const user = userEvent.setup();
    renderApp("/admin/templates/advice_requested", templateServer());
    expect(
      await screen.findByRole("heading", { level: 1, name: /Advice requested/ }, ARRIVAL),
    ).toBeVisible();
    expect(screen.getByText("Changes take effect from the next message.")).toBeVisible();
    const placeholders = screen.getByRole("list", { name: /may use only these/ });
    expect(within(placeholders).getAllByRole("listitem")).toHaveLength(4);
    expect(placeholders).toHaveTextContent("((due_date)) – the date something is due");

    const preview = screen.getByRole("region", { name: "Preview" });
    expect(await within(preview).findByText("Advice requested for EHC-2026-000042")).toBeVisible();

    const subject = screen.getByLabelText("Subject");
    await user.clear(subject);
    await user.click(subject);
    await user.paste("Your advice is needed by ((due_date))");
    expect(await within(preview).findByText("Your advice is needed by 3 March 2027")).toBeVisible();

    // A placeholder this message may not use: the preview says why, nothing is saved.
    await user.click(screen.getByLabelText("Message"));
    await user.paste(" for ((child_name))");
    expect(
      await within(preview).findByText(/'\(\(child_name\)\)' is not a placeholder/),
    ).toBeVisible();
  });

  test("saving shows the server's errors beside the field, then saves and says when it applies", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp("/admin/templates/advice_requested", templateServer());
    const subject = await screen.findByLabelText("Subject", {}, ARRIVAL);
    await user.clear(subject);
    await user.click(subject);
    await user.paste("Advice for ((child_name))");
    await user.click(screen.getByRole("button", { name: "Save wording" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "'((child_name))' is not a placeholder this message may use",
      }),
    ).toHaveAttribute("href", "#subject");
    expect(screen.getByLabelText("Subject")).toHaveAccessibleDescription(
      /Error: '\(\(child_name\)\)' is not a placeholder this message may use/,
    );
    expect(document.title).toMatch(/^Error: /);

    await user.clear(screen.getByLabelText("Subject"));
    await user.click(screen.getByLabelText("Subject"));
    await user.paste("Advice needed for ((case_reference))");
    await user.click(screen.getByRole("button", { name: "Save wording" }));
    expect(
      await screen.findByText("The wording of “Advice requested” has been saved."),
    ).toBeVisible();
    expect(screen.getByText(/It takes effect from the next message/)).toBeVisible();
    expect(router.state.location.pathname).toBe("/admin/templates");
    expect(await screen.findByText("Advice needed for ((case_reference))")).toBeVisible();
    expect(screen.getByText("Changed")).toBeVisible();
    const put = requests.filter((r) => r.method === "PUT").at(-1)!;
    expect(await bodyOf(put)).toEqual({
      subject: "Advice needed for ((case_reference))",
      body: DEFAULT.body,
    });
  });

  test("a changed message can go back to its default wording, after asking", async () => {
    const user = userEvent.setup();
    const handlers = templateServer();
    const { requests } = renderApp("/admin/templates/advice_requested", handlers);
    // Nothing to reset until the wording has been changed.
    await screen.findByLabelText("Subject", {}, ARRIVAL);
    expect(
      screen.queryByRole("button", { name: "Reset to the default wording" }),
    ).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Subject"), " now");
    await user.click(screen.getByRole("button", { name: "Save wording" }));
    await user.click(
      await screen.findByRole("link", { name: /^Change ?the wording of Advice requested$/ }),
    );
    await user.click(await screen.findByRole("button", { name: "Reset to the default wording" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you sure you want to go back to the default wording of “Advice requested”?",
      }),
    ).toBeVisible();
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, use the default wording" }));
    expect(
      await screen.findByText("“Advice requested” is back to its default wording."),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText("Changed")).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
  });
});
