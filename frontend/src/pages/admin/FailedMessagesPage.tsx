// "Failed messages": emails and text messages the service stopped trying to
// deliver, newest first, so an administrator can reach the person another way.
// Each read is audited by the server.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { Tag } from "../../govuk/Tag";
import { channelLabel, templateName } from "./TemplateQueries";

export function FailedMessagesPage() {
  const client = useApiClient();
  const failed = useQuery({
    queryKey: ["failed-messages"],
    queryFn: async ({ signal }) => {
      const { data, error, response } = await client.GET("/api/v1/admin/failed-messages", {
        signal,
      });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });

  const items = failed.data ?? [];
  return (
    <Page title="Failed messages">
      <p className="govuk-body">
        Emails and text messages that could not be delivered. The service tries each message up to
        10 times over several hours; these have run out of tries and will not be sent again. Check
        the address or number with the person, or contact them another way.
      </p>
      {failed.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not get the failed messages. Try again in a few minutes."
        />
      ) : null}
      {failed.isPending ? <p className="govuk-body">Loading…</p> : null}
      {failed.isSuccess && items.length === 0 ? (
        <p className="govuk-body">No messages have failed.</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="govuk-list">
          {items.map((message) => (
            <li key={message.id} className="app-message">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
                {templateName(message.template_key)}{" "}
                <Tag colour="red">
                  {message.status === "failed_permanently" ? "Failed" : message.status}
                </Tag>
              </h2>
              <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">To</dt>
                  <dd className="govuk-summary-list__value app-break-anywhere">
                    {message.recipient} ({channelLabel(message.channel).toLowerCase()})
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Subject</dt>
                  <dd className="govuk-summary-list__value app-break-anywhere">
                    {message.subject || "None"}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Attempts</dt>
                  <dd className="govuk-summary-list__value">{message.attempts}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Last error</dt>
                  <dd className="govuk-summary-list__value app-break-anywhere">
                    {message.last_error ?? "None recorded"}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">First queued</dt>
                  <dd className="govuk-summary-list__value">{formatTime(message.created_at)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
