// Whether the advice on screen is saved, read out politely as it changes
// ("Saved at 10:42am"), and - when someone else saved it in the meantime - why
// nothing more is being saved, with the way out: read their version again.
import { formatTime } from "../../app/format";
import { useAdviceDraft, type SaveStatus as Status } from "./AdviceDraft";

function describe(status: Status): string {
  switch (status.state) {
    case "idle":
      return "";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${formatTime(status.at.toISOString())}`;
    case "conflict":
      return "Not saved: someone else has saved this advice.";
    case "failed":
      return "Not saved yet: the service could not be reached. We will keep trying.";
    case "invalid":
      return "Not saved: correct the answer marked below and it will be saved.";
    case "closed":
      return `Not saved: ${status.message}`;
  }
}

export function SaveStatus() {
  const { status, reload, editable } = useAdviceDraft();
  return (
    <>
      {status.state === "conflict" ? <Conflict onReload={reload} /> : null}
      {editable || status.state !== "idle" ? (
        <p className="govuk-body-s govuk-!-margin-bottom-6" data-testid="save-status">
          Your answers are saved as you type.{" "}
          <span role="status" aria-live="polite">
            <strong>{describe(status)}</strong>
          </span>
        </p>
      ) : null}
    </>
  );
}

function Conflict({ onReload }: { onReload: () => void }) {
  return (
    <div className="govuk-error-summary" role="alert" aria-labelledby="advice-conflict-title">
      <h2 className="govuk-error-summary__title" id="advice-conflict-title">
        Someone else has saved this advice
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">
          Another person saved changes to this advice after you opened it. So that their work is not
          overwritten, your latest changes have not been saved.
        </p>
        <p className="govuk-body">
          Copy anything you want to keep, then reload the advice to see their version.
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
          onClick={onReload}
        >
          Reload the advice
        </button>
      </div>
    </div>
  );
}
