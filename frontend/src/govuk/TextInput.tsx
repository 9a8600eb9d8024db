// govuk-frontend's text input with its label, hint and error message. With
// `isPageHeading` the label is the page's <h1> (one question per page).
import type { InputHTMLAttributes, ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  id: string;
  name: string;
  label: ReactNode;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  /** e.g. "govuk-input--width-10" */
  widthClass?: string;
  extraLetterSpacing?: boolean;
}

export function TextInput({
  id,
  name,
  label,
  isPageHeading = false,
  hint,
  error,
  widthClass,
  extraLetterSpacing = false,
  className,
  type = "text",
  ...inputProps
}: TextInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  const classes = [
    "govuk-input",
    widthClass,
    extraLetterSpacing ? "govuk-input--extra-letter-spacing" : null,
    error ? "govuk-input--error" : null,
    className,
  ];
  const labelElement = (
    <label className={`govuk-label${isPageHeading ? " govuk-label--l" : ""}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={classes.filter(Boolean).join(" ")}
        id={id}
        name={name}
        type={type}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
    </div>
  );
}
