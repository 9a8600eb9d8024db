import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import type { CaseSummary } from "./queries";

const ARRIVAL = { timeout: 5000 };

const signedIn = (role: string, role_label: string) => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  role,
  role_label,
  settings: role === "setting" ? demoMe(new Date()).settings : [],
});

const family = () => ({
  ...signedIn("family", "Parent or carer"),
  email: "pat@example.org",
  display_name: "Pat Taylor",
});
const coordinator = () => ({
  ...signedIn("case_coordinator", "Case co-ordinator"),
  email: "coordinator@example.org",
  display_name: "Chris Okafor",
});
const setting = () => signedIn("setting", "Education setting");

const caseFile: CaseSummary = {
  id: "case-1",
  case_ref: "EHC-2026-000007",
  stage: "final_plan",
  stage_label: "Final plan",
  stage_bar: [
    { label: "Request", state: "done" },
    { label: "Final plan", state: "current" },
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
  coordinator: { id: "c1", name: "Chris Okafor" },
  request_received_on: "2026-03-02",
  next_deadline: null,
  flags: [],
  what_next: { where_now: "The final EHC plan has been issued.", next: null },
};

const LETTERS = [
  {
    id: "plan-v2",
    kind: "final_plan_cover",
    name: "Final plan covering letter",
    dated: "2026-11-30",
    plan_version: 2,
  },
  {
    id: "ev-17",
    kind: "decision_to_issue",
    name: "Decision to issue a plan",
    dated: "2026-08-03",
    plan_version: null,
  },
  {
    id: "ev-9",
    kind: "decision_to_assess",
    name: "Decision to assess",
    dated: "2026-04-01",
  },
];

function server(me: () => unknown, extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me()),
    "GET /api/v1/auth/session": () => json(family().session),
    "GET /api/v1/cases/case-1": () => json(caseFile),
    "GET /api/v1/cases/case-1/timeline": () =>
      json({
        items: [
          {
            id: "t1",
            at: "2026-03-02T09:00:00Z",
            by: null,
            kind: "request.received",
            summary: "Request for assessment received online on 2 March 2026",
          },
        ],
      }),
    "GET /api/v1/cases/case-1/letters": () => json({ items: LETTERS }),
    ...extra,
  };
}

const askedForLetters = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname.includes("/letters"));

describe("the case's letters", { timeout: 20_000 }, () => {
  test("the family sees their letters, newest first, each with its own download link", async () => {
    renderApp("/cases/case-1", server(family));
    const section = await screen.findByTestId("letters", {}, ARRIVAL);
    expect(within(section).getByRole("heading", { level: 2, name: "Letters" })).toBeVisible();
    const rows = await within(section).findAllByRole("term");
    expect(rows.map((row) => row.textContent)).toEqual([
      "Final plan covering letter, version 2",
      "Decision to issue a plan",
      "Decision to assess",
    ]);
    expect(section).toHaveTextContent("30 November 2026");
    expect(section).toHaveTextContent("3 August 2026");
    expect(within(section).getByText("1 April 2026")).toHaveAttribute("datetime", "2026-04-01");

    const links = within(section).getAllByRole("link");
    expect(links).toHaveLength(3);
    // (jsdom's accessible name drops the space before the hidden words)
    const cover = within(section).getByRole("link", {
      name: /^Download ?Final plan covering letter, version 2 \(PDF\)$/,
    });
    expect(cover).toHaveAttribute("href", "/api/v1/cases/case-1/letters/plan-v2/pdf");
    expect(cover).toHaveAttribute("download");
    expect(
      within(section).getByRole("link", { name: /^Download ?Decision to assess \(PDF\)$/ }),
    ).toHaveAttribute("href", "/api/v1/cases/case-1/letters/ev-9/pdf");
    // Every link says which letter it downloads.
    const names = links.map((link) => link.textContent);
    expect(new Set(names).size).toBe(names.length);
  });

  test("a co-ordinator with no letters yet is told where they will appear", async () => {
    renderApp(
      "/cases/case-1",
      server(coordinator, { "GET /api/v1/cases/case-1/letters": () => json({ items: [] }) }),
    );
    const section = await screen.findByTestId("letters", {}, ARRIVAL);
    expect(
      await within(section).findByText(
        "No letters yet. The local authority's letters about its decisions appear here.",
      ),
    ).toBeVisible();
    expect(within(section).queryByRole("link")).not.toBeInTheDocument();
  });

  test("a setting's case page never asks for the letters", async () => {
    const { requests } = renderApp("/cases/case-1", server(setting));
    await screen.findByRole("heading", { level: 1 }, ARRIVAL);
    // The rest of the case file has loaded: the letters would have been asked for by now.
    expect(await screen.findByTestId("timeline")).toBeVisible();
    await waitFor(() =>
      expect(requests.some((r) => new URL(r.url).pathname === "/api/v1/cases/case-1")).toBe(true),
    );
    expect(askedForLetters(requests)).toHaveLength(0);
    expect(screen.queryByRole("heading", { name: "Letters" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("letters")).not.toBeInTheDocument();
  });

  test("the section is left out if the server will not give the letters", async () => {
    const { requests } = renderApp(
      "/cases/case-1",
      server(family, {
        "GET /api/v1/cases/case-1/letters": () =>
          problem({ type: "about:blank", title: "Not Found", status: 404 }),
      }),
    );
    expect(await screen.findByTestId("timeline", {}, ARRIVAL)).toBeVisible();
    await waitFor(() => expect(askedForLetters(requests)).toHaveLength(1));
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: "Letters" })).not.toBeInTheDocument(),
    );
  });
});
