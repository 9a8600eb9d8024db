// When someone else saved first: why nothing more is being saved, what the
// person typed (still on screen), and the way out - read the other version.
// It is announced as it appears but does not take the focus from the typing.
import { useId, type ReactNode } from "react";

export function AutosaveConflict({
  title,
  children,
  reloadLabel,
  onReload,
  reloading = false,
}: {
  title: string;
  /** What happened and what to do, in a paragraph or two. */
  children: ReactNode;
  reloadLabel: string;
  onReload: () => void;
  reloading?: boolean;
}) {
  const titleId = useId();
  return (
    <div className="govuk-error-summary" role="alert" aria-labelledby={titleId}>
      <h2 className="govuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div className="govuk-error-summary__body">
        {children}
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
          disabled={reloading}
          aria-disabled={reloading}
          onClick={onReload}
        >
          {reloadLabel}
        </button>
      </div>
    </div>
  );
}
