import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };

const me = () => demoMe(new Date(Date.now() + 30 * 60_000));

function server(stored: { email: boolean }, failSaving = false): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me()),
    "GET /api/v1/auth/session": () => json(me().session),
    "GET /api/v1/me/notification-preferences": () => json(stored),
    "PUT /api/v1/me/notification-preferences": async (request) => {
      if (failSaving) {
        return problem({ type: "about:blank", title: "Service unavailable", status: 503 });
      }
      stored.email = (JSON.parse(await request.clone().text()) as { email: boolean }).email;
      return json(stored);
    },
  };
}

describe("notification settings on the account page", { timeout: 15_000 }, () => {
  test("show the stored choice, save a change and say so", async () => {
    const user = userEvent.setup();
    const stored = { email: true };
    const { requests } = renderApp("/account", server(stored));
    const box = await screen.findByRole(
      "checkbox",
      {
        name: "Also send me my notifications by email",
      },
      ARRIVAL,
    );
    expect(box).toBeChecked();
    expect(box.closest("fieldset")).toHaveAccessibleDescription(
      /sign-in codes, invitations and password resets – always come by email or text message/,
    );

    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Save notification settings" }));
    const banner = await screen.findByRole("alert");
    expect(banner).toHaveTextContent("Your notification settings have been saved.");
    expect(banner).toHaveTextContent("in the service only, not by email");
    expect(stored.email).toBe(false);
    const put = requests.find((r) => r.method === "PUT")!;
    expect(JSON.parse(await put.clone().text())).toEqual({ email: false });
    expect(
      screen.getByRole("checkbox", { name: "Also send me my notifications by email" }),
    ).not.toBeChecked();
  });

  test("say when saving did not work", async () => {
    const user = userEvent.setup();
    renderApp("/account", server({ email: false }, true));
    const box = await screen.findByRole(
      "checkbox",
      {
        name: "Also send me my notifications by email",
      },
      ARRIVAL,
    );
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Save notification settings" }));
    expect(
      within(await screen.findByRole("alert")).getByText(
        "We could not save your notification settings. Try again in a few minutes.",
      ),
    ).toBeVisible();
  });
});
