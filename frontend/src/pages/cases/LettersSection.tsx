// The case file's "Letters" section: the local authority's letters to the family
// about its decisions (and the covering letter of each final plan), newest
// first, each to download as a PDF. Only the family and co-ordinators may read
// them; anyone else is never asked about (the server would answer 404, and a
// failed request shows in the browser's console).
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { useMe, type Me } from "../../auth/session";
import { formatDate } from "../requests/dates";
import { caseKeys } from "./queries";

export type LetterSummary = components["schemas"]["LetterSummary"];

/** Who may read a case's letters: its family and the co-ordinators. */
export function mayReadLetters(me: Me | null | undefined): boolean {
  return me?.role === "family" || me?.role === "case_coordinator";
}

export function useCaseLetters(caseId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...caseKeys.one(caseId), "letters"],
    enabled,
    queryFn: async ({ signal }): Promise<LetterSummary[]> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/letters", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

/** "Decision not to assess"; "Final plan covering letter, version 2". */
export function letterName(letter: LetterSummary): string {
  return letter.plan_version == null
    ? letter.name
    : `${letter.name}, version ${letter.plan_version}`;
}

export function letterPdfHref(caseId: string, letter: LetterSummary): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letter.id)}/pdf`;
}

export function LettersSection({ caseId }: { caseId: string }) {
  const mayRead = mayReadLetters(useMe().data);
  const letters = useCaseLetters(caseId, mayRead);
  if (!mayRead) return null;
  if (letters.isError && letters.error instanceof ApiError && letters.error.status === 404) {
    return null;
  }
  return (
    <section aria-labelledby="letters-heading" data-testid="letters">
      <h2 className="govuk-heading-m" id="letters-heading">
        Letters
      </h2>
      {letters.isPending ? <p className="govuk-body">Loading…</p> : null}
      {letters.isError ? (
        <p className="govuk-body">We could not get the letters. Try again in a few minutes.</p>
      ) : null}
      {letters.data && letters.data.length === 0 ? (
        <p className="govuk-body">
          No letters yet. The local authority&apos;s letters about its decisions appear here.
        </p>
      ) : null}
      {letters.data && letters.data.length > 0 ? (
        <>
          <p className="govuk-body">
            The local authority&apos;s letters about its decisions, newest first. Download a letter
            to keep or print it.
          </p>
          <dl className="govuk-summary-list">
            {letters.data.map((letter) => {
              const name = letterName(letter);
              return (
                <div className="govuk-summary-list__row" key={letter.id}>
                  <dt className="govuk-summary-list__key app-break-anywhere">{name}</dt>
                  <dd className="govuk-summary-list__value">
                    <time dateTime={letter.dated}>{formatDate(letter.dated)}</time>
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <a className="govuk-link" href={letterPdfHref(caseId, letter)} download>
                      Download<span className="govuk-visually-hidden"> {name}</span> (PDF)
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : null}
    </section>
  );
}
