// "Not received a text message?": asks the server to send a new code to the
// same phone (POST /auth/sign-in/resend-code, which works during set-up too).
// Resends are throttled by the server; a refusal says how long to wait.
import { useState } from "react";
import { useApiClient } from "../../api/client";
import { isProblem } from "../../api/problem";
import { NotificationBanner } from "../../govuk/NotificationBanner";

export function ResendCode({ onResent }: { onResent?: (phoneEnding: string) => void }) {
  const client = useApiClient();
  const [sent, setSent] = useState<{ ending: string; count: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const resend = async () => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      const { data, error } = await client.POST("/api/v1/auth/sign-in/resend-code");
      if (data) {
        setSent((previous) => ({ ending: data.phone_ending, count: (previous?.count ?? 0) + 1 }));
        onResent?.(data.phone_ending);
      } else {
        setRefusal(
          isProblem(error)
            ? (error.detail ?? error.title)
            : "Sorry, we could not send a new code. Try again in a few minutes.",
        );
      }
    } catch {
      setRefusal("The service could not be reached. Check your internet connection and try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {sent ? (
        <NotificationBanner key={sent.count} type="success" title="Code sent">
          <p className="govuk-notification-banner__heading">
            We have sent a new code to your phone ending in {sent.ending}.
          </p>
        </NotificationBanner>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Not received a text message?</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">
            Text messages sometimes take a few minutes to arrive. A code works for 10 minutes. If it
            has not arrived, we can send a new one.
          </p>
          {refusal ? (
            <p className="govuk-body" role="alert">
              {refusal}
            </p>
          ) : null}
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => void resend()}
          >
            Send a new code
          </button>
        </div>
      </details>
    </>
  );
}
