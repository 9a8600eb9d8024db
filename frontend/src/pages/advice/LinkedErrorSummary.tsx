// The error summary for the advice pages, whose links may lead to another page
// of the template (a field on the "Background" page, from "Check your
// answers"). In-page links are handled by govuk-frontend's JavaScript, which
// focuses the field; the others navigate, and the page arrived at focuses the
// field named by the address's #fragment (useFocusFromHash).
import { ErrorSummary as GovukErrorSummary } from "govuk-frontend";
import { useEffect, useRef, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useGovukComponent } from "../../govuk/useGovukComponent";

export interface LinkedError {
  /** Where the field is: "#id" on this page, or "/advice-requests/…/background#id". */
  to: string | undefined;
  text: string;
}

export function LinkedErrorSummary({
  errors,
  title = "There is a problem",
  description,
}: {
  errors: LinkedError[];
  title?: string;
  description?: ReactNode;
}) {
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
                  {error.to ? <Link to={error.to}>{error.text}</Link> : error.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** On arrival with "#field-id" in the address, focus that field and bring it into view. */
export function useFocusFromHash() {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.focus();
    target.scrollIntoView?.({ block: "center" });
  }, [hash, key]);
}
