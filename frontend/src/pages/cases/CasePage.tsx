// The case file: the case reference and the child's name, the stage bar, the
// child and the case's key facts, then its sections (deadlines, people with
// access, timeline). Co-ordinators correct the child's details, allocate the
// co-ordinator, record decisions, set the case's flags, close and reopen the
// case and share it from here.
//
// Other capabilities add a section to the case file by rendering it among the
// children of <CaseFileLayout> in CasePage below (each section is a component
// of its own that reads what it needs by the case's id).
import type { ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Page } from "../../app/Page";
import { CaseAdviceSection } from "../advice/CaseAdviceSection";
import { CasePlanSection } from "../plan/CasePlanSection";
import { useMe } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { Tag } from "../../govuk/Tag";
import { formatDate } from "../requests/dates";
import { AccessSection } from "./AccessSection";
import { DeadlinesSection } from "./DeadlinesSection";
import { LettersSection } from "./LettersSection";
import { CaseProblem, childNameOf, hasEnded, isClosed, SummaryCard, type CardRow } from "./parts";
import { useCase, useCaseDeadlines, type CaseSummary } from "./queries";
import { StageBar } from "./StageBar";
import { TimelineSection } from "./TimelineSection";
import { WhatNextSection } from "./WhatNext";
import { CaseDocumentsSection, CaseViewsSection } from "../views/CaseSections";

/** What the page before says happened, in the navigation's state. */
export interface CaseArrival {
  done?: string;
}

export function CasePage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const me = useMe().data;
  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  const coordinator = me?.role === "case_coordinator";
  return (
    <CaseFileLayout file={file.data} canManage={coordinator}>
      <DeadlinesSection caseId={id} />
      <CaseViewsSection caseId={id} />
      <CaseDocumentsSection caseId={id} />
      <CaseAdviceSection caseId={id} />
      <CasePlanSection caseId={id} />
      <LettersSection caseId={id} />
      <AccessSection caseId={id} canManage={coordinator} />
      <TimelineSection caseId={id} />
    </CaseFileLayout>
  );
}

/** "Decision whether to assess, due by 13 October 2026", once the deadlines are known. */
function NextDeadline({ file }: { file: CaseSummary }) {
  const deadlines = useCaseDeadlines(file.id);
  const next = file.next_deadline;
  if (!next) return <>None</>;
  const name = deadlines.data?.items.find((d) => d.id === next.id)?.name;
  return <>{name ? `${name}, due by ${formatDate(next.due)}` : `Due by ${formatDate(next.due)}`}</>;
}

/** The case's flags as GOV.UK tags, or "None". */
function Flags({ file }: { file: CaseSummary }) {
  if (file.flags.length === 0) return <>None</>;
  return (
    <ul className="govuk-list" data-testid="flags">
      {file.flags.map((flag) => (
        <li key={flag.flag}>
          <Tag colour="blue">{flag.label}</Tag>
        </li>
      ))}
    </ul>
  );
}

/**
 * The frame of the case file: heading, stage bar and key facts, then
 * `children`, the case's sections in order.
 */
export function CaseFileLayout({
  file,
  canManage,
  children,
}: {
  file: CaseSummary;
  /** Co-ordinators: offer the changes they can make. */
  canManage: boolean;
  children?: ReactNode;
}) {
  const arrival = (useLocation().state ?? {}) as CaseArrival;
  const childName = childNameOf(file);
  const child = file.child;
  const childRows: CardRow[] = child
    ? [
        { key: "Name", value: childName },
        {
          key: "Photo",
          value: child.photo?.content_url ? (
            <img
              className="app-child-photo"
              src={child.photo.content_url}
              alt={childName || "The child or young person"}
            />
          ) : (
            "None added"
          ),
          action: canManage
            ? {
                to: `/cases/${file.id}/documents/new?section=child_photo`,
                text: child.photo ? "Change" : "Add",
                hidden: " the child's photo",
              }
            : undefined,
        },
        { key: "Date of birth", value: child.born_on ? formatDate(child.born_on) : "Not known" },
        { key: "Year group", value: child.year_group ?? "Not known" },
        { key: "Education setting", value: child.setting?.name ?? "None recorded" },
        { key: "Looked after by a local authority", value: child.looked_after ? "Yes" : "No" },
        { key: "Preferred language", value: child.preferred_language || "English" },
        {
          key: "Who has parental responsibility",
          value: child.parental_responsibility || "Not recorded",
        },
      ]
    : [{ key: "Name", value: "No child recorded on this case" }];
  return (
    <>
      <Link className="govuk-back-link" to="/cases">
        Back to cases
      </Link>
      {arrival.done ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{arrival.done}</p>
        </NotificationBanner>
      ) : null}
      <Page
        title={childName ? `${childName} – ${file.case_ref}` : file.case_ref}
        heading={
          <>
            <span className="govuk-caption-l">Case {file.case_ref}</span>
            {childName || "Child not recorded"}
          </>
        }
      >
        <section aria-labelledby="stage-heading">
          <h2 className="govuk-heading-m" id="stage-heading">
            Where the case is
          </h2>
          <StageBar steps={file.stage_bar} />
          <p className="govuk-body" data-testid="stage">
            Current stage: <strong>{file.stage_label}</strong>
          </p>
          {canManage && !hasEnded(file) ? (
            <Link
              className="govuk-button"
              data-module="govuk-button"
              role="button"
              draggable={false}
              to={`/cases/${file.id}/decision`}
            >
              Record a decision
            </Link>
          ) : null}
          {/* A ceased plan is neither closed again nor reopened: a new request starts over. */}
          {canManage && (isClosed(file) || !hasEnded(file)) ? (
            <p className="govuk-body">
              {isClosed(file) ? (
                <Link className="govuk-link" to={`/cases/${file.id}/reopen`}>
                  Reopen this case
                </Link>
              ) : (
                <Link className="govuk-link" to={`/cases/${file.id}/close`}>
                  Close this case
                </Link>
              )}
            </p>
          ) : null}
        </section>
        <WhatNextSection file={file} />
        <SummaryCard
          title="Child or young person"
          testId="child"
          actions={
            canManage && child
              ? [
                  {
                    to: `/cases/${file.id}/child`,
                    text: "Correct",
                    hidden: " the child's details",
                  },
                ]
              : []
          }
          rows={childRows}
        />
        <SummaryCard
          title="Case"
          testId="case"
          rows={[
            { key: "Case reference", value: file.case_ref },
            {
              key: "Co-ordinator",
              value: file.coordinator?.name ?? "Not allocated yet",
              action: canManage
                ? {
                    to: `/cases/${file.id}/coordinator`,
                    text: file.coordinator ? "Change" : "Allocate",
                    hidden: " the co-ordinator",
                  }
                : undefined,
            },
            {
              key: "Request received",
              value: file.request_received_on ? formatDate(file.request_received_on) : "Not known",
            },
            { key: "Next deadline", value: <NextDeadline file={file} /> },
            {
              key: "Flags",
              value: <Flags file={file} />,
              action: canManage
                ? { to: `/cases/${file.id}/flags`, text: "Change flags" }
                : undefined,
            },
          ]}
        />
        {children}
      </Page>
    </>
  );
}
