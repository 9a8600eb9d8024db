// "What happens next": where the case is, the next thing to happen, by when and
// who is doing it, in plain English (the server's words), with any exception
// to that deadline and why. The family read this first.
import type { CaseSummary } from "./queries";

export function WhatNextSection({ file }: { file: CaseSummary }) {
  const { where_now: whereNow, next } = file.what_next;
  return (
    <section aria-labelledby="what-next-heading" data-testid="what-next">
      <h2 className="govuk-heading-m" id="what-next-heading">
        What happens next
      </h2>
      <p className="govuk-body">{whereNow}</p>
      {next ? (
        <>
          <p className="govuk-body">
            <strong>{next.sentence}</strong>
          </p>
          <p className="govuk-body">
            {next.who === "you"
              ? "This is for you to do."
              : `Who is doing this: ${next.who_label}.`}
          </p>
          {next.exception ? (
            <div className="govuk-inset-text" data-testid="what-next-exception">
              {next.exception}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
