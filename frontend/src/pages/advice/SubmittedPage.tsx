// After submitting: the confirmation, what happens next, and the way to the
// other advice on the case, which the person can now read.
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useServiceInfo } from "../../api/queries";
import { Page } from "../../app/Page";
import { pageTitle } from "../../app/service";
import { useAdviceDraft } from "./AdviceDraft";

/** The confirmation panel's heading is the page's <h1>, styled as the panel's title. */
function PanelHeading({ title }: { title: string }) {
  const organisationName = useServiceInfo().data?.la_name;
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = pageTitle(title, organisationName);
  }, [title, organisationName]);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 className="govuk-panel__title app-focus-target" tabIndex={-1} ref={ref}>
      {title}
    </h1>
  );
}

export function SubmittedPage() {
  const { request, response } = useAdviceDraft();
  const base = `/advice-requests/${request.id}`;
  const submitted = response?.state === "submitted" || request.state === "submitted";
  if (!submitted) {
    return (
      <Page title="Your advice has not been submitted">
        <p className="govuk-body">
          <Link className="govuk-link" to={base}>
            Go back to the request
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <PanelHeading title="Advice submitted" />
          <div className="govuk-panel__body">
            For case
            <br />
            <strong>{request.case_ref}</strong>
          </div>
        </div>
        <p className="govuk-body">We have told the case co-ordinator that your advice is ready.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The local authority will use your advice, with the other advice it receives, to decide
          whether to issue an education, health and care plan. Changes made to a draft plan never
          change your advice.
        </p>
        <p className="govuk-body">You can now read the other advice submitted for this case.</p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={base}>
              Go to the request and the other advice
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${base}/advice`}>
              Read your advice
            </Link>
          </li>
          <li>
            <a
              className="govuk-link"
              href={`/api/v1/advice-requests/${request.id}/response/pdf`}
              download
            >
              Download your advice as a PDF
            </a>
          </li>
          <li>
            <Link className="govuk-link" to="/advice-requests">
              Go to your requests for advice
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
