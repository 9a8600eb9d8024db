// Everything that happened on the case, newest first: what, who and when, with
// the text of each note. A "Show" select narrows it to one kind of entry (the
// server filters). Whoever may add notes finds the form to add one, and their
// own draft notes above the timeline (the server lists them first, to them alone).
import { useState } from "react";
import { ApiError } from "../../api/problem";
import { formatTime } from "../../app/format";
import { useMe } from "../../auth/session";
import { AddNoteForm, DraftNotes } from "./CaseNotes";
import { useCaseTimeline, type NoteBody } from "./queries";
import "./case-file.scss";

/** What the "Show" select offers: the `kind` sent to the server ("" for everything). */
const TIMELINE_KINDS: { value: string; label: string }[] = [
  { value: "", label: "All" },
  { value: "case", label: "Case" },
  { value: "advice", label: "Advice" },
  { value: "plan", label: "Plan" },
  { value: "document", label: "Documents" },
  { value: "note", label: "Notes" },
];

/** The kind of the reader's own draft notes among the timeline's items. */
const DRAFT_NOTE = "note.draft";

export function TimelineSection({ caseId }: { caseId: string }) {
  const [kind, setKind] = useState("");
  const timeline = useCaseTimeline(caseId, kind);
  // Administrators never add notes; everyone else who sees the timeline may.
  const addsNotes = useMe().data?.role !== "administrator";
  if (timeline.isError && timeline.error instanceof ApiError && timeline.error.status === 404) {
    return null;
  }
  const drafts: NoteBody[] = [];
  const entries = [];
  for (const item of timeline.data ?? []) {
    if (item.kind === DRAFT_NOTE && item.note) drafts.push(item.note);
    else entries.push(item);
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      {addsNotes ? <AddNoteForm caseId={caseId} /> : null}
      <DraftNotes caseId={caseId} drafts={drafts} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="timeline-kind">
          Show
        </label>
        <select
          className="govuk-select"
          id="timeline-kind"
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          {TIMELINE_KINDS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {timeline.isPending ? <p className="govuk-body">Loading…</p> : null}
      {timeline.isError ? (
        <p className="govuk-body">We could not get the timeline. Try again in a few minutes.</p>
      ) : null}
      {timeline.data && entries.length === 0 ? (
        <p className="govuk-body">
          {kind
            ? "Nothing of this kind has happened on this case yet."
            : "Nothing has happened on this case yet."}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <ol className="app-timeline" aria-label="Timeline, newest first" data-testid="timeline">
          {entries.map((entry) => (
            <li className="app-timeline__item" key={entry.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">{entry.summary}</p>
              {entry.note ? (
                <p className="govuk-body govuk-!-margin-bottom-1 app-note-text">
                  {entry.note.text}
                </p>
              ) : null}
              <p className="govuk-body-s govuk-!-margin-bottom-0 app-timeline__byline">
                {entry.by ? `${entry.by.name}, ` : "Automatically, "}
                <time dateTime={entry.at}>{formatTime(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
