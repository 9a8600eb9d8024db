// "Requests for advice": everything a contributor (or a member of a setting's
// staff) has been asked for, and - for a team manager - the team's requests
// awaiting allocation. The most urgent first, each with its case reference,
// due date, status and the local authority's note.
import { Link } from "react-router";
import { ApiError } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { useMyAdviceRequests } from "./data";
import { isOpen, type AdviceRequest } from "./labels";
import { DueDate, StateTag } from "./RequestParts";

/** The note as a short preview: the full note is on the request's page. */
function preview(note: string): string {
  const flat = note.replace(/\s+/g, " ").trim();
  if (!flat) return "No note";
  return flat.length > 160 ? `${flat.slice(0, 157).trimEnd()}…` : flat;
}

function RequestCard({ request }: { request: AdviceRequest }) {
  return (
    <li className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          <Link className="govuk-link" to={`/advice-requests/${request.id}`}>
            {request.case_ref}
            <span className="govuk-visually-hidden">
              {request.recipient.kind === "team" ? `, sent to ${request.recipient.name}` : ""}
            </span>
          </Link>
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Due by</dt>
            <dd className="govuk-summary-list__value">
              <DueDate request={request} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              <StateTag request={request} />
            </dd>
          </div>
          {request.recipient.kind === "team" ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Sent to</dt>
              <dd className="govuk-summary-list__value">{request.recipient.name}</dd>
            </div>
          ) : null}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Note from the local authority</dt>
            <dd className="govuk-summary-list__value">{preview(request.note)}</dd>
          </div>
        </dl>
      </div>
    </li>
  );
}

function Group({
  title,
  requests,
  none,
}: {
  title: string;
  requests: AdviceRequest[];
  none: string;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">
        {title} ({requests.length})
      </h2>
      {requests.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <ul className="govuk-list">
          {requests.map((r) => (
            <RequestCard key={r.id} request={r} />
          ))}
        </ul>
      )}
    </>
  );
}

export function RequestsListPage() {
  const me = useMe().data;
  const mine = useMyAdviceRequests(me);
  if (mine.isPending) {
    return (
      <Page title="Requests for advice">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  if (mine.isError) {
    const status = mine.error instanceof ApiError ? mine.error.status : 0;
    return (
      <Page title="Requests for advice">
        <p className="govuk-body">
          {status === 403
            ? "You do not have access to requests for advice."
            : "Sorry, your requests could not be loaded. Try again in a few minutes."}
        </p>
      </Page>
    );
  }
  const all = mine.data;
  const awaiting = all.filter((r) => r.state === "awaiting_allocation" && r.you_may.allocate);
  const toDo = all.filter((r) => isOpen(r.state) && !awaiting.includes(r));
  const done = all.filter((r) => !isOpen(r.state));
  const manager = all.some((r) => r.team_members !== null && r.team_members !== undefined);
  return (
    <Page title="Requests for advice">
      <p className="govuk-body">
        Requests from the local authority for your advice on a child or young person&apos;s
        education, health and care needs assessment. The most urgent are first.
      </p>
      {all.length === 0 ? (
        <p className="govuk-body">You have no requests for advice.</p>
      ) : (
        <>
          {manager || awaiting.length > 0 ? (
            <Group
              title="Awaiting allocation"
              requests={awaiting}
              none="No requests to your team are waiting to be allocated."
            />
          ) : null}
          <Group title="To do" requests={toDo} none="You have no open requests for advice." />
          <Group title="Completed" requests={done} none="Nothing completed yet." />
        </>
      )}
    </Page>
  );
}
