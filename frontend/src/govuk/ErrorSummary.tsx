import { ErrorSummary as GovukErrorSummary } from "govuk-frontend";
import { useRef, type ReactNode } from "react";
import type { ErrorSummaryItem } from "../api/problem";
import { useGovukComponent } from "./useGovukComponent";

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  description?: ReactNode;
}

/**
 * The error summary. govuk-frontend's JavaScript moves focus to it when it
 * appears and makes its links focus the field. Render it only when there are
 * errors, so that it is mounted (and focused) each time a submit fails.
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukErrorSummary);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={index}>
                  {error.href ? <a href={error.href}>{error.text}</a> : error.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
