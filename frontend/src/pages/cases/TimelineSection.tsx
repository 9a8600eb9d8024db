// Everything that happened on the case, newest first: what, who and when.
import { ApiError } from "../../api/problem";
import { formatTime } from "../../app/format";
import { useCaseTimeline } from "./queries";
import "./case-file.scss";

export function TimelineSection({ caseId }: { caseId: string }) {
  const timeline = useCaseTimeline(caseId);
  if (timeline.isError && timeline.error instanceof ApiError && timeline.error.status === 404) {
    return null;
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      {timeline.isPending ? <p className="govuk-body">Loading…</p> : null}
      {timeline.isError ? (
        <p className="govuk-body">We could not get the timeline. Try again in a few minutes.</p>
      ) : null}
      {timeline.data && timeline.data.length === 0 ? (
        <p className="govuk-body">Nothing has happened on this case yet.</p>
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
