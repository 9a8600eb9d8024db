// Pieces the request pages share: the confirmation panel page, and what to say
// when a request cannot be read.
import { ErrorSummary as GovukErrorSummary } from "govuk-frontend";
import { useEffect, useRef, type ReactNode } from "react";
import { Link, useLocation, type To } from "react-router";
import { ApiError } from "../../api/problem";
import { useServiceInfo } from "../../api/queries";
import { Page } from "../../app/Page";
import { pageTitle } from "../../app/service";
import { useGovukComponent } from "../../govuk/useGovukComponent";

/** A page whose heading is a GOV.UK confirmation panel. */
export function PanelPage({
  title,
  panelBody,
  children,
}: {
  title: string;
  panelBody?: ReactNode;
  children?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const organisationName = useServiceInfo().data?.la_name;
  useEffect(() => {
    document.title = pageTitle(title, organisationName);
  }, [title, organisationName]);
  useEffect(() => {
    // Arrived by a link or button in the app: say where we are.
    if (location.key !== "default") headingRef.current?.focus();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title app-focus-target" tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {panelBody ? <div className="govuk-panel__body">{panelBody}</div> : null}
        </div>
        {children}
      </div>
    </div>
  );
}

/** A request that could not be read: gone, not the caller's, or the service failing. */
export function RequestProblem({ error }: { error: unknown }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Page title={notFound ? "Request not found" : "Sorry, there is a problem with the service"}>
      <p className="govuk-body">
        {notFound
          ? "There is no request at this address that you can see. It may have been deleted, or sent to the local authority: once a request is sent, only the local authority can see it until it gives you access to the case."
          : "Try again in a few minutes."}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/requests">
          Back to requests
        </Link>
      </p>
    </Page>
  );
}

export function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

export interface LinkedError {
  text: string;
  /** Where the field is: another page of the app, usually. */
  to?: To;
  state?: unknown;
}

/**
 * GOV.UK's error summary whose links may go to other pages (each section of a
 * draft is a page of its own). govuk-frontend's script still focuses it.
 */
export function LinkErrorSummary({
  errors,
  description,
}: {
  errors: LinkedError[];
  description?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukErrorSummary);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={index}>
                  {error.to ? (
                    <Link to={error.to} state={error.state}>
                      {error.text}
                    </Link>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A draft someone has sent meanwhile: nothing more can be done to it. */
export function AlreadySent() {
  return (
    <Page title="This request has already been sent">
      <p className="govuk-body">
        It is with the local authority and can no longer be changed. You will see it again if the
        local authority gives you access to the case.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/requests">
          Back to requests
        </Link>
      </p>
    </Page>
  );
}
