import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

// jsdom's accessible names drop the space that starts a visually hidden
// "Revoke<span> Case management system</span>", which browsers keep: names with
// one are matched with an optional space.

const later = () => new Date(Date.now() + 30 * 60_000);

const signedInAdmin: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () =>
    json({ ...demoMe(later()), role: "administrator", role_label: "Administrator" }),
  "GET /api/v1/auth/session": () => json(demoMe(later()).session),
};

const TEAM_ID = "7d0c2a55-1111-4000-8000-000000000001";
const SETTING_ID = "5e7b9c11-2222-4000-8000-000000000001";
const LEE = "00000000-0000-4000-8000-0000000000e1";
const PRIYA = "00000000-0000-4000-8000-0000000000e2";

const team = (id = TEAM_ID, name = "Therapy Service") => ({
  id,
  name,
  service: "health",
  email: "therapy@nhs.example.org",
  version: 1,
  created_at: "2026-11-01T10:00:00Z",
  updated_at: "2026-11-01T10:00:00Z",
});

const member = (user_id: string, display_name: string, manager: boolean) => ({
  user_id,
  display_name,
  email: `${display_name.split(" ")[0]!.toLowerCase()}@nhs.example.org`,
  manager,
  added_at: "2026-11-02T10:00:00Z",
});

const setting = () => ({
  id: SETTING_ID,
  name: "Riverside Primary School",
  urn: "123456",
  phase: "primary",
  version: 1,
  created_at: "2026-11-01T10:00:00Z",
  updated_at: "2026-11-01T10:00:00Z",
});

const account = (id: string, display_name: string, role: string, extra: object = {}) => ({
  id,
  email: `${display_name.split(" ")[0]!.toLowerCase()}@example.org`,
  display_name,
  role,
  role_label: role === "setting" ? "Education setting" : "Contributor",
  status: "active",
  created_at: "2026-11-01T10:00:00Z",
  last_sign_in_at: null,
  teams: [],
  settings: [],
  ...extra,
});

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

const validation = (field: string, message: string, status = 422) =>
  problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "Some of the information is not valid",
    status,
    errors: [{ field, code: "invalid", message }],
  });

describe("teams", () => {
  test("the list shows each team's service, email and number of members", async () => {
    renderApp("/admin/teams", {
      ...signedInAdmin,
      "GET /api/v1/teams": () =>
        json({
          items: [
            { ...team(), member_count: 2 },
            { ...team("t2", "Autism Outreach"), service: "education", member_count: 1 },
          ],
        }),
    });
    const table = await screen.findByRole("table", {}, { timeout: 5000 });
    const row = within(table).getByRole("row", { name: /Therapy Service/ });
    expect(within(row).getByRole("link", { name: "Therapy Service" })).toHaveAttribute(
      "href",
      `/admin/teams/${TEAM_ID}`,
    );
    expect(row).toHaveTextContent("Health");
    expect(row).toHaveTextContent("therapy@nhs.example.org");
    expect(await within(row).findByText("2 members")).toBeVisible();
    const other = within(table).getByRole("row", { name: /Autism Outreach/ });
    expect(other).toHaveTextContent("Education");
    expect(await within(other).findByText("1 member")).toBeVisible();
    const nav = screen.getByRole("navigation", { name: "Administration" });
    expect(within(nav).getByRole("link", { name: "Teams" })).toHaveAttribute(
      "href",
      "/admin/teams",
    );
    expect(within(nav).getByRole("link", { name: "Education settings" })).toBeVisible();
    expect(within(nav).getByRole("link", { name: "Integration clients" })).toBeVisible();
  });

  test("creating a team names each missing field, then the server's refusal, then opens the team", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp("/admin/teams/new", {
      ...signedInAdmin,
      "POST /api/v1/teams": async (request) => {
        const body = (await bodyOf(request)) as { name: string };
        if (body.name === "Therapy Service") {
          return validation("name", "There is already a team with this name", 409);
        }
        return json({ ...team("t9", body.name) }, 201);
      },
      "GET /api/v1/teams/t9": () => json(team("t9", "Speech and Language Therapy")),
      "GET /api/v1/teams/t9/members": () => json({ items: [] }),
    });
    await user.click(await screen.findByRole("button", { name: "Create team" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual([
      ["Enter the team's name", "#name"],
      ["Select the team's service", "#service"],
      ["Enter the team's email address", "#email"],
    ]);
    expect(requests.some((r) => r.method === "POST")).toBe(false);
    expect(document.title).toMatch(/^Error: Create a team/);

    await user.type(screen.getByLabelText("Team name"), "Therapy Service");
    await user.click(screen.getByLabelText("Health"));
    await user.type(screen.getByLabelText("Team email address"), "therapy@nhs.example.org");
    await user.click(screen.getByRole("button", { name: "Create team" }));
    expect(await screen.findByLabelText("Team name")).toHaveAccessibleDescription(
      /Error: There is already a team with this name/,
    );
    expect(screen.getByLabelText("Team email address")).not.toHaveAccessibleDescription(/Error/);

    await user.clear(screen.getByLabelText("Team name"));
    await user.type(screen.getByLabelText("Team name"), "Speech and Language Therapy");
    await user.click(screen.getByRole("button", { name: "Create team" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: /Speech and Language Therapy/ }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/admin/teams/t9");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Speech and Language Therapy has been created",
    );
    expect(screen.getByText("This team has no members yet.")).toBeVisible();
    expect(await bodyOf(requests.filter((r) => r.method === "POST").at(-1)!)).toEqual({
      name: "Speech and Language Therapy",
      service: "health",
      email: "therapy@nhs.example.org",
    });
  });

  test("making someone a manager puts the flag on their membership, and unmaking takes it off", async () => {
    const user = userEvent.setup();
    const managers = new Set<string>();
    const { requests } = renderApp(`/admin/teams/${TEAM_ID}`, {
      ...signedInAdmin,
      [`GET /api/v1/teams/${TEAM_ID}`]: () => json(team()),
      [`GET /api/v1/teams/${TEAM_ID}/members`]: () =>
        json({ items: [member(LEE, "Lee Chen", managers.has(LEE))] }),
      [`PUT /api/v1/teams/${TEAM_ID}/members/${LEE}`]: async (request) => {
        const { manager } = (await bodyOf(request)) as { manager: boolean };
        if (manager) managers.add(LEE);
        else managers.delete(LEE);
        return json(member(LEE, "Lee Chen", manager));
      },
    });
    await user.click(await screen.findByRole("button", { name: /^Make manager ?for Lee Chen$/ }));
    expect(await screen.findByText("Lee Chen is now a manager of Therapy Service.")).toBeVisible();
    expect(await screen.findByText("Manager")).toBeVisible();
    const puts = () => requests.filter((r) => r.method === "PUT");
    expect(puts()).toHaveLength(1);
    expect(new URL(puts()[0]!.url).pathname).toBe(`/api/v1/teams/${TEAM_ID}/members/${LEE}`);
    expect(await bodyOf(puts()[0]!)).toEqual({ manager: true });

    await user.click(
      await screen.findByRole("button", { name: /^Remove as manager ?for Lee Chen$/ }),
    );
    expect(
      await screen.findByText("Lee Chen is no longer a manager of Therapy Service."),
    ).toBeVisible();
    expect(await bodyOf(puts()[1]!)).toEqual({ manager: false });
    expect(
      await screen.findByRole("button", { name: /^Make manager ?for Lee Chen$/ }),
    ).toBeVisible();
  });

  test("removing a member asks first, and only then deletes the membership", async () => {
    const user = userEvent.setup();
    let members = [member(LEE, "Lee Chen", false), member(PRIYA, "Priya Shah", false)];
    const { requests, router } = renderApp(`/admin/teams/${TEAM_ID}`, {
      ...signedInAdmin,
      [`GET /api/v1/teams/${TEAM_ID}`]: () => json(team()),
      [`GET /api/v1/teams/${TEAM_ID}/members`]: () => json({ items: members }),
      [`DELETE /api/v1/teams/${TEAM_ID}/members/${PRIYA}`]: () => {
        members = members.filter((m) => m.user_id !== PRIYA);
        return new Response(null, { status: 204 });
      },
    });
    await user.click(await screen.findByRole("link", { name: /^Remove ?Priya Shah$/ }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you sure you want to remove Priya Shah from Therapy Service?",
      }),
    ).toBeVisible();
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, remove them" }));
    expect(
      await screen.findByText("Priya Shah has been removed from Therapy Service."),
    ).toBeVisible();
    expect(router.state.location.search).toBe("");
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
    expect(screen.queryByRole("link", { name: /^Remove ?Priya Shah$/ })).not.toBeInTheDocument();
  });

  test("adding a member searches contributors and adds the one chosen", async () => {
    const user = userEvent.setup();
    let members = [member(LEE, "Lee Chen", false)];
    const { requests, router } = renderApp(`/admin/teams/${TEAM_ID}/add-member`, {
      ...signedInAdmin,
      [`GET /api/v1/teams/${TEAM_ID}`]: () => json(team()),
      [`GET /api/v1/teams/${TEAM_ID}/members`]: () => json({ items: members }),
      "GET /api/v1/users": () =>
        json({
          items: [
            account(LEE, "Lee Chen", "contributor"),
            account(PRIYA, "Priya Shah", "contributor"),
          ],
        }),
      [`PUT /api/v1/teams/${TEAM_ID}/members/${PRIYA}`]: () => {
        members = [...members, member(PRIYA, "Priya Shah", false)];
        return json(member(PRIYA, "Priya Shah", false), 201);
      },
    });
    await user.type(
      await screen.findByLabelText("Search contributors by name or email address"),
      "sha",
    );
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText("2 people found")).toBeVisible();
    const search = new URL(requests.filter((r) => r.url.includes("/api/v1/users")).at(-1)!.url);
    expect(search.searchParams.get("q")).toBe("sha");
    expect(search.searchParams.get("role")).toBe("contributor");
    expect(screen.getByText("Already a member")).toBeVisible();
    expect(screen.queryByRole("button", { name: /^Add ?Lee Chen$/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /^Add ?Priya Shah$/ }));
    expect(await screen.findByText("Priya Shah has been added to Therapy Service.")).toBeVisible();
    expect(router.state.location.pathname).toBe(`/admin/teams/${TEAM_ID}`);
    expect(await bodyOf(requests.filter((r) => r.method === "PUT").at(-1)!)).toEqual({
      manager: false,
    });
    expect(await screen.findByRole("link", { name: "Priya Shah" })).toBeVisible();
  });
});

describe("education settings", () => {
  test("a URN that is not 6 digits is refused before asking the server, and a taken one after", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/admin/settings/new", {
      ...signedInAdmin,
      "POST /api/v1/education-settings": () =>
        validation("urn", "There is already a setting with this URN", 409),
    });
    await user.type(await screen.findByLabelText("Name"), "Riverside Primary School");
    await user.type(screen.getByLabelText("URN"), "12345");
    await user.click(screen.getByRole("button", { name: "Add setting" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "The URN must be 6 digits, like 123456" }),
    ).toHaveAttribute("href", "#urn");
    expect(
      within(summary).getByRole("link", { name: "Select the setting's phase" }),
    ).toHaveAttribute("href", "#phase");
    expect(screen.getByLabelText("Name")).not.toHaveAccessibleDescription(/Error/);
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.type(screen.getByLabelText("URN"), "6");
    await user.click(screen.getByLabelText("Primary"));
    await user.click(screen.getByRole("button", { name: "Add setting" }));
    expect(await screen.findByLabelText("URN")).toHaveAccessibleDescription(
      /Error: There is already a setting with this URN/,
    );
    expect(await bodyOf(requests.filter((r) => r.method === "POST")[0]!)).toEqual({
      name: "Riverside Primary School",
      urn: "123456",
      phase: "primary",
    });
  });

  test("adding staff: search, choose the person, then give their title", async () => {
    const user = userEvent.setup();
    const SAM = "00000000-0000-4000-8000-0000000000f1";
    const { requests, router } = renderApp(`/admin/settings/${SETTING_ID}/add-staff?q=sam`, {
      ...signedInAdmin,
      [`GET /api/v1/education-settings/${SETTING_ID}`]: () => json(setting()),
      [`GET /api/v1/education-settings/${SETTING_ID}/members`]: () => json({ items: [] }),
      "GET /api/v1/users": () => json({ items: [account(SAM, "Sam Patel", "setting")] }),
      [`GET /api/v1/users/${SAM}`]: () => json(account(SAM, "Sam Patel", "setting")),
      [`PUT /api/v1/education-settings/${SETTING_ID}/members/${SAM}`]: async (request) => {
        const { title } = (await bodyOf(request)) as { title: string };
        return json(
          {
            user_id: SAM,
            display_name: "Sam Patel",
            email: "sam@example.org",
            title,
            added_at: "2026-11-02T10:00:00Z",
          },
          201,
        );
      },
    });
    await user.click(await screen.findByRole("link", { name: /^Choose ?Sam Patel$/ }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "What is Sam Patel's job title at Riverside Primary School?",
      }),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Add to staff" }));
    expect(
      within(await screen.findByRole("alert")).getByRole("link", {
        name: "Select or enter their job title",
      }),
    ).toHaveAttribute("href", "#title");

    await user.click(screen.getByLabelText("Another job title"));
    await user.type(
      screen.getByLabelText("Job title", { selector: "input[type=text]" }),
      "Deputy head",
    );
    await user.click(screen.getByRole("button", { name: "Add to staff" }));
    expect(
      await screen.findByText(
        "Sam Patel has been added to Riverside Primary School as Deputy head.",
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(`/admin/settings/${SETTING_ID}`);
    expect(await bodyOf(requests.filter((r) => r.method === "PUT")[0]!)).toEqual({
      title: "Deputy head",
    });
  });
});

describe("inviting someone into a setting or teams", () => {
  test("an education setting's SENCo is invited with their setting and title", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/admin/users/invite", {
      ...signedInAdmin,
      "GET /api/v1/education-settings": () => json({ items: [setting()] }),
      "POST /api/v1/users": async (request) => {
        const body = (await bodyOf(request)) as { email: string };
        return json(
          account("new", "Sam Patel", "setting", {
            email: body.email,
            settings: [
              { setting_id: SETTING_ID, name: "Riverside Primary School", title: "SENCo" },
            ],
          }),
          201,
        );
      },
    });
    await user.type(await screen.findByLabelText("Full name"), "Sam Patel");
    await user.type(screen.getByLabelText("Email address"), "sam@riverside.example.org");
    expect(screen.queryByLabelText("Which setting do they work at?")).not.toBeInTheDocument();
    await user.click(screen.getByLabelText("Education setting"));
    await user.selectOptions(
      await screen.findByLabelText("Which setting do they work at?"),
      "Riverside Primary School (URN 123456)",
    );
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(
      within(await screen.findByRole("alert")).getByRole("link", {
        name: "Select or enter their job title at the setting",
      }),
    ).toHaveAttribute("href", "#setting_title");
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(screen.getByLabelText("SENCo"));
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Sam Patel has been invited" }),
    ).toBeVisible();
    expect(screen.getByText("Riverside Primary School (SENCo)")).toBeVisible();
    expect(await bodyOf(requests.filter((r) => r.method === "POST")[0]!)).toEqual({
      display_name: "Sam Patel",
      email: "sam@riverside.example.org",
      role: "setting",
      setting_id: SETTING_ID,
      setting_title: "SENCo",
    });
  });

  test("a contributor is invited into the teams chosen, managing those ticked, and a refused team is shown on the list of teams", async () => {
    const user = userEvent.setup();
    let refuse = true;
    const { requests } = renderApp("/admin/users/invite", {
      ...signedInAdmin,
      "GET /api/v1/teams": () => json({ items: [team("t1", "Autism Outreach"), team()] }),
      "POST /api/v1/users": () => {
        if (refuse) {
          refuse = false;
          return validation("teams.1.team_id", "There is no team with this id");
        }
        return json(account("new", "Lee Chen", "contributor"), 201);
      },
    });
    await user.type(await screen.findByLabelText("Full name"), "Lee Chen");
    await user.type(screen.getByLabelText("Email address"), "lee@nhs.example.org");
    await user.click(screen.getByLabelText("Contributor"));
    expect(screen.queryByLabelText("They manage Therapy Service")).not.toBeInTheDocument();
    await user.click(await screen.findByLabelText("Therapy Service"));
    await user.click(screen.getByLabelText("Autism Outreach"));
    await user.click(screen.getByLabelText("They manage Therapy Service"));
    await user.click(screen.getByRole("button", { name: "Send invitation" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "There is no team with this id" }),
    ).toHaveAttribute("href", "#teams");
    expect(
      screen.getByRole("group", { name: "Which teams are they in?" }),
    ).toHaveAccessibleDescription(/Error: There is no team with this id/);
    expect(await bodyOf(requests.filter((r) => r.method === "POST")[0]!)).toEqual({
      display_name: "Lee Chen",
      email: "lee@nhs.example.org",
      role: "contributor",
      teams: [
        { team_id: "t1", manager: false },
        { team_id: TEAM_ID, manager: true },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Lee Chen has been invited" }),
    ).toBeVisible();
  });
});

describe("the list of users", () => {
  test("shows each person's teams or setting", async () => {
    renderApp("/admin/users", {
      ...signedInAdmin,
      "GET /api/v1/users": () =>
        json({
          items: [
            account(LEE, "Lee Chen", "contributor", {
              teams: [
                { team_id: "t1", name: "Autism Outreach", manager: false },
                { team_id: TEAM_ID, name: "Therapy Service", manager: true },
              ],
            }),
            account("sam", "Sam Patel", "setting", {
              settings: [
                { setting_id: SETTING_ID, name: "Riverside Primary School", title: "SENCo" },
              ],
            }),
          ],
        }),
    });
    const table = await screen.findByRole("table", {}, { timeout: 5000 });
    expect(within(table).getByRole("columnheader", { name: "Teams or setting" })).toBeVisible();
    const lee = within(table).getByRole("row", { name: /Lee Chen/ });
    expect(within(lee).getByText("Therapy Service (manager)")).toBeVisible();
    expect(within(lee).getByText("Autism Outreach")).toBeVisible();
    const sam = within(table).getByRole("row", { name: /Sam Patel/ });
    expect(within(sam).getByText("Riverside Primary School (SENCo)")).toBeVisible();
  });
});

describe("integration clients", () => {
  const CLIENT = {
    id: "cli_0123456789abcdef",
    name: "Case management system",
    scopes: ["cases:read", "organisations:read"],
    created_at: "2026-11-20T10:00:00Z",
    revoked_at: null,
    last_used_at: null,
  };

  test("the secret is shown once, and is gone after leaving the page", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/admin/integration-clients/new", {
      ...signedInAdmin,
      "POST /api/v1/api-clients": () =>
        json({ client: CLIENT, client_secret: "s3cr3t-only-once-Zq9" }, 201),
      "GET /api/v1/api-clients": () => json({ items: [CLIENT] }),
    });
    await user.type(await screen.findByLabelText("Name"), "Case management system");
    await user.click(screen.getByRole("button", { name: "Create client" }));
    expect(
      within(await screen.findByRole("alert")).getByRole("link", {
        name: "Select what the client may read",
      }),
    ).toHaveAttribute("href", "#scopes");
    expect(screen.getByRole("group", { name: "What may it read?" })).toHaveAccessibleDescription(
      /Error: Select what the client may read/,
    );
    expect(requests.some((r) => r.method === "POST")).toBe(false);

    await user.click(screen.getByLabelText("Read cases"));
    await user.click(screen.getByLabelText("Read teams and education settings"));
    await user.click(screen.getByRole("button", { name: "Create client" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Case management system has been created",
      }),
    ).toBeVisible();
    expect(screen.getByTestId("client-secret")).toHaveTextContent("s3cr3t-only-once-Zq9");
    expect(screen.getByTestId("client-id")).toHaveTextContent(CLIENT.id);
    expect(screen.getByText(/Copy the secret now. It will not be shown again/)).toBeVisible();
    expect(await bodyOf(requests.filter((r) => r.method === "POST")[0]!)).toEqual({
      name: "Case management system",
      scopes: ["cases:read", "organisations:read"],
    });

    await user.click(
      screen.getByRole("link", { name: "I have copied the secret: back to integration clients" }),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "Integration clients" }),
    ).toBeVisible();
    expect(await screen.findByRole("table")).toHaveTextContent("Case management system");
    expect(document.body).not.toHaveTextContent("s3cr3t-only-once-Zq9");

    await router.navigate(-1);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Create an integration client" }),
    ).toBeVisible();
    expect(document.body).not.toHaveTextContent("s3cr3t-only-once-Zq9");
  });

  test("revoking asks first, then the client is shown as revoked", async () => {
    const user = userEvent.setup();
    let revoked: string | null = null;
    const { requests } = renderApp("/admin/integration-clients", {
      ...signedInAdmin,
      "GET /api/v1/api-clients": () => json({ items: [{ ...CLIENT, revoked_at: revoked }] }),
      [`POST /api/v1/api-clients/${CLIENT.id}/revoke`]: () => {
        revoked = "2026-11-23T09:30:00Z";
        return json({ ...CLIENT, revoked_at: revoked });
      },
    });
    const table = await screen.findByRole("table", {}, { timeout: 5000 });
    const row = within(table).getByRole("row", { name: /Case management system/ });
    expect(row).toHaveTextContent("Read cases");
    expect(row).toHaveTextContent("Active");
    expect(row).toHaveTextContent("Never used");
    await user.click(within(row).getByRole("link", { name: /^Revoke ?Case management system$/ }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you sure you want to revoke Case management system?",
      }),
    ).toBeVisible();
    expect(requests.some((r) => r.method === "POST")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, revoke it" }));
    expect(await screen.findByText(/Case management system has been revoked/)).toBeVisible();
    const after = within(await screen.findByRole("table")).getByRole("row", {
      name: /Case management system/,
    });
    expect(await within(after).findByText("Revoked")).toBeVisible();
    expect(within(after).queryByRole("link", { name: /Revoke/ })).not.toBeInTheDocument();
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });
});
