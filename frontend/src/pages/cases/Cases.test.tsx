import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { aFile, fileRefused, photoBody } from "../../../test/documents";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import type { CaseListItem, CaseSummary, NoteBody } from "./queries";

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
      year_group: "Year 3",
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
    flags: [],
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

describe("the work trays", { timeout: 30_000 }, () => {
  const COORDINATOR_TRAYS = [
    { tray: "mine", label: "My cases in progress" },
    { tray: "all", label: "All cases" },
    { tray: "unallocated", label: "Unallocated" },
  ];

  function listItem(change: Partial<CaseListItem> = {}): CaseListItem {
    return {
      id: "case-1",
      case_ref: "EHC-2026-000007",
      stage: "assessment",
      stage_label: "Assessment",
      child_name: "Alex Smith",
      next_deadline: {
        id: "D2",
        name: "Advice from the educational psychologist",
        due: "2026-03-30",
        days_left: -2,
        overdue: true,
      },
      updated_at: "2026-03-31T09:00:00Z",
      request_received_on: "2026-03-02",
      flags: ["safeguarding"],
      ...change,
    };
  }

  /** GET /api/v1/cases answering with the tray asked for (the first by default). */
  function trays(
    items: (url: URL) => { items: CaseListItem[]; next_cursor?: string | null },
    all = COORDINATOR_TRAYS,
  ): Handler {
    return (request) => {
      const url = new URL(request.url);
      const asked = url.searchParams.get("tray");
      const tray = all.find((t) => t.tray === asked) ?? all[0]!;
      return json({ ...items(url), tray, trays: all });
    };
  }

  const listRequests = (requests: Request[]) =>
    requests.filter((r) => new URL(r.url).pathname === "/api/v1/cases");
  const lastQuery = (requests: Request[]) =>
    Object.fromEntries(new URL(listRequests(requests).at(-1)!.url).searchParams);
  const addressOf = (router: { state: { location: { search: string } } }) =>
    Object.fromEntries(new URLSearchParams(router.state.location.search));

  test("a co-ordinator switches to all cases, searches, filters and sorts, all kept in the address", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp(
      "/cases",
      server({
        "GET /api/v1/cases": trays(() => ({ items: [listItem()] })),
        "GET /api/v1/education-settings": () =>
          json({
            items: [
              { id: "s1", name: "Riverside Primary School", urn: "900001" },
              { id: "s2", name: "Hilltop Academy", urn: "900002" },
            ],
          }),
      }),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "My cases in progress" }, ARRIVAL),
    ).toBeVisible();
    // The header still offers the cases to everyone and the requests to co-ordinators.
    const header = screen.getByRole("navigation", { name: "Case work" });
    expect(within(header).getByRole("link", { name: "Cases" })).toHaveAttribute("href", "/cases");
    expect(within(header).getByRole("link", { name: "Requests" })).toHaveAttribute(
      "href",
      "/requests",
    );

    const nav = screen.getByRole("navigation", { name: "Work trays" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["My cases in progress", "All cases", "Unallocated"]);
    expect(within(nav).getByRole("link", { name: "My cases in progress" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await user.click(within(nav).getByRole("link", { name: "All cases" }));
    expect(await screen.findByRole("heading", { level: 1, name: "All cases" })).toBeVisible();
    expect(router.state.location.search).toBe("?tray=all");
    await waitFor(() => expect(lastQuery(requests)).toEqual({ tray: "all", limit: "25" }));
    const trayNav = screen.getByRole("navigation", { name: "Work trays" });
    expect(within(trayNav).getByRole("link", { name: "All cases" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(trayNav).getByRole("link", { name: "My cases in progress" })).not.toHaveAttribute(
      "aria-current",
    );

    // The filters fold behind "Filters" (open on wider screens by CSS).
    const filters = screen.getByText("Filters").closest("details")!;
    await user.click(screen.getByText("Filters"));
    expect(filters).toHaveAttribute("open");
    // Co-ordinators may list the education settings to filter by.
    const setting = await screen.findByRole("combobox", { name: "Education setting" });
    expect(
      within(setting)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Any setting", "Riverside Primary School", "Hilltop Academy"]);

    await user.type(
      screen.getByRole("searchbox", { name: "Search by child's name or case reference" }),
      "smith",
    );
    await user.click(screen.getByRole("checkbox", { name: "Overdue" }));
    const status = screen.getByRole("group", { name: "Status" });
    await user.click(within(status).getByRole("checkbox", { name: "Assessment" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Sort by" }), "Name");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));

    const applied = { tray: "all", q: "smith", stage: "assessment", overdue: "true", sort: "name" };
    await waitFor(() => expect(addressOf(router)).toEqual(applied));
    await waitFor(() => expect(lastQuery(requests)).toEqual({ ...applied, limit: "25" }));
    // The fields show what the address says.
    expect(screen.getByRole("searchbox", { name: /Search by child/ })).toHaveValue("smith");
    expect(screen.getByRole("checkbox", { name: "Overdue" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Impending" })).not.toBeChecked();
    expect(
      within(screen.getByRole("group", { name: "Status" })).getByRole("checkbox", {
        name: "Assessment",
      }),
    ).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");

    // The results: the child's name leads to the case; the deadline in words.
    const results = screen.getByTestId("results");
    expect(results).toHaveAttribute("aria-live", "polite");
    expect(results).toHaveTextContent("Sorted by child's name, A to Z.");
    const table = within(results).getByRole("table");
    const row = within(table).getAllByRole("row")[1]!;
    expect(within(row).getByRole("link", { name: /^Alex Smith/ })).toHaveAttribute(
      "href",
      "/cases/case-1",
    );
    expect(row).toHaveTextContent("EHC-2026-000007");
    expect(row).toHaveTextContent("Assessment");
    expect(row).toHaveTextContent(
      "Advice from the educational psychologist: was due by 30 March 2026",
    );
    expect(within(row).getByText("2 days overdue")).toHaveClass("govuk-tag", "govuk-tag--red");
    expect(within(row).getByText("Safeguarding")).toHaveClass("govuk-tag");
    // On a phone the same case is a card.
    const cardHeading = within(screen.getByTestId("tray-cards")).getByRole("heading", {
      name: /^Alex Smith/,
    });
    expect(cardHeading.tagName).toBe("H2");
    const card = cardHeading.closest("li")!;
    expect(card).toHaveTextContent("Stage: Assessment");
    expect(card).toHaveTextContent("2 days overdue");

    await user.click(screen.getByRole("link", { name: "Clear all filters" }));
    await waitFor(() => expect(addressOf(router)).toEqual({ tray: "all" }));
    await waitFor(() => expect(lastQuery(requests)).toEqual({ tray: "all", limit: "25" }));
    expect(screen.getByRole("searchbox", { name: /Search by child/ })).toHaveValue("");
    expect(screen.getByRole("checkbox", { name: "Overdue" })).not.toBeChecked();
    expect(screen.getByRole("combobox", { name: "Sort by" })).toHaveValue("next_deadline");
    expect(screen.queryByRole("link", { name: "Clear all filters" })).not.toBeInTheDocument();
  });

  test("pages on with the cursor, keeping the order, and returns to the first page", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp(
      "/cases?sort=name",
      server({
        "GET /api/v1/cases": trays((url) =>
          url.searchParams.get("cursor") === "after-alex"
            ? { items: [listItem({ id: "case-2", child_name: "Ruby Evans", flags: [] })] }
            : { items: [listItem()], next_cursor: "after-alex" },
        ),
      }),
    );
    const table = await screen.findByRole("table", {}, ARRIVAL);
    expect(within(table).getByRole("link", { name: /^Alex Smith/ })).toBeVisible();
    expect(screen.queryByRole("link", { name: "First page" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Next page" }));
    expect(
      await within(screen.getByRole("table")).findByRole("link", { name: /^Ruby Evans/ }),
    ).toBeVisible();
    expect(addressOf(router)).toEqual({ sort: "name", cursor: "after-alex" });
    expect(lastQuery(requests)).toEqual({ sort: "name", cursor: "after-alex", limit: "25" });
    expect(screen.queryByRole("link", { name: "Next page" })).not.toBeInTheDocument();

    const first = screen.getByRole("link", { name: "First page" });
    expect(first).toHaveAttribute("href", "/cases?sort=name");
    await user.click(first);
    expect(
      await within(screen.getByRole("table")).findByRole("link", { name: /^Alex Smith/ }),
    ).toBeVisible();
    expect(addressOf(router)).toEqual({ sort: "name" });
  });

  test("a family sees their children, with no other trays and no setting filter", async () => {
    const family = {
      ...demoMe(new Date(Date.now() + 30 * 60_000)),
      role: "family",
      role_label: "Parent or carer",
      settings: [],
    };
    const { requests } = renderApp(
      "/cases",
      server({
        "GET /api/v1/me": () => json(family),
        "GET /api/v1/cases": trays(
          () => ({ items: [listItem({ flags: [] })] }),
          [{ tray: "mine", label: "My children" }],
        ),
      }),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "My children" }, ARRIVAL),
    ).toBeVisible();
    expect(await within(screen.getByTestId("tray-cards")).findByText("Alex Smith")).toBeVisible();
    expect(screen.queryByRole("navigation", { name: "Work trays" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "All cases" })).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Education setting" })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.includes("/education-settings"))).toBe(false);
    expect(lastQuery(requests)).toEqual({ limit: "25" });
  });

  test("setting staff filter by their own settings without asking for the others", async () => {
    const senco = {
      ...demoMe(new Date(Date.now() + 30 * 60_000)),
      settings: [
        { id: "s1", name: "Riverside Primary School" },
        { id: "s3", name: "Riverside Nursery" },
      ],
    };
    const user = userEvent.setup();
    const { router, requests } = renderApp(
      "/cases",
      server({
        "GET /api/v1/me": () => json(senco),
        "GET /api/v1/cases": trays(
          () => ({ items: [listItem()] }),
          [
            { tray: "mine", label: "My cases in progress" },
            { tray: "setting", label: "Setting cases" },
          ],
        ),
      }),
    );
    const setting = await screen.findByRole("combobox", { name: "Education setting" }, ARRIVAL);
    await user.selectOptions(setting, "Riverside Nursery");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(addressOf(router)).toEqual({ setting: "s3" }));
    await waitFor(() => expect(lastQuery(requests)).toEqual({ setting: "s3", limit: "25" }));
    expect(requests.some((r) => r.url.includes("/education-settings"))).toBe(false);
  });

  test("says plainly when no case matches, with a way to clear the filters or search all cases", async () => {
    renderApp(
      "/cases?q=zzz&overdue=true",
      server({ "GET /api/v1/cases": trays(() => ({ items: [] })) }),
    );
    const empty = await screen.findByTestId("no-cases", {}, ARRIVAL);
    expect(empty).toHaveTextContent("No cases match. Clear the filters or search all cases.");
    expect(within(empty).getByRole("link", { name: "Clear the filters" })).toHaveAttribute(
      "href",
      "/cases",
    );
    expect(within(empty).getByRole("link", { name: "search all cases" })).toHaveAttribute(
      "href",
      "/cases?tray=all&q=zzz&overdue=true",
    );
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  test("shows what the API refused in an error summary that leads to the field", async () => {
    renderApp(
      "/cases?stage=bogus&sort=sideways",
      server({
        "GET /api/v1/cases": () =>
          problem({
            type: "https://ehc-hub.example/problems/validation",
            title: "Unprocessable Entity",
            status: 422,
            errors: [
              { field: "sort", code: "invalid", message: "No such order" },
              { field: "stage", code: "invalid", message: "No such stage: bogus" },
            ],
          }),
      }),
    );
    const summary = await screen.findByRole("alert", {}, ARRIVAL);
    expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeVisible();
    expect(within(summary).getByRole("link", { name: "No such order" })).toHaveAttribute(
      "href",
      "#sort",
    );
    expect(within(summary).getByRole("link", { name: "No such stage: bogus" })).toHaveAttribute(
      "href",
      "#stage",
    );
    // Beside the fields too, with the filters opened so the links reach them.
    expect(screen.getByRole("group", { name: "Status" })).toHaveAccessibleDescription(
      "Error: No such stage: bogus",
    );
    expect(screen.getByText("Filters").closest("details")).toHaveAttribute("open");
    expect(screen.getByRole("link", { name: "Clear all filters" })).toHaveAttribute(
      "href",
      "/cases",
    );
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  test("a date that is not a real date is caught before asking", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp(
      "/cases",
      server({ "GET /api/v1/cases": trays(() => ({ items: [listItem()] })) }),
    );
    await screen.findByRole("table", {}, ARRIVAL);
    const asked = listRequests(requests).length;
    const since = screen.getByRole("group", { name: "Last updated since" });
    await user.type(within(since).getByRole("textbox", { name: "Day" }), "31");
    await user.type(within(since).getByRole("textbox", { name: "Month" }), "2");
    await user.type(within(since).getByRole("textbox", { name: "Year" }), "2026");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: /Last updated since must be a real date/ }),
    ).toHaveAttribute("href", "#updated_since-day");
    expect(router.state.location.search).toBe("");
    expect(listRequests(requests)).toHaveLength(asked);

    await user.clear(within(since).getByRole("textbox", { name: "Day" }));
    await user.type(within(since).getByRole("textbox", { name: "Day" }), "28");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(addressOf(router)).toEqual({ updated_since: "2026-02-28" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(lastQuery(requests)).toEqual({ updated_since: "2026-02-28", limit: "25" });
  });
});

describe("flags, closing and reopening a case", { timeout: 20_000 }, () => {
  const CLOSED = {
    stage: "closed_outside_process",
    stage_label: "Closed outside the process",
  } as const;

  test("a co-ordinator changes the flags and sees them on the case", async () => {
    const user = userEvent.setup();
    let stored = caseFile({ flags: [{ flag: "tribunal", label: "Tribunal in progress" }] });
    const { requests, router } = renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/cases/case-1": () => json(stored),
        "PUT /api/v1/cases/case-1/flags": () => {
          stored = caseFile({
            flags: [
              { flag: "tribunal", label: "Tribunal in progress" },
              { flag: "safeguarding", label: "Safeguarding" },
            ],
          });
          return json(stored);
        },
      }),
    );
    const card = await screen.findByTestId("case", {}, ARRIVAL);
    expect(within(card).getByText("Tribunal in progress")).toHaveClass("govuk-tag");
    await user.click(within(card).getByRole("link", { name: "Change flags" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/cases/case-1/flags"));

    const group = await screen.findByRole("group", { name: "Flags" }, ARRIVAL);
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.map((box) => box.parentElement!.textContent)).toEqual([
      "Mediation in progress",
      "Tribunal in progress",
      "Safeguarding",
      "Educated other than at school",
      "Looked-after child",
      "Not in education, employment or training",
    ]);
    expect(within(group).getByRole("checkbox", { name: "Tribunal in progress" })).toBeChecked();
    expect(within(group).getByRole("checkbox", { name: "Safeguarding" })).not.toBeChecked();
    await user.click(within(group).getByRole("checkbox", { name: "Safeguarding" }));
    await user.click(screen.getByRole("button", { name: "Save flags" }));

    const banner = await screen.findByRole("alert", {}, ARRIVAL);
    expect(banner).toHaveTextContent("The case's flags have been saved.");
    expect(router.state.location.pathname).toBe("/cases/case-1");
    const put = requests.find((r) => r.method === "PUT")!;
    expect(await bodyOf(put)).toEqual({ flags: ["tribunal", "safeguarding"] });
    const flags = within(screen.getByTestId("case")).getByTestId("flags");
    expect(
      within(flags)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Tribunal in progress", "Safeguarding"]);
  });

  test("closing without a note shows the server's error in the summary and by the field", async () => {
    const user = userEvent.setup();
    const message = "Say why the case is being closed";
    const { requests } = renderApp(
      "/cases/case-1",
      server({
        "POST /api/v1/cases/case-1/close": () =>
          problem({
            type: "https://ehc-hub.example/problems/validation",
            title: "Unprocessable Entity",
            status: 422,
            errors: [{ field: "note", code: "required", message }],
          }),
      }),
    );
    expect(await screen.findByRole("link", { name: "Close this case" }, ARRIVAL)).toHaveAttribute(
      "href",
      "/cases/case-1/close",
    );
    expect(screen.queryByRole("link", { name: "Reopen this case" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Close this case" }));

    await screen.findByRole("radio", { name: "Duplicate" }, ARRIVAL);
    const reasons = screen.getByRole("group", { name: "Reason for closing" });
    expect(
      within(reasons)
        .getAllByRole("radio")
        .map((r) => r.parentElement!.textContent),
    ).toEqual([
      "Request withdrawn",
      "Moved out of the area",
      "Duplicate",
      "Entered in error",
      "Other",
    ]);
    await user.click(screen.getByRole("radio", { name: "Duplicate" }));
    await user.click(screen.getByRole("button", { name: "Close the case" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute("href", "#note");
    const note = screen.getByRole("textbox", { name: "Why is the case being closed?" });
    expect(note).toHaveAccessibleDescription(expect.stringContaining(message));
    const post = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(post)).toEqual({ reason: "duplicate", note: "" });
    await waitFor(() => expect(document.title).toMatch(/^Error: Close this case/));
  });

  test("a co-ordinator reopens a closed case", async () => {
    const user = userEvent.setup();
    let stored = caseFile(CLOSED);
    const { requests, router } = renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/cases/case-1": () => json(stored),
        "POST /api/v1/cases/case-1/reopen": () => {
          stored = caseFile();
          return json(stored);
        },
      }),
    );
    const reopen = await screen.findByRole("link", { name: "Reopen this case" }, ARRIVAL);
    expect(screen.queryByRole("link", { name: "Close this case" })).not.toBeInTheDocument();
    await user.click(reopen);
    await user.type(
      await screen.findByRole(
        "textbox",
        { name: "Why is the case being reopened? (optional)" },
        ARRIVAL,
      ),
      "The family asked again.",
    );
    await user.click(screen.getByRole("button", { name: "Reopen the case" }));

    const banner = await screen.findByRole("alert", {}, ARRIVAL);
    expect(banner).toHaveTextContent("The case has been reopened. The case is now at: Assessment.");
    expect(router.state.location.pathname).toBe("/cases/case-1");
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/cases/case-1/reopen");
    expect(await bodyOf(post)).toEqual({ note: "The family asked again." });
    expect(screen.getByRole("link", { name: "Close this case" })).toBeVisible();
  });

  test("a family member sees the flags but cannot change them or close the case", async () => {
    const family = {
      ...demoMe(new Date(Date.now() + 30 * 60_000)),
      role: "family",
      role_label: "Parent or carer",
      settings: [],
    };
    renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/me": () => json(family),
        "GET /api/v1/cases/case-1": () =>
          json(caseFile({ flags: [{ flag: "mediation", label: "Mediation in progress" }] })),
      }),
    );
    const card = await screen.findByTestId("case", {}, ARRIVAL);
    expect(within(card).getByText("Mediation in progress")).toHaveClass("govuk-tag");
    expect(await screen.findByTestId("timeline")).toBeVisible();
    expect(screen.queryByRole("link", { name: "Change flags" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Close this case" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Reopen this case" })).not.toBeInTheDocument();
  });

  test("a closed or ceased case offers no decision to record", async () => {
    for (const ended of [CLOSED, { stage: "ceased", stage_label: "Plan ceased" }]) {
      const { unmount } = renderApp(
        "/cases/case-1",
        server({
          "GET /api/v1/cases/case-1": () => json(caseFile(ended)),
        }),
      );
      await screen.findByRole("heading", { level: 1 }, ARRIVAL);
      expect(await screen.findByTestId("stage")).toHaveTextContent(ended.stage_label);
      expect(screen.queryByRole("button", { name: "Record a decision" })).not.toBeInTheDocument();
      // A closed case is reopened; a ceased one is neither closed nor reopened.
      expect(screen.queryByRole("link", { name: "Close this case" })).not.toBeInTheDocument();
      expect(screen.queryByRole("link", { name: "Reopen this case" }) !== null).toBe(
        ended.stage === CLOSED.stage,
      );
      unmount();
    }
    // Nor does the decision page, reached by its address.
    renderApp(
      "/cases/case-1/decision",
      server({
        "GET /api/v1/cases/case-1": () => json(caseFile(CLOSED)),
      }),
    );
    expect(
      await screen.findByRole(
        "heading",
        { name: "No decision can be recorded on this case" },
        ARRIVAL,
      ),
    ).toBeVisible();
    expect(
      screen.getByText("The case is closed. Reopen it first to record a decision."),
    ).toBeVisible();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
  });

  test("an open case offers its co-ordinator a decision to record", async () => {
    renderApp("/cases/case-1", server());
    expect(
      await screen.findByRole("button", { name: "Record a decision" }, ARRIVAL),
    ).toHaveAttribute("href", "/cases/case-1/decision");
  });

  test("shows the child's year group beside their date of birth", async () => {
    renderApp("/cases/case-1", server());
    const child = await screen.findByTestId("child", {}, ARRIVAL);
    const keys = within(child)
      .getAllByRole("term")
      .map((term) => term.textContent);
    expect(keys.indexOf("Year group")).toBe(keys.indexOf("Date of birth") + 1);
    const row = within(child).getByText("Year group").parentElement!;
    expect(row.querySelector(".govuk-summary-list__value")).toHaveTextContent(/^Year 3$/);
  });

  test("a case with no flags says so", async () => {
    renderApp("/cases/case-1", server());
    const card = await screen.findByTestId("case", {}, ARRIVAL);
    const row = within(card).getByText("Flags").parentElement!;
    expect(row.querySelector(".govuk-summary-list__value")).toHaveTextContent(/^None$/);
  });

  test("the timeline can show one kind of entry", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1",
      server({
        "GET /api/v1/cases/case-1/timeline": (request) => {
          const kind = new URL(request.url).searchParams.get("kind");
          return json({
            items:
              kind === "plan"
                ? [
                    {
                      id: "t9",
                      at: "2026-03-25T10:00:00Z",
                      by: { id: coordinator().id, name: "Chris Okafor" },
                      kind: "plan.issued",
                      summary: "The final EHC plan was issued.",
                    },
                  ]
                : [
                    {
                      id: "t2",
                      at: "2026-03-20T10:00:00Z",
                      by: null,
                      kind: "case.decision",
                      summary: "Decided to carry out an EHC needs assessment.",
                    },
                  ],
          });
        },
      }),
    );
    const timeline = await screen.findByTestId("timeline", {}, ARRIVAL);
    expect(timeline).toHaveTextContent("Decided to carry out an EHC needs assessment.");
    const show = screen.getByRole("combobox", { name: "Show" });
    expect(
      within(show)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All", "Case", "Advice", "Plan", "Documents", "Notes"]);
    await user.selectOptions(show, "Plan");
    await waitFor(() =>
      expect(screen.getByTestId("timeline")).toHaveTextContent("The final EHC plan was issued."),
    );
    expect(screen.getByTestId("timeline")).not.toHaveTextContent("Decided to carry out");
    const asked = requests.filter((r) => new URL(r.url).pathname.endsWith("/timeline"));
    expect(new URL(asked[0]!.url).searchParams.has("kind")).toBe(false);
    expect(new URL(asked.at(-1)!.url).searchParams.get("kind")).toBe("plan");
  });
});

describe("notes on the timeline", { timeout: 20_000 }, () => {
  const CHRIS = { id: coordinator().id, name: "Chris Okafor" };

  function note(id: string, text: string, change: Partial<NoteBody> = {}): NoteBody {
    return {
      id,
      case_id: "case-1",
      author: CHRIS,
      text,
      created_at: "2026-04-01T09:00:00Z",
      updated_at: "2026-04-01T09:00:00Z",
      submitted_at: null,
      version: 1,
      ...change,
    };
  }

  /** A server keeping the case's notes: drafts first on the timeline, then what was added. */
  function notesServer(drafts: NoteBody[] = [], extra: Record<string, Handler> = {}) {
    const added: NoteBody[] = [];
    const timeline = () =>
      json({
        items: [
          ...drafts.map((d) => ({
            id: d.id,
            at: d.updated_at,
            by: d.author,
            kind: "note.draft",
            summary: "Draft note: only you can see it until you submit it",
            note: d,
          })),
          ...added.map((n) => ({
            id: `t-${n.id}`,
            at: n.submitted_at!,
            by: n.author,
            kind: "note.added",
            summary: `Note added by ${n.author.name}`,
            note: n,
          })),
          {
            id: "t1",
            at: "2026-03-02T09:00:00Z",
            by: null,
            kind: "request.received",
            summary: "Request for assessment received online on 2 March 2026",
          },
        ],
      });
    const handlers = server({
      "GET /api/v1/cases/case-1/timeline": timeline,
      "POST /api/v1/cases/case-1/notes": async (request) => {
        const body = (await bodyOf(request)) as { text: string; submit: boolean };
        const made = note(`n${drafts.length + added.length + 1}`, body.text);
        if (body.submit) added.unshift({ ...made, submitted_at: "2026-04-01T10:00:00Z" });
        else drafts.unshift(made);
        return json(made, 201);
      },
      "POST /api/v1/notes/n1/submit": () => {
        const draft = drafts.shift()!;
        const submitted = { ...draft, submitted_at: "2026-04-01T10:00:00Z", version: 2 };
        added.unshift(submitted);
        return json(submitted);
      },
      ...extra,
    });
    return handlers;
  }

  test("a co-ordinator saves a note as a draft only they see, then submits it to the timeline", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/cases/case-1", notesServer());
    const text = await screen.findByRole("textbox", { name: "Add a note" }, ARRIVAL);
    await user.type(text, "  Mum rang about the move.  ");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    const drafts = await screen.findByTestId("draft-notes", {}, ARRIVAL);
    expect(within(drafts).getByRole("heading", { name: "Your draft notes" })).toBeVisible();
    expect(within(drafts).getByText("Mum rang about the move.")).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Your note has been saved as a draft. Only you can see it until you submit it.",
    );
    expect(text).toHaveValue("");
    const post = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(post)).toEqual({ text: "Mum rang about the move.", submit: false });
    expect(post.headers.get("Idempotency-Key")).toBeTruthy();
    for (const name of [/^Edit/, /^Submit/, /^Delete/]) {
      expect(within(drafts).getByRole("button", { name })).toBeVisible();
    }
    expect(within(drafts).getByRole("button", { name: /^Submit/ })).toHaveAccessibleName(
      // (jsdom drops the space before the hidden words)
      /^Submit ?the draft note saved/,
    );
    // Not on the timeline itself until it is submitted.
    expect(screen.getByTestId("timeline")).not.toHaveTextContent("Mum rang");

    await user.click(within(drafts).getByRole("button", { name: /^Submit/ }));
    await waitFor(() => expect(screen.queryByTestId("draft-notes")).not.toBeInTheDocument());
    const entries = within(screen.getByTestId("timeline")).getAllByRole("listitem");
    expect(entries[0]).toHaveTextContent("Note added by Chris Okafor");
    expect(entries[0]).toHaveTextContent("Mum rang about the move.");
    const submit = requests.find((r) => new URL(r.url).pathname === "/api/v1/notes/n1/submit")!;
    expect(submit.method).toBe("POST");
    expect(submit.headers.get("If-Match")).toBe('"1"');
  });

  test("'Add note' puts it straight on the timeline", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/cases/case-1", notesServer());
    await user.type(
      await screen.findByRole("textbox", { name: "Add a note" }, ARRIVAL),
      "Panel agreed to assess.",
    );
    await user.click(screen.getByRole("button", { name: "Add note" }));
    await waitFor(() =>
      expect(screen.getByTestId("timeline")).toHaveTextContent("Panel agreed to assess."),
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "Your note has been added to the timeline.",
    );
    expect(screen.queryByTestId("draft-notes")).not.toBeInTheDocument();
    const post = requests.find((r) => r.method === "POST")!;
    expect(await bodyOf(post)).toEqual({ text: "Panel agreed to assess.", submit: true });
  });

  test("an empty note is named in the error summary, and so is what the server refuses", async () => {
    const user = userEvent.setup();
    const message = "The note must be 5000 characters or fewer";
    const { requests } = renderApp(
      "/cases/case-1",
      notesServer([], {
        "POST /api/v1/cases/case-1/notes": () =>
          problem({
            type: "https://ehc-hub.example/problems/validation",
            title: "Unprocessable Entity",
            status: 422,
            errors: [{ field: "text", code: "too_long", message }],
          }),
      }),
    );
    const text = await screen.findByRole("textbox", { name: "Add a note" }, ARRIVAL);
    await user.click(screen.getByRole("button", { name: "Add note" }));
    let summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter the note" })).toHaveAttribute(
      "href",
      "#note-text",
    );
    expect(text).toHaveAccessibleDescription(expect.stringContaining("Enter the note"));
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.type(text, "Too much");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(message));
    summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute(
      "href",
      "#note-text",
    );
    expect(text).toHaveValue("Too much");
  });

  test("changing a draft sends If-Match with its version and a stale one says so", async () => {
    const user = userEvent.setup();
    const draft = note("n1", "Spoke to school", { version: 3 });
    const { requests } = renderApp(
      "/cases/case-1",
      notesServer([draft], {
        "PUT /api/v1/notes/n1": () =>
          problem({
            type: "https://ehc-hub.example/problems/stale",
            title: "Precondition failed",
            status: 412,
          }),
      }),
    );
    const drafts = await screen.findByTestId("draft-notes", {}, ARRIVAL);
    await user.click(within(drafts).getByRole("button", { name: /^Edit/ }));
    const edit = within(drafts).getByRole("textbox", { name: "Change your draft note" });
    expect(edit).toHaveValue("Spoke to school");
    await user.clear(edit);
    await user.click(within(drafts).getByRole("button", { name: "Save draft" }));
    expect(await within(drafts).findByRole("alert")).toHaveTextContent("Enter the note");
    await user.type(edit, "Spoke to the SENCo");
    await user.click(within(drafts).getByRole("button", { name: "Save draft" }));
    await waitFor(() =>
      expect(within(drafts).getByRole("alert")).toHaveTextContent(
        "This draft was changed in another tab or window",
      ),
    );
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    expect(await bodyOf(put)).toEqual({ text: "Spoke to the SENCo" });
  });

  test("deleting a draft asks first, keeps it on 'No' and takes it away on 'Yes'", async () => {
    const user = userEvent.setup();
    const drafts = [note("n1", "Wrong case")];
    let deletes = 0;
    renderApp(
      "/cases/case-1",
      notesServer(drafts, {
        "DELETE /api/v1/notes/n1": () => {
          deletes += 1;
          drafts.splice(0, 1);
          return new Response(null, { status: 204 });
        },
      }),
    );
    const list = await screen.findByTestId("draft-notes", {}, ARRIVAL);
    await user.click(within(list).getByRole("button", { name: /^Delete/ }));
    const question = within(list).getByText("Delete this draft note? You cannot get it back.");
    expect(question).toHaveFocus();
    await user.click(within(list).getByRole("button", { name: /^No, keep it/ }));
    expect(within(list).queryByText(/You cannot get it back/)).not.toBeInTheDocument();
    expect(within(list).getByText("Wrong case")).toBeVisible();
    expect(deletes).toBe(0);

    await user.click(within(list).getByRole("button", { name: /^Delete/ }));
    await user.click(within(list).getByRole("button", { name: /^Yes, delete it/ }));
    await waitFor(() => expect(screen.queryByTestId("draft-notes")).not.toBeInTheDocument());
    expect(deletes).toBe(1);
  });

  test("administrators are not offered a note to add", async () => {
    renderApp(
      "/cases/case-1",
      notesServer([], {
        "GET /api/v1/me": () => json({ ...coordinator(), role: "administrator" }),
      }),
    );
    expect(await screen.findByTestId("timeline", {}, ARRIVAL)).toBeVisible();
    expect(screen.queryByRole("textbox", { name: "Add a note" })).not.toBeInTheDocument();
  });
});
