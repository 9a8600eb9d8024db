// The search box and the filters of a work tray. The fields start from the
// address and, when applied, replace it (the page's `key` remounts the form
// when the address changes, e.g. with the back button). On a phone the filters
// fold away behind "Filters"; from tablet width up they are always open.
import type { FormEvent, ReactNode } from "react";
import { Link } from "react-router";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { dateFromParts, partsOf } from "../requests/dates";
import { FLAGS, isFiltered, SORTS, STAGES, type Option, type TrayView } from "./trayView";

export interface SettingChoice {
  id: string;
  name: string;
}

interface TrayFiltersProps {
  view: TrayView;
  /** Education settings to filter by; `undefined` leaves the filter out. */
  settings: SettingChoice[] | undefined;
  /** Messages for fields, by the API's name for them. */
  errors: Record<string, string>;
  /** Where "Clear all filters" goes. */
  clearHref: string;
  onApply: (view: TrayView) => void;
  onInvalidDate: (message: string) => void;
}

/** Where the error summary sends each field the API may name. */
export const FIELD_IDS: Record<string, string> = {
  q: "q",
  stage: "stage",
  setting: "setting",
  updated_since: "updated_since-day",
  impending: "impending",
  overdue: "overdue",
  flags: "flags",
  closed_outside_process: "closed_outside_process",
  include_closed: "include_closed",
  sort: "sort",
};

export const DATE_ERROR = "Last updated since must be a real date, for example 27 3 2026";

function FormGroup({ error, children }: { error: string | undefined; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>{children}</div>
  );
}

interface CheckboxesProps {
  name: string;
  legend: string;
  options: Option[];
  checked: (value: string) => boolean;
  error: string | undefined;
  /** Each box sends "true" under its own name instead of its value under `name`. */
  separate?: boolean;
  className?: string;
}

/** A group of small checkboxes; the first box's id is `name`, as govuk-frontend does. */
function Checkboxes({
  name,
  legend,
  options,
  checked,
  error,
  separate = false,
  className,
}: CheckboxesProps) {
  const errorId = `${name}-error`;
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div
          className={["govuk-checkboxes", "govuk-checkboxes--small", className]
            .filter(Boolean)
            .join(" ")}
        >
          {options.map((option, index) => {
            const id = separate ? option.value : index === 0 ? name : `${name}-${index + 1}`;
            const hintId = `${id}-hint`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={separate ? option.value : name}
                  type="checkbox"
                  value={separate ? "true" : option.value}
                  defaultChecked={checked(option.value)}
                  aria-describedby={option.hint ? hintId : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

function UpdatedSince({ value, error }: { value: string; error: string | undefined }) {
  const parts = partsOf(value);
  const boxes = [
    { part: "day", label: "Day", width: 2, value: value ? parts.day : "" },
    { part: "month", label: "Month", width: 2, value: value ? parts.month : "" },
    { part: "year", label: "Year", width: 4, value: value ? parts.year : "" },
  ];
  return (
    <FormGroup error={error}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={`updated_since-hint${error ? " updated_since-error" : ""}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Last updated since
        </legend>
        <div id="updated_since-hint" className="govuk-hint">
          For example, 27 3 2026
        </div>
        {error ? <ErrorMessage id="updated_since-error">{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id="updated_since">
          {boxes.map((box) => (
            <div className="govuk-date-input__item" key={box.part}>
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={`updated_since-${box.part}`}
                >
                  {box.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${error ? " govuk-input--error" : ""}`}
                  id={`updated_since-${box.part}`}
                  name={`updated_since-${box.part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  defaultValue={box.value}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}

function Select({
  id,
  label,
  value,
  options,
  error,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  error: string | undefined;
}) {
  const errorId = `${id}-error`;
  return (
    <FormGroup error={error}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        className={`govuk-select app-tray-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={id}
        defaultValue={value}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

export function TrayFilters({
  view,
  settings,
  errors,
  clearHref,
  onApply,
  onInvalidDate,
}: TrayFiltersProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value.trim() : "";
    };
    const date = dateFromParts({
      day: text("updated_since-day"),
      month: text("updated_since-month"),
      year: text("updated_since-year"),
    });
    if (date.kind === "invalid") {
      onInvalidDate(DATE_ERROR);
      return;
    }
    const all = (name: string) =>
      form.getAll(name).filter((value): value is string => typeof value === "string");
    onApply({
      tray: view.tray,
      q: text("q"),
      stages: all("stage"),
      setting: text("setting"),
      updatedSince: date.kind === "date" ? date.iso : "",
      impending: form.has("impending"),
      overdue: form.has("overdue"),
      flags: all("flags"),
      closedOutsideProcess: form.has("closed_outside_process"),
      includeClosed: form.has("include_closed"),
      sort: text("sort"),
      // A new search or filter starts from the first page.
      cursor: "",
    });
  };

  const searchError = errors.q;
  // A problem with a filter opens the filters, so the summary's link reaches it.
  const filterError = Object.keys(errors).some((field) => field !== "q" && field in FIELD_IDS);
  const settingOptions: Option[] = [
    { value: "", label: "Any setting" },
    ...(settings ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  // An id from the address that is not (or no longer) offered is kept, so
  // applying other filters does not drop it silently.
  if (view.setting && !settingOptions.some((o) => o.value === view.setting)) {
    settingOptions.push({ value: view.setting, label: "The setting in this page's address" });
  }

  return (
    <form className="app-tray-form" role="search" aria-label="Cases" onSubmit={onSubmit} noValidate>
      <FormGroup error={searchError}>
        <label className="govuk-label govuk-label--s" htmlFor="q">
          Search by child&apos;s name or case reference
        </label>
        {searchError ? <ErrorMessage id="q-error">{searchError}</ErrorMessage> : null}
        <div className="app-tray-search">
          <input
            className={`govuk-input app-tray-search__input${searchError ? " govuk-input--error" : ""}`}
            id="q"
            name="q"
            type="search"
            defaultValue={view.q}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={searchError ? "q-error" : undefined}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary app-tray-search__button"
          >
            Search
          </button>
        </div>
      </FormGroup>

      <details className="govuk-details app-tray-filters" open={filterError || undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Filters</span>
        </summary>
        <div className="govuk-details__text app-tray-filters__panel">
          <Checkboxes
            name="stage"
            legend="Status"
            options={STAGES}
            checked={(value) => view.stages.includes(value)}
            error={errors.stage}
            className="app-tray-columns"
          />
          <div className="app-tray-filters__grid">
            <div>
              {settings ? (
                <Select
                  id="setting"
                  label="Education setting"
                  value={view.setting}
                  options={settingOptions}
                  error={errors.setting}
                />
              ) : view.setting ? (
                // Not offered (yet): kept as it is when other filters change.
                <input type="hidden" name="setting" value={view.setting} />
              ) : null}
              <UpdatedSince value={view.updatedSince} error={errors.updated_since} />
              <Select
                id="sort"
                label="Sort by"
                value={view.sort || SORTS[0].value}
                options={SORTS}
                error={errors.sort}
              />
            </div>
            <div>
              <Checkboxes
                name="deadline"
                legend="Deadline"
                separate
                options={[
                  {
                    value: "impending",
                    label: "Impending",
                    hint: "The next deadline is coming up soon",
                  },
                  { value: "overdue", label: "Overdue", hint: "The next deadline has passed" },
                ]}
                checked={(value) => (value === "impending" ? view.impending : view.overdue)}
                error={errors.impending ?? errors.overdue}
              />
              <Checkboxes
                name="closed"
                legend="Closed cases"
                separate
                options={[
                  {
                    value: "closed_outside_process",
                    label: "Closed outside the process",
                    hint: "Only cases closed outside the process",
                  },
                  {
                    value: "include_closed",
                    label: "Include closed cases",
                    hint: "Also list cases that have closed",
                  },
                ]}
                checked={(value) =>
                  value === "closed_outside_process"
                    ? view.closedOutsideProcess
                    : view.includeClosed
                }
                error={errors.closed_outside_process ?? errors.include_closed}
              />
            </div>
            <div>
              <Checkboxes
                name="flags"
                legend="Flags"
                options={FLAGS}
                checked={(value) => view.flags.includes(value)}
                error={errors.flags}
              />
            </div>
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Apply filters
            </button>
            {isFiltered(view) || view.sort || Object.keys(errors).length > 0 ? (
              <Link className="govuk-link" to={clearHref}>
                Clear all filters
              </Link>
            ) : null}
          </div>
        </div>
      </details>
    </form>
  );
}
