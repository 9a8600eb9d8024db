import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FakeBroadcastChannel } from "../../../test/fakeBroadcastChannel";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const me = () => demoMe(new Date(Date.now() + 30 * 60_000));
const signedIn: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => json(me()),
};

const wrongCurrentPassword = () =>
  problem({
    type: "https://ehc-hub.example/problems/unauthorized",
    title: "Not signed in",
    status: 401,
    errors: [
      { field: "current_password", code: "incorrect", message: "Your current password is wrong" },
    ],
  });

const brokenRules = () =>
  problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "Some of the information is not valid",
    status: 422,
    errors: [
      {
        field: "new_password",
        code: "too_short",
        message: "Your password must be at least 12 characters",
      },
      {
        field: "new_password",
        code: "common",
        message: "Your password must not be a commonly used password",
      },
    ],
  });

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

function posts(requests: Request[], path: string) {
  return requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === path);
}

beforeEach(() => vi.stubGlobal("BroadcastChannel", FakeBroadcastChannel));
afterEach(() => {
  vi.unstubAllGlobals();
  FakeBroadcastChannel.reset();
});

describe("your account", () => {
  test("links to changing the password and how sign-in codes come", async () => {
    const user = userEvent.setup();
    renderApp("/account", signedIn);
    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Change your password" })).toHaveAttribute(
      "href",
      "/account/password",
    );
    await user.click(screen.getByRole("link", { name: "Change how you get sign-in codes" }));
    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Change how you get sign-in codes",
    });
    expect(heading).toHaveFocus();
    expect(document.title).toBe(
      "Change how you get sign-in codes – EHC hub – Exampleshire County Council",
    );
  });
});

describe("changing your password", () => {
  test("checks both fields are filled in before asking the server", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/account/password", signedIn);
    await user.click(await screen.findByRole("button", { name: "Change password" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter your current password" }),
    ).toHaveAttribute("href", "#current_password");
    expect(within(summary).getByRole("link", { name: "Enter a new password" })).toHaveAttribute(
      "href",
      "#new_password",
    );
    expect(document.title).toMatch(/^Error: Change your password/);
    expect(posts(requests, "/api/v1/me/password")).toHaveLength(0);
  });

  test("shows a wrong current password beside that field", async () => {
    const user = userEvent.setup();
    renderApp("/account/password", {
      ...signedIn,
      "POST /api/v1/me/password": wrongCurrentPassword,
    });
    await user.type(await screen.findByLabelText("Current password"), "not it");
    await user.type(screen.getByLabelText("New password"), "violet harbour lantern");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Your current password is wrong" }),
    ).toHaveAttribute("href", "#current_password");
    expect(screen.getByLabelText("Current password")).toHaveAccessibleDescription(
      "Error: Your current password is wrong",
    );
    expect(screen.getByLabelText("New password")).not.toHaveAccessibleDescription(/Error/);
  });

  test("lists every rule the new password breaks, with the same advice as a reset", async () => {
    const user = userEvent.setup();
    renderApp("/account/password", { ...signedIn, "POST /api/v1/me/password": brokenRules });
    const newPassword = await screen.findByLabelText("New password");
    expect(newPassword).toHaveAttribute("autocomplete", "new-password");
    expect(newPassword).toHaveAccessibleDescription(/Use at least 12 characters/);
    await user.type(screen.getByLabelText("Current password"), "violet harbour lantern");
    await user.type(newPassword, "password");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    const summary = await screen.findByRole("alert");
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Your password must be at least 12 characters", "#new_password"],
      ["Your password must not be a commonly used password", "#new_password"],
    ]);
    expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(
      /Error: Your password must be at least 12 characters\s*Your password must not be a commonly used password/,
    );
  });

  test("sends both passwords and says the other sessions have ended", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/account", {
      ...signedIn,
      "POST /api/v1/me/password": () => new Response(null, { status: 204 }),
    });
    await user.click(await screen.findByRole("link", { name: "Change your password" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Change your password" }),
    ).toHaveFocus();
    expect(document.title).toBe("Change your password – EHC hub – Exampleshire County Council");
    await user.type(screen.getByLabelText("Current password"), "violet harbour lantern");
    await user.type(screen.getByLabelText("New password"), "amber meadow kettle swing");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/account");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Your password has been changed. You have been signed out everywhere else.",
    );
    const [sent] = posts(requests, "/api/v1/me/password");
    expect(sent?.headers.get("X-EHC-CSRF")).toBe("1");
    expect(await bodyOf(sent!)).toEqual({
      current_password: "violet harbour lantern",
      new_password: "amber meadow kettle swing",
    });
    // Still signed in here.
    expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

describe("changing how you get sign-in codes", () => {
  test("says the old way stops at once, and shows a wrong password beside the field", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/account/second-factor", {
      ...signedIn,
      "POST /api/v1/me/second-factor/change": wrongCurrentPassword,
    });
    expect(
      await screen.findByText(/the way you get codes now will stop working straight away/),
    ).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter your current password");
    expect(posts(requests, "/api/v1/me/second-factor/change")).toHaveLength(0);

    await user.type(screen.getByLabelText("Enter your current password"), "not it");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Enter your current password")).toHaveAccessibleDescription(
        /Error: Your current password is wrong/,
      ),
    );
    expect(
      within(screen.getByRole("alert")).getByRole("link", {
        name: "Your current password is wrong",
      }),
    ).toHaveAttribute("href", "#current_password");
    expect(document.title).toMatch(/^Error: Change how you get sign-in codes/);
    expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("goes on to set up the new way, shown as signed out, without signing out other tabs", async () => {
    const user = userEvent.setup();
    const heard = FakeBroadcastChannel.listen("ehc-hub-session");
    let meCalls = 0;
    const { requests, router } = renderApp("/account/second-factor", {
      ...signedIn,
      "GET /api/v1/me": () => {
        meCalls += 1;
        return json(me());
      },
      "POST /api/v1/me/second-factor/change": () => json({ next: "set_up_second_factor" }),
    });
    await user.type(await screen.findByLabelText("Enter your current password"), "violet");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Set up a second way to prove it is you",
      }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in/set-up");
    expect(router.state.location.search).toBe("?next=%2Faccount");
    const [sent] = posts(requests, "/api/v1/me/second-factor/change");
    expect(await bodyOf(sent!)).toEqual({ current_password: "violet" });
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument(),
    );
    expect(meCalls).toBe(1);
    expect(heard).not.toContainEqual(expect.objectContaining({ type: "signed-out" }));
  });
});
