// Whether what is on screen is saved: "Saved at 10:42am" in a polite live
// region, read out as it changes; "Saving…" shown but not announced, so that a
// screen reader is not interrupted at every pause in the typing.
import { formatTime } from "../app/format";
import type { AutosaveStatus } from "./engine";
import "./autosave.scss";

/** What the live region says (only what is worth announcing). */
function announcement(status: AutosaveStatus, savedAt: string | null, what: string): string {
  switch (status.state) {
    case "saved":
      return `Saved at ${formatTime(status.at)}`;
    case "failed":
      return "Not saved yet: the service could not be reached. We will keep trying.";
    case "invalid": {
      const { problem } = status;
      return `Not saved: ${problem.errors?.[0]?.message ?? problem.detail ?? problem.title}`;
    }
    case "closed":
      return `Not saved: ${status.message}`;
    case "conflict":
      return `Not saved: someone else has saved ${what}.`;
    default:
      return savedAt ? `Saved at ${formatTime(savedAt)}` : "";
  }
}

export function AutosaveLine({
  status,
  savedAt,
  what,
  intro,
}: {
  status: AutosaveStatus;
  /** When it was last saved, if known. */
  savedAt: string | null;
  /** What is being saved, as in "someone else has saved this draft". */
  what: string;
  /** Said first, e.g. "Your answers are saved as you type." */
  intro?: string;
}) {
  const busy = status.state === "waiting" || status.state === "saving";
  return (
    <p className="govuk-body-s app-autosave">
      {intro ? `${intro} ` : null}
      <span role="status" aria-live="polite" data-testid="autosave-status">
        {announcement(status, savedAt, what)}
      </span>
      {busy ? (
        <span aria-hidden="true" className="app-autosave__busy">
          {" "}
          Saving…
        </span>
      ) : null}
    </p>
  );
}
