// The last step before the irreversible submit: a plain warning and one button.
// A retry of the same attempt sends the same Idempotency-Key, so the advice is
// submitted once however often the button is pressed.
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { useAdviceDraft } from "./AdviceDraft";
import { newIdempotencyKey } from "./data";
import { SaveStatus } from "./SaveStatus";

export function ConfirmSubmitPage() {
  const { request, editable, submit } = useAdviceDraft();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const base = `/advice-requests/${request.id}`;

  const onSubmit = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const outcome = await submit(key);
    setBusy(false);
    if (outcome.ok) {
      void navigate(`${base}/submitted`, { replace: true });
    } else if (outcome.reason === "invalid") {
      void navigate(`${base}/check`);
    } else if (outcome.reason === "refused") {
      setFailure((f) => ({ message: outcome.message, attempt: (f?.attempt ?? 0) + 1 }));
    } else if (outcome.reason === "not-saved") {
      setFailure((f) => ({
        message:
          "Your latest changes could not be saved, so your advice has not been submitted. Try again in a few minutes.",
        attempt: (f?.attempt ?? 0) + 1,
      }));
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`${base}/check`}>
          Back to check your answers
        </Link>
        {failure ? (
          <ErrorSummary key={failure.attempt} errors={[]} description={failure.message} />
        ) : null}
        <Page title="Are you ready to submit your advice?" caption={request.case_ref}>
          <SaveStatus />
          {editable ? (
            <>
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  You will not be able to change your advice after you submit it.
                </strong>
              </div>
              <p className="govuk-body">
                Once it is submitted, the case co-ordinator, the family and the other professionals
                giving advice on this case can read it. If you find a mistake afterwards, ask the
                case co-ordinator: they can reopen it while the assessment is going on.
              </p>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  data-module="govuk-button"
                  disabled={busy}
                  aria-disabled={busy}
                  onClick={() => void onSubmit()}
                >
                  Submit advice
                </button>
                <Link className="govuk-link" to={`${base}/check`}>
                  Go back and check your answers
                </Link>
              </div>
            </>
          ) : (
            <p className="govuk-body">
              This advice cannot be submitted now.{" "}
              <Link className="govuk-link" to={base}>
                Go back to the request
              </Link>
              .
            </p>
          )}
        </Page>
      </div>
    </div>
  );
}
