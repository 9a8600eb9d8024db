// "Letter wording": every letter the local authority sends families about its
// decisions (and the EHC plan's front page), whether the LA has changed its
// wording, and a link to change it.
import { Link, useLocation } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { Tag } from "../../govuk/Tag";
import { useLetterTemplates } from "./LetterTemplateQueries";

/** What the edit page says happened, passed in the navigation's state. */
export interface LetterTemplateSaved {
  /** The letter's name. */
  saved: string;
  reset: boolean;
}

export function LetterTemplatesPage() {
  const templates = useLetterTemplates();
  const location = useLocation();
  const done = location.state as LetterTemplateSaved | null;
  return (
    <>
      {done?.saved ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            {done.reset
              ? `“${done.saved}” is back to its default wording.`
              : "Wording saved. It applies from the next letter printed."}
          </p>
          <p className="govuk-body">
            {done.reset
              ? "It applies from the next letter printed."
              : `You changed the wording of “${done.saved}”.`}
          </p>
        </NotificationBanner>
      ) : null}
      <Page title="Letter wording">
        <p className="govuk-body">
          The wording of the letters the local authority sends families about its decisions, and of
          the EHC plan&apos;s front page. A letter is printed as a PDF with the wording of the day
          it is printed.
        </p>
        {templates.isError ? (
          <ErrorSummary
            errors={[]}
            description="We could not get the letters. Try again in a few minutes."
          />
        ) : null}
        {templates.isPending ? <p className="govuk-body">Loading…</p> : null}
        {templates.data ? (
          <dl className="govuk-summary-list" data-testid="letter-templates">
            {templates.data.map((template) => (
              <div className="govuk-summary-list__row" key={template.key}>
                <dt className="govuk-summary-list__key">{template.name}</dt>
                <dd className="govuk-summary-list__value">
                  <span className="app-break-anywhere">{template.wording.title}</span>{" "}
                  {template.customised ? (
                    <Tag colour="blue">Customised</Tag>
                  ) : (
                    <Tag colour="grey">Default wording</Tag>
                  )}
                </dd>
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={`/admin/letter-templates/${template.key}`}>
                    Change
                    <span className="govuk-visually-hidden"> the wording of {template.name}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </Page>
    </>
  );
}
