// The "Advice" section of a case's page: every request for advice the reader may
// know about (all of them for the co-ordinator) with who was asked, where it
// stands and when it was requested, is due and was completed; "Request advice"
// while the case is at assessment; reading submitted advice; and, for the
// co-ordinator, reopening submitted advice or withdrawing an open request.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useApiClient } from "../../api/client";
import { mapProblemToFieldErrors } from "../../api/problem";
import { useMe } from "../../auth/session";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { caseKeys } from "../cases/queries";
import { problemOf } from "../sign-in/formErrors";
import { adviceKeys, useCaseAdviceRequests, useCaseSummary } from "./data";
import { formatDate, recipientLabel, type AdviceRequest } from "./labels";
import { DueDate, StateTag } from "./RequestParts";

/** What a page leaves for the case page's advice section: a success message. */
export interface CaseAdviceFlash {
  adviceFlash?: string;
}

type Message = { kind: "success" | "error"; text: string; attempt: number };

export function CaseAdviceSection({ caseId }: { caseId: string }) {
  const me = useMe().data;
  const list = useCaseAdviceRequests(caseId);
  const summary = useCaseSummary(caseId);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const flash = (useLocation().state as CaseAdviceFlash | null)?.adviceFlash;
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const coordinator = me?.role === "case_coordinator";
  const atAssessment = summary.data?.stage === "assessment";

  const reopen = async (request: AdviceRequest) => {
    if (busy) return;
    setBusy(true);
    const attempt = (message?.attempt ?? 0) + 1;
    try {
      const { data, error, response } = await client.POST("/api/v1/advice-requests/{id}/reopen", {
        params: { path: { id: request.id } },
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: adviceKeys.all, refetchType: "none" });
        queryClient.setQueryData<AdviceRequest[]>(adviceKeys.caseRequests(caseId), (list) =>
          list?.map((r) => (r.id === data.id ? data : r)),
        );
        // The advice is due again: the deadlines, the next deadline, "what happens
        // next" and the timeline all change with it.
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
        setMessage({
          kind: "success",
          text: `You have reopened the advice from ${recipientLabel(request)}. They can change it and submit it again.`,
          attempt,
        });
      } else {
        const mapped = mapProblemToFieldErrors(problemOf(error, response.status));
        setMessage({ kind: "error", text: mapped.general ?? "", attempt });
      }
    } catch (error) {
      const mapped = mapProblemToFieldErrors(problemOf(error, undefined));
      setMessage({ kind: "error", text: mapped.general ?? "", attempt });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="advice" aria-labelledby="advice-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="advice-heading">
        Advice
      </h2>
      {message?.kind === "success" ? (
        <NotificationBanner key={message.attempt} type="success">
          <p className="govuk-notification-banner__heading">{message.text}</p>
        </NotificationBanner>
      ) : message?.kind === "error" ? (
        <ErrorSummary key={message.attempt} errors={[]} description={message.text} />
      ) : flash ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      ) : null}
      {coordinator && atAssessment ? (
        <Link
          to={`/cases/${caseId}/request-advice`}
          role="button"
          draggable="false"
          className="govuk-button"
          data-module="govuk-button"
        >
          Request advice
        </Link>
      ) : null}
      {list.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : list.isError ? (
        <p className="govuk-body">
          The requests for advice could not be loaded. Try again in a few minutes.
        </p>
      ) : list.data.length === 0 ? (
        <p className="govuk-body">No advice has been requested for this case.</p>
      ) : (
        <ul className="govuk-list">
          {list.data.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              busy={busy}
              onReopen={() => void reopen(request)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestCard({
  request,
  busy,
  onReopen,
}: {
  request: AdviceRequest;
  busy: boolean;
  onReopen: () => void;
}) {
  const who = recipientLabel(request);
  const readable =
    request.you_may.read_response &&
    (request.state === "submitted" || request.state === "declined");
  const rows: { key: string; value: ReactNode }[] = [
    { key: "Status", value: <StateTag request={request} /> },
  ];
  if (request.recipient.kind === "team") {
    rows.push({
      key: "Allocated to",
      value:
        request.allocated_to.length > 0
          ? request.allocated_to.map((p) => p.name).join(", ")
          : "Not allocated yet",
    });
  }
  rows.push(
    { key: "Requested", value: formatDate(request.sent_on) },
    { key: "Due by", value: <DueDate request={request} /> },
    {
      key: "Completed",
      value: request.completed_on ? formatDate(request.completed_on) : "Not yet",
    },
  );
  const actions = [
    readable ? (
      <Link
        className="govuk-link"
        to={`/advice-requests/${request.id}/advice`}
        state={{ backTo: `/cases/${request.case_id}` }}
      >
        Read<span className="govuk-visually-hidden"> the advice from {who}</span>
      </Link>
    ) : null,
    request.you_may.reopen ? (
      <button
        type="button"
        className="app-link-button"
        disabled={busy}
        aria-disabled={busy}
        onClick={onReopen}
      >
        Reopen<span className="govuk-visually-hidden"> the advice from {who}</span>
      </button>
    ) : null,
    request.you_may.withdraw ? (
      <Link className="govuk-link" to={`/advice-requests/${request.id}/withdraw`}>
        Withdraw<span className="govuk-visually-hidden"> the request to {who}</span>
      </Link>
    ) : null,
  ].filter(Boolean);
  return (
    <li className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{who}</h3>
        {actions.length > 0 ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, i) => (
              <li className="govuk-summary-card__action" key={i}>
                {action}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map((row) => (
            <div className="govuk-summary-list__row" key={row.key}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </li>
  );
}
