import type { ReactNode } from "react";

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
}

export function SummaryList({
  rows,
  noBorder = false,
}: {
  rows: SummaryListRow[];
  noBorder?: boolean;
}) {
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row, index) => (
        <div className="govuk-summary-list__row" key={index}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
