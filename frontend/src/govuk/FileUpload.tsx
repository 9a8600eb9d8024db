// govuk-frontend's file upload: a label, a hint, an error message and a plain
// <input type="file">. Not the enhanced drop zone, whose JavaScript rebuilds
// the input's surroundings under React's feet; the browser's own control works
// with a keyboard, a screen reader and a phone's camera.
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { ErrorMessage } from "./ErrorMessage";

interface FileUploadProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "type" | "className"
> {
  id: string;
  name: string;
  label: ReactNode;
  /** e.g. "govuk-label--m" */
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function FileUpload({
  id,
  name,
  label,
  labelClass,
  hint,
  error,
  inputRef,
  ...inputProps
}: FileUploadProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className={`govuk-label${labelClass ? ` ${labelClass}` : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        ref={inputRef}
        className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={id}
        name={name}
        type="file"
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
    </div>
  );
}
