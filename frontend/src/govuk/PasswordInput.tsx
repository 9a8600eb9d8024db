// govuk-frontend's password input: a "Show" button (added by its JavaScript)
// lets people check what they typed, which matters on a phone.
import { PasswordInput as GovukPasswordInput } from "govuk-frontend";
import { useRef, type InputHTMLAttributes, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";
import { useGovukComponent } from "./useGovukComponent";

interface PasswordInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "type"
> {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
}

export function PasswordInput({ id, name, label, hint, error, ...inputProps }: PasswordInputProps) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukPasswordInput);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div
      ref={ref}
      className={`govuk-form-group govuk-password-input${error ? " govuk-form-group--error" : ""}`}
      data-module="govuk-password-input"
    >
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={`govuk-input govuk-password-input__input govuk-js-password-input-input${error ? " govuk-input--error" : ""}`}
          id={id}
          name={name}
          type="password"
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby={describedBy || undefined}
          {...inputProps}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"
          data-module="govuk-button"
          aria-controls={id}
          aria-label="Show password"
          hidden
        >
          Show
        </button>
      </div>
    </div>
  );
}
