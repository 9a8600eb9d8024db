// The errors a sign-in form shows: an error summary at the top (focused by
// govuk-frontend each time it appears) and a message beside each field. They
// come from checks in the browser (an empty field) or from the server's
// problem+json `errors[]`.
import { useCallback, useState, type ReactNode } from "react";
import { isProblem, mapProblemToFieldErrors, type MappedFieldErrors } from "../../api/problem";
import { ErrorSummary } from "../../govuk/ErrorSummary";

export interface FieldMessage {
  field: string;
  message: string;
}

/** A text field's value from a submitted form. */
export function fieldValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}

/** A problem for anything the server answered without a problem body (or not at all). */
export function problemOf(error: unknown, status: number | undefined) {
  if (isProblem(error)) return error;
  return {
    type: "about:blank",
    title: "Sorry, there is a problem with the service",
    status: status ?? 0,
    detail:
      status === undefined
        ? "The service could not be reached. Check your internet connection and try again."
        : "Sorry, there is a problem with the service. Try again in a few minutes.",
  };
}

export function useFormErrors(fieldIds: Record<string, string> = {}) {
  const [errors, setErrors] = useState<MappedFieldErrors | null>(null);
  // A new key each time, so the summary is mounted (and focused, and announced) again.
  const [attempt, setAttempt] = useState(0);

  const show = useCallback((mapped: MappedFieldErrors) => {
    setErrors(mapped);
    setAttempt((n) => n + 1);
  }, []);

  const showFields = useCallback(
    (messages: FieldMessage[]) =>
      show(
        mapProblemToFieldErrors(
          {
            type: "about:blank",
            title: "There is a problem",
            status: 0,
            errors: messages.map((m) => ({ ...m, code: "browser_check" })),
          },
          fieldIds,
        ),
      ),
    [fieldIds, show],
  );

  const showProblem = useCallback(
    (error: unknown, status: number | undefined) =>
      show(mapProblemToFieldErrors(problemOf(error, status), fieldIds)),
    [fieldIds, show],
  );

  const clear = useCallback(() => setErrors(null), []);

  return { errors, attempt, show, showFields, showProblem, clear };
}

export function FormErrorSummary({
  errors,
  attempt,
  extra,
}: {
  errors: MappedFieldErrors | null;
  attempt: number;
  /** Shown after a general message (one not about a field), e.g. a link to start again. */
  extra?: ReactNode;
}) {
  if (!errors) return null;
  if (errors.general) {
    return (
      <ErrorSummary
        key={attempt}
        errors={[]}
        description={
          <>
            {errors.general}
            {extra ? <> {extra}</> : null}
          </>
        }
      />
    );
  }
  return <ErrorSummary key={attempt} errors={errors.summary} />;
}
