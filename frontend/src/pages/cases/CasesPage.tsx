// The work trays: "My cases in progress", "All cases", "My children"... each
// person's lists of cases, searched, filtered, sorted and paged by cursor. The
// whole view (tray, search, filters, order, page) is in the address, so it can
// be bookmarked, shared and left with the back button. The API never counts, so
// there are no page numbers: "Next page" and "First page" only.
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ApiError, type ErrorSummaryItem } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe, type Me } from "../../auth/session";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { useAllSettings, useCaseList, type CasePage } from "./queries";
import { FIELD_IDS, TrayFilters, type SettingChoice } from "./TrayFilters";
import { TrayResults, type DateColumn } from "./TrayResults";
import {
  cleared,
  hrefOf,
  isFiltered,
  paramsFromView,
  sortOf,
  viewFromParams,
  type TrayView,
} from "./trayView";
import "./trays.scss";

type TrayLink = CasePage["tray"];

/** Roles the API lets list every education setting (administrators also may). */
const LISTS_SETTINGS: ReadonlySet<Me["role"]> = new Set(["case_coordinator", "administrator"]);

interface FiltersProps {
  view: TrayView;
  errors: Record<string, string>;
  clearHref: string;
  onApply: (view: TrayView) => void;
  onInvalidDate: (message: string) => void;
}

/** The filters with every setting to choose from (for those who may list them). */
function FiltersWithAllSettings(props: FiltersProps) {
  const settings = useAllSettings();
  return <TrayFilters {...props} settings={settings.data} />;
}

function Filters({ me, ...props }: FiltersProps & { me: Me | undefined }) {
  if (me && LISTS_SETTINGS.has(me.role)) return <FiltersWithAllSettings {...props} />;
  // Setting staff filter by the settings they work in (the API will not list
  // the others for them); anyone else has no setting filter.
  const own: SettingChoice[] | undefined =
    me?.role === "setting" && me.settings.length > 1 ? me.settings : undefined;
  return <TrayFilters {...props} settings={own} />;
}

function TrayNav({ trays, current, view }: { trays: TrayLink[]; current: string; view: TrayView }) {
  return (
    <nav aria-label="Work trays" className="govuk-service-navigation app-tray-nav">
      <ul className="govuk-service-navigation__list app-tray-nav__list">
        {trays.map((tray) => {
          const active = tray.tray === current;
          return (
            <li
              key={tray.tray}
              className={`govuk-service-navigation__item${active ? " govuk-service-navigation__item--active" : ""}`}
            >
              <Link
                className="govuk-service-navigation__link"
                // The search and filters carry over; the page starts again.
                to={hrefOf({ ...view, tray: tray.tray, cursor: "" })}
                aria-current={active ? "page" : undefined}
              >
                {active ? (
                  <strong className="govuk-service-navigation__active-fallback">
                    {tray.label}
                  </strong>
                ) : (
                  tray.label
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function EmptyState({
  view,
  label,
  clearHref,
  allCasesHref,
}: {
  view: TrayView;
  label: string;
  clearHref: string;
  allCasesHref: string | undefined;
}) {
  let message;
  if (view.cursor) {
    message = <>There are no more cases.</>;
  } else if (isFiltered(view)) {
    message = (
      <>
        No cases match.{" "}
        <Link className="govuk-link" to={clearHref}>
          Clear the filters
        </Link>
        {allCasesHref ? (
          <>
            {" "}
            or{" "}
            <Link className="govuk-link" to={allCasesHref}>
              search all cases
            </Link>
          </>
        ) : null}
        .
      </>
    );
  } else if (allCasesHref) {
    message = (
      <>
        There are no cases in {label}.{" "}
        <Link className="govuk-link" to={allCasesHref}>
          Search all cases
        </Link>
        .
      </>
    );
  } else {
    message = (
      <>
        There are no cases you can see yet. The local authority gives you access to a case when you
        need it.
      </>
    );
  }
  return (
    <p className="govuk-body" data-testid="no-cases">
      {message}
    </p>
  );
}

export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const view = useMemo(() => viewFromParams(new URLSearchParams(address)), [address]);
  const me = useMe().data ?? undefined;
  const list = useCaseList(view);
  // A date that is not a date never reaches the address; it is shown until
  // the address changes. `tries` remounts the summary, which focuses it.
  const [dateError, setDateError] = useState<{ address: string; message: string; tries: number }>();

  const page = list.data;
  const trays = page?.trays ?? [];
  const current =
    trays.find((tray) => tray.tray === (view.tray || trays[0]?.tray)) ?? page?.tray ?? undefined;
  const title = current?.label ?? "Cases";
  const items = page?.items ?? [];

  // What the API refused, by field, for the error summary and beside the fields.
  const failure = list.error instanceof ApiError ? list.error : undefined;
  const errors: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  let description: string | undefined;
  if (failure?.status === 422 && failure.problem) {
    for (const error of failure.problem.errors ?? []) {
      if (error.field in errors) continue;
      errors[error.field] = error.message;
      const id = FIELD_IDS[error.field];
      summary.push({ href: id ? `#${id}` : undefined, text: error.message });
    }
    if (summary.length === 0) description = failure.problem.detail ?? failure.problem.title;
  } else if (failure?.status === 400) {
    description =
      "Some of the filters in this page's address are not valid. Clear all filters and choose them again.";
  } else if (list.isError) {
    description = "We could not get the list of cases. Try again in a few minutes.";
  }
  const shownDateError = dateError?.address === address ? dateError : undefined;
  if (shownDateError) {
    errors.updated_since = shownDateError.message;
    summary.unshift({ href: `#${FIELD_IDS.updated_since}`, text: shownDateError.message });
  }

  // An unknown tray in the address cannot be kept when clearing the filters.
  const clearHref = errors.tray ? "/cases" : hrefOf(cleared(view));
  const allCasesHref =
    trays.some((tray) => tray.tray === "all") && current?.tray !== "all"
      ? hrefOf({ ...view, tray: "all", cursor: "" })
      : undefined;
  const sort = sortOf(view);
  const dateColumn: DateColumn =
    sort.value === "last_updated" || sort.value === "request_date" ? sort.value : undefined;
  const next = page?.next_cursor;

  return (
    <Page title={title}>
      {summary.length > 0 || description ? (
        <ErrorSummary key={shownDateError?.tries ?? 0} errors={summary} description={description} />
      ) : null}
      {trays.length > 1 && current ? (
        <TrayNav trays={trays} current={current.tray} view={view} />
      ) : null}
      <Filters
        // The fields start again from the address whenever it changes.
        key={address}
        me={me}
        view={view}
        errors={errors}
        clearHref={clearHref}
        onApply={(next) => setParams(paramsFromView(next))}
        onInvalidDate={(message) =>
          setDateError({ address, message, tries: (dateError?.tries ?? 0) + 1 })
        }
      />

      <div
        className="app-tray-results"
        aria-live="polite"
        aria-busy={list.isFetching}
        data-testid="results"
      >
        {list.isPending ? <p className="govuk-body">Loading cases…</p> : null}
        {page && items.length > 0 ? (
          <>
            <p className="govuk-body-s app-tray-order">
              Sorted by {sort.order}
              {view.cursor ? ", continued from the previous page" : ""}.
            </p>
            <TrayResults
              items={items}
              caption={`${title}${view.cursor ? " (continued)" : ""}`}
              dateColumn={dateColumn}
            />
          </>
        ) : null}
        {page && items.length === 0 ? (
          <EmptyState view={view} label={title} clearHref={clearHref} allCasesHref={allCasesHref} />
        ) : null}
      </div>

      {view.cursor || next ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of cases">
          {view.cursor ? (
            <div className="govuk-pagination__prev">
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefOf({ ...view, cursor: "" })}
              >
                <span className="govuk-pagination__link-title">First page</span>
              </Link>
            </div>
          ) : null}
          {next ? (
            <div className="govuk-pagination__next">
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefOf({ ...view, cursor: next })}
                rel="next"
              >
                <span className="govuk-pagination__link-title">Next page</span>
              </Link>
            </div>
          ) : null}
        </nav>
      ) : null}
    </Page>
  );
}
