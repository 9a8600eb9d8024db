// Controlled GOV.UK form fields for the advice pages, whose every keystroke
// goes to the autosaving draft: textarea, radios (with an answer's follow-up
// question shown under it), checkboxes and the day-month-year date input.
// Their markup matches govuk-frontend's templates.
import { Fragment, useState, type ReactNode } from "react";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { dateFromParts, partsOf, type DateParts } from "../requests/dates";

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

export function TextArea({
  id,
  label,
  labelClass = "govuk-label--s",
  hint,
  error,
  value,
  onChange,
  rows = 5,
}: {
  id: string;
  label: ReactNode;
  /** e.g. "govuk-label--m"; "" for a plain label. */
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className={`govuk-label ${labelClass}`.trim()} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        spellCheck
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={`govuk-input${error ? " govuk-input--error" : ""}`}
        id={id}
        name={id}
        type="text"
        value={value}
        autoComplete={autoComplete}
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export interface ChoiceItem<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the item while it is chosen (a follow-up question). */
  conditional?: ReactNode;
  disabled?: boolean;
}

/** The id of the n-th item (0-based): the first has the prefix itself, as govuk-frontend does. */
export function itemId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
}

export function RadioGroup<T extends string>({
  name,
  idPrefix,
  legend,
  legendClass = "govuk-fieldset__legend--m",
  hint,
  error,
  items,
  value,
  onChange,
}: {
  name: string;
  idPrefix: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem<T>[];
  value: T | null;
  onChange: (value: T) => void;
}) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
      >
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-radios">
          {items.map((item, index) => {
            const id = itemId(idPrefix, index);
            const checked = value === item.value;
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={item.value}
                    checked={checked}
                    disabled={item.disabled}
                    aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                    onChange={() => onChange(item.value)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional && checked ? (
                  <div className="govuk-radios__conditional" id={`conditional-${id}`}>
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function CheckboxGroup<T extends string>({
  idPrefix,
  legend,
  legendClass = "govuk-fieldset__legend--s",
  hint,
  error,
  items,
  values,
  onChange,
  small = false,
}: {
  idPrefix: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  small?: boolean;
}) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const toggle = (value: T, on: boolean) => {
    const next = items.map((i) => i.value).filter((v) => (v === value ? on : values.includes(v)));
    onChange(next);
  };
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
      >
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`}>
          {items.map((item, index) => {
            const id = itemId(idPrefix, index);
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={idPrefix}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  disabled={item.disabled}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * A date as day, month and year boxes. What is typed is kept here until it is
 * a real date (or cleared); only then does the draft - and the server - get it.
 */
export function DateInput({
  id,
  legend,
  hint = "For example, 27 3 2027",
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const [parts, setParts] = useState<DateParts>(() => partsOf(value));
  const [touched, setTouched] = useState(false);
  const error =
    touched && dateFromParts(parts).kind === "invalid"
      ? "The target date must be a real date, for example 27 3 2027. It is not saved until it is."
      : undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const change = (part: keyof DateParts, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const date = dateFromParts(next);
    if (date.kind === "empty") onChange(null);
    else if (date.kind === "date") onChange(date.iso);
  };
  const box = (part: keyof DateParts, label: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? " govuk-input--error" : ""}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={parts[part]}
          onChange={(event) => change(part, event.target.value)}
          onBlur={() => setTouched(true)}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(hintId, error ? errorId : false)}
      >
        <legend className="govuk-fieldset__legend">{legend}</legend>
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={id}>
          {box("day", "Day", "govuk-input--width-2")}
          {box("month", "Month", "govuk-input--width-2")}
          {box("year", "Year", "govuk-input--width-4")}
        </div>
      </fieldset>
    </div>
  );
}
