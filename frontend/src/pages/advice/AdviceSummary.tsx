// A piece of advice as summary cards, one per section of the template: for
// "Check your answers" (with a "Change" link on each card) and for reading
// submitted advice.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { isEmptyArea } from "./fields";
import {
  AREAS,
  BACKGROUND,
  formatDate,
  pfaLabel,
  willProvideLabel,
  type AdviceContent,
  type AreaAdvice,
} from "./labels";

/** Free text as typed, its line breaks kept as paragraphs. */
export function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <span className="govuk-hint govuk-!-margin-0">{empty}</span>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p className="govuk-body" key={i}>
          {p}
        </p>
      ))}
    </>
  );
}

interface Row {
  key: ReactNode;
  value: ReactNode;
}

function Card({
  title,
  rows,
  change,
}: {
  title: string;
  rows: Row[];
  /** Where "Change" goes, on "Check your answers". */
  change?: string;
}) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
        {change ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <Link className="govuk-link" to={change}>
                Change<span className="govuk-visually-hidden"> {title.toLowerCase()}</span>
              </Link>
            </li>
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map((row, index) => (
            <div className="govuk-summary-list__row" key={index}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

function areaRows(area: AreaAdvice): Row[] {
  if (isEmptyArea(area)) return [{ key: "Area of need", value: "Not an area of need" }];
  const rows: Row[] = [
    { key: "Strengths", value: <Paragraphs text={area.strengths} empty="None given" /> },
    { key: "Needs", value: <Paragraphs text={area.needs} empty="None given" /> },
  ];
  area.outcomes.forEach((outcome, i) => {
    rows.push({
      key: `Outcome ${i + 1}`,
      value: (
        <>
          <Paragraphs text={outcome.description} empty="Not described" />
          {outcome.pfa.length > 0 ? (
            <p className="govuk-body">
              Preparing for adulthood: {outcome.pfa.map(pfaLabel).join(", ")}
            </p>
          ) : null}
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">Steps</h3>
          {outcome.steps.length === 0 ? (
            <p className="govuk-body">None</p>
          ) : (
            <ol className="govuk-list govuk-list--number">
              {outcome.steps.map((step, j) => (
                <li key={j}>
                  {step.text.trim() || "Not described"}
                  {step.target_date ? `, by ${formatDate(step.target_date)}` : ""}
                </li>
              ))}
            </ol>
          )}
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">Provision</h3>
          {outcome.provisions.length === 0 ? (
            <p className="govuk-body govuk-!-margin-bottom-0">None</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
              {outcome.provisions.map((p, j) => (
                <li key={j}>{p.description.trim() || "Not described"}</li>
              ))}
            </ul>
          )}
        </>
      ),
    });
  });
  return rows;
}

export function AdviceSummary({
  content,
  from,
  changeBase,
}: {
  content: AdviceContent;
  /** Who wrote it when it is their own (from their profile). */
  from?: string;
  /** The request's address, to offer "Change" links to each section. */
  changeBase?: string;
}) {
  const change = (section: string) => (changeBase ? `${changeBase}/${section}` : undefined);
  const other = content.on_behalf_of;
  return (
    <>
      <Card
        title="Who the advice is from"
        change={change("on-behalf-of")}
        rows={[
          {
            key: "On behalf of someone else",
            value: other ? "Yes" : "No",
          },
          other
            ? {
                key: "Completed for",
                value: `${other.name.trim() || "Name not given"}, ${other.job_title.trim() || "job title not given"}`,
              }
            : { key: "From", value: from ?? "The adviser's own profile" },
        ]}
      />
      <Card
        title="Information and advice"
        change={change("will-provide")}
        rows={[
          {
            key: "Will you provide information and advice?",
            value: willProvideLabel(content.will_provide),
          },
          {
            key: "Details",
            value: <Paragraphs text={content.will_provide_details} empty="None given" />,
          },
        ]}
      />
      <Card
        title="Background"
        change={change("background")}
        rows={BACKGROUND.map((q) => ({
          key: q.label,
          value: (
            <Paragraphs
              text={content.background[q.key]}
              empty={q.required ? "Not answered" : "None given"}
            />
          ),
        }))}
      />
      {AREAS.map((area) => (
        <Card
          key={area.key}
          title={area.label}
          change={change(`areas/${area.slug}`)}
          rows={areaRows(content.areas[area.key])}
        />
      ))}
    </>
  );
}
