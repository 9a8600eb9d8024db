// The local mailbox: the emails and text messages the service would have sent
// through GOV.UK Notify, newest first.
import { useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { Tag, type TagColour } from "../../govuk/Tag";

const STATUS: Record<string, { label: string; colour: TagColour }> = {
  pending: { label: "Waiting to send", colour: "grey" },
  sending: { label: "Sending", colour: "blue" },
  sent: { label: "Sent", colour: "turquoise" },
  delivered: { label: "Delivered", colour: "green" },
  failed_permanently: { label: "Failed", colour: "red" },
};

export function MailboxPage() {
  const client = useApiClient();
  const [params, setParams] = useSearchParams();
  const to = params.get("to") ?? "";
  const mailbox = useQuery({
    queryKey: ["mailbox", to],
    queryFn: async ({ signal }) => {
      const query: { to?: string; limit: number } = { limit: 50 };
      if (to) query.to = to;
      const { data, error, response } = await client.GET("/api/v1/admin/mailbox", {
        params: { query },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("to");
    const next = new URLSearchParams();
    if (typeof value === "string" && value.trim()) next.set("to", value.trim());
    setParams(next);
  };

  const items = mailbox.data?.items ?? [];
  return (
    <Page title="Mailbox">
      <p className="govuk-body">
        This is the local mailbox: when GOV.UK Notify is not set up, the emails and text messages
        the service sends are kept here instead of being delivered.
      </p>
      <form key={to} role="search" aria-label="Mailbox" className="app-filters" onSubmit={onSubmit}>
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label" htmlFor="to">
            Sent to
          </label>
          <div id="to-hint" className="govuk-hint">
            An email address or a mobile number like +447700900982
          </div>
          <input
            className="govuk-input"
            id="to"
            name="to"
            type="search"
            defaultValue={to}
            aria-describedby="to-hint"
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <div className="govuk-button-group app-filters__item">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Show messages
          </button>
          {to ? (
            <Link className="govuk-link" to="/admin/mailbox">
              Show all messages
            </Link>
          ) : null}
        </div>
      </form>
      {mailbox.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not open the mailbox. Try again in a few minutes."
        />
      ) : null}
      {mailbox.isPending ? <p className="govuk-body">Loading…</p> : null}
      {mailbox.isSuccess && items.length === 0 ? (
        <p className="govuk-body">{to ? `No messages to ${to}.` : "There are no messages yet."}</p>
      ) : null}
      {items.map((message) => {
        const status = STATUS[message.status] ?? {
          label: message.status,
          colour: "grey" as TagColour,
        };
        return (
          <article key={message.id} className="app-message">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
              {message.subject || (message.channel === "sms" ? "Text message" : "(no subject)")}
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-2">
              To <span className="app-break-anywhere">{message.recipient}</span>,{" "}
              {formatTime(message.created_at)} <Tag colour={status.colour}>{status.label}</Tag>
            </p>
            <div className="govuk-body app-message__body">{message.body}</div>
          </article>
        );
      })}
    </Page>
  );
}
