// "Requests": for a school's SENCo or headteacher, their draft requests for an
// EHC needs assessment (their own and those they co-author), the ones they
// sent, and "Start a new request"; for co-ordinators, the new requests waiting
// to be registered as cases, and recording one that came by post.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { Tag } from "../../govuk/Tag";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { emptyContent, receivedViaLabel, ROUTE_LABELS, type RequestSummary } from "./content";
import { formatDate } from "./dates";
import { Loading } from "./parts";
import { requestKeys, useRequestList } from "./queries";
import { ResponsiveTable } from "./ResponsiveTable";
import { choosesSetting } from "./SettingPage";

/** What the page before says happened, in the navigation's state. */
export interface RequestsArrival {
  deleted?: string;
  /** A co-author stopped being one. */
  left?: string;
}

export function RequestsPage() {
  const me = useMe().data;
  if (me?.role === "case_coordinator") return <NewRequests />;
  if (me?.role === "setting") return <SettingRequests />;
  return (
    <Page title="Requests for assessment">
      <p className="govuk-body">
        Requests for an EHC needs assessment are made by schools, colleges and nurseries on this
        page, and by families through the{" "}
        <Link className="govuk-link" to="/ask-for-an-assessment">
          form to ask for an EHC needs assessment
        </Link>
        .
      </p>
    </Page>
  );
}

function ListProblem() {
  return (
    <ErrorSummary
      errors={[]}
      description="We could not get the list of requests. Try again in a few minutes."
    />
  );
}

const childLink = (row: RequestSummary, to: string) => (
  <Link className="govuk-link" to={to}>
    {row.child_name}
  </Link>
);

function SettingRequests() {
  const list = useRequestList();
  const arrival = (useLocation().state ?? {}) as RequestsArrival;
  const done = arrival.deleted ?? arrival.left;
  return (
    <>
      {done ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      ) : null}
      <Page title="Requests for assessment">
        <p className="govuk-body">
          Ask the local authority to carry out an education, health and care (EHC) needs assessment
          for a child or young person at your setting. Only you, and anyone you invite to write it
          with you, can see a draft. Your answers are saved as you type.
        </p>
        <StartRequest />
        {list.isError ? <ListProblem /> : null}
        {list.isPending ? <Loading /> : null}
        {list.data ? (
          <>
            <h2 className="govuk-heading-m">Drafts</h2>
            {list.data.drafts.length === 0 ? (
              <p className="govuk-body">You have no draft requests.</p>
            ) : (
              <ResponsiveTable
                caption="Draft requests"
                captionHidden
                rows={list.data.drafts}
                rowKey={(row) => row.id}
                testId="drafts"
                columns={[
                  { header: "Child", cell: (row) => childLink(row, `/requests/${row.id}`) },
                  { header: "Last saved", cell: (row) => formatTime(row.updated_at) },
                  { header: "Status", cell: (row) => <Tag colour="grey">{row.status_label}</Tag> },
                ]}
              />
            )}
            <h2 className="govuk-heading-m">Sent</h2>
            {list.data.sent.length === 0 ? (
              <p className="govuk-body">You have not sent any requests yet.</p>
            ) : (
              <ResponsiveTable
                caption="Sent requests"
                captionHidden
                rows={list.data.sent}
                rowKey={(row) => row.id}
                testId="sent"
                columns={[
                  { header: "Child", cell: (row) => row.child_name },
                  {
                    header: "Received",
                    cell: (row) => (row.received_on ? formatDate(row.received_on) : "Not yet"),
                  },
                  {
                    header: "Decision due by",
                    cell: (row) =>
                      row.decision_due_on ? formatDate(row.decision_due_on) : "Not known",
                  },
                  {
                    header: "Status",
                    cell: (row) => (
                      <Tag colour={row.status === "registered" ? "green" : "blue"}>
                        {row.status_label}
                      </Tag>
                    ),
                  },
                ]}
              />
            )}
          </>
        ) : null}
      </Page>
    </>
  );
}

/**
 * "Start a new request": an empty draft, created once however often it is
 * clicked. Someone who works in more than one setting first says which one.
 */
function StartRequest() {
  const me = useMe().data;
  if (choosesSetting(me)) {
    return (
      <Link
        className="govuk-button"
        data-module="govuk-button"
        role="button"
        draggable={false}
        to="/requests/new"
      >
        Start a new request
      </Link>
    );
  }
  return <StartRequestNow />;
}

function StartRequestNow() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/assessment-requests", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: { content: emptyContent(), setting_id: null, received_on: null, received_via: null },
      });
      if (data) {
        queryClient.setQueryData(requestKeys.one(data.id), data);
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        void navigate(`/requests/${data.id}`);
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FormErrorSummary errors={errors} attempt={attempt} />
      <button
        type="button"
        className="govuk-button"
        data-module="govuk-button"
        disabled={busy}
        aria-disabled={busy}
        onClick={() => void start()}
      >
        Start a new request
      </button>
    </>
  );
}

function NewRequests() {
  const list = useRequestList();
  return (
    <Page title="New requests">
      <p className="govuk-body">
        Requests for an EHC needs assessment that have reached the local authority and are waiting
        to be registered as cases. The decision whether to assess is due 6 weeks after a request was
        received.
      </p>
      <Link
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        role="button"
        draggable={false}
        to="/requests/record"
      >
        Record a request received by post, email or on paper
      </Link>
      {list.isError ? <ListProblem /> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.waiting.length === 0 ? (
        <p className="govuk-body">There are no new requests.</p>
      ) : null}
      {list.data && list.data.waiting.length > 0 ? (
        <ResponsiveTable
          caption="Waiting to be registered"
          rows={list.data.waiting}
          rowKey={(row) => row.id}
          cardHeadingLevel={2}
          testId="waiting"
          columns={[
            { header: "Child", cell: (row) => childLink(row, `/requests/${row.id}`) },
            {
              header: "Received",
              cell: (row) =>
                row.received_on
                  ? `${formatDate(row.received_on)}${row.received_via ? `, ${receivedViaLabel(row.received_via)}` : ""}`
                  : "Not known",
            },
            {
              header: "Decision due by",
              cell: (row) => (row.decision_due_on ? formatDate(row.decision_due_on) : "Not known"),
            },
            { header: "From", cell: (row) => ROUTE_LABELS[row.route] },
          ]}
        />
      ) : null}
    </Page>
  );
}
