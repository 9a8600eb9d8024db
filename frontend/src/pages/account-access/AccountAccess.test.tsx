import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, test } from "vitest";
import { EXAMPLESHIRE, json, NOT_SIGNED_IN, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const signedOut: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => problem(NOT_SIGNED_IN),
};

const validation = (field: string, message: string) =>
  problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "Some of the information is not valid",
    status: 422,
    errors: [{ field, code: "x", message }],
  });

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

/** The browser's address bar (the memory router does not use it; the token is read from it). */
function openLink(pathWithFragment: string) {
  window.history.replaceState(null, "", pathWithFragment);
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("forgot your password", () => {
  test("is linked from sign-in and says the same whatever the address", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/sign-in", {
      ...signedOut,
      "POST /api/v1/auth/password-reset": () => new Response(null, { status: 202 }),
    });
    await user.click(await screen.findByRole("link", { name: "Forgot your password?" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Reset your password" }),
    ).toBeVisible();
    await user.type(await screen.findByLabelText("Email address"), "nobody@example.org");
    await user.click(screen.getByRole("button", { name: "Send the link" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Check your email" }),
    ).toBeVisible();
    expect(screen.getByText(/has an account, we have sent it a link/)).toBeVisible();
    const sent = requests.find((r) => r.url.endsWith("/auth/password-reset"));
    expect(await bodyOf(sent!)).toEqual({ email: "nobody@example.org" });
  });
});

describe("choosing a new password from the reset link", () => {
  test("takes the token from the link, checks both passwords match, and shows the server's rules", async () => {
    const user = userEvent.setup();
    openLink("/reset-password#tok-123");
    const { requests, router } = renderApp("/reset-password", {
      ...signedOut,
      "POST /api/v1/auth/password-reset/complete": async (request) => {
        const { password } = (await bodyOf(request)) as { password: string };
        return password === "short"
          ? validation("password", "Your password must be at least 12 characters")
          : new Response(null, { status: 204 });
      },
    });
    const password = await screen.findByLabelText("New password");
    // The token is no longer in the address bar.
    expect(window.location.hash).toBe("");
    expect(password).toHaveAttribute("autocomplete", "new-password");

    await user.type(password, "short");
    await user.type(screen.getByLabelText("Type the new password again"), "shorter");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The two passwords do not match");

    await user.clear(screen.getByLabelText("Type the new password again"));
    await user.type(screen.getByLabelText("Type the new password again"), "short");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByLabelText("New password")).toHaveAccessibleDescription(
      /Error: Your password must be at least 12 characters/,
    );

    await user.clear(screen.getByLabelText("New password"));
    await user.clear(screen.getByLabelText("Type the new password again"));
    await user.type(screen.getByLabelText("New password"), "copper meadow thistle");
    await user.type(screen.getByLabelText("Type the new password again"), "copper meadow thistle");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(
      await screen.findByText("Your password has been changed. Sign in with your new password."),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in");
    const last = requests.filter((r) => r.url.endsWith("/complete")).at(-1)!;
    expect(await bodyOf(last)).toEqual({ token: "tok-123", password: "copper meadow thistle" });
  });

  test("without a token, says the link does not work", async () => {
    renderApp("/reset-password", signedOut);
    expect(
      await screen.findByRole("heading", { level: 1, name: "This link does not work" }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
  });
});

describe("accepting an invitation", () => {
  test("greets the person, takes a password, and moves on to setting up the second factor", async () => {
    const user = userEvent.setup();
    openLink("/invitation#inv-9");
    const { router } = renderApp("/invitation", {
      ...signedOut,
      "POST /api/v1/auth/invitations/lookup": () =>
        json({
          email: "new.senco@school.example.org",
          display_name: "Alex Kim",
          role_label: "Education setting",
          la_name: "Exampleshire County Council",
        }),
      "POST /api/v1/auth/invitations/accept": () =>
        json({ next: "set_up_second_factor", method: null, phone_ending: null }),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    expect(screen.getByText(/has invited you to the EHC hub, Alex Kim/)).toBeVisible();
    expect(screen.getByText("new.senco@school.example.org")).toBeVisible();
    await user.type(screen.getByLabelText("New password"), "copper meadow thistle");
    await user.type(screen.getByLabelText("Type the new password again"), "copper meadow thistle");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    expect(
      await screen.findByRole("heading", { name: "Set up a second way to prove it is you" }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in/set-up");
  });

  test("an expired or used link says so", async () => {
    openLink("/invitation#old");
    renderApp("/invitation", {
      ...signedOut,
      "POST /api/v1/auth/invitations/lookup": () =>
        validation(
          "token",
          "This invitation link has expired or has been used. Ask for a new one: links work once and for a limited time",
        ),
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "This invitation link does not work" }),
    ).toBeVisible();
    expect(screen.getByText(/has expired or has been used/)).toBeVisible();
  });
});
