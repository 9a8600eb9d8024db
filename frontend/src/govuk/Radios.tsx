// govuk-frontend's radios in a fieldset whose legend can be the page's <h1>.
import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

export interface RadioItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface RadiosProps {
  name: string;
  /** The first radio's id; the others get "-2", "-3"... (as govuk-frontend does). */
  idPrefix: string;
  legend: ReactNode;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: RadioItem[];
}

export function Radios({
  name,
  idPrefix,
  legend,
  isPageHeading = false,
  hint,
  error,
  items,
}: RadiosProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend
          className={`govuk-fieldset__legend ${isPageHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--m"}`}
        >
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-radios" data-module="govuk-radios">
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
