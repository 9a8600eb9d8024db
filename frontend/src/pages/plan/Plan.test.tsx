import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { AUTOSAVE_DELAY_MS } from "../../autosave/useAutosave";
import type { CaseSummary } from "../cases/queries";
import { PLAN_CONFLICT_MESSAGE } from "./EditPlanPage";
import type { PlanBody, PlanContent, PlanDiff } from "./queries";

const ARRIVAL = { timeout: 5000 };
const AFTER_AUTOSAVE = { timeout: AUTOSAVE_DELAY_MS + 3000 };

const later = () => new Date(Date.now() + 30 * 60_000);

function person(id: string, name: string, role: string, role_label: string) {
  return { ...demoMe(later()), id, display_name: name, role, role_label };
}

const PARENT = { ...person("u-pat", "Pat Taylor", "family", "Family"), settings: [] };
const SENCO = person("u-sam", "Sam Patel", "setting", "Education setting");
const COORDINATOR = {
  ...person("u-chris", "Chris Okafor", "case_coordinator", "Case co-ordinator"),
  settings: [],
};

function caseFile(stage = "draft_plan"): CaseSummary {
  return {
    id: "case-1",
    case_ref: "EHC-2026-000007",
    stage,
    stage_label: "Draft plan",
    stage_bar: [{ label: "Draft plan", state: "current" }],
    child: {
      given_names: "Alex",
      family_name: "Smith",
      born_on: "2018-03-27",
      looked_after: false,
      parental_responsibility: "",
      preferred_language: "",
      setting: { id: "s1", name: "Riverside Primary School" },
      version: 4,
    },
    coordinator: { id: COORDINATOR.id, name: "Chris Okafor" },
    request_received_on: "2026-03-02",
    next_deadline: null,
    flags: [],
    what_next: { where_now: "The local authority is writing the draft plan.", next: null },
  };
}

function content(over: Partial<PlanContent> = {}): PlanContent {
  return {
    views: "Alex loves trains.",
    education_needs: [{ id: "b1", text: "Alex finds it hard to follow spoken instructions." }],
    health_needs: [],
    social_care_needs: [],
    outcomes: [
      {
        id: "e1",
        description: "Alex follows two-step instructions in class.",
        pfa: [],
        steps: [],
        need_ids: ["b1"],
      },
    ],
    education_provision: [
      {
        id: "f1",
        what: "Access to speech and language therapy",
        who: "Speech and language therapist",
        how_often: "",
        how_long: "",
        outcome_ids: ["e1"],
      },
    ],
    health_provision: [],
    csdpa_provision: [],
    other_social_care_provision: [],
    placement: null,
    personal_budget: "",
    advice: [],
    ...over,
  };
}

function planBody(over: Partial<PlanBody> = {}): PlanBody {
  return {
    id: "plan-1",
    case_id: "case-1",
    version_no: 1,
    status: "draft",
    amendment: false,
    content: content(),
    author: { id: COORDINATOR.id, name: "Chris Okafor" },
    consultations: [],
    representations: [],
    updated_at: "2026-04-01T10:00:00Z",
    version: 3,
    checks: {
      gaps: [],
      flagged: [
        {
          section: "f",
          item_id: "f1",
          message:
            '"access to" is vague: provision must be specific and quantified so it can be checked',
        },
      ],
      issue_blockers: ["The draft has not been shared with the family"],
    },
    ...over,
  };
}

const SETTINGS = [
  { id: "s1", name: "Riverside Primary School", urn: "100001", phase: "primary" },
  { id: "s2", name: "Hillside Academy", urn: "100002", phase: "secondary" },
];

function server(
  me: { session: unknown },
  extra: Record<string, Handler> = {},
  stage = "draft_plan",
): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/auth/session": () => json(me.session),
    "GET /api/v1/me/notifications/unread-count": () => json({ unread_count: 0 }),
    "GET /api/v1/cases/case-1": () => json(caseFile(stage)),
    "GET /api/v1/education-settings": () => json({ items: SETTINGS, next_cursor: null }),
    "GET /api/v1/cases/case-1/plan/versions": () =>
      json({ items: [{ version_no: 1, status: "draft" }] }),
    ...extra,
  };
}

describe("the EHC plan page", { timeout: 20_000 }, () => {
  test("a co-ordinator starts the draft plan once the case is at that stage", async () => {
    const user = userEvent.setup();
    let started = false;
    const { requests } = renderApp(
      "/cases/case-1/plan",
      server(COORDINATOR, {
        "GET /api/v1/cases/case-1/plan/versions": () =>
          json({ items: started ? [{ version_no: 1, status: "draft" }] : [] }),
        "GET /api/v1/cases/case-1/plan": () => json(planBody()),
        "POST /api/v1/cases/case-1/plan": () => {
          started = true;
          return json(planBody(), 201);
        },
      }),
    );
    const start = await screen.findByRole("button", { name: "Start the draft plan" }, ARRIVAL);
    await user.click(start);

    expect(
      await screen.findByRole("heading", {
        level: 2,
        name: "Section B: Special educational needs",
      }),
    ).toBeVisible();
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(screen.getByTestId("plan-status")).toHaveTextContent("Draft");
    expect(screen.getByTestId("plan-status")).toHaveTextContent("Version 1");
    expect(within(screen.getByTestId("item-e1")).getByText("Addresses need B1")).toBeVisible();
    expect(within(screen.getByTestId("item-f1")).getByText("Serves outcome E1")).toBeVisible();
    expect(screen.getByRole("link", { name: "Edit the draft plan" })).toHaveAttribute(
      "href",
      "/cases/case-1/plan/edit",
    );
    expect(screen.getByRole("link", { name: "Download version 1 as a PDF" })).toHaveAttribute(
      "href",
      "/api/v1/cases/case-1/plan/versions/1/pdf",
    );
  });

  test("the family are told when their comments are due and how to comment", async () => {
    renderApp(
      "/cases/case-1/plan",
      server(PARENT, {
        "GET /api/v1/cases/case-1/plan": () =>
          json(planBody({ status: "shared", comments_due: "2026-04-16", checks: null })),
      }),
    );
    expect(
      await screen.findByText("Your comments are due by 16 April 2026.", {}, ARRIVAL),
    ).toBeVisible();
    expect(screen.getByTestId("plan-status")).toHaveTextContent("Out for comments");
    expect(screen.getByRole("link", { name: /Comment on the draft plan/ })).toHaveAttribute(
      "href",
      "/cases/case-1/plan/comment",
    );
  });
});

describe("the plan editor", { timeout: 20_000 }, () => {
  test("saves as it is typed with If-Match of the version read", async () => {
    const user = userEvent.setup();
    const puts: Request[] = [];
    const { requests } = renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, {
        "GET /api/v1/cases/case-1/plan": () => json(planBody()),
        "PUT /api/v1/cases/case-1/plan": async (request) => {
          puts.push(request.clone());
          const body = (await request.clone().json()) as PlanContent;
          return json(planBody({ content: body, version: 4, updated_at: "2026-04-01T10:05:00Z" }));
        },
      }),
    );
    const views = await screen.findByRole(
      "textbox",
      { name: "The child's and family's views, interests and aspirations" },
      ARRIVAL,
    );
    await user.type(views, " And buses.");
    await waitFor(() => expect(puts.length).toBeGreaterThan(0), AFTER_AUTOSAVE);
    expect(puts[0]!.headers.get("If-Match")).toBe('"3"');
    const sent = (await puts[0]!.json()) as PlanContent;
    expect(sent.views).toBe("Alex loves trains. And buses.");
    expect(sent.education_provision[0]!.id).toBe("f1");
    await waitFor(
      () => expect(screen.getByTestId("autosave-status")).toHaveTextContent(/^Saved at/),
      AFTER_AUTOSAVE,
    );

    // A new need gets the next free id.
    await user.click(screen.getByRole("button", { name: "Add a special educational need" }));
    expect(screen.getByRole("textbox", { name: "Need B2" })).toBeVisible();
    expect(requests.some((r) => r.method === "PUT")).toBe(true);
  });

  test("when someone else saved first (412) it says so and the text typed stays", async () => {
    const user = userEvent.setup();
    renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, {
        "GET /api/v1/cases/case-1/plan": () => json(planBody()),
        "PUT /api/v1/cases/case-1/plan": () =>
          problem({ type: "about:blank", title: "Precondition Failed", status: 412 }),
      }),
    );
    const need = await screen.findByRole("textbox", { name: "Need B1" }, ARRIVAL);
    await user.clear(need);
    await user.type(need, "My new words");
    const summary = await screen.findByRole("alert", {}, AFTER_AUTOSAVE);
    expect(summary).toHaveTextContent(PLAN_CONFLICT_MESSAGE);
    expect(need).toHaveValue("My new words");
    expect(document.title).toMatch(/^Error: Edit the draft plan/);
  });

  test("a field the server refuses is named in the error summary, linked to it", async () => {
    const user = userEvent.setup();
    renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, {
        "GET /api/v1/cases/case-1/plan": () => json(planBody()),
        "PUT /api/v1/cases/case-1/plan": () =>
          problem({
            type: "about:blank",
            title: "Unprocessable Entity",
            status: 422,
            errors: [
              {
                field: "outcomes[0].need_ids[0]",
                code: "unknown",
                message: "Outcome E1 addresses a need that is not in the plan",
              },
            ],
          }),
      }),
    );
    const views = await screen.findByRole(
      "textbox",
      { name: "The child's and family's views, interests and aspirations" },
      ARRIVAL,
    );
    await user.type(views, "!");
    await user.click(screen.getByRole("button", { name: "Save and go back to the plan" }));
    const summary = await screen.findByRole("alert", {}, AFTER_AUTOSAVE);
    expect(
      within(summary).getByRole("link", {
        name: "Outcome E1 addresses a need that is not in the plan",
      }),
    ).toHaveAttribute("href", "#e1-need_ids");
    expect(document.getElementById("e1-need_ids")).toHaveAttribute("type", "checkbox");
  });

  test("shows a flagged provision's message linked to its field", async () => {
    renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, { "GET /api/v1/cases/case-1/plan": () => json(planBody()) }),
    );
    const flagged = await screen.findByTestId("flagged", {}, ARRIVAL);
    const link = within(flagged).getByRole("link", { name: /F1: "access to" is vague/ });
    expect(link).toHaveAttribute("href", "#f1-what");
    expect(document.getElementById("f1-what")).toHaveValue("Access to speech and language therapy");
    expect(screen.getByTestId("issue-blockers")).toHaveTextContent(
      "The draft has not been shared with the family",
    );
  });

  test("section I is closed while the draft is the co-ordinator's alone", async () => {
    renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, { "GET /api/v1/cases/case-1/plan": () => json(planBody()) }),
    );
    const setting = await screen.findByRole("combobox", { name: "Setting" }, ARRIVAL);
    expect(setting).toBeDisabled();
    expect(
      screen.getByRole("textbox", { name: "Name as it will appear in the plan" }),
    ).toBeDisabled();
    expect(screen.getByRole("button", { name: "Share with the family" })).toHaveAttribute(
      "href",
      "/cases/case-1/plan/share",
    );
    expect(screen.queryByRole("button", { name: "Issue the final plan" })).not.toBeInTheDocument();
  });

  test("section I opens once the family have the draft", async () => {
    renderApp(
      "/cases/case-1/plan/edit",
      server(COORDINATOR, {
        "GET /api/v1/cases/case-1/plan": () => json(planBody({ status: "shared" })),
      }),
    );
    const setting = await screen.findByRole("combobox", { name: "Setting" }, ARRIVAL);
    expect(setting).toBeEnabled();
    expect(screen.getByRole("button", { name: "Issue the final plan" })).toHaveAttribute(
      "href",
      "/cases/case-1/plan/issue",
    );
  });
});

describe("the family's comments", { timeout: 20_000 }, () => {
  test("a comment on a section is sent and the plan says so", async () => {
    const user = userEvent.setup();
    const shared = planBody({ status: "shared", comments_due: "2026-04-16", checks: null });
    const { requests } = renderApp(
      "/cases/case-1/plan/comment",
      server(PARENT, {
        "GET /api/v1/cases/case-1/plan": () => json(shared),
        "POST /api/v1/cases/case-1/plan/representations": () => json(shared, 201),
      }),
    );
    await user.click(
      await screen.findByRole(
        "radio",
        { name: "Section F: Special educational provision" },
        ARRIVAL,
      ),
    );
    await user.type(
      screen.getByRole("textbox", { name: "Your comment" }),
      "Alex needs more therapy.",
    );
    await user.click(screen.getByRole("button", { name: "Send your comment" }));

    expect(await screen.findByText("Your comment has been sent")).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: "EHC plan" })).toBeVisible();
    const post = requests.find((r) => r.method === "POST")!;
    expect(await post.clone().json()).toEqual({
      kind: "comment",
      section: "f",
      body: "Alex needs more therapy.",
    });
  });

  test("a comment without a section or words is not sent", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/plan/comment",
      server(PARENT, {
        "GET /api/v1/cases/case-1/plan": () => json(planBody({ status: "shared", checks: null })),
      }),
    );
    await user.click(await screen.findByRole("button", { name: "Send your comment" }, ARRIVAL));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Choose the section you are commenting on" }),
    ).toHaveAttribute("href", "#section");
    expect(within(summary).getByRole("link", { name: "Enter your comment" })).toHaveAttribute(
      "href",
      "#comment-body",
    );
    expect(requests.some((r) => r.method === "POST")).toBe(false);
  });
});

describe("a consulted setting's answer", { timeout: 20_000 }, () => {
  test("no without reasons is refused with an error summary", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/plan-consultations/c-1/answer", server(SENCO));
    await user.click(await screen.findByRole("radio", { name: "No" }, ARRIVAL));
    await user.click(screen.getByRole("button", { name: "Send your answer" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Give the reasons the setting cannot be named" }),
    ).toHaveAttribute("href", "#reasons");
    expect(requests.some((r) => r.method === "POST")).toBe(false);
  });

  test("the setting's staff reach the answer from the plan's consultations", async () => {
    renderApp(
      "/cases/case-1/plan",
      server(SENCO, {
        "GET /api/v1/cases/case-1/plan": () =>
          json(
            planBody({
              status: "shared",
              checks: null,
              consultations: [
                {
                  id: "c-1",
                  setting: { id: "s1", name: "Riverside Primary School" },
                  sent_on: "2026-04-02",
                  answer_due: "2026-04-17",
                  answer: null,
                  reasons: "",
                },
              ],
            }),
          ),
      }),
    );
    const consultations = await screen.findByTestId("consultations", {}, ARRIVAL);
    expect(consultations).toHaveTextContent("Waiting for an answer, due by 17 April 2026");
    expect(within(consultations).getByRole("link", { name: /Answer/ })).toHaveAttribute(
      "href",
      "/plan-consultations/c-1/answer?case=case-1",
    );
  });
});

describe("comparing versions", { timeout: 20_000 }, () => {
  test("shows the changed provision before and after", async () => {
    const diff: PlanDiff = {
      from: 1,
      to: 2,
      sections: [
        {
          section: "f",
          title: "Section F: Special educational provision",
          changes: [
            {
              change: "changed",
              id: "f1",
              before: "Speech and language therapy, once a week",
              after: "Speech and language therapy, twice a week",
            },
          ],
        },
      ],
    };
    renderApp(
      "/cases/case-1/plan/compare?from=1&to=2",
      server(PARENT, {
        "GET /api/v1/cases/case-1/plan/versions": () =>
          json({
            items: [
              { version_no: 1, status: "final", issued_on: "2026-05-01" },
              { version_no: 2, status: "final", issued_on: "2027-05-01" },
            ],
          }),
        "GET /api/v1/cases/case-1/plan/diff": () => json(diff),
      }),
    );
    const section = await screen.findByTestId("diff-f", {}, ARRIVAL);
    expect(
      within(section).getByRole("heading", { name: "Section F: Special educational provision" }),
    ).toBeVisible();
    expect(within(section).getByRole("heading", { name: "F1 changed" })).toBeVisible();
    expect(within(section).getByText("Speech and language therapy, once a week")).toBeVisible();
    expect(within(section).getByText("Speech and language therapy, twice a week")).toBeVisible();
    expect(screen.getByRole("combobox", { name: "From version" })).toHaveValue("1");
    expect(screen.getByRole("combobox", { name: "To version" })).toHaveValue("2");
  });
});
