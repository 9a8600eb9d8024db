import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const later = () => new Date(Date.now() + 30 * 60_000);

const admin = () => ({
  ...demoMe(later()),
  email: "admin@example.org",
  display_name: "Ada Adeyemi",
  role: "administrator",
  role_label: "Administrator",
});

const person = (n: number, status = "active") => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  email: `person${n}@example.org`,
  display_name: `Person ${n}`,
  role: "setting",
  role_label: "Education setting",
  status,
  created_at: "2026-11-01T10:00:00Z",
  last_sign_in_at: n === 1 ? null : "2026-11-20T17:26:00Z",
  teams: [] as { team_id: string; name: string; manager: boolean }[],
  settings: [] as { setting_id: string; name: string; title: string }[],
});

const signedInAdmin: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => json(admin()),
  "GET /api/v1/auth/session": () => json(admin().session),
};

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

describe("the list of users", () => {
  test("keeps the search and filters in the address and pages on with next_cursor", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp("/admin/users", {
      ...signedInAdmin,
      "GET /api/v1/users": (request) => {
        const url = new URL(request.url);
        if (url.searchParams.get("cursor") === "page-2") return json({ items: [person(3)] });
        if (url.searchParams.get("q") === "nobody") return json({ items: [] });
        return json({ items: [person(1, "invited"), person(2)], next_cursor: "page-2" });
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    const table = await screen.findByRole("table");
    expect(within(table).getByRole("link", { name: "Person 1" })).toHaveAttribute(
      "href",
      "/admin/users/00000000-0000-4000-8000-000000000001",
    );
    expect(within(table).getByText("Never signed in")).toBeInTheDocument();
    expect(within(table).getByText("Invited")).toBeInTheDocument();
    // The header offers administrators their pages.
    expect(screen.getByRole("navigation", { name: "Administration" })).toBeVisible();

    await user.click(screen.getByRole("link", { name: "Next page" }));
    expect(await within(await screen.findByRole("table")).findByText("Person 3")).toBeVisible();
    expect(router.state.location.search).toBe("?cursor=page-2");
    expect(screen.queryByRole("link", { name: "Next page" })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Name or email address"), "nobody");
    await user.selectOptions(screen.getByLabelText("Role"), "setting");
    await user.selectOptions(screen.getByLabelText("Status"), "suspended");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByRole("heading", { name: "No users found" })).toBeVisible();
    expect(router.state.location.search).toBe("?q=nobody&role=setting&status=suspended");
    const last = new URL(requests.filter((r) => r.url.includes("/api/v1/users")).at(-1)!.url);
    expect(Object.fromEntries(last.searchParams)).toEqual({
      limit: "25",
      q: "nobody",
      role: "setting",
      status: "suspended",
    });
  });

  test("tells anyone who is not an administrator they do not have access", async () => {
    const { requests } = renderApp("/admin/users", {
      ...signedInAdmin,
      "GET /api/v1/me": () => json(demoMe(later())),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "You do not have access to this page" }),
    ).toBeVisible();
    expect(screen.queryByRole("navigation", { name: "Administration" })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.includes("/api/v1/users"))).toBe(false);
  });
});

describe("inviting someone", () => {
  test("shows the server's validation errors in the summary and beside each field", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/admin/users/invite", {
      ...signedInAdmin,
      "POST /api/v1/users": async (request) => {
        const body = (await bodyOf(request)) as { email: string };
        if (body.email === "taken@example.org") {
          return problem({
            type: "https://ehc-hub.example/problems/validation",
            title: "Some of the information is not valid",
            status: 422,
            errors: [
              {
                field: "email",
                code: "taken",
                message: "An account already uses this email address",
              },
            ],
          });
        }
        return json({ ...person(4, "invited"), email: body.email, display_name: "Sam New" }, 201);
      },
    });
    const submit = await screen.findByRole("button", { name: "Send invitation" });
    await user.click(submit);
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter their full name" })).toHaveAttribute(
      "href",
      "#display_name",
    );
    expect(within(summary).getByRole("link", { name: "Select their role" })).toHaveAttribute(
      "href",
      "#role",
    );

    await user.type(screen.getByLabelText("Full name"), "Sam New");
    await user.type(screen.getByLabelText("Email address"), "taken@example.org");
    await user.click(screen.getByLabelText("Education setting"));
    await user.click(submit);
    expect(await screen.findByLabelText("Email address")).toHaveAccessibleDescription(
      /Error: An account already uses this email address/,
    );
    expect(within(await screen.findByRole("alert")).getByRole("link")).toHaveTextContent(
      "An account already uses this email address",
    );

    await user.clear(screen.getByLabelText("Email address"));
    await user.type(screen.getByLabelText("Email address"), "sam.new@example.org");
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Sam New has been invited" }),
    ).toBeVisible();
    expect(screen.getByText(/An invitation email is on its way to/)).toBeVisible();
    const sent = requests.filter((r) => r.method === "POST").at(-1)!;
    expect(await bodyOf(sent)).toEqual({
      display_name: "Sam New",
      email: "sam.new@example.org",
      role: "setting",
    });
  });
});

describe("suspending someone", () => {
  test("asks first, then suspends and says so", async () => {
    const user = userEvent.setup();
    let status = "active";
    const { requests, router } = renderApp("/admin/users/00000000-0000-4000-8000-000000000002", {
      ...signedInAdmin,
      "GET /api/v1/users/00000000-0000-4000-8000-000000000002": () => json(person(2, status)),
      "POST /api/v1/users/00000000-0000-4000-8000-000000000002/suspend": () => {
        status = "suspended";
        return json(person(2, status));
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Person 2" })).toBeVisible();
    expect(screen.getByText(/role never changes/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Suspend" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you sure you want to suspend Person 2?",
      }),
    ).toBeVisible();
    // Nothing has happened yet; "Cancel" goes back without suspending.
    expect(requests.some((r) => r.method === "POST")).toBe(false);
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Person 2" })).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Suspend" }));
    await user.click(await screen.findByRole("button", { name: "Yes, suspend" }));
    expect(await screen.findByText("Person 2 has been suspended and signed out.")).toBeVisible();
    expect(router.state.location.search).toBe("");
    expect(screen.getByText("Suspended")).toBeVisible();
    expect(screen.getByRole("button", { name: "Reactivate" })).toBeVisible();
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  test("shows a 409's detail in the error summary", async () => {
    const user = userEvent.setup();
    renderApp("/admin/users/00000000-0000-4000-8000-000000000002?confirm=suspend", {
      ...signedInAdmin,
      "GET /api/v1/users/00000000-0000-4000-8000-000000000002": () => json(person(2)),
      "POST /api/v1/users/00000000-0000-4000-8000-000000000002/suspend": () =>
        problem({
          type: "https://ehc-hub.example/problems/conflict",
          title: "Conflict",
          status: 409,
          detail: "You cannot suspend your own account.",
        }),
    });
    await user.click(await screen.findByRole("button", { name: "Yes, suspend" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "You cannot suspend your own account.",
    );
    expect(screen.getByRole("heading", { level: 1, name: "Person 2" })).toBeVisible();
  });
});
