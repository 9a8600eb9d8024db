// Submitted advice, read-only: the adviser's own, another adviser's once the
// reader has submitted theirs, or any for the case co-ordinator.
import { Link, useLocation } from "react-router";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { SummaryList } from "../../govuk/SummaryList";
import { AdviceDocumentsList } from "./AdviceDocuments";
import { useAdviceDraft } from "./AdviceDraft";
import { AdviceSummary, Paragraphs } from "./AdviceSummary";
import { isHeldBy } from "./data";
import { formatDate, recipientLabel } from "./labels";
import { DownloadAdviceLink, StateTag } from "./RequestParts";

export function ReadAdvicePage() {
  const { request, response } = useAdviceDraft();
  const me = useMe().data;
  const state = useLocation().state as { backTo?: string } | null;
  const backTo =
    state?.backTo ??
    (me?.role === "case_coordinator"
      ? `/cases/${request.case_id}`
      : `/advice-requests/${request.id}`);
  const from = recipientLabel(request);
  const readable =
    response !== null && ["submitted", "declined", "reopened"].includes(response.state);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={backTo}>
          Back
        </Link>
        <Page title={`Advice from ${from}`} caption={request.case_ref}>
          {!readable || !response ? (
            <p className="govuk-body">
              There is no submitted advice to read here yet. Advice can be read once it has been
              submitted.
            </p>
          ) : (
            <>
              <SummaryList
                rows={[
                  { key: "Requested from", value: from },
                  { key: "Written by", value: response.answered_by?.name ?? from },
                  { key: "Status", value: <StateTag request={response} /> },
                  {
                    key: response.state === "reopened" ? "First submitted" : "Completed",
                    value: formatDate(response.completed_on) || "Not yet",
                  },
                ]}
              />
              {response.state === "declined" ? (
                <>
                  <h2 className="govuk-heading-m">Not known to the service</h2>
                  <Paragraphs text={response.declined_note ?? ""} empty="No details were given." />
                </>
              ) : (
                <AdviceSummary content={response.content} from={response.answered_by?.name} />
              )}
              <AdviceDocumentsList request={request} />
              <DownloadAdviceLink request={request} own={me ? isHeldBy(request, me) : false} />
            </>
          )}
        </Page>
      </div>
    </div>
  );
}
