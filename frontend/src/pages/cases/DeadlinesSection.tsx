// The case's statutory deadlines, each as a sentence ("Decision whether to
// assess is due by 13 October 2026 (in 41 days)") with a tag for its state.
import { ApiError } from "../../api/problem";
import { Tag, type TagColour } from "../../govuk/Tag";
import { useCaseDeadlines, type Deadline } from "./queries";

const STATES: Record<Deadline["status"], { text: string; colour: TagColour }> = {
  met: { text: "Met", colour: "green" },
  pending: { text: "To do", colour: "blue" },
  overdue: { text: "Overdue", colour: "red" },
  window_closed: { text: "Window closed", colour: "grey" },
  no_longer_applies: { text: "No longer applies", colour: "grey" },
};

export function DeadlinesSection({ caseId }: { caseId: string }) {
  const deadlines = useCaseDeadlines(caseId);
  if (deadlines.isError && deadlines.error instanceof ApiError && deadlines.error.status === 404) {
    return null;
  }
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 className="govuk-heading-m" id="deadlines-heading">
        Deadlines
      </h2>
      {deadlines.isPending ? <p className="govuk-body">Loading…</p> : null}
      {deadlines.isError ? (
        <p className="govuk-body">We could not get the deadlines. Try again in a few minutes.</p>
      ) : null}
      {deadlines.data && deadlines.data.items.length === 0 ? (
        <p className="govuk-body">No statutory deadlines apply to this case yet.</p>
      ) : null}
      {deadlines.data && deadlines.data.items.length > 0 ? (
        <table className="govuk-table" data-testid="deadlines">
          <caption className="govuk-visually-hidden">Statutory deadlines of the case</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Deadline
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {deadlines.data.items.map((deadline) => {
              const state = STATES[deadline.status];
              return (
                <tr className="govuk-table__row" key={deadline.id}>
                  <td className="govuk-table__cell">
                    {deadline.summary}
                    {deadline.advisory ? " (a target from guidance, not a legal duty)" : null}
                    {deadline.exception_reason ? (
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                        Exception: {deadline.exception_reason}
                      </span>
                    ) : null}
                    <span className="govuk-hint govuk-!-font-size-16 govuk-!-display-block govuk-!-margin-bottom-0">
                      {deadline.source}
                    </span>
                  </td>
                  <td className="govuk-table__cell">
                    <Tag colour={state.colour}>{state.text}</Tag>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
