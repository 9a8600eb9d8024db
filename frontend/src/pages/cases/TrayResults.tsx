// The cases of a tray: a GOV.UK table on a wide screen, and a card each on a
// phone or tablet, where six columns would not fit. CSS media queries choose
// which one shows (trays.scss); the other is display: none, so neither a screen
// reader nor the keyboard meets the same link twice.
import { Link } from "react-router";
import { formatDay } from "../../app/format";
import { Tag } from "../../govuk/Tag";
import { formatDate } from "../requests/dates";
import type { CaseListItem, TrayDeadline } from "./queries";
import { flagLabel } from "./trayView";

function days(n: number): string {
  return `${n} ${n === 1 ? "day" : "days"}`;
}

/** "in 19 days", "today", "2 days overdue". */
export function whenDue(deadline: TrayDeadline): string {
  if (deadline.days_left === 0) return "today";
  if (deadline.days_left > 0) return `in ${days(deadline.days_left)}`;
  return `${days(-deadline.days_left)} overdue`;
}

/** The child's name, or the case reference where no child is recorded. */
function CaseLink({ item }: { item: CaseListItem }) {
  const name = item.child_name.trim();
  return (
    <Link className="govuk-link" to={`/cases/${item.id}`}>
      {name || item.case_ref}
      {/* Two children may share a name: the reference makes each link unique. */}
      {name ? <span className="govuk-visually-hidden">, case {item.case_ref}</span> : null}
    </Link>
  );
}

function NextDeadline({ deadline }: { deadline: TrayDeadline | null | undefined }) {
  if (!deadline) return <>No deadline running</>;
  return (
    <>
      <span className="app-tray-deadline__name">{deadline.name}:</span>{" "}
      {deadline.overdue ? (
        <>
          <span className="app-tray-deadline__due">was due by {formatDate(deadline.due)}</span>{" "}
          <Tag colour="red" className="app-tray-tag">
            {whenDue(deadline)}
          </Tag>
        </>
      ) : (
        <span className="app-tray-deadline__due">
          due by {formatDate(deadline.due)} ({whenDue(deadline)})
        </span>
      )}
    </>
  );
}

function Flags({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="app-tray-flags" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag}>
          <Tag colour="grey" className="app-tray-tag">
            {flagLabel(flag)}
          </Tag>
        </li>
      ))}
    </ul>
  );
}

/** A date column shown when the list is sorted by it. */
export type DateColumn = "last_updated" | "request_date" | undefined;

function dateHeader(column: DateColumn): string {
  return column === "last_updated" ? "Last updated" : "Request received";
}

function dateCell(item: CaseListItem, column: DateColumn): string {
  if (column === "last_updated") return formatDay(item.updated_at);
  return item.request_received_on ? formatDate(item.request_received_on) : "Not recorded";
}

interface TrayResultsProps {
  items: CaseListItem[];
  caption: string;
  dateColumn: DateColumn;
}

export function TrayResults({ items, caption, dateColumn }: TrayResultsProps) {
  return (
    // "cases" holds both, for the end-to-end tests' page object (e2e/pages/CasePages.ts).
    <div data-testid="cases">
      <table className="govuk-table app-tray-table" data-testid="tray-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Child
            </th>
            <th scope="col" className="govuk-table__header">
              Case reference
            </th>
            <th scope="col" className="govuk-table__header">
              Stage
            </th>
            <th scope="col" className="govuk-table__header">
              Next deadline
            </th>
            {dateColumn ? (
              <th scope="col" className="govuk-table__header">
                {dateHeader(dateColumn)}
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              Flags
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.id}>
              <td className="govuk-table__cell">
                <CaseLink item={item} />
              </td>
              <td className="govuk-table__cell app-tray-ref">{item.case_ref}</td>
              <td className="govuk-table__cell">{item.stage_label}</td>
              <td className="govuk-table__cell">
                <NextDeadline deadline={item.next_deadline} />
              </td>
              {dateColumn ? (
                <td className="govuk-table__cell">{dateCell(item, dateColumn)}</td>
              ) : null}
              <td className="govuk-table__cell">
                <Flags flags={item.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="govuk-list app-tray-cards" aria-label={caption} data-testid="tray-cards">
        {items.map((item) => (
          <li className="app-tray-card" key={item.id}>
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              <CaseLink item={item} />
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-1 app-tray-ref">{item.case_ref}</p>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <span className="govuk-!-font-weight-bold">Stage:</span> {item.stage_label}
            </p>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <span className="govuk-!-font-weight-bold">Next deadline:</span>{" "}
              <NextDeadline deadline={item.next_deadline} />
            </p>
            {dateColumn ? (
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span className="govuk-!-font-weight-bold">{dateHeader(dateColumn)}:</span>{" "}
                {dateCell(item, dateColumn)}
              </p>
            ) : null}
            <Flags flags={item.flags} />
          </li>
        ))}
      </ul>
    </div>
  );
}
