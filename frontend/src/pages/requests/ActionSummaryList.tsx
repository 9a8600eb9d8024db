// A GOV.UK summary list whose rows may have an action link ("Change",
// "Remove"), and the row saying which setting a draft comes from.
import type { ReactNode } from "react";
import { Link, type To } from "react-router";
import type { Me } from "../../auth/session";
import type { AssessmentRequest } from "./content";
import { choosesSetting, type SettingArrival } from "./SettingPage";

export interface ActionRow {
  key: ReactNode;
  value: ReactNode;
  action?: { to: To; text: string; hidden?: string; state?: unknown };
}

/** A GOV.UK summary list whose rows may have an action link. */
export function ActionSummaryList({ rows, testId }: { rows: ActionRow[]; testId?: string }) {
  const anyAction = rows.some((row) => row.action);
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row, index) => (
        <div
          className={`govuk-summary-list__row${anyAction && !row.action ? " govuk-summary-list__row--no-actions" : ""}`}
          key={index}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.to} state={row.action.state}>
                {row.action.text}
                {row.action.hidden ? (
                  <span className="govuk-visually-hidden"> {row.action.hidden}</span>
                ) : null}
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** The setting a draft comes from, with "Change" for someone who works in more than one. */
export function settingRow(
  draft: AssessmentRequest,
  me: Me | null | undefined,
  returnTo: string,
): ActionRow {
  const arrival: SettingArrival = { returnTo };
  return {
    key: "School, college or nursery",
    value: draft.setting?.name ?? "Not chosen yet",
    action: choosesSetting(me)
      ? {
          to: `/requests/${draft.id}/setting`,
          text: draft.setting ? "Change" : "Choose",
          hidden: "the school, college or nursery",
          state: arrival,
        }
      : undefined,
  };
}
