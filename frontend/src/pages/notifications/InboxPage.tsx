// "Notifications": the signed-in person's in-app messages, newest first, a page
// at a time (the cursor is in the address, so "Back" returns to the page before).
// Unread ones are tagged and can be marked read one by one or all at once; a
// message about something in the service links to it.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { Tag } from "../../govuk/Tag";
import { NOTIFICATIONS_KEY, UNREAD_COUNT_KEY, useInbox, type Notification } from "./queries";

/** The path inside this app a notification's link points to, if it is one of ours. */
function inAppPath(link: string): string | null {
  try {
    const url = new URL(link, globalThis.location.origin);
    if (url.origin !== globalThis.location.origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

function isWebLink(link: string): boolean {
  try {
    const { protocol } = new URL(link);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

function linkText(path: string): string {
  return path.startsWith("/cases/") ? "Go to the case" : "Go to the page";
}

function unreadSentence(count: number): string {
  if (count === 0) return "You have no unread notifications.";
  return count === 1
    ? "You have 1 unread notification."
    : `You have ${count} unread notifications.`;
}

function NotificationItem({
  item,
  busy,
  onRead,
  headingRef,
}: {
  item: Notification;
  busy: boolean;
  onRead: (item: Notification) => void;
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const path = item.link ? inAppPath(item.link) : null;
  const context = <span className="govuk-visually-hidden">: {item.subject}</span>;
  return (
    <li className="app-message">
      <h2
        className="govuk-heading-s govuk-!-margin-bottom-2 app-focus-target"
        tabIndex={-1}
        ref={headingRef}
      >
        {item.read ? null : (
          <>
            <Tag colour="blue">Unread</Tag>{" "}
          </>
        )}
        {item.subject}
      </h2>
      <p className="govuk-body-s govuk-!-margin-bottom-2">{formatTime(item.created_at)}</p>
      <div className="govuk-body app-message__body">{item.body}</div>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        {path ? (
          <Link
            className="govuk-link"
            to={path}
            onClick={() => {
              if (!item.read) onRead(item);
            }}
          >
            {linkText(path)}
            {context}
          </Link>
        ) : item.link && isWebLink(item.link) ? (
          <a className="govuk-link" href={item.link}>
            Go to the page{context}
          </a>
        ) : null}
        {item.read ? null : (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={busy}
            aria-disabled={busy}
            onClick={() => onRead(item)}
          >
            Mark as read{context}
          </button>
        )}
      </div>
    </li>
  );
}

export function InboxPage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const cursor = params.get("cursor") ?? "";
  const inbox = useInbox(cursor);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [allRead, setAllRead] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  // The inbox carries the unread count too: the header shows the same number.
  const unreadCount = inbox.data?.unread_count;
  useEffect(() => {
    if (unreadCount !== undefined) queryClient.setQueryData(UNREAD_COUNT_KEY, unreadCount);
  }, [queryClient, unreadCount]);

  const markRead = async (item: Notification) => {
    setBusy(true);
    setFailed(false);
    setAllRead(false);
    try {
      const { response } = await client.POST("/api/v1/me/notifications/{id}/read", {
        params: { path: { id: item.id } },
      });
      if (response.status !== 204) throw new Error(`mark read answered ${response.status}`);
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      // The button has gone: keep the keyboard where it was, and say what happened.
      headings.current.get(item.id)?.focus();
      setAnnouncement(`Marked as read: ${item.subject}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const markAllRead = async () => {
    setBusy(true);
    setFailed(false);
    setAllRead(false);
    try {
      const { response } = await client.POST("/api/v1/me/notifications/read-all");
      if (response.status !== 204) throw new Error(`mark all read answered ${response.status}`);
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      setAllRead(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const items = inbox.data?.items ?? [];
  const nextCursor = inbox.data?.next_cursor;
  return (
    <>
      {allRead ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            All your notifications are marked as read.
          </p>
        </NotificationBanner>
      ) : null}
      {failed ? (
        <ErrorSummary
          errors={[]}
          description="We could not mark your notifications as read. Try again in a few minutes."
        />
      ) : null}
      <Page title="Notifications">
        <p className="govuk-body">
          Messages about your work in the service. Messages about your account&apos;s security, such
          as sign-in codes, come only by email or text message.{" "}
          <Link className="govuk-link" to="/account#notifications">
            Choose whether these also come by email
          </Link>
          .
        </p>
        <p role="status" className="govuk-visually-hidden">
          {announcement}
        </p>
        {inbox.isError ? (
          <ErrorSummary
            errors={[]}
            description="We could not get your notifications. Try again in a few minutes."
          />
        ) : null}
        {inbox.isPending ? <p className="govuk-body">Loading…</p> : null}
        {inbox.isSuccess ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">
              {unreadSentence(inbox.data.unread_count)}
            </p>
            {inbox.data.unread_count > 0 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
                onClick={() => void markAllRead()}
              >
                Mark all as read
              </button>
            ) : null}
          </>
        ) : null}
        {inbox.isSuccess && items.length === 0 ? (
          <p className="govuk-body">
            {cursor ? "There are no older notifications." : "You have no notifications yet."}
          </p>
        ) : null}
        {items.length > 0 ? (
          <ul className="govuk-list">
            {items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                busy={busy}
                onRead={(read) => void markRead(read)}
                headingRef={(element) => {
                  if (element) headings.current.set(item.id, element);
                  else headings.current.delete(item.id);
                }}
              />
            ))}
          </ul>
        ) : null}
        {cursor || nextCursor ? (
          <nav
            className="govuk-pagination govuk-pagination--block"
            aria-label="Pages of notifications"
          >
            {cursor ? (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" to="/notifications">
                  <span className="govuk-pagination__link-title">Newest notifications</span>
                </Link>
              </div>
            ) : null}
            {nextCursor ? (
              <div className="govuk-pagination__next">
                <Link
                  className="govuk-link govuk-pagination__link"
                  to={`/notifications?cursor=${encodeURIComponent(nextCursor)}`}
                  rel="next"
                >
                  <span className="govuk-pagination__link-title">Older notifications</span>
                </Link>
              </div>
            ) : null}
          </nav>
        ) : null}
      </Page>
    </>
  );
}
