// The co-ordinator withdraws an open request for advice, after confirming: the
// adviser's access to the case goes with it.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { mapProblemToFieldErrors } from "../../api/problem";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { problemOf } from "../sign-in/formErrors";
import { useAdviceDraft } from "./AdviceDraft";
import { adviceKeys } from "./data";
import { recipientLabel } from "./labels";
import type { CaseAdviceFlash } from "./CaseAdviceSection";

export function WithdrawPage() {
  const { request } = useAdviceDraft();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; attempt: number } | null>(null);
  const back = `/cases/${request.case_id}`;
  const who = recipientLabel(request);

  const withdraw = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/advice-requests/{id}/withdraw", {
        params: { path: { id: request.id } },
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: adviceKeys.all, refetchType: "none" });
        const state: CaseAdviceFlash = {
          adviceFlash: `The request for advice to ${who} has been withdrawn.`,
        };
        void navigate(`${back}#advice`, { state });
        return;
      }
      const mapped = mapProblemToFieldErrors(problemOf(error, response.status));
      setFailure((f) => ({ text: mapped.general ?? "", attempt: (f?.attempt ?? 0) + 1 }));
    } catch (error) {
      const mapped = mapProblemToFieldErrors(problemOf(error, undefined));
      setFailure((f) => ({ text: mapped.general ?? "", attempt: (f?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to the case
        </Link>
        {failure ? (
          <ErrorSummary key={failure.attempt} errors={[]} description={failure.text} />
        ) : null}
        <Page
          title={`Are you sure you want to withdraw the request for advice to ${who}?`}
          caption={request.case_ref}
        >
          {request.you_may.withdraw ? (
            <>
              <p className="govuk-body">
                They will no longer be able to give advice on this case, and lose access to it.
                Anything they have drafted will not be sent to you.
              </p>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  data-module="govuk-button"
                  disabled={busy}
                  aria-disabled={busy}
                  onClick={() => void withdraw()}
                >
                  Withdraw the request
                </button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </>
          ) : (
            <p className="govuk-body">This request can no longer be withdrawn.</p>
          )}
        </Page>
      </div>
    </div>
  );
}
