import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { aFile, fileRefused, photoBody } from "../../../test/documents";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import type { CaseSummary } from "./queries";

const ARRIVAL = { timeout: 5000 };

const coordinator = () => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  id: "c0000000-0000-4000-8000-000000000001",
  email: "coordinator@example.org",
  display_name: "Chris Okafor",
  role: "case_coordinator",
  role_label: "Case co-ordinator",
});

function caseFile(change: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: "case-1",
    case_ref: "EHC-2026-000007",
    stage: "assessment",
    stage_label: "Assessment",
    stage_bar: [
      { label: "Request", state: "done" },
      { label: "Decision to assess", state: "done" },
      { label: "Assessment", state: "current" },
      { label: "Decision to issue", state: "not_reached" },
      { label: "Draft plan", state: "not_reached" },
      { label: "Final plan", state: "not_reached" },
    ],
    child: {
      given_names: "Alex",
      family_name: "Smith",
      born_on: "2018-03-27",
      looked_after: false,
      parental_responsibility: "",
      preferred_language: "",
      setting: { id: "s1", name: "Riverside Primary School" },
      photo: null,
      version: 4,
    },
    coordinator: { id: coordinator().id, name: "Chris Okafor" },
    request_received_on: "2026-03-02",
    next_deadline: { id: "D2", due: "2026-04-20" },
    what_next: {
      where_now:
        "The local authority is gathering advice about your child from the people who know them.",
      next: {
        deadline: "D2",
        who: "advisers",
        who_label: "The professionals asked for advice",
        due: "2026-04-20",
        days_left: 19,
        overdue: false,
        sentence: "Advice from the professionals asked is due by 20 April 2026 (in 19 days).",
        exception: null,
      },
    },
    ...change,
  };
}

function server(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(coordinator()),
    "GET /api/v1/auth/session": () => json(coordinator().session),
    "GET /api/v1/cases/case-1": () => json(caseFile()),
    "GET /api/v1/cases/case-1/deadlines": () =>
      json({
        case_id: "case-1",
        case_ref: "EHC-2026-000007",
        today: "2026-04-01",
        items: [
          {
            id: "D1",
            name: "Decision whether to assess",
            anchor: "the request",
            anchor_on: "2026-03-02",
            due: "2026-04-13",
            status: "met",
            met_on: "2026-03-20",
            days_left: 12,
            source: "SEND Regulations 2014, reg 4(1)",
            advisory: false,
            summary:
              "Decision whether to assess: done on 20 March 2026 (the last day was 13 April 2026)",
          },
          {
            id: "D2",
            name: "Advice from the educational psychologist",
            anchor: "the request for advice",
            anchor_on: "2026-03-02",
            due: "2026-03-30",
            status: "overdue",
            days_left: -2,
            source: "SEND Regulations 2014, reg 8(1)",
            advisory: false,
            summary:
              "Advice from the educational psychologist was due by 30 March 2026 (2 days ago)",
          },
        ],
      }),
    "GET /api/v1/cases/case-1/access": () =>
      json({
        items: [
          {
            kind: "family",
            id: "f1",
            name: "Pat Taylor",
            granted_by: { id: coordinator().id, name: "Chris Okafor" },
            granted_at: "2026-03-20T10:00:00Z",
          },
        ],
      }),
    "GET /api/v1/cases/case-1/timeline": () =>
      json({
        items: [
          {
            id: "t2",
            at: "2026-03-20T10:00:00Z",
            by: { id: coordinator().id, name: "Chris Okafor" },
            kind: "case.decision",
            summary: "Decided to carry out an EHC needs assessment (notified 20 March 2026).",
          },
          {
            id: "t1",
            at: "2026-03-02T09:00:00Z",
            by: null,
            kind: "request.received",
            summary: "Request for assessment received online on 2 March 2026",
          },
        ],
      }),
    ...extra,
  };
}

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

describe("the case file", { timeout: 20_000 }, () => {
  test("announces each step of the stage bar with its state", async () => {
    renderApp("/cases/case-1", server());
    const heading = await screen.findByRole("heading", { level: 1 }, ARRIVAL);
    expect(heading).toHaveTextContent("Case EHC-2026-000007Alex Smith");
    const bar = screen.getByRole("list", { name: "Stages of the case" });
    const steps = within(bar).getAllByRole("listitem");
    expect(steps.map((step) => step.textContent)).toEqual([
      "Request: Done",
      "Decision to assess: Done",
      "Assessment: Current stage",
      "Decision to issue: Not reached yet",
      "Draft plan: Not reached yet",
      "Final plan: Not reached yet",
    ]);
    expect(steps[2]).toHaveAttribute("aria-current", "step");
    expect(steps.filter((step) => step.hasAttribute("aria-current"))).toHaveLength(1);
    await waitFor(() => expect(document.title).toMatch(/^Alex Smith – EHC-2026-000007 – /));
  });

  test("shows the deadlines as sentences with their state, who has access and the timeline", async () => {
    renderApp("/cases/case-1", server());
    const deadlines = await screen.findByTestId("deadlines", {}, ARRIVAL);
    const rows = within(deadlines).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("Decision whether to assess: done on 20 March 2026");
    expect(within(rows[0]!).getByText("Met")).toHaveClass("govuk-tag--green");
    expect(within(rows[1]!).getByText("Overdue")).toHaveClass("govuk-tag--red");
    // The next deadline is named in words.
    expect(
      await within(screen.getByTestId("case")).findByText(
        "Advice from the educational psychologist, due by 20 April 2026",
      ),
    ).toBeVisible();
    const access = await screen.findByTestId("access");
    expect(access).toHaveTextContent("Pat Taylor");
    expect(
      // (jsdom's accessible name drops the space before the hidden words)
      within(access).getByRole("link", { name: /^Remove access ?for Pat Taylor$/ }),
    ).toHaveAttribute("href", "/cases/case-1/access/family/f1/remove");
    const timeline = await screen.findByRole("list", { name: "Timeline, newest first" });
    const entries = within(timeline).getAllByRole("listitem");
    expect(entries[0]).toHaveTextContent("Decided to carry out an EHC needs assessment");
    expect(entries[0]).toHaveTextContent("Chris Okafor");
  });

  test("tells the family what happens next, by when, who does it and any exception", async () => {
    const family = caseFile({
      stage: "consultation",
      what_next: {
        where_now: "The draft EHC plan is with you for your comments.",
        next: {
          deadline: "D5",
          who: "you",
          who_label: "You",
          due: "2027-03-17",
          days_left: 9,
          overdue: false,
          sentence: "Your comments on the draft plan are due by 17 March 2027 (in 9 days).",
          exception: "There is an exception to this deadline, so it may take longer: the reason.",
        },
      },
    });
    renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/me": () => json(demoMe(new Date(Date.now() + 30 * 60_000))),
        "GET /api/v1/cases/case-1": () => json(family),
      }),
    );
    const section = await screen.findByTestId("what-next", {}, ARRIVAL);
    expect(within(section).getByRole("heading", { name: "What happens next" })).toBeVisible();
    expect(section).toHaveTextContent("The draft EHC plan is with you for your comments.");
    expect(section).toHaveTextContent(
      "Your comments on the draft plan are due by 17 March 2027 (in 9 days).",
    );
    expect(section).toHaveTextContent("This is for you to do.");
    expect(within(section).getByTestId("what-next-exception")).toHaveTextContent(
      "There is an exception to this deadline",
    );
  });

  test("offers changes only to co-ordinators", async () => {
    renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/me": () => json(demoMe(new Date(Date.now() + 30 * 60_000))),
        "GET /api/v1/cases/case-1/access": () =>
          problem({ type: "about:blank", title: "Not Found", status: 404 }),
      }),
    );
    await screen.findByRole("heading", { level: 1 }, ARRIVAL);
    expect(await screen.findByTestId("deadlines")).toBeVisible();
    expect(await screen.findByTestId("timeline")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Record a decision" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Correct/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "People with access" })).not.toBeInTheDocument();
  });
});

describe("a co-ordinator changing the case", { timeout: 20_000 }, () => {
  test("adds the child's photo, which then shows in the child's details", async () => {
    const user = userEvent.setup();
    const photo = photoBody({ id: "d-face", section: "child_photo", file_name: "alex.jpg" });
    let stored: CaseSummary = caseFile();
    const { requests } = renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/cases/case-1": () => json(stored),
        "POST /api/v1/cases/case-1/documents": () => {
          stored = caseFile({ child: { ...caseFile().child!, photo } });
          return json(photo, 201);
        },
      }),
    );
    const child = await screen.findByTestId("child", {}, ARRIVAL);
    expect(within(child).getByText("None added")).toBeVisible();
    const add = await within(child).findByRole("link", { name: /^Add/ });
    expect(add).toHaveTextContent("Add the child's photo");
    await user.click(add);

    const input = await screen.findByLabelText("Upload a photo", {}, ARRIVAL);
    expect(
      screen.getByRole("heading", { level: 1, name: "Add a photo of the child or young person" }),
    ).toBeVisible();
    expect(input.getAttribute("accept")).toContain("image/jpeg");
    expect(input.getAttribute("accept")).not.toContain("image/heic");
    expect(input.getAttribute("accept")).not.toContain("video/");
    await user.upload(input, aFile("alex.jpg", "image/jpeg"));
    await user.click(screen.getByRole("button", { name: "Upload photo" }));

    expect(await screen.findByText("alex.jpg added", {}, ARRIVAL)).toBeVisible();
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).searchParams.get("section")).toBe("child_photo");
    const shown = await within(await screen.findByTestId("child")).findByRole("img", {
      name: "Alex Smith",
    });
    expect(shown).toHaveAttribute("src", "/api/v1/documents/d-face/content");
    expect(
      within(screen.getByTestId("child")).getByRole("link", { name: /^Change/ }),
    ).toHaveTextContent("Change the child's photo");
  });

  test("a file that is not a picture is refused as the child's photo with the server's words", async () => {
    const user = userEvent.setup();
    const message = "The child's photo must be a JPEG, PNG, GIF or WebP picture";
    renderApp(
      "/cases/case-1/documents/new?section=child_photo",
      server({
        "POST /api/v1/cases/case-1/documents": () => fileRefused(415, "not_a_photo", message),
      }),
    );
    const input = await screen.findByLabelText("Upload a photo", {}, ARRIVAL);
    await user.upload(input, aFile("report.jpg", "image/jpeg", "%PDF-1.7"));
    await user.click(screen.getByRole("button", { name: "Upload photo" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute("href", "#file");
  });

  test("a decision the case cannot take shows the server's reason", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/decision",
      server({
        "GET /api/v1/cases/case-1": () =>
          json(caseFile({ stage: "awaiting_assessment_decision", stage_label: "Deciding" })),
        "POST /api/v1/cases/case-1/decisions": () =>
          problem({
            type: "https://ehc-hub.example/problems/conflict",
            title: "Conflict",
            status: 409,
            detail: "A decision whether to assess has already been recorded.",
          }),
      }),
    );
    // Only the decisions that fit the stage are offered.
    await screen.findByRole("radio", { name: "To carry out an EHC needs assessment" }, ARRIVAL);
    expect(screen.getAllByRole("radio")).toHaveLength(2);

    await user.click(
      screen.getByRole("radio", { name: "Not to carry out an EHC needs assessment" }),
    );
    await user.click(screen.getByRole("button", { name: "Record the decision" }));
    // Reasons are needed for "not to".
    expect(await screen.findByRole("alert")).toHaveTextContent("Give the reasons for the decision");
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.type(screen.getByRole("textbox", { name: "Reasons" }), "Needs are met at school.");
    await user.click(screen.getByRole("button", { name: "Record the decision" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "A decision whether to assess has already been recorded.",
      ),
    );
    const post = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(post)).toEqual({
      decision: "not_to_assess",
      reasons: "Needs are met at school.",
      decided_on: null,
    });
  });

  test("correcting the child sends If-Match with the child's version and stops on 412", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/child",
      server({
        "GET /api/v1/education-settings": () =>
          json({ items: [{ id: "s1", name: "Riverside Primary School", urn: "900001" }] }),
        "PUT /api/v1/cases/case-1/child": () =>
          problem({ type: "about:blank", title: "Precondition Failed", status: 412 }),
      }),
    );
    const first = await screen.findByRole("textbox", { name: "First name" }, ARRIVAL);
    expect(first).toHaveValue("Alex");
    await user.clear(first);
    await user.type(first, "Alexander");
    await user.click(screen.getByRole("button", { name: "Save the corrections" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Someone else changed the child's details after you opened this page, so nothing was changed.",
    );
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"4"');
    expect(await bodyOf(put)).toMatchObject({
      given_names: "Alexander",
      born_on: "2018-03-27",
      setting_id: "s1",
    });
  });

  test("gives a family member access after finding them", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp(
      "/cases/case-1/access/new",
      server({
        "GET /api/v1/users": () =>
          json({
            items: [
              {
                id: "f2",
                display_name: "Sian Evans",
                email: "sian@example.org",
                status: "active",
                settings: [],
              },
            ],
          }),
        "POST /api/v1/cases/case-1/access": () => json({ items: [] }),
      }),
    );
    await user.click(
      await screen.findByRole("radio", { name: "A parent, carer or young person" }, ARRIVAL),
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.type(await screen.findByRole("searchbox"), "sian");
    await user.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(router.state.location.search).toBe("?kind=family&q=sian"));
    await user.click(await screen.findByRole("radio", { name: "Sian Evans" }));
    await user.click(screen.getByRole("button", { name: "Give access" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/cases/case-1"));
    const search = new URL(requests.filter((r) => r.url.includes("/api/v1/users")).at(-1)!.url);
    expect(Object.fromEntries(search.searchParams)).toEqual({
      role: "family",
      limit: "25",
      q: "sian",
    });
    const grant = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(grant)).toEqual({ kind: "family", id: "f2" });
    expect(await screen.findByText("Sian Evans can now see this case.")).toBeVisible();
  });
});

describe("the list of cases", { timeout: 20_000 }, () => {
  test("pages on with the cursor in the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp(
      "/cases",
      server({
        "GET /api/v1/cases": (request) => {
          const cursor = new URL(request.url).searchParams.get("cursor");
          if (cursor === "EHC-2026-000007") {
            return json({
              items: [
                {
                  id: "case-2",
                  case_ref: "EHC-2026-000008",
                  stage: "assessment",
                  stage_label: "Assessment",
                  child_name: "Ruby Evans",
                },
              ],
            });
          }
          return json({
            items: [
              {
                id: "case-1",
                case_ref: "EHC-2026-000007",
                stage: "assessment",
                stage_label: "Assessment",
                child_name: "Alex Smith",
                next_deadline: { id: "D2", due: "2026-04-20" },
              },
            ],
            next_cursor: "EHC-2026-000007",
          });
        },
      }),
    );
    const table = await screen.findByRole("table", {}, ARRIVAL);
    expect(within(table).getByRole("link", { name: "EHC-2026-000007" })).toHaveAttribute(
      "href",
      "/cases/case-1",
    );
    expect(within(table).getByText("20 April 2026")).toBeInTheDocument();
    // The header offers the cases to everyone signed in, and requests to co-ordinators.
    const nav = screen.getByRole("navigation", { name: "Case work" });
    expect(within(nav).getByRole("link", { name: "Cases" })).toHaveAttribute("href", "/cases");
    expect(within(nav).getByRole("link", { name: "Requests" })).toHaveAttribute(
      "href",
      "/requests",
    );

    await user.click(screen.getByRole("link", { name: "Next page" }));
    expect(await within(await screen.findByRole("table")).findByText("Ruby Evans")).toBeVisible();
    expect(router.state.location.search).toBe("?cursor=EHC-2026-000007");
  });
});
