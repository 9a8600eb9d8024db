import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { demoMe, EXAMPLESHIRE, json, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };

const me = () => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  email: "coordinator@example.org",
  display_name: "Chris Okafor",
  role: "case_coordinator",
  role_label: "Case co-ordinator",
});

interface Item {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  created_at: string;
  read: boolean;
}

function item(n: number, read = false): Item {
  return {
    id: `0190d0e0-0000-7000-8000-00000000000${n}`,
    kind: "case_deadline_approaching",
    subject: `A deadline is coming up on EHC-2026-00000${n}`,
    body: `Case EHC-2026-00000${n}: the decision whether to assess is due by 3 March 2027.`,
    link: `${globalThis.location.origin}/cases/case-${n}`,
    created_at: "2026-11-20T09:00:00Z",
    read,
  };
}

/** A server holding `items` (newest first), two to a page, that can mark them read. */
function inboxServer(items: Item[]): Record<string, Handler> {
  const unread = () => items.filter((i) => !i.read).length;
  const handlers: Record<string, Handler> = {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me()),
    "GET /api/v1/auth/session": () => json(me().session),
    "GET /api/v1/me/notifications/unread-count": () => json({ unread_count: unread() }),
    "GET /api/v1/me/notifications": (request) => {
      const cursor = new URL(request.url).searchParams.get("cursor");
      const start = cursor ? items.findIndex((i) => i.id === cursor) + 1 : 0;
      const page = items.slice(start, start + 2);
      const more = start + 2 < items.length;
      return json({
        items: page,
        unread_count: unread(),
        ...(more ? { next_cursor: page.at(-1)!.id } : {}),
      });
    },
    "POST /api/v1/me/notifications/read-all": () => {
      for (const i of items) i.read = true;
      return new Response(null, { status: 204 });
    },
  };
  for (const i of items) {
    handlers[`POST /api/v1/me/notifications/${i.id}/read`] = () => {
      i.read = true;
      return new Response(null, { status: 204 });
    };
  }
  return handlers;
}

function headerLink() {
  return within(screen.getByRole("navigation", { name: "Your account" })).getByRole("link", {
    name: /^Notifications/,
  });
}

describe("the unread count in the header", { timeout: 15_000 }, () => {
  test("is shown to someone signed in and read out as unread, from the passive count only", async () => {
    const { requests } = renderApp("/account", inboxServer([item(1), item(2), item(3, true)]));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Your account" }, ARRIVAL),
    ).toBeVisible();
    await waitFor(() => expect(headerLink()).toHaveAccessibleName("Notifications 2 unread"));
    expect(headerLink()).toHaveAttribute("href", "/notifications");
    // The header never reads the inbox itself, which would count as activity.
    const paths = requests.map((r) => new URL(r.url).pathname);
    expect(paths).toContain("/api/v1/me/notifications/unread-count");
    expect(paths).not.toContain("/api/v1/me/notifications");
  });

  test("says just Notifications when nothing is unread", async () => {
    renderApp("/account", inboxServer([item(1, true)]));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Your account" }, ARRIVAL),
    ).toBeVisible();
    await waitFor(() => expect(headerLink()).toHaveAccessibleName("Notifications"));
  });
});

describe("the inbox", { timeout: 15_000 }, () => {
  test("lists newest first, marks the unread ones, links to the case and pages on", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/notifications", inboxServer([item(1), item(2, true), item(3)]));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Notifications" }, ARRIVAL),
    ).toBeVisible();
    expect(await screen.findByText("You have 2 unread notifications.")).toBeVisible();
    const first = screen.getByRole("heading", { level: 2, name: /EHC-2026-000001/ });
    expect(first).toHaveTextContent("Unread");
    expect(
      screen.getByRole("heading", { level: 2, name: /EHC-2026-000002/ }),
    ).not.toHaveTextContent("Unread");
    expect(
      screen.getByRole("link", {
        name: "Go to the case: A deadline is coming up on EHC-2026-000001",
      }),
    ).toHaveAttribute("href", "/cases/case-1");
    // A read one has no "Mark as read".
    expect(screen.getAllByRole("button", { name: /^Mark as read/ })).toHaveLength(1);

    await user.click(screen.getByRole("link", { name: "Older notifications" }));
    expect(await screen.findByRole("heading", { level: 2, name: /EHC-2026-000003/ })).toBeVisible();
    expect(router.state.location.search).toBe(`?cursor=${encodeURIComponent(item(2).id)}`);
    expect(screen.queryByRole("link", { name: "Older notifications" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Newest notifications" })).toBeVisible();
  });

  test("marking one read takes the count down in the header and says so", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/notifications", inboxServer([item(1), item(2)]));
    await waitFor(
      () => expect(headerLink()).toHaveAccessibleName("Notifications 2 unread"),
      ARRIVAL,
    );
    await user.click(
      await screen.findByRole("button", {
        name: "Mark as read: A deadline is coming up on EHC-2026-000001",
      }),
    );
    await waitFor(() => expect(headerLink()).toHaveAccessibleName("Notifications 1 unread"));
    expect(await screen.findByText("You have 1 unread notification.")).toBeVisible();
    const heading = screen.getByRole("heading", { level: 2, name: /EHC-2026-000001/ });
    expect(heading).not.toHaveTextContent("Unread");
    expect(heading).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Marked as read: A deadline is coming up on EHC-2026-000001",
    );
    expect(requests.filter((r) => r.method === "POST").map((r) => new URL(r.url).pathname)).toEqual(
      [`/api/v1/me/notifications/${item(1).id}/read`],
    );
  });

  test("mark all as read clears the count", async () => {
    const user = userEvent.setup();
    renderApp("/notifications", inboxServer([item(1), item(2), item(3)]));
    await user.click(await screen.findByRole("button", { name: "Mark all as read" }, ARRIVAL));
    expect(await screen.findByText("All your notifications are marked as read.")).toBeVisible();
    expect(await screen.findByText("You have no unread notifications.")).toBeVisible();
    await waitFor(() => expect(headerLink()).toHaveAccessibleName("Notifications"));
    expect(screen.queryByRole("button", { name: "Mark all as read" })).not.toBeInTheDocument();
  });

  test("says when there is nothing yet", async () => {
    renderApp("/notifications", inboxServer([]));
    expect(await screen.findByText("You have no notifications yet.", {}, ARRIVAL)).toBeVisible();
  });
});
