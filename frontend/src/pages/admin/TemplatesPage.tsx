// "Message templates": every email and text message the service sends, with its
// subject, whether the LA has changed it, and a link to change it.
import { Link, useLocation } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { Tag } from "../../govuk/Tag";
import { channelLabel, templateName, useTemplates } from "./TemplateQueries";

/** What the edit page says happened, passed in the navigation's state. */
export interface TemplateSaved {
  saved: string;
  reset: boolean;
}

export function TemplatesPage() {
  const templates = useTemplates();
  const location = useLocation();
  const done = location.state as TemplateSaved | null;
  return (
    <>
      {done?.saved ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            {done.reset
              ? `“${templateName(done.saved)}” is back to its default wording.`
              : `The wording of “${templateName(done.saved)}” has been saved.`}
          </p>
          <p className="govuk-body">
            It takes effect from the next message. Messages already sent, or waiting to be sent,
            keep the wording they had.
          </p>
        </NotificationBanner>
      ) : null}
      <Page title="Message templates">
        <p className="govuk-body">
          The wording of every email and text message the service sends. Messages never carry a
          child&apos;s name or details: only a case reference, what is asked, by when, and a link
          into the service.
        </p>
        {templates.isError ? (
          <ErrorSummary
            errors={[]}
            description="We could not get the message templates. Try again in a few minutes."
          />
        ) : null}
        {templates.isPending ? <p className="govuk-body">Loading…</p> : null}
        {templates.data ? (
          <dl className="govuk-summary-list">
            {templates.data.map((template) => {
              const name = templateName(template.key);
              return (
                <div className="govuk-summary-list__row" key={template.key}>
                  <dt className="govuk-summary-list__key">
                    {name}
                    <span className="govuk-!-display-block govuk-!-font-weight-regular govuk-hint govuk-!-margin-bottom-0">
                      {channelLabel(template.channel)}
                      {template.always_sent ? ", always sent (about security)" : ""}
                    </span>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    <span className="app-break-anywhere">{template.wording.subject}</span>
                    {template.customised ? (
                      <>
                        {" "}
                        <Tag colour="blue">Changed</Tag>
                      </>
                    ) : null}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <Link className="govuk-link" to={`/admin/templates/${template.key}`}>
                      Change<span className="govuk-visually-hidden"> the wording of {name}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        ) : null}
      </Page>
    </>
  );
}
