// Pieces the administrators' organisation pages share: the name search above
// a list, "First page" / "Next page", the "are you sure?" step before removing
// or revoking something, and the page shown when a record cannot be read.
import { useId, type FormEvent, type ReactNode } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { ApiError } from "../../api/problem";
import { Page } from "../../app/Page";
import { NotificationBanner } from "../../govuk/NotificationBanner";

/** A name search kept in the address (`?q=`), so the back button and bookmarks work. */
export function NameSearch({
  searching,
  label,
  hint,
  clearTo,
}: {
  /** What is searched, naming the search landmark, e.g. "Teams". */
  searching: string;
  label: string;
  hint?: string;
  clearTo: string;
}) {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const hintId = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("q");
    const next = new URLSearchParams();
    if (typeof value === "string" && value.trim()) next.set("q", value.trim());
    setParams(next);
  };
  return (
    <form key={q} className="app-filters" role="search" aria-label={searching} onSubmit={onSubmit}>
      <div className="govuk-form-group app-filters__item">
        <label className="govuk-label" htmlFor="q">
          {label}
        </label>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <input
          className="govuk-input"
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          aria-describedby={hint ? hintId : undefined}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="govuk-button-group app-filters__item">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Search
        </button>
        {q ? (
          <Link className="govuk-link" to={clearTo}>
            Clear search
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** "First page" and "Next page" for a keyset-paged list whose cursor is in the address. */
export function Pagination({ label, next }: { label: string; next: string | null | undefined }) {
  const [params] = useSearchParams();
  const current = params.get("cursor");
  if (!current && !next) return null;
  const withCursor = (cursor: string | null | undefined) => {
    const to = new URLSearchParams(params);
    if (cursor) to.set("cursor", cursor);
    else to.delete("cursor");
    return `?${to.toString()}`;
  };
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {current ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={withCursor(null)}>
            <span className="govuk-pagination__link-title">First page</span>
          </Link>
        </div>
      ) : null}
      {next ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={withCursor(next)} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

/** What a page passes on to the next one it navigates to: a success message. */
export interface Flash {
  flash?: string;
}

/** The message the previous page left (after creating or adding something). */
export function useFlash(): string | undefined {
  const state = useLocation().state as Flash | null;
  return state?.flash;
}

/** A success banner; a new `id` each time mounts it again, so it takes focus and is announced. */
export function SuccessBanner({
  message,
  id,
}: {
  message: string | null | undefined;
  id?: number;
}) {
  if (!message) return null;
  return (
    <NotificationBanner key={id} type="success">
      <p className="govuk-notification-banner__heading">{message}</p>
    </NotificationBanner>
  );
}

/** The "are you sure?" step before something that cannot simply be undone. */
export function ConfirmStep({
  title,
  children,
  yes,
  busy,
  onYes,
  cancelTo,
}: {
  title: string;
  children: ReactNode;
  yes: string;
  busy: boolean;
  onYes: () => void;
  cancelTo: string;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={cancelTo}>
          Back
        </Link>
        <Page title={title}>
          {children}
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
              onClick={onYes}
            >
              {yes}
            </button>
            <Link className="govuk-link" to={cancelTo}>
              Cancel
            </Link>
          </div>
        </Page>
      </div>
    </div>
  );
}

/** A team or setting that could not be read: not there, or the service failed. */
export function LoadFailure({
  error,
  what,
  backTo,
  backText,
}: {
  error: unknown;
  what: string;
  backTo: string;
  backText: string;
}) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Page title={notFound ? `${what} not found` : "Sorry, there is a problem with the service"}>
      <p className="govuk-body">
        {notFound
          ? "There is nothing at this address. It may have been typed wrongly."
          : "Try again in a few minutes."}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={backTo}>
          {backText}
        </Link>
      </p>
    </Page>
  );
}
