// Pieces the request's pages share: the request's key facts, its status tag,
// the due date in plain English, the link to download the advice as a PDF, and
// the message a page leaves for the next.
import { useLocation } from "react-router";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList, type SummaryListRow } from "../../govuk/SummaryList";
import { Tag } from "../../govuk/Tag";
import { Paragraphs } from "./AdviceSummary";
import {
  formatDate,
  recipientLabel,
  relativeDays,
  stateColour,
  type AdviceRequest,
} from "./labels";

export function StateTag({ request }: { request: Pick<AdviceRequest, "state" | "state_label"> }) {
  return <Tag colour={stateColour(request.state)}>{request.state_label}</Tag>;
}

/** "11 January 2027 (in 42 days)", with an "Overdue" tag once it has passed. */
export function DueDate({ request }: { request: AdviceRequest }) {
  return (
    <>
      {formatDate(request.due_on)}
      {request.state === "submitted" ||
      request.state === "declined" ||
      request.state === "withdrawn"
        ? null
        : ` (${relativeDays(request.due_on, new Date())})`}
      {request.overdue ? (
        <>
          {" "}
          <Tag colour="red">Overdue</Tag>
        </>
      ) : null}
    </>
  );
}

export function RequestFacts({ request }: { request: AdviceRequest }) {
  const rows: SummaryListRow[] = [
    { key: "Case reference", value: request.case_ref },
    { key: "Sent to", value: recipientLabel(request) },
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
    { key: "Requested by", value: request.requested_by.name },
    { key: "Date requested", value: formatDate(request.sent_on) },
    { key: "Due by", value: <DueDate request={request} /> },
    { key: "Status", value: <StateTag request={request} /> },
  );
  if (request.completed_on) {
    rows.push({ key: "Completed", value: formatDate(request.completed_on) });
  }
  return <SummaryList rows={rows} />;
}

/** The advice as a PDF to keep or print: the browser saves it rather than opening a page. */
export function DownloadAdviceLink({
  request,
  own,
}: {
  request: Pick<AdviceRequest, "id">;
  /** The reader holds the request: it is their advice. */
  own: boolean;
}) {
  return (
    <p className="govuk-body">
      <a
        className="govuk-link"
        href={`/api/v1/advice-requests/${request.id}/response/pdf`}
        download
      >
        {own ? "Download your advice as a PDF" : "Download this advice as a PDF"}
      </a>
    </p>
  );
}

export function LaNote({ request }: { request: AdviceRequest }) {
  return (
    <>
      <h2 className="govuk-heading-m">Note from the local authority</h2>
      <div className="govuk-inset-text">
        <Paragraphs text={request.note} empty="The local authority did not add a note." />
      </div>
    </>
  );
}

/** What a page passes on to the page it navigates to: a success message. */
export interface AdviceFlash {
  flash?: string;
}

/** The success message the previous page left, shown once in a banner (which takes focus). */
export function FlashBanner() {
  const state = useLocation().state as AdviceFlash | null;
  if (!state?.flash) return null;
  return (
    <NotificationBanner type="success">
      <p className="govuk-notification-banner__heading">{state.flash}</p>
    </NotificationBanner>
  );
}
