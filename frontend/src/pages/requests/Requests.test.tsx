import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { formatTime } from "../../app/format";
import { emptyContent, type AssessmentRequest, type RequestContent } from "./content";
import { AUTOSAVE_DELAY_MS } from "./useAutosave";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };
/** Long enough for the autosave's pause and its answer. */
const AFTER_AUTOSAVE = { timeout: AUTOSAVE_DELAY_MS + 3000 };

const me = () => demoMe(new Date(Date.now() + 30 * 60_000));

/** When the draft was last saved before the page opened. */
const EARLIER = "2026-01-05T09:00:00Z";

function draft(version: number, content: Partial<RequestContent> = {}): AssessmentRequest {
  return {
    id: "r1",
    status: "draft",
    status_label: "Draft",
    route: "setting",
    author: { id: "a02f6dc9-d706-44e3-af38-8f0d9a3ca3e3", name: "Sam Patel" },
    co_authors: [],
    setting_id: "s1",
    content: { ...emptyContent(), ...content },
    received_on: null,
    received_via: null,
    decision_due_on: null,
    submitted_at: null,
    case_id: null,
    updated_at: EARLIER,
    version,
  };
}

function signedIn(): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me()),
    "GET /api/v1/auth/session": () => json(me().session),
  };
}

async function bodyOf<T>(request: Request): Promise<T> {
  return JSON.parse(await request.clone().text()) as T;
}

const puts = (requests: Request[]) => requests.filter((r) => r.method === "PUT");

describe("a draft's section page", { timeout: 20_000 }, () => {
  test("autosaves after a pause with If-Match from the last save and says when", async () => {
    const user = userEvent.setup();
    let version = 3;
    const savedAt = new Date().toISOString();
    const { requests } = renderApp("/requests/r1/concerns", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () => json(draft(version)),
      "PUT /api/v1/assessment-requests/r1": async (request) => {
        const body = await bodyOf<{ content: RequestContent }>(request);
        version += 1;
        return json({ ...draft(version, body.content), updated_at: savedAt });
      },
    });
    const concerns = await screen.findByRole(
      "textbox",
      { name: "Why are you asking for an assessment?" },
      ARRIVAL,
    );
    await user.type(concerns, "Finds it hard to speak in class");

    const status = screen.getByTestId("autosave-status");
    expect(status).toHaveAttribute("role", "status");
    expect(status).toHaveTextContent(`Saved at ${formatTime(EARLIER)}`);
    await waitFor(
      () => expect(status.textContent).toBe(`Saved at ${formatTime(savedAt)}`),
      AFTER_AUTOSAVE,
    );
    // One save for the whole burst of typing, against the version read.
    expect(puts(requests)).toHaveLength(1);
    const first = puts(requests)[0]!;
    expect(first.headers.get("If-Match")).toBe('"3"');
    expect((await bodyOf<{ content: RequestContent }>(first)).content.concerns).toBe(
      "Finds it hard to speak in class",
    );

    // The next change goes against the version the save returned, at once when
    // the field loses focus.
    await user.type(concerns, ", and is withdrawn.");
    await user.tab();
    await waitFor(() => expect(puts(requests)).toHaveLength(2));
    const second = puts(requests)[1]!;
    expect(second.headers.get("If-Match")).toBe('"4"');
    expect((await bodyOf<{ content: RequestContent }>(second)).content.concerns).toBe(
      "Finds it hard to speak in class, and is withdrawn.",
    );
  });

  test("stops saving when someone else saved first (412), says so and reloads on request", async () => {
    const user = userEvent.setup();
    let theirs = false;
    const { requests } = renderApp("/requests/r1/concerns", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () =>
        json(theirs ? draft(5, { concerns: "Their words" }) : draft(3)),
      "PUT /api/v1/assessment-requests/r1": () => {
        theirs = true;
        return problem({
          type: "https://ehc-hub.example/problems/precondition-failed",
          title: "Precondition Failed",
          status: 412,
          detail: "The resource changed since you read it.",
        });
      },
    });
    const concerns = await screen.findByRole(
      "textbox",
      { name: "Why are you asking for an assessment?" },
      ARRIVAL,
    );
    await user.type(concerns, "My words");
    await user.tab();

    expect(
      await screen.findByText("Someone else has saved this draft since you opened this page."),
    ).toBeVisible();
    expect(screen.getByTestId("autosave-status")).toHaveTextContent(
      "Not saved: someone else has saved this draft.",
    );
    // What was typed is still there to copy.
    expect(screen.getByText("Show what you typed")).toBeInTheDocument();
    expect(concerns).toHaveValue("My words");

    // More typing is not sent: nothing of theirs is overwritten.
    await user.type(concerns, " and more");
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 300));
    expect(puts(requests)).toHaveLength(1);
    expect(puts(requests)[0]!.headers.get("If-Match")).toBe('"3"');

    await user.click(screen.getByRole("button", { name: "Reload the draft" }));
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: "Why are you asking for an assessment?" }),
      ).toHaveValue("Their words"),
    );
    expect(
      screen.queryByText("Someone else has saved this draft since you opened this page."),
    ).not.toBeInTheDocument();
  });
});

describe("checking and sending a draft", { timeout: 20_000 }, () => {
  test("links each missing field to its section, where it is focused and explained", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests/r1/check", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () => json(draft(7, { concerns: "Speech" })),
      "POST /api/v1/assessment-requests/r1/submit": () =>
        problem({
          type: "https://ehc-hub.example/problems/validation",
          title: "Some of the information is not valid",
          status: 422,
          errors: [
            {
              field: "child.given_names",
              code: "required",
              message: "Enter the child or young person's first name",
            },
            {
              field: "support_so_far",
              code: "required",
              message: "Describe the support the setting has put in place and its effect",
            },
          ],
        }),
    });
    await user.click(await screen.findByRole("button", { name: "Send the request" }, ARRIVAL));

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("There is a problem");
    expect(
      within(summary).getByRole("link", { name: "Enter the child or young person's first name" }),
    ).toHaveAttribute("href", "/requests/r1/child#child-given_names");
    expect(
      within(summary).getByRole("link", {
        name: "Describe the support the setting has put in place and its effect",
      }),
    ).toHaveAttribute("href", "/requests/r1/support#support_so_far");

    const submit = requests.find((r) => r.method === "POST")!;
    expect(submit.headers.get("If-Match")).toBe('"7"');
    expect(submit.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);

    await user.click(
      within(summary).getByRole("link", { name: "Enter the child or young person's first name" }),
    );
    const field = await screen.findByRole("textbox", { name: "First name" }, ARRIVAL);
    expect(router.state.location.pathname).toBe("/requests/r1/child");
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription(
      "Error: Enter the child or young person's first name",
    );
  });

  test("sends once with one key and confirms with the decision date", async () => {
    const user = userEvent.setup();
    let sent = 0;
    renderApp("/requests/r1/check", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () => json(draft(7)),
      "POST /api/v1/assessment-requests/r1/submit": () => {
        sent += 1;
        return json({
          id: "r1",
          status: "submitted",
          status_label: "Submitted, waiting for the local authority",
          route: "setting",
          child_name: "Alex Smith",
          received_on: "2026-03-02",
          received_via: "online",
          decision_due_on: "2026-04-13",
          updated_at: new Date().toISOString(),
        });
      },
    });
    const button = await screen.findByRole("button", { name: "Send the request" }, ARRIVAL);
    await user.dblClick(button);
    expect(await screen.findByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();
    expect(screen.getByText("2 March 2026")).toBeVisible();
    expect(screen.getByText("13 April 2026")).toBeVisible();
    expect(sent).toBe(1);
  });
});

describe("the task list", { timeout: 20_000 }, () => {
  test("shows each section's state and the way to check and send", async () => {
    renderApp("/requests/r1", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () =>
        json(
          draft(2, {
            child: {
              ...emptyContent().child,
              given_names: "Alex",
              family_name: "Smith",
              born_on: "2018-03-27",
            },
            concerns: "Speech",
            parent_views: "Worried",
          }),
        ),
    });
    const child = await screen.findByRole("link", { name: "Child or young person" }, ARRIVAL);
    expect(child).toHaveAttribute("href", "/requests/r1/child");
    expect(child).toHaveAccessibleDescription("Completed");
    expect(screen.getByRole("link", { name: "Parent or carer" })).toHaveAccessibleDescription(
      "Not yet started",
    );
    expect(
      screen.getByRole("link", { name: "Views of the child and family" }),
    ).toHaveAccessibleDescription("Optional, but it helps the local authority decide Incomplete");
    expect(screen.getByTestId("sections-done")).toHaveTextContent(
      "You have completed 2 of 6 sections.",
    );
    expect(screen.getByRole("button", { name: "Check your answers" })).toHaveAttribute(
      "href",
      "/requests/r1/check",
    );
  });
});

describe("new requests for co-ordinators", { timeout: 20_000 }, () => {
  const coordinator = () => ({
    ...me(),
    id: "c0000000-0000-4000-8000-000000000001",
    email: "coordinator@example.org",
    display_name: "Chris Okafor",
    role: "case_coordinator",
    role_label: "Case co-ordinator",
  });

  test("registers a request as a case allocated to themself, once", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests/r9/register", {
      ...signedIn(),
      "GET /api/v1/me": () => json(coordinator()),
      "GET /api/v1/assessment-requests/r9": () =>
        json({
          ...draft(1, {
            child: { ...emptyContent().child, given_names: "Ruby", family_name: "Evans" },
          }),
          id: "r9",
          status: "submitted",
          route: "parent",
          received_on: "2026-03-02",
        }),
      "GET /api/v1/users": () =>
        json({
          items: [
            {
              id: "c0000000-0000-4000-8000-000000000002",
              display_name: "Morgan Hughes",
              email: "coordinator2@example.org",
            },
            {
              id: coordinator().id,
              display_name: "Chris Okafor",
              email: "coordinator@example.org",
            },
          ],
        }),
      "POST /api/v1/assessment-requests/r9/register": () =>
        json(
          {
            case_id: "case-1",
            case_ref: "EHC-2026-000007",
            stage: "awaiting_assessment_decision",
            stage_label: "Deciding whether to assess",
          },
          201,
        ),
      "GET /api/v1/cases/case-1": () => problem({ type: "about:blank", title: "x", status: 503 }),
    });
    const mine = await screen.findByRole("radio", { name: "Chris Okafor (you)" }, ARRIVAL);
    // Themself first.
    expect(screen.getAllByRole("radio")[0]).toBe(mine);
    await user.click(mine);
    await user.click(screen.getByRole("button", { name: "Register as a case" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/cases/case-1"));
    const register = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(register)).toEqual({ coordinator_id: coordinator().id });
    expect(register.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    const users = new URL(requests.find((r) => r.url.includes("/api/v1/users"))!.url);
    expect(Object.fromEntries(users.searchParams)).toEqual({
      role: "case_coordinator",
      status: "active",
      limit: "100",
    });
  });
});

describe("recording a request that came by post", { timeout: 20_000 }, () => {
  test("needs the date and how it came, then records it with its received date", async () => {
    const user = userEvent.setup();
    const coordinator = {
      ...me(),
      role: "case_coordinator",
      role_label: "Case co-ordinator",
    };
    const { requests, router } = renderApp("/requests/record", {
      ...signedIn(),
      "GET /api/v1/me": () => json(coordinator),
      "POST /api/v1/assessment-requests": async (request) => {
        const body = await bodyOf<{ content: RequestContent }>(request);
        return json(
          {
            ...draft(1, body.content),
            id: "r5",
            status: "submitted",
            route: "coordinator",
            received_on: "2026-03-02",
            received_via: "post",
          },
          201,
        );
      },
      "GET /api/v1/assessment-requests/r5": () =>
        json({ ...draft(1), id: "r5", status: "submitted", route: "coordinator" }),
    });
    const record = await screen.findByRole("button", { name: "Record the request" }, ARRIVAL);
    await user.click(record);
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter the date the request was received" }),
    ).toHaveAttribute("href", "#received_on-day");
    expect(
      within(summary).getByRole("link", { name: "Select how the request arrived" }),
    ).toHaveAttribute("href", "#received_via");
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    const received = screen.getByRole("group", { name: "Date received" });
    await user.type(within(received).getByLabelText("Day"), "2");
    await user.type(within(received).getByLabelText("Month"), "3");
    await user.type(within(received).getByLabelText("Year"), "2026");
    await user.click(screen.getByRole("radio", { name: "By post" }));
    await user.type(screen.getAllByLabelText("First name")[0]!, "Ruby");
    await user.click(screen.getByRole("button", { name: "Record the request" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/requests/r5"));
    const post = requests.find((r) => r.method === "POST")!;
    const body = await bodyOf<{
      received_on: string;
      received_via: string;
      content: RequestContent;
    }>(post);
    expect(body.received_on).toBe("2026-03-02");
    expect(body.received_via).toBe("post");
    expect(body.content.child.given_names).toBe("Ruby");
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await screen.findByText(
        "The request has been recorded. Register it as a case when you are ready.",
      ),
    ).toBeVisible();
  });
});

describe("deleting a draft", { timeout: 20_000 }, () => {
  test("asks first, then deletes it and says so on the list", async () => {
    const user = userEvent.setup();
    let deleted = false;
    const { router } = renderApp("/requests/r1/delete", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () =>
        json(
          draft(2, {
            child: { ...emptyContent().child, given_names: "Alex", family_name: "Smith" },
          }),
        ),
      "DELETE /api/v1/assessment-requests/r1": () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
      "GET /api/v1/assessment-requests": () => json({ drafts: [], sent: [], waiting: [] }),
    });
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: /Are you sure you want to delete this draft\?/ },
        ARRIVAL,
      ),
    ).toBeVisible();
    expect(deleted).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, delete this draft" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/requests"));
    expect(deleted).toBe(true);
    expect(
      await screen.findByText("The draft request for Alex Smith has been deleted."),
    ).toBeVisible();
    expect(await screen.findByText("You have no draft requests.")).toBeVisible();
  });
});
