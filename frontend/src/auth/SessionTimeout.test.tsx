import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FakeBroadcastChannel } from "../../test/fakeBroadcastChannel";
import { demoMe, EXAMPLESHIRE, json, NOT_SIGNED_IN, problem } from "../../test/fakeServer";
import { renderApp } from "../../test/renderApp";
import { resetServerClock } from "../api/serverClock";
import { SESSION_CHANNEL_NAME } from "./sessionChannel";

const START = new Date("2026-11-22T10:00:00Z");
const MINUTE = 60_000;
const idleDeadline = new Date(START.getTime() + 30 * MINUTE);

function times(idle: Date) {
  return demoMe(idle).session;
}

/** Renders the signed-in home page; `session` is what GET /auth/session answers. */
async function signedInHome(session: () => Response = () => json(times(idleDeadline))) {
  const view = renderApp("/", {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(demoMe(idleDeadline)),
    "GET /api/v1/auth/session": session,
    "POST /api/v1/auth/session/extend": () => json(times(new Date(Date.now() + 30 * MINUTE))),
    "POST /api/v1/auth/sign-out": () => new Response(null, { status: 204 }),
  });
  await screen.findByRole("heading", { level: 1, name: "Your work" });
  const sessionChecks = () =>
    view.requests.filter((r) => new URL(r.url).pathname === "/api/v1/auth/session").length;
  const extends_ = () =>
    view.requests.filter((r) => new URL(r.url).pathname === "/api/v1/auth/session/extend");
  return { ...view, sessionChecks, extends_ };
}

async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Moves the clock to `minutes` after START. */
async function advanceTo(minutes: number) {
  await advance(START.getTime() + minutes * MINUTE - Date.now());
}

function anotherTab() {
  const tab = new FakeBroadcastChannel(SESSION_CHANNEL_NAME);
  const heard: unknown[] = [];
  tab.onmessage = (event) => heard.push(event.data);
  return { tab, heard };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(START);
  vi.stubGlobal("BroadcastChannel", FakeBroadcastChannel);
  resetServerClock();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeBroadcastChannel.reset();
});

describe("the time-out warning", () => {
  test("appears 2 minutes before the idle deadline, after checking the session passively", async () => {
    const { sessionChecks } = await signedInHome();

    await advanceTo(27.9);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(sessionChecks()).toBe(0);

    await advanceTo(28.05);
    const dialog = await screen.findByRole("dialog", { name: "You are about to be signed out" });
    expect(sessionChecks()).toBe(1);
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(/You will be signed out in 2 minutes\./);
    expect(within(dialog).getByTestId("timeout-countdown")).toHaveTextContent(
      /You will be signed out in (2 minutes|1 minute 5\d seconds)\./,
    );

    // The countdown moves every second on screen; screen readers hear it rarely.
    await advanceTo(29.5);
    expect(within(dialog).getByTestId("timeout-countdown")).toHaveTextContent(
      "You will be signed out in 30 seconds.",
    );
    const live = dialog.querySelector("[aria-live]");
    expect(live).toHaveTextContent("You will be signed out in less than a minute.");
    // The rest of the page cannot be reached while it is open.
    expect(screen.getByRole("main", { hidden: true }).closest("[inert]")).not.toBeNull();
  });

  test("'Stay signed in' extends the session, closes, gives focus back and tells other tabs", async () => {
    const { extends_ } = await signedInHome();
    const { heard } = anotherTab();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const accountLink = screen.getByRole("link", { name: "Sam Patel: your account" });
    accountLink.focus();

    await advanceTo(28.1);
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Stay signed in" }));

    expect(extends_()).toHaveLength(1);
    expect(extends_()[0]?.headers.get("X-EHC-CSRF")).toBe("1");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(accountLink).toHaveFocus();
    expect(heard).toEqual([
      {
        type: "extended",
        times: expect.any(Object) as unknown,
        from: expect.any(String) as unknown,
      },
    ]);

    // The new deadline is 30 minutes from now: no warning for another 28.
    await advanceTo(28.1 + 27.5);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  test("Escape means 'Stay signed in'; Tab stays inside the dialog", async () => {
    const { extends_ } = await signedInHome();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await advanceTo(28.1);
    const dialog = await screen.findByRole("dialog");

    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Stay signed in" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Sign out" })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole("button", { name: "Stay signed in" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole("button", { name: "Sign out" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(extends_()).toHaveLength(1);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  test("closes when another tab says the person stayed signed in", async () => {
    const { extends_ } = await signedInHome();
    const { tab } = anotherTab();
    await advanceTo(28.1);
    await screen.findByRole("dialog");

    act(() =>
      tab.postMessage({ type: "extended", times: times(new Date(Date.now() + 30 * MINUTE)) }),
    );
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(extends_()).toHaveLength(0);
  });

  test("does not appear when the session was renewed elsewhere", async () => {
    const later = new Date(idleDeadline.getTime() + 20 * MINUTE);
    await signedInHome(() => json(times(later)));
    await advanceTo(28.5);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await advanceTo(48.1);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
  });

  test("at the deadline the person sees they have been signed out", async () => {
    let ended = false;
    const { heard } = anotherTab();
    await signedInHome(() => (ended ? problem(NOT_SIGNED_IN) : json(times(idleDeadline))));
    await advanceTo(28.1);
    await screen.findByRole("dialog");

    ended = true;
    await advanceTo(30.01);
    expect(
      await screen.findByRole("heading", { level: 1, name: "You have been signed out" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByText(/had not done anything in the EHC hub for 30 minutes/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Sign in again" })).toHaveAttribute("href", "/sign-in");
    expect(screen.queryByRole("link", { name: "Sam Patel: your account" })).not.toBeInTheDocument();
    expect(heard).toContainEqual(expect.objectContaining({ type: "timed-out" }));
  });

  test("signing out in another tab signs this one out", async () => {
    const { tab } = anotherTab();
    await signedInHome();
    act(() => tab.postMessage({ type: "signed-out" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "You have signed out" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
  });

  test("'Sign out' in the dialog signs out here and in the other tabs", async () => {
    const { heard } = anotherTab();
    const { requests } = await signedInHome();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await advanceTo(28.1);
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Sign out" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "You have signed out" }),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.method === "POST" && r.url.endsWith("/auth/sign-out"))).toBe(
      true,
    );
    expect(heard).toContainEqual(expect.objectContaining({ type: "signed-out" }));
  });
});
