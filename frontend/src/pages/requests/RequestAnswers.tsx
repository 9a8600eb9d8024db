// A request's answers as GOV.UK summary cards, one per section, each with a
// "Change" link when the answers can still be changed.
import { Link, type To } from "react-router";
import type { RequestContent, Section } from "./content";
import "./requests.scss";

interface RequestAnswersProps {
  content: RequestContent;
  sections: Section[];
  /** Where "Change" goes for a section; no link when absent. */
  changeTo?: (section: Section) => To;
  /** Titles for sections where the reader is the family ("Your details"). */
  titles?: Partial<Record<Section["slug"], string>>;
  /** 3 when the cards sit under a heading of their own. */
  headingLevel?: 2 | 3;
}

export function RequestAnswers({
  content,
  sections,
  changeTo,
  titles = {},
  headingLevel = 2,
}: RequestAnswersProps) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <>
      {sections.map((section) => {
        const title = titles[section.slug] ?? section.title;
        return (
          <div className="govuk-summary-card" key={section.slug}>
            <div className="govuk-summary-card__title-wrapper">
              <Heading className="govuk-summary-card__title">{title}</Heading>
              {changeTo ? (
                <ul className="govuk-summary-card__actions">
                  <li className="govuk-summary-card__action">
                    <Link className="govuk-link" to={changeTo(section)}>
                      Change<span className="govuk-visually-hidden"> {title.toLowerCase()}</span>
                    </Link>
                  </li>
                </ul>
              ) : null}
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                {section.rows(content).map((row) => (
                  <div className="govuk-summary-list__row" key={row.field}>
                    <dt className="govuk-summary-list__key">{row.key}</dt>
                    <dd className="govuk-summary-list__value app-preserve-lines">{row.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        );
      })}
    </>
  );
}
