// After a draft request has been sent: the confirmation, with the date the
// local authority received it and when it must decide whether to assess.
import { Link, useLocation } from "react-router";
import type { SentArrival } from "./CheckAnswersPage";
import { formatDate } from "./dates";
import { PanelPage } from "./parts";

export function SentPage() {
  const { sent } = (useLocation().state ?? {}) as SentArrival;
  return (
    <PanelPage
      title="Request sent"
      panelBody={
        sent?.received_on ? (
          <>
            The local authority received it on
            <br />
            <strong>{formatDate(sent.received_on)}</strong>
          </>
        ) : (
          "The local authority has received it"
        )
      }
    >
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        {sent?.decision_due_on ? (
          <>
            The local authority must decide whether to carry out an EHC needs assessment, and tell
            the family, by <strong>{formatDate(sent.decision_due_on)}</strong>.
          </>
        ) : (
          "The local authority must decide within 6 weeks whether to carry out an EHC needs assessment, and tell the family."
        )}
      </p>
      <p className="govuk-body">
        It will contact the parents. You will not see the request again until the local authority
        gives you access to the case; it may also ask you for advice.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/requests">
          Back to requests
        </Link>
      </p>
    </PanelPage>
  );
}
