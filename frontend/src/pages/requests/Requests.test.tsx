import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { formatTime } from "../../app/format";
import { emptyContent, type AssessmentRequest, type RequestContent } from "./content";
import { AUTOSAVE_DELAY_MS } from "../../autosave/useAutosave";

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
    setting: { id: "s1", name: "Riverside Primary School" },
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
    // The draft as it stands, as a PDF the browser saves (not a page of the app).
    const pdf = screen.getByRole("link", { name: "Download this request as a PDF" });
    expect(pdf).toHaveAttribute("href", "/api/v1/assessment-requests/r1/pdf");
    expect(pdf).toHaveAttribute("download");
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

const JORDAN = { id: "b1c2d3e4-0000-4000-8000-000000000002", name: "Jordan Reid" };
const KIM = { id: "b1c2d3e4-0000-4000-8000-000000000003", name: "Kim Lee" };
const ALEX = { ...emptyContent().child, given_names: "Alex", family_name: "Smith" };

describe("co-authors of a draft", { timeout: 20_000 }, () => {
  test("the author removes a co-author after confirming, and is told so", async () => {
    const user = userEvent.setup();
    let coAuthors = [JORDAN, KIM];
    const { requests, router } = renderApp("/requests/r1", {
      ...signedIn(),
      "GET /api/v1/assessment-requests/r1": () =>
        json({ ...draft(2, { child: ALEX }), co_authors: coAuthors }),
      [`DELETE /api/v1/assessment-requests/r1/co-authors/${JORDAN.id}`]: () => {
        coAuthors = [KIM];
        return new Response(null, { status: 204 });
      },
    });
    const people = await screen.findByTestId("people", undefined, ARRIVAL);
    expect(within(people).getByText("Sam Patel (you)")).toBeVisible();
    expect(within(people).getAllByRole("link", { name: /^Remove/ })).toHaveLength(2);
    await user.click(
      within(people).getByRole("link", { name: /^Remove ?Jordan Reid as a co-author$/ }),
    );

    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Are you sure you want to remove Jordan Reid as a co-author?" },
        ARRIVAL,
      ),
    ).toBeVisible();
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    const confirm = screen.getByRole("button", { name: "Yes, remove Jordan Reid" });
    expect(confirm).toHaveClass("govuk-button--warning");
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe("/requests/r1"));
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
    expect(
      await screen.findByText(
        "Jordan Reid has been removed as a co-author. They can no longer see this draft.",
      ),
    ).toBeVisible();
    const after = screen.getByTestId("people");
    expect(within(after).queryByText("Jordan Reid")).not.toBeInTheDocument();
    expect(within(after).getByText("Kim Lee")).toBeVisible();
  });

  test("a co-author can stop being one, but cannot remove anyone else", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests/r1", {
      ...signedIn(),
      "GET /api/v1/me": () =>
        json({ ...me(), id: JORDAN.id, display_name: JORDAN.name, email: "head@example.org" }),
      "GET /api/v1/assessment-requests/r1": () =>
        json({ ...draft(2, { child: ALEX }), co_authors: [JORDAN, KIM] }),
      [`DELETE /api/v1/assessment-requests/r1/co-authors/${JORDAN.id}`]: () =>
        new Response(null, { status: 204 }),
      "GET /api/v1/assessment-requests": () => json({ drafts: [], sent: [], waiting: [] }),
    });
    const people = await screen.findByTestId("people", undefined, ARRIVAL);
    expect(within(people).getByText("Jordan Reid (you)")).toBeVisible();
    expect(within(people).queryByRole("link", { name: /^Remove/ })).not.toBeInTheDocument();
    expect(within(people).getAllByRole("link")).toHaveLength(1);
    await user.click(within(people).getByRole("link", { name: "Stop being a co-author" }));

    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: /Are you sure you want to stop being a co-author\?/ },
        ARRIVAL,
      ),
    ).toBeVisible();
    expect(screen.getByText(/Sam Patel can invite you again/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Yes, stop being a co-author" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/requests"));
    const removal = requests.find((r) => r.method === "DELETE")!;
    expect(new URL(removal.url).pathname).toBe(
      `/api/v1/assessment-requests/r1/co-authors/${JORDAN.id}`,
    );
    expect(
      await screen.findByText("You are no longer a co-author of the draft request for Alex Smith."),
    ).toBeVisible();
  });
});

describe("the setting a request comes from", { timeout: 20_000 }, () => {
  const created = (request: Request) =>
    bodyOf<{ setting_id: string | null }>(request).then((body) =>
      json(
        {
          ...draft(1),
          setting_id: body.setting_id ?? "s1",
          setting:
            body.setting_id === "s2"
              ? { id: "s2", name: "Northgate Academy" }
              : { id: "s1", name: "Riverside Primary School" },
        },
        201,
      ),
    );

  test("someone who works in one setting is not asked", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests", {
      ...signedIn(),
      "GET /api/v1/assessment-requests": () => json({ drafts: [], sent: [], waiting: [] }),
      "POST /api/v1/assessment-requests": created,
      "GET /api/v1/assessment-requests/r1": () => json(draft(1)),
    });
    await user.click(await screen.findByRole("button", { name: "Start a new request" }, ARRIVAL));
    await waitFor(() => expect(router.state.location.pathname).toBe("/requests/r1"));
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    const post = requests.find((r) => r.method === "POST")!;
    expect((await bodyOf<{ setting_id: string | null }>(post)).setting_id).toBeNull();
    await screen.findByTestId("sections-done", undefined, ARRIVAL);
    expect(screen.getByText("Riverside Primary School")).toBeVisible();
    expect(
      screen.queryByRole("link", { name: /^Change ?the school, college or nursery$/ }),
    ).not.toBeInTheDocument();
  });

  test("someone who works in two chooses one first, and must choose", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests", {
      ...signedIn(),
      "GET /api/v1/me": () =>
        json({
          ...me(),
          settings: [
            { id: "s2", name: "Northgate Academy" },
            { id: "s1", name: "Riverside Primary School" },
          ],
        }),
      "GET /api/v1/assessment-requests": () => json({ drafts: [], sent: [], waiting: [] }),
      "POST /api/v1/assessment-requests": created,
    });
    await user.click(await screen.findByRole("button", { name: "Start a new request" }, ARRIVAL));
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Which school, college or nursery is this request from?" },
        ARRIVAL,
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/requests/new");
    const question = screen.getByRole("group", {
      name: "Which school, college or nursery is this request from?",
    });
    expect(
      within(question)
        .getAllByRole("radio")
        .map((r) => r.closest("div")!.textContent),
    ).toEqual(["Northgate Academy", "Riverside Primary School"]);

    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "Select the school, college or nursery the request is from",
      }),
    ).toHaveAttribute("href", "#setting_id");
    expect(question).toHaveAccessibleDescription(
      expect.stringContaining("Error: Select the school, college or nursery the request is from"),
    );
    expect(document.title).toMatch(/^Error: /);
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(screen.getByRole("radio", { name: "Northgate Academy" }));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/requests/r1"));
    const post = requests.find((r) => r.method === "POST")!;
    expect((await bodyOf<{ setting_id: string | null }>(post)).setting_id).toBe("s2");
    expect(post.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    await screen.findByTestId("sections-done", undefined, ARRIVAL);
    expect(screen.getByText("Northgate Academy")).toBeVisible();
    expect(
      screen.getByRole("link", { name: /^Change ?the school, college or nursery$/ }),
    ).toHaveAttribute("href", "/requests/r1/setting");
  });

  test("changing the setting of a draft saves it under If-Match and goes back", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/requests/r1", {
      ...signedIn(),
      "GET /api/v1/me": () =>
        json({
          ...me(),
          settings: [
            { id: "s2", name: "Northgate Academy" },
            { id: "s1", name: "Riverside Primary School" },
          ],
        }),
      "GET /api/v1/assessment-requests/r1": () => json(draft(3, { concerns: "Speech" })),
      "PUT /api/v1/assessment-requests/r1": () =>
        json({ ...draft(4), setting_id: "s2", setting: { id: "s2", name: "Northgate Academy" } }),
    });
    await user.click(
      await screen.findByRole(
        "link",
        { name: /^Change ?the school, college or nursery$/ },
        ARRIVAL,
      ),
    );
    const chosen = await screen.findByRole("radio", { name: "Riverside Primary School" }, ARRIVAL);
    expect(chosen).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Northgate Academy" }));
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/requests/r1"));
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    const body = await bodyOf<{ setting_id: string; content: RequestContent }>(put);
    expect(body.setting_id).toBe("s2");
    expect(body.content.concerns).toBe("Speech");
  });

  test("check your answers shows the setting, and a missing one links to choosing it", async () => {
    const user = userEvent.setup();
    renderApp("/requests/r1/check", {
      ...signedIn(),
      "GET /api/v1/me": () =>
        json({
          ...me(),
          settings: [
            { id: "s2", name: "Northgate Academy" },
            { id: "s1", name: "Riverside Primary School" },
          ],
        }),
      "GET /api/v1/assessment-requests/r1": () =>
        json({ ...draft(4), setting_id: null, setting: null }),
      "POST /api/v1/assessment-requests/r1/submit": () =>
        problem({
          type: "https://ehc-hub.example/problems/validation",
          title: "Some of the information is not valid",
          status: 422,
          errors: [
            {
              field: "setting_id",
              code: "required",
              message: "Choose the school, college or nursery the request comes from",
            },
          ],
        }),
    });
    const setting = await screen.findByTestId("setting", undefined, ARRIVAL);
    expect(setting).toHaveTextContent("Not chosen yet");
    await user.click(screen.getByRole("button", { name: "Send the request" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "Choose the school, college or nursery the request comes from",
      }),
    ).toHaveAttribute("href", "/requests/r1/setting#setting_id");
  });
});
