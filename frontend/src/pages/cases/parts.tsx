// Pieces the case pages share: a GOV.UK summary card, what to say when a case
// cannot be read, and plain words for the kinds of people a case is shared with.
import type { ReactNode } from "react";
import { Link, type To } from "react-router";
import { ApiError } from "../../api/problem";
import { Page } from "../../app/Page";
import type { CaseSummary, PartyKind } from "./queries";

export interface CardAction {
  to: To;
  text: string;
  /** Said only to screen readers after the text, e.g. " the child's details". */
  hidden?: string;
}

export interface CardRow {
  key: ReactNode;
  value: ReactNode;
  action?: CardAction;
}

function ActionLink({ action }: { action: CardAction }) {
  return (
    <Link className="govuk-link" to={action.to}>
      {action.text}
      {action.hidden ? <span className="govuk-visually-hidden">{action.hidden}</span> : null}
    </Link>
  );
}

export function SummaryCard({
  title,
  actions = [],
  rows,
  headingLevel = 2,
  testId,
}: {
  title: string;
  actions?: CardAction[];
  rows: CardRow[];
  headingLevel?: 2 | 3;
  testId?: string;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const anyRowAction = rows.some((row) => row.action);
  return (
    <div className="govuk-summary-card" data-testid={testId}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions.length > 0 ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.text}>
                <ActionLink action={action} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map((row, index) => (
            <div
              className={`govuk-summary-list__row${anyRowAction && !row.action ? " govuk-summary-list__row--no-actions" : ""}`}
              key={index}
            >
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value">{row.value}</dd>
              {row.action ? (
                <dd className="govuk-summary-list__actions">
                  <ActionLink action={row.action} />
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

/** A case that could not be read: missing, not the caller's, or the service failing. */
export function CaseProblem({ error }: { error: unknown }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Page title={notFound ? "Case not found" : "Sorry, there is a problem with the service"}>
      <p className="govuk-body">
        {notFound
          ? "There is no case at this address that you can see. The address may be wrong, or you may not have been given access to the case."
          : "Try again in a few minutes."}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/cases">
          Back to cases
        </Link>
      </p>
    </Page>
  );
}

/** Closed outside the process: a co-ordinator may reopen it, not close it again. */
export function isClosed(file: Pick<CaseSummary, "stage">): boolean {
  return file.stage === "closed_outside_process";
}

/** Ceased or closed outside the process: no decision is recorded on it any more. */
export function hasEnded(file: Pick<CaseSummary, "stage">): boolean {
  return file.stage === "ceased" || isClosed(file);
}

/** The flags a co-ordinator can set on a case, in the order they are offered. */
export const CASE_FLAGS: { value: string; label: string }[] = [
  { value: "mediation", label: "Mediation in progress" },
  { value: "tribunal", label: "Tribunal in progress" },
  { value: "safeguarding", label: "Safeguarding" },
  { value: "eotas", label: "Educated other than at school" },
  { value: "looked_after", label: "Looked-after child" },
  { value: "neet", label: "Not in education, employment or training" },
];

export function childNameOf(file: Pick<CaseSummary, "child">): string {
  const child = file.child;
  if (!child) return "";
  return `${child.given_names} ${child.family_name}`.trim();
}

export const PARTY_KINDS: { value: PartyKind; label: string; hint: string }[] = [
  {
    value: "family",
    label: "A parent, carer or young person",
    hint: "Someone with a family account on this service",
  },
  {
    value: "person",
    label: "A named member of staff at a school, college or nursery",
    hint: "Only that person",
  },
  {
    value: "setting",
    label: "Everyone at a school, college or nursery",
    hint: "Every member of its staff with an account, now and in future",
  },
];

export const KIND_LABELS: Record<PartyKind, string> = {
  family: "Family",
  person: "Member of staff at a setting",
  setting: "Everyone at the setting",
};

export function isPartyKind(value: string | null | undefined): value is PartyKind {
  return value === "family" || value === "person" || value === "setting";
}
