// "What is their job title?": SENCo, headteacher, or another title typed in
// (revealed under its radio, as govuk-frontend's conditional radios do).
// `titleFrom` reads the answer from the submitted form.
import { Fragment, useState } from "react";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { fieldValue } from "../sign-in/formErrors";
import { STAFF_TITLES } from "./labels";

const OTHER = "other";

/** The title chosen or typed; "" when none. */
export function titleFrom(form: HTMLFormElement, name: string): string {
  const choice = fieldValue(form, name);
  if (choice === OTHER) return fieldValue(form, `${name}_other`).trim();
  return choice;
}

export function StaffTitleRadios({
  name,
  legend,
  error,
}: {
  /** The radios' name and the first radio's id. */
  name: string;
  legend: string;
  error?: string;
}) {
  const [choice, setChoice] = useState("");
  const errorId = `${name}-error`;
  const items = [
    ...STAFF_TITLES.map((title) => ({ value: title, label: title })),
    { value: OTHER, label: "Another job title" },
  ];
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-radios" data-module="govuk-radios">
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            const other = item.value === OTHER;
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={item.value}
                    onChange={() => setChoice(item.value)}
                    aria-controls={other ? `${name}-conditional` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {item.label}
                  </label>
                </div>
                {other ? (
                  <div
                    className={`govuk-radios__conditional${choice === OTHER ? "" : " govuk-radios__conditional--hidden"}`}
                    id={`${name}-conditional`}
                  >
                    {choice === OTHER ? (
                      <div className="govuk-form-group">
                        <label className="govuk-label" htmlFor={`${name}_other`}>
                          Job title
                        </label>
                        <input
                          className="govuk-input govuk-!-width-two-thirds"
                          id={`${name}_other`}
                          name={`${name}_other`}
                          type="text"
                          autoComplete="off"
                        />
                      </div>
                    ) : null}
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
