// One request for advice, for whoever holds it: when it was asked and is due,
// the local authority's note, and then - by what they may do - the team
// manager's allocation, the advice template as a task list, or the advice they
// submitted; and the other advice on the case, readable once theirs is in.
import { Link } from "react-router";
import { Page } from "../../app/Page";
import { useMe, type Me } from "../../auth/session";
import { Tag } from "../../govuk/Tag";
import { AdviceDocumentsList, SupportingDocumentsTask } from "./AdviceDocuments";
import { useAdviceDraft } from "./AdviceDraft";
import { isHeldBy, useCaseAdviceRequests } from "./data";
import {
  areaStatus,
  backgroundStatus,
  onBehalfStatus,
  readyToSubmit,
  willProvideStatus,
  type SectionStatus,
} from "./fields";
import { AREAS, formatDate, recipientLabel, type AdviceRequest } from "./labels";
import { DownloadAdviceLink, FlashBanner, LaNote, RequestFacts } from "./RequestParts";
import { SaveStatus } from "./SaveStatus";

export function RequestPage() {
  const { request } = useAdviceDraft();
  const me = useMe().data;
  const coordinator = me?.role === "case_coordinator";
  const holder = me ? isHeldBy(request, me) : false;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link
          className="govuk-back-link"
          to={coordinator ? `/cases/${request.case_id}` : "/advice-requests"}
        >
          {coordinator ? "Back to the case" : "Back to your requests for advice"}
        </Link>
        <FlashBanner />
        <Page
          title={`Request for advice: ${request.case_ref}`}
          heading="Request for advice"
          caption={request.case_ref}
        >
          <RequestFacts request={request} />
          <LaNote request={request} />
          {request.declined_note ? (
            <>
              <h2 className="govuk-heading-m">Not known to the service</h2>
              <p className="govuk-body">{request.declined_note}</p>
            </>
          ) : null}
          {request.you_may.allocate ? <Allocation request={request} /> : null}
          {request.you_may.edit ? <TaskList /> : <Answered request={request} holder={holder} />}
          {holder && me ? <OtherAdvice request={request} me={me} /> : null}
        </Page>
      </div>
    </div>
  );
}

function Allocation({ request }: { request: AdviceRequest }) {
  const waiting = request.state === "awaiting_allocation";
  return (
    <>
      <h2 className="govuk-heading-m">
        {waiting ? "Allocate this request" : "Who is providing this advice"}
      </h2>
      <p className="govuk-body">
        {waiting
          ? "This request was sent to your team. Allocate it to one or more members of the team, or tell the local authority the child or young person is not known to the service."
          : `It is allocated to ${request.allocated_to.map((p) => p.name).join(", ")}.`}
      </p>
      <Link
        to={`/advice-requests/${request.id}/allocate`}
        role="button"
        draggable="false"
        className={`govuk-button${waiting ? "" : " govuk-button--secondary"}`}
        data-module="govuk-button"
      >
        {waiting ? "Allocate or answer" : "Change who it is allocated to"}
      </Link>
    </>
  );
}

function statusCell(status: SectionStatus, id: string) {
  switch (status) {
    case "completed":
      return (
        <div className="govuk-task-list__status" id={id}>
          Completed
        </div>
      );
    case "not_needed":
      return (
        <div className="govuk-task-list__status" id={id}>
          Not an area of need
        </div>
      );
    case "incomplete":
      return (
        <div className="govuk-task-list__status" id={id}>
          <Tag colour="blue">Incomplete</Tag>
        </div>
      );
    case "not_started":
      return (
        <div className="govuk-task-list__status" id={id}>
          <Tag colour="blue">Not started</Tag>
        </div>
      );
  }
}

function Task({
  index,
  to,
  name,
  hint,
  status,
}: {
  index: number;
  to: string;
  name: string;
  hint?: string;
  status: SectionStatus;
}) {
  const hintId = `task-${index}-hint`;
  const statusId = `task-${index}-status`;
  return (
    <li className="govuk-task-list__item govuk-task-list__item--with-link">
      <div className="govuk-task-list__name-and-hint">
        <Link
          className="govuk-link govuk-task-list__link"
          to={to}
          aria-describedby={hint ? `${hintId} ${statusId}` : statusId}
        >
          {name}
        </Link>
        {hint ? (
          <div id={hintId} className="govuk-task-list__hint">
            {hint}
          </div>
        ) : null}
      </div>
      {statusCell(status, statusId)}
    </li>
  );
}

function TaskList() {
  const { request, content } = useAdviceDraft();
  const base = `/advice-requests/${request.id}`;
  const ready = readyToSubmit(content);
  const other = content.on_behalf_of;
  return (
    <>
      <h2 className="govuk-heading-l">Your advice</h2>
      <SaveStatus />
      <p className="govuk-body">
        Complete each section, then check your answers and submit your advice by{" "}
        {formatDate(request.due_on)}. You can leave and come back: everything you type is saved.
      </p>
      <DownloadAdviceLink request={request} own />
      <h3 className="govuk-heading-m">About you and this child or young person</h3>
      <ul className="govuk-task-list">
        <Task
          index={1}
          to={`${base}/on-behalf-of`}
          name="Who the advice is from"
          hint={other ? `For ${other.name || "someone else"}` : "From your profile"}
          status={onBehalfStatus(content)}
        />
        <Task
          index={2}
          to={`${base}/will-provide`}
          name="Will you provide information and advice?"
          status={willProvideStatus(content)}
        />
        <Task
          index={3}
          to={`${base}/background`}
          name="Background"
          status={backgroundStatus(content)}
        />
      </ul>
      <h3 className="govuk-heading-m">Areas of need</h3>
      <p className="govuk-body">
        Only complete the areas relevant to your assessment. An area left empty tells the local
        authority it is not an area of need.
      </p>
      <ul className="govuk-task-list">
        {AREAS.map((area, i) => (
          <Task
            key={area.key}
            index={4 + i}
            to={`${base}/areas/${area.slug}`}
            name={area.label}
            status={areaStatus(content.areas[area.key])}
          />
        ))}
      </ul>
      <h3 className="govuk-heading-m">Supporting documents</h3>
      <SupportingDocumentsTask request={request} />
      <h3 className="govuk-heading-m">Submit</h3>
      <ul className="govuk-task-list">
        {ready ? (
          <Task
            index={10}
            to={`${base}/check`}
            name="Check your answers and submit"
            status="not_started"
          />
        ) : (
          <li className="govuk-task-list__item">
            <div className="govuk-task-list__name-and-hint">
              <div>Check your answers and submit</div>
              <div id="task-10-hint" className="govuk-task-list__hint">
                Complete the sections marked as not started or incomplete first.
              </div>
            </div>
            <div
              className="govuk-task-list__status govuk-task-list__status--cannot-start-yet"
              id="task-10-status"
            >
              Cannot start yet
            </div>
          </li>
        )}
      </ul>
    </>
  );
}

/** For a request the person can no longer change: what became of it. */
function Answered({ request, holder }: { request: AdviceRequest; holder: boolean }) {
  const readLink =
    request.you_may.read_response &&
    (request.state === "submitted" || request.state === "reopened") ? (
      <p className="govuk-body">
        <Link className="govuk-link" to={`/advice-requests/${request.id}/advice`}>
          {holder ? "Read your advice" : `Read the advice from ${recipientLabel(request)}`}
        </Link>
      </p>
    ) : null;
  if (request.state === "submitted") {
    return (
      <>
        <h2 className="govuk-heading-m">{holder ? "Your advice" : "Advice"}</h2>
        <p className="govuk-body">
          {holder ? "You submitted your advice" : "The advice was submitted"} on{" "}
          {formatDate(request.completed_on)}. It cannot be changed unless the case co-ordinator
          reopens it.
        </p>
        {readLink}
        {request.you_may.read_response ? (
          <DownloadAdviceLink request={request} own={holder} />
        ) : null}
        <AdviceDocumentsList request={request} />
      </>
    );
  }
  if (request.state === "awaiting_allocation" && !request.you_may.allocate) {
    return (
      <p className="govuk-body">
        This request is waiting for the team&apos;s manager to allocate it.
      </p>
    );
  }
  return null;
}

function OtherAdvice({ request, me }: { request: AdviceRequest; me: Me }) {
  const submitted = request.state === "submitted";
  const list = useCaseAdviceRequests(request.case_id, submitted);
  const others = (list.data ?? []).filter(
    (r) =>
      r.id !== request.id &&
      !isHeldBy(r, me) &&
      r.kind === "advice" &&
      (r.state === "submitted" || r.state === "declined"),
  );
  return (
    <>
      <h2 className="govuk-heading-m">Other advice on this case</h2>
      {!submitted ? (
        <div className="govuk-inset-text">
          You can read other advice once you have submitted yours.
        </div>
      ) : list.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : list.isError ? (
        <p className="govuk-body">
          The other advice could not be loaded. Try again in a few minutes.
        </p>
      ) : others.length === 0 ? (
        <p className="govuk-body">No other advice has been submitted yet.</p>
      ) : (
        <ul className="govuk-list">
          {others.map((r) => (
            <li key={r.id}>
              <Link
                className="govuk-link"
                to={`/advice-requests/${r.id}/advice`}
                state={{ backTo: `/advice-requests/${request.id}` }}
              >
                {r.state === "declined" ? "Answer" : "Advice"} from {recipientLabel(r)}
              </Link>
              {r.completed_on ? `, ${formatDate(r.completed_on)}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
