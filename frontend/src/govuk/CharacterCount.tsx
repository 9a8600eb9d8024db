// govuk-frontend's character count, drawn by React: the textarea with its
// label, hint and error, "You can enter up to 20,000 characters" for screen
// readers, and a visible count of what is left (red once over the limit) that
// is announced politely when the typing pauses. govuk-frontend's own
// JavaScript is not used: it adds elements beside a textarea React controls.
import { useEffect, useState, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

/** How long typing must pause before the count is read out. */
const ANNOUNCE_AFTER_MS = 1_000;

const number = new Intl.NumberFormat("en-GB");

/** Characters as the server counts them (Unicode scalar values, not UTF-16 units). */
export function characterCount(text: string): number {
  return [...text].length;
}

export function remainingMessage(length: number, maxLength: number): string {
  const left = maxLength - length;
  if (left >= 0) {
    return `You have ${number.format(left)} ${left === 1 ? "character" : "characters"} remaining`;
  }
  const over = -left;
  return `You have ${number.format(over)} ${over === 1 ? "character" : "characters"} too many`;
}

interface CharacterCountProps {
  id: string;
  name: string;
  label: ReactNode;
  /** e.g. "govuk-label--m" */
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
  /** The textarea lost focus (an autosave saves then, rather than after the pause). */
  onBlur?: () => void;
  rows?: number;
  spellCheck?: boolean;
}

export function CharacterCount({
  id,
  name,
  label,
  labelClass,
  hint,
  error,
  maxLength,
  value,
  onChange,
  onBlur,
  rows = 8,
  spellCheck = true,
}: CharacterCountProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const infoId = `${id}-info`;
  const length = characterCount(value);
  const over = length > maxLength;
  const message = remainingMessage(length, maxLength);
  const [typed, setTyped] = useState(false);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    // Only what typing changed is read out, never the count on arrival.
    if (!typed) return;
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, typed]);
  const describedBy = [infoId, hint ? hintId : null, error ? errorId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div
      className={`govuk-form-group govuk-character-count${error ? " govuk-form-group--error" : ""}`}
    >
      <label className={`govuk-label${labelClass ? ` ${labelClass}` : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={`govuk-textarea govuk-js-character-count${error || over ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        spellCheck={spellCheck}
        aria-describedby={describedBy}
        onChange={(event) => {
          setTyped(true);
          onChange(event.target.value);
        }}
        onBlur={onBlur}
      />
      <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        You can enter up to {number.format(maxLength)} characters
      </div>
      <div
        className={`govuk-character-count__message govuk-character-count__status ${over ? "govuk-error-message" : "govuk-hint"}`}
        aria-hidden="true"
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
