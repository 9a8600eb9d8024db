import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useParams, type RouteObject } from "react-router";
import { describe, expect, test } from "vitest";
import { json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { Page } from "../../app/Page";
import { routes } from "../../app/routes";
import { CaseAdviceSection } from "./CaseAdviceSection";
import {
  adviceRequest,
  adviceServer,
  ALEX,
  asAlex,
  asChris,
  CASE_ID,
  CASE_REF,
  LEE,
  PAEDIATRICS,
  PRIYA,
} from "./testServer";

const ARRIVAL = { timeout: 5000 };

const NOBODY_MAY = {
  read_response: false,
  edit: false,
  submit: false,
  decline: false,
  allocate: false,
  reopen: false,
  withdraw: false,
};

/** The case page, as far as these tests need it: the advice section. */
function CaseHarness() {
  const { id = "" } = useParams();
  return (
    <Page title="Case">
      <CaseAdviceSection caseId={id} />
    </Page>
  );
}

function withCasePage(): RouteObject[] {
  const root = routes[0]!;
  const casePage: RouteObject = { path: "cases/:id", Component: CaseHarness };
  return [{ ...root, children: [casePage, ...(root.children ?? [])] } as RouteObject];
}

const caseSummary = (stage = "assessment") => ({
  id: CASE_ID,
  case_ref: CASE_REF,
  stage,
  stage_label: stage === "assessment" ? "Assessment" : "Writing the draft plan",
  stage_bar: [],
});

describe("a team manager", { timeout: 20_000 }, () => {
  const teamRequest = () =>
    adviceRequest({
      id: "r-team",
      recipient: { kind: "team", id: PAEDIATRICS, name: "Community Paediatrics" },
      state: "awaiting_allocation",
      state_label: "Awaiting allocation",
      you_may: { ...NOBODY_MAY, decline: true, allocate: true },
      team_members: [
        { user_id: LEE, name: "Lee Chen" },
        { user_id: "u-sam", name: "Sam Okoro" },
      ],
    });

  test("allocates a team's request to members chosen from the team", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asAlex(), [teamRequest()]);
    const posted: unknown[] = [];
    world.handlers["POST /api/v1/advice-requests/r-team/allocation"] = async (request) => {
      posted.push(await request.json());
      const allocated = {
        ...teamRequest(),
        state: "allocated" as const,
        state_label: "Allocated",
        allocated_to: [{ user_id: LEE, name: "Lee Chen" }],
      };
      world.requests.set("r-team", allocated);
      return json(allocated);
    };
    renderApp("/advice-requests/r-team", world.handlers);
    await user.click(await screen.findByRole("button", { name: "Allocate or answer" }, ARRIVAL));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Allocate the request for advice" }),
    ).toBeVisible();

    // Nothing chosen: the browser says so before anything is sent.
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Select whether to allocate the request or say the child is not known",
    );

    await user.click(
      screen.getByRole("radio", { name: /^Yes, the child or young person is known/ }),
    );
    const who = screen.getByRole("group", { name: "Who will provide the advice?" });
    await user.click(within(who).getByRole("checkbox", { name: "Lee Chen" }));
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(
      await screen.findByText("The request is allocated to Lee Chen. We have told them by email."),
    ).toBeVisible();
    expect(posted).toEqual([{ members: [LEE] }]);
    expect(screen.getByText("Lee Chen")).toBeVisible();
  });

  test("answers 'not known to the service' with details", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asAlex(), [teamRequest()]);
    const posted: unknown[] = [];
    world.handlers["POST /api/v1/advice-requests/r-team/not-known"] = async (request) => {
      posted.push(await request.json());
      return json({
        ...teamRequest(),
        state: "declined",
        state_label: "Not known to the service",
        declined_note: "Never referred to us",
        you_may: NOBODY_MAY,
      });
    };
    renderApp("/advice-requests/r-team/allocate", world.handlers);
    await user.click(
      await screen.findByRole(
        "radio",
        { name: "No, the child or young person is not known to the service" },
        ARRIVAL,
      ),
    );
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link")).toHaveAttribute("href", "#details");
    expect(screen.getByRole("textbox", { name: "Details" })).toHaveAccessibleDescription(
      /Error: Say why the child or young person is not known to the service/,
    );
    await user.type(screen.getByRole("textbox", { name: "Details" }), "Never referred to us");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    expect(
      await screen.findByText(
        "You have told the local authority the child or young person is not known to the service.",
      ),
    ).toBeVisible();
    expect(posted).toEqual([{ details: "Never referred to us" }]);
  });
});

describe("the co-ordinator", { timeout: 20_000 }, () => {
  const submittedByPriya = () =>
    adviceRequest({
      state: "submitted",
      state_label: "Submitted",
      completed_on: "2026-12-14",
      you_may: { ...NOBODY_MAY, read_response: true, reopen: true },
    });
  const openToRowan = () =>
    adviceRequest({
      id: "r-rowan",
      recipient: { kind: "person", id: "u-rowan", name: "Rowan Ellis" },
      state: "pending",
      state_label: "Not started",
      you_may: { ...NOBODY_MAY, withdraw: true },
    });

  function coordinatorServer() {
    const world = adviceServer(asChris(), [submittedByPriya(), openToRowan()]);
    const h: Record<string, Handler> = world.handlers;
    h[`GET /api/v1/cases/${CASE_ID}`] = () => json(caseSummary());
    return world;
  }

  test("sees every request on the case and reopens submitted advice", async () => {
    const user = userEvent.setup();
    const world = coordinatorServer();
    const reopened: string[] = [];
    world.handlers["POST /api/v1/advice-requests/r-priya/reopen"] = () => {
      reopened.push("r-priya");
      const r = {
        ...submittedByPriya(),
        state: "reopened" as const,
        state_label: "Reopened",
        you_may: { ...NOBODY_MAY, read_response: true },
      };
      world.requests.set("r-priya", r);
      return json(r);
    };
    renderApp(`/cases/${CASE_ID}`, world.handlers, withCasePage());
    const priya = await screen.findByRole("heading", { level: 3, name: "Priya Shah" }, ARRIVAL);
    const card = priya.closest(".govuk-summary-card") as HTMLElement;
    expect(within(card).getByText("Submitted")).toBeVisible();
    expect(within(card).getByText("14 December 2026")).toBeVisible();
    expect(
      within(card).getByRole("link", { name: /^Read ?the advice from Priya Shah$/ }),
    ).toHaveAttribute("href", "/advice-requests/r-priya/advice");
    const rowan = screen.getByRole("heading", { level: 3, name: "Rowan Ellis" });
    const rowanCard = rowan.closest(".govuk-summary-card") as HTMLElement;
    expect(within(rowanCard).getByText("Not yet")).toBeVisible();
    expect(within(rowanCard).queryByRole("button", { name: /Reopen/ })).not.toBeInTheDocument();

    await user.click(
      within(card).getByRole("button", { name: /^Reopen ?the advice from Priya Shah$/ }),
    );
    expect(
      await screen.findByText(
        "You have reopened the advice from Priya Shah. They can change it and submit it again.",
      ),
    ).toBeVisible();
    expect(reopened).toEqual(["r-priya"]);
    await waitFor(() => expect(within(card).getByText("Reopened")).toBeVisible());
  });

  test("finds a team and a person as they type, and sends one request to each with the note", async () => {
    const user = userEvent.setup();
    const world = coordinatorServer();
    const h = world.handlers;
    h["GET /api/v1/teams"] = (request) => {
      const q = new URL(request.url).searchParams.get("q") ?? "";
      const teams = "community paediatrics".includes(q.toLowerCase())
        ? [
            {
              id: PAEDIATRICS,
              name: "Community Paediatrics",
              service: "health",
              email: "paeds@nhs.example.org",
              version: 1,
              created_at: "2026-11-01T10:00:00Z",
              updated_at: "2026-11-01T10:00:00Z",
            },
          ]
        : [];
      return json({ items: teams });
    };
    h[`GET /api/v1/teams/${PAEDIATRICS}/members`] = () =>
      json({
        items: [
          {
            user_id: LEE,
            display_name: "Lee Chen",
            email: "physio@example.org",
            manager: false,
            added_at: "2026-11-01T10:00:00Z",
          },
        ],
      });
    h["GET /api/v1/education-settings"] = () => json({ items: [] });
    h["GET /api/v1/users"] = (request) => {
      const params = new URL(request.url).searchParams;
      const q = (params.get("q") ?? "").toLowerCase();
      const people = [
        { id: PRIYA, display_name: "Priya Shah", team: "Educational Psychology Service" },
        { id: "u-rowan", display_name: "Rowan Ellis", team: "Disabled Children's Team" },
      ]
        .filter(
          (p) => params.get("role") === "contributor" && p.display_name.toLowerCase().includes(q),
        )
        .map((p) => ({
          id: p.id,
          email: `${p.id}@example.org`,
          display_name: p.display_name,
          role: "contributor",
          role_label: "Contributor",
          status: "active",
          created_at: "2026-11-01T10:00:00Z",
          teams: [{ team_id: "t", name: p.team, manager: false }],
          settings: [],
        }));
      return json({ items: people });
    };
    const sent: { body: unknown; key: string | null }[] = [];
    h[`POST /api/v1/cases/${CASE_ID}/advice-requests`] = async (request) => {
      sent.push({ body: await request.json(), key: request.headers.get("Idempotency-Key") });
      return json({ case_id: CASE_ID, case_ref: CASE_REF, items: [] }, 201);
    };
    const { router } = renderApp(`/cases/${CASE_ID}`, h, withCasePage());
    await user.click(await screen.findByRole("button", { name: "Request advice" }, ARRIVAL));
    expect(await screen.findByRole("heading", { level: 1, name: "Request advice" })).toBeVisible();

    const search = screen.getByRole("searchbox", { name: "Who do you want to ask for advice?" });
    await user.type(search, "paed");
    expect(await screen.findByText("1 team and 1 person match “paed”.")).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "Community Paediatrics (team)" }));
    expect(screen.getByRole("checkbox", { name: "Lee Chen" })).toHaveAccessibleDescription(
      "Community Paediatrics",
    );

    await user.clear(search);
    await user.type(search, "r");
    await user.type(search, "o");
    expect(await screen.findByText("1 person matches “ro”.")).toBeVisible();
    // Rowan's request is still open: he cannot be asked again.
    expect(screen.getByRole("checkbox", { name: "Rowan Ellis" })).toBeDisabled();
    await user.clear(search);
    await user.type(search, "priya");
    await user.click(await screen.findByRole("checkbox", { name: "Priya Shah" }));

    expect(screen.getByRole("heading", { name: "You are asking 2 people or teams" })).toBeVisible();
    await user.type(
      screen.getByRole("textbox", { name: "Note for the advisers (optional)" }),
      "Please focus on mobility.",
    );
    await user.click(screen.getByRole("button", { name: "Send requests for advice" }));

    expect(
      await screen.findByText(
        "Requests for advice sent to Community Paediatrics and Priya Shah. They have been told by email.",
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(`/cases/${CASE_ID}`);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      recipients: [
        { kind: "team", id: PAEDIATRICS },
        { kind: "person", id: PRIYA },
      ],
      note: "Please focus on mobility.",
    });
    expect(sent[0]!.key).toBeTruthy();
  });

  test("a recipient the server refuses is marked beside its name", async () => {
    const user = userEvent.setup();
    const world = coordinatorServer();
    const h = world.handlers;
    h["GET /api/v1/teams"] = () => json({ items: [] });
    h["GET /api/v1/education-settings"] = () => json({ items: [] });
    h["GET /api/v1/users"] = (request) =>
      json({
        items:
          new URL(request.url).searchParams.get("role") === "contributor"
            ? [
                {
                  id: PRIYA,
                  email: "ep@example.org",
                  display_name: "Priya Shah",
                  role: "contributor",
                  role_label: "Contributor",
                  status: "active",
                  created_at: "2026-11-01T10:00:00Z",
                  teams: [],
                  settings: [],
                },
              ]
            : [],
      });
    h[`POST /api/v1/cases/${CASE_ID}/advice-requests`] = () =>
      problem({
        type: "about:blank",
        title: "Unprocessable Content",
        status: 422,
        errors: [
          {
            field: "recipients[0].id",
            code: "suspended",
            message: "This account is suspended: it cannot be asked for advice",
          },
        ],
      });
    renderApp(`/cases/${CASE_ID}/request-advice`, h);
    await user.click(
      await screen.findByRole("button", { name: "Send requests for advice" }, ARRIVAL),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Choose at least one person or team to ask for advice",
    );
    await user.type(screen.getByRole("searchbox"), "pri");
    await user.click(await screen.findByRole("checkbox", { name: "Priya Shah" }));
    await user.click(screen.getByRole("button", { name: "Send requests for advice" }));
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "This account is suspended: it cannot be asked for advice",
    });
    expect(link).toHaveAttribute("href", "#recipient-0");
    expect(
      screen.getByRole("button", { name: /^Remove ?Priya Shah$/ }),
    ).toHaveAccessibleDescription(
      "Error: This account is suspended: it cannot be asked for advice",
    );
  });
});

describe("the contributor's list", { timeout: 20_000 }, () => {
  test("shows each request held, with its case, due date, status and note; a manager's team requests first", async () => {
    const mine = adviceRequest({
      id: "r-mine",
      recipient: { kind: "person", id: ALEX, name: "Dr Alex Morgan" },
    });
    const world = adviceServer(asAlex(), []);
    const team = adviceRequest({
      id: "r-team",
      recipient: { kind: "team", id: PAEDIATRICS, name: "Community Paediatrics" },
      state: "awaiting_allocation",
      state_label: "Awaiting allocation",
      note: "Mobility at school",
      due_on: "2027-01-04",
      you_may: { ...NOBODY_MAY, allocate: true, decline: true },
      team_members: [{ user_id: LEE, name: "Lee Chen" }],
    });
    // As the server lists them: open first (soonest due first), then answered.
    const done = adviceRequest({
      id: "r-done",
      recipient: { kind: "person", id: ALEX, name: "Dr Alex Morgan" },
      case_ref: "EHC-2026-000007",
      state: "submitted",
      state_label: "Submitted",
      completed_on: "2026-11-20",
    });
    world.handlers["GET /api/v1/advice-requests"] = () => json({ items: [team, mine, done] });
    renderApp("/advice-requests", world.handlers);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Requests for advice" }, ARRIVAL),
    ).toBeVisible();
    const awaiting = await screen.findByRole("heading", {
      level: 2,
      name: "Awaiting allocation (1)",
    });
    expect(awaiting).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "To do (1)" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 2, name: "Completed (1)" })).toBeVisible();
    expect(screen.getByRole("link", { name: "EHC-2026-000007" })).toHaveAttribute(
      "href",
      "/advice-requests/r-done",
    );
    expect(
      screen.getByRole("link", { name: /^EHC-2026-000042,? ?sent to Community Paediatrics$/ }),
    ).toHaveAttribute("href", "/advice-requests/r-team");
    expect(screen.getByText("Mobility at school")).toBeVisible();
    expect(screen.getByText(/^4 January 2027/)).toBeVisible();
    expect(screen.getAllByRole("link", { name: /^EHC-2026-000042/ })).toHaveLength(2);
  });
});
