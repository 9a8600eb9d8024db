// One request for assessment. For its authors, while it is a draft: the setting
// it comes from, the task list of its sections, with "check your answers", who
// writes it (inviting and removing co-authors, or leaving) and deleting it. For
// co-ordinators, once it has reached the local authority: what it says,
// read-only, and "Register as a case".
import { Link, useLocation, useParams } from "react-router";
import { Page } from "../../app/Page";
import { useMe, type Me } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList } from "../../govuk/SummaryList";
import { Tag } from "../../govuk/Tag";
import {
  childNameOf,
  RECORDED_SECTIONS,
  receivedViaLabel,
  ROUTE_LABELS,
  SETTING_SECTIONS,
  type AssessmentRequest,
  type SectionState,
} from "./content";
import { formatDate } from "./dates";
import { Loading, RequestProblem } from "./parts";
import { useAssessmentRequest } from "./queries";
import { RequestAnswers } from "./RequestAnswers";
import { DraftDocumentsSection } from "./RequestDocuments";
import { ActionSummaryList, settingRow, type ActionRow } from "./ActionSummaryList";

/** What the page before says happened, in the navigation's state. */
export interface RequestArrival {
  coAuthorAdded?: string;
  /** The name of a co-author the author has just removed. */
  coAuthorRemoved?: string;
  recorded?: boolean;
}

export function RequestPage() {
  const { id = "" } = useParams();
  const request = useAssessmentRequest(id);
  const arrival = (useLocation().state ?? {}) as RequestArrival;
  if (request.isPending) return <Loading />;
  if (request.isError) return <RequestProblem error={request.error} />;
  if (request.data.status === "draft") {
    return <TaskList draft={request.data} arrival={arrival} />;
  }
  return <ReceivedRequest request={request.data} recorded={arrival.recorded ?? false} />;
}

const STATUS_TEXT: Record<SectionState, { text: string; tag: boolean }> = {
  completed: { text: "Completed", tag: false },
  incomplete: { text: "Incomplete", tag: true },
  "not-started": { text: "Not yet started", tag: true },
};

/** Who writes the draft: its author, and co-authors (removed by the author, or leaving). */
function People({ draft, me }: { draft: AssessmentRequest; me: Me | null | undefined }) {
  const isAuthor = draft.author?.id === me?.id;
  const you = (id: string, name: string) => (id === me?.id ? `${name} (you)` : name);
  const rows: ActionRow[] = [];
  if (draft.author) {
    rows.push({ key: you(draft.author.id, draft.author.name), value: "Started the draft" });
  }
  for (const person of draft.co_authors) {
    const remove = `/requests/${draft.id}/co-authors/${person.id}/remove`;
    rows.push({
      key: you(person.id, person.name),
      value: "Co-author",
      action: isAuthor
        ? { to: remove, text: "Remove", hidden: `${person.name} as a co-author` }
        : person.id === me?.id
          ? { to: remove, text: "Stop being a co-author" }
          : undefined,
    });
  }
  return (
    <>
      <h2 className="govuk-heading-m">Who can see and change this draft</h2>
      <ActionSummaryList rows={rows} testId="people" />
    </>
  );
}

function TaskList({ draft, arrival }: { draft: AssessmentRequest; arrival: RequestArrival }) {
  const me = useMe().data;
  const childName = childNameOf(draft.content);
  const states = SETTING_SECTIONS.map((section) => section.state(draft.content));
  const done = states.filter((s) => s === "completed").length;
  const others = [...(draft.author ? [draft.author] : []), ...draft.co_authors]
    .filter((p) => p.id !== me?.id)
    .map((p) => p.name);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/requests">
          Back to requests
        </Link>
        {arrival.coAuthorAdded ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">
              {arrival.coAuthorAdded} can now see and change this draft.
            </p>
          </NotificationBanner>
        ) : null}
        {arrival.coAuthorRemoved ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">
              {arrival.coAuthorRemoved} has been removed as a co-author. They can no longer see this
              draft.
            </p>
          </NotificationBanner>
        ) : null}
        <Page
          title="Request for an EHC needs assessment"
          caption={childName ? `Draft for ${childName}` : "Draft"}
        >
          <p className="govuk-body">
            Only you{others.length > 0 ? ` and ${others.join(" and ")}` : ""} can see this draft.
            Your answers are saved as you type. When every section is complete, check your answers
            and send the request to the local authority.
          </p>
          <ActionSummaryList rows={[settingRow(draft, me, `/requests/${draft.id}`)]} />
          <p className="govuk-body" data-testid="sections-done">
            You have completed {done} of {SETTING_SECTIONS.length} sections.
          </p>
          <ul className="govuk-task-list">
            {SETTING_SECTIONS.map((section, index) => {
              const status = STATUS_TEXT[states[index] ?? "not-started"];
              const statusId = `task-list-${index + 1}-status`;
              const hintId = `task-list-${index + 1}-hint`;
              return (
                <li
                  className="govuk-task-list__item govuk-task-list__item--with-link"
                  key={section.slug}
                >
                  <div className="govuk-task-list__name-and-hint">
                    <Link
                      className="govuk-link govuk-task-list__link"
                      to={`/requests/${draft.id}/${section.slug}`}
                      aria-describedby={section.hint ? `${hintId} ${statusId}` : statusId}
                    >
                      {section.title}
                    </Link>
                    {section.hint ? (
                      <div id={hintId} className="govuk-task-list__hint">
                        {section.hint}
                      </div>
                    ) : null}
                  </div>
                  <div className="govuk-task-list__status" id={statusId}>
                    {status.tag ? <Tag colour="blue">{status.text}</Tag> : status.text}
                  </div>
                </li>
              );
            })}
          </ul>
          <DraftDocumentsSection draft={draft} />
          <h2 className="govuk-heading-m">Send the request</h2>
          <Link
            className="govuk-button"
            data-module="govuk-button"
            role="button"
            draggable={false}
            to={`/requests/${draft.id}/check`}
          >
            Check your answers
          </Link>
          <People draft={draft} me={me} />
          <h2 className="govuk-heading-m">Other things you can do</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/requests/${draft.id}/co-author`}>
                Invite a co-author
              </Link>
              , for example the SENCo of a child&apos;s other school
            </li>
            <li>
              <a
                className="govuk-link"
                href={`/api/v1/assessment-requests/${draft.id}/pdf`}
                download
              >
                Download this request as a PDF
              </a>
              , to keep or print
            </li>
            <li>
              <Link className="govuk-link" to={`/requests/${draft.id}/delete`}>
                Delete this draft
              </Link>
            </li>
          </ul>
        </Page>
      </div>
    </div>
  );
}

function ReceivedRequest({ request, recorded }: { request: AssessmentRequest; recorded: boolean }) {
  const me = useMe().data;
  const coordinator = me?.role === "case_coordinator";
  const childName = childNameOf(request.content) || "a child";
  const received = request.received_on
    ? `${formatDate(request.received_on)}${request.received_via ? `, ${receivedViaLabel(request.received_via)}` : ""}`
    : "Not yet";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/requests">
          Back to new requests
        </Link>
        {recorded ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">
              The request has been recorded. Register it as a case when you are ready.
            </p>
          </NotificationBanner>
        ) : null}
        <Page title={`Request for assessment for ${childName}`}>
          <SummaryList
            rows={[
              {
                key: "Status",
                value: (
                  <Tag colour={request.status === "submitted" ? "blue" : "green"}>
                    {request.status_label}
                  </Tag>
                ),
              },
              { key: "From", value: ROUTE_LABELS[request.route] },
              { key: "Received", value: received },
              {
                key: "Decision whether to assess due by",
                value: request.decision_due_on ? formatDate(request.decision_due_on) : "Not known",
              },
            ]}
          />
          {request.status === "submitted" && coordinator ? (
            <Link
              className="govuk-button"
              data-module="govuk-button"
              role="button"
              draggable={false}
              to={`/requests/${request.id}/register`}
            >
              Register as a case
            </Link>
          ) : null}
          {request.case_id ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${request.case_id}`}>
                Go to the case
              </Link>
            </p>
          ) : null}
          <h2 className="govuk-heading-m">What the request says</h2>
          <RequestAnswers
            headingLevel={3}
            content={request.content}
            sections={request.route === "setting" ? SETTING_SECTIONS : RECORDED_SECTIONS}
          />
        </Page>
      </div>
    </div>
  );
}
