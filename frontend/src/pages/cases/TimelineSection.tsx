// Everything that happened on the case, newest first: what, who and when. A
// "Show" select narrows it to one kind of entry (the server filters).
import { useState } from "react";
import { ApiError } from "../../api/problem";
import { formatTime } from "../../app/format";
import { useCaseTimeline } from "./queries";
import "./case-file.scss";

/** What the "Show" select offers: the `kind` sent to the server ("" for everything). */
const TIMELINE_KINDS: { value: string; label: string }[] = [
  { value: "", label: "All" },
  { value: "case", label: "Case" },
  { value: "advice", label: "Advice" },
  { value: "plan", label: "Plan" },
  { value: "document", label: "Documents" },
];

export function TimelineSection({ caseId }: { caseId: string }) {
  const [kind, setKind] = useState("");
  const timeline = useCaseTimeline(caseId, kind);
  if (timeline.isError && timeline.error instanceof ApiError && timeline.error.status === 404) {
    return null;
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
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
      {timeline.data && timeline.data.length === 0 ? (
        <p className="govuk-body">
          {kind
            ? "Nothing of this kind has happened on this case yet."
            : "Nothing has happened on this case yet."}
        </p>
      ) : null}
      {timeline.data && timeline.data.length > 0 ? (
        <ol className="app-timeline" aria-label="Timeline, newest first" data-testid="timeline">
          {timeline.data.map((entry) => (
            <li className="app-timeline__item" key={entry.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">{entry.summary}</p>
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
