import type { ReactNode } from "react";

/** The inline message beside a field; give the field `aria-describedby={id}`. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
