// "Check your answers" before submitting: every section with a "Change" link.
// When the server refused a submission (422), its error summary names each
// missing answer and links to it on its own page.
import { Link, useNavigate } from "react-router";
import { Page } from "../../app/Page";
import { AdviceDocumentsList } from "./AdviceDocuments";
import { useAdviceDraft } from "./AdviceDraft";
import { AdviceSummary } from "./AdviceSummary";
import { fieldId, sectionOf } from "./fields";
import { LinkedErrorSummary } from "./LinkedErrorSummary";
import { DownloadAdviceLink } from "./RequestParts";
import { SaveStatus } from "./SaveStatus";

export function CheckAnswersPage() {
  const { request, content, errors, editable } = useAdviceDraft();
  const navigate = useNavigate();
  const base = `/advice-requests/${request.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={base}>
          Back to the request
        </Link>
        {errors.length > 0 ? (
          <LinkedErrorSummary
            title="You cannot submit your advice yet"
            description="Answer these questions first:"
            errors={errors.map((e) => ({
              to: `${base}/${sectionOf(e.field)}#${fieldId(e.field)}`,
              text: e.message,
            }))}
          />
        ) : null}
        <Page title="Check your advice before you submit it" caption={request.case_ref}>
          <SaveStatus />
          <AdviceSummary content={content} changeBase={editable ? base : undefined} />
          <AdviceDocumentsList
            request={request}
            addTo={editable ? `${base}/documents` : undefined}
          />
          <DownloadAdviceLink request={request} own />
          {editable ? (
            <>
              <h2 className="govuk-heading-m">Now submit your advice</h2>
              <p className="govuk-body">
                On the next page you will be asked to confirm. Nothing is sent until you do.
              </p>
              <button
                type="button"
                className="govuk-button"
                data-module="govuk-button"
                onClick={() => void navigate(`${base}/confirm`)}
              >
                Continue
              </button>
            </>
          ) : null}
        </Page>
      </div>
    </div>
  );
}
