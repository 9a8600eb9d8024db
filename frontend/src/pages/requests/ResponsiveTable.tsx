// A list of things as a GOV.UK table on wider screens and as a card each on a
// phone, where a table of several columns would not fit 320 px.
import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface ResponsiveTableProps<T> {
  caption: string;
  /** Hide the caption visually (a heading just above says the same). */
  captionHidden?: boolean;
  rows: T[];
  rowKey: (row: T) => string;
  /** The first column is each card's heading; the others are lines under it. */
  columns: [Column<T>, ...Column<T>[]];
  /** The level of each card's heading on a phone. */
  cardHeadingLevel?: 2 | 3;
  testId?: string;
}

export function ResponsiveTable<T>({
  caption,
  captionHidden = false,
  rows,
  rowKey,
  columns,
  cardHeadingLevel = 3,
  testId,
}: ResponsiveTableProps<T>) {
  const [first, ...rest] = columns;
  const CardHeading = cardHeadingLevel === 2 ? "h2" : "h3";
  return (
    <div data-testid={testId}>
      <table className="govuk-table app-people-table">
        <caption
          className={
            captionHidden ? "govuk-visually-hidden" : "govuk-table__caption govuk-table__caption--m"
          }
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th scope="col" className="govuk-table__header" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={rowKey(row)}>
              {columns.map((column) => (
                <td className="govuk-table__cell" key={column.header}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="govuk-list app-people-cards" aria-label={caption}>
        {rows.map((row) => (
          <li className="app-person-card" key={rowKey(row)}>
            <CardHeading className="govuk-heading-s govuk-!-margin-bottom-1">
              {first.cell(row)}
            </CardHeading>
            {rest.map((column) => (
              <p className="govuk-body govuk-!-margin-bottom-1" key={column.header}>
                <span className="govuk-!-font-weight-bold">{column.header}:</span>{" "}
                {column.cell(row)}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
