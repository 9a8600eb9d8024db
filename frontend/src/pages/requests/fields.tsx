// Controlled GOV.UK form fields for the request and case forms (their markup
// matches govuk-frontend's): a textarea, the day/month/year date input, radios
// and a single checkbox, each with its hint and error message.
import type { ReactNode, TextareaHTMLAttributes } from "react";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import type { DateParts } from "./dates";

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

interface TextareaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "name" | "className"
> {
  id: string;
  name: string;
  label: ReactNode;
  /** "s" or "m" makes the label bold (a question of its own). */
  labelSize?: "s" | "m";
  hint?: ReactNode;
  error?: string;
}

export function Textarea({
  id,
  name,
  label,
  labelSize,
  hint,
  error,
  rows = 6,
  ...props
}: TextareaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ""}`} htmlFor={id}>
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
        name={name}
        rows={rows}
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
        {...props}
      />
    </div>
  );
}

interface DateInputProps {
  /** The day box's id; the others add "-month" and "-year" to the field's id. */
  id: string;
  legend: ReactNode;
  legendSize?: "s" | "m";
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  onBlur?: () => void;
}

/** `id` names the field ("child-born_on"); its day box is `${id}-day`. */
export function DateInput({
  id,
  legend,
  legendSize = "s",
  hint,
  error,
  value,
  onChange,
  onBlur,
}: DateInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const boxes: { part: keyof DateParts; label: string; width: number }[] = [
    { part: "day", label: "Day", width: 2 },
    { part: "month", label: "Month", width: 2 },
    { part: "year", label: "Year", width: 4 },
  ];
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legend}
        </legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={id}>
          {boxes.map((box) => (
            <div className="govuk-date-input__item" key={box.part}>
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={`${id}-${box.part}`}
                >
                  {box.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${error ? " govuk-input--error" : ""}`}
                  id={`${id}-${box.part}`}
                  name={`${id}-${box.part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[box.part]}
                  onChange={(event) => onChange({ ...value, [box.part]: event.target.value })}
                  onBlur={onBlur}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceRadiosProps {
  name: string;
  /** The first radio's id; the others get "-2", "-3"... as govuk-frontend does. */
  idPrefix: string;
  legend: ReactNode;
  legendSize?: "s" | "m" | "l";
  /** The legend is the page's heading (one question on the page). */
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  inline?: boolean;
  items: Choice[];
  value: string | null;
  onChange: (value: string) => void;
}

export function ChoiceRadios({
  name,
  idPrefix,
  legend,
  legendSize = "s",
  isPageHeading = false,
  hint,
  error,
  inline = false,
  items,
  value,
  onChange,
}: ChoiceRadiosProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint ? hintId : false, error ? errorId : false)}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`}>
          {items.map((item, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = `${id}-item-hint`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? itemHintId : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
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

interface CheckboxProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: () => void;
}

/** One yes-or-no checkbox on its own. */
export function Checkbox({ id, name, label, hint, checked, onChange, onBlur }: CheckboxProps) {
  const hintId = `${id}-item-hint`;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            onBlur={onBlur}
            aria-describedby={hint ? hintId : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
