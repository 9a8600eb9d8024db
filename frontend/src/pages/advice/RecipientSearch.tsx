// Finding whom to ask for advice, as the co-ordinator types: teams by name,
// professionals and education-setting staff by name or email, and the members
// of teams and settings whose name matches. Matches are checkboxes (the GOV.UK
// way to choose several), announced as they change, usable by keyboard alone.
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useApiClient, type ApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import { ErrorMessage } from "../../govuk/ErrorMessage";

export interface Recipient {
  kind: "person" | "team";
  id: string;
  name: string;
  /** What tells two people of the same name apart: their team, or their job and setting. */
  detail: string;
}

export const recipientKey = (r: Pick<Recipient, "kind" | "id">) => `${r.kind}:${r.id}`;

/** Shortest search worth sending. */
const MIN_CHARS = 2;
/** Pause in the typing before searching. */
const SEARCH_DELAY_MS = 300;
/** Teams and settings whose members are listed too. */
const MEMBERS_OF = 5;

const SERVICE_LABELS: Record<string, string> = {
  health: "Health team",
  social_care: "Social care team",
  education: "Education team",
  other: "Team",
};

async function get<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (data) return data;
  throw new ApiError(response.status, isProblem(error) ? error : undefined);
}

async function search(client: ApiClient, q: string, signal: AbortSignal): Promise<Recipient[]> {
  const people = (role: "contributor" | "setting") =>
    get(client.GET("/api/v1/users", { params: { query: { q, role, limit: 10 } }, signal }));
  const [contributors, staff, teams, settings] = await Promise.all([
    people("contributor"),
    people("setting"),
    get(client.GET("/api/v1/teams", { params: { query: { q, limit: 10 } }, signal })),
    get(client.GET("/api/v1/education-settings", { params: { query: { q, limit: 5 } }, signal })),
  ]);
  const found = new Map<string, Recipient>();
  for (const team of teams.items) {
    const r: Recipient = {
      kind: "team",
      id: team.id,
      name: team.name,
      detail: SERVICE_LABELS[team.service] ?? "Team",
    };
    found.set(recipientKey(r), r);
  }
  for (const person of [...contributors.items, ...staff.items]) {
    if (person.status === "suspended") continue;
    const where =
      person.teams.length > 0
        ? person.teams.map((t) => t.name).join(", ")
        : person.settings.map((s) => `${s.title}, ${s.name}`).join("; ");
    const r: Recipient = {
      kind: "person",
      id: person.id,
      name: person.display_name,
      detail: where,
    };
    found.set(recipientKey(r), r);
  }
  const [teamMembers, settingStaff] = await Promise.all([
    Promise.all(
      teams.items.slice(0, MEMBERS_OF).map(async (team) => {
        const list = await get(
          client.GET("/api/v1/teams/{id}/members", { params: { path: { id: team.id } }, signal }),
        );
        return list.items.map((m): Recipient => ({
          kind: "person",
          id: m.user_id,
          name: m.display_name,
          detail: team.name,
        }));
      }),
    ),
    Promise.all(
      settings.items.slice(0, MEMBERS_OF).map(async (setting) => {
        const list = await get(
          client.GET("/api/v1/education-settings/{id}/members", {
            params: { path: { id: setting.id } },
            signal,
          }),
        );
        return list.items.map((m): Recipient => ({
          kind: "person",
          id: m.user_id,
          name: m.display_name,
          detail: `${m.title}, ${setting.name}`,
        }));
      }),
    ),
  ]);
  for (const r of [...teamMembers.flat(), ...settingStaff.flat()]) {
    if (!found.has(recipientKey(r))) found.set(recipientKey(r), r);
  }
  return [...found.values()].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "team" ? -1 : 1,
  );
}

function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function countText(matches: Recipient[], q: string): string {
  const teams = matches.filter((m) => m.kind === "team").length;
  const people = matches.length - teams;
  if (matches.length === 0) return `No teams or people match “${q}”.`;
  const parts = [];
  if (teams > 0) parts.push(teams === 1 ? "1 team" : `${teams} teams`);
  if (people > 0) parts.push(people === 1 ? "1 person" : `${people} people`);
  return `${parts.join(" and ")} ${matches.length === 1 ? "matches" : "match"} “${q}”.`;
}

export function RecipientSearch({
  chosen,
  onToggle,
  unavailable,
  error,
}: {
  chosen: Recipient[];
  onToggle: (recipient: Recipient, on: boolean) => void;
  /** Keys of recipients who may not be chosen (already asked), with the reason. */
  unavailable: Map<string, string>;
  error?: string;
}) {
  const client = useApiClient();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const hintId = useId();
  const resultsId = useId();
  const found = useQuery({
    queryKey: ["advice", "recipients", q],
    enabled: q.length >= MIN_CHARS,
    staleTime: 60_000,
    queryFn: ({ signal }) => search(client, q, signal),
  });
  const chosenKeys = new Set(chosen.map(recipientKey));
  const searching = q.length >= MIN_CHARS;
  let status = "";
  if (searching && found.isPending) status = "Searching…";
  else if (searching && found.isError)
    status = "The search did not work. Try again in a few minutes.";
  else if (searching && found.data) status = countText(found.data, q);

  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--m" htmlFor="recipient-search">
        Who do you want to ask for advice?
      </label>
      <div id={hintId} className="govuk-hint">
        Type part of the name of a person, a team or an education setting, then select everyone you
        want to ask. You can search more than once.
      </div>
      {error ? <ErrorMessage id="recipient-search-error">{error}</ErrorMessage> : null}
      <input
        className={`govuk-input${error ? " govuk-input--error" : ""}`}
        id="recipient-search"
        name="recipient-search"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={[hintId, error ? "recipient-search-error" : null, resultsId]
          .filter(Boolean)
          .join(" ")}
        aria-controls={`${resultsId}-list`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches at once rather than sending the form.
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <p id={resultsId} className="govuk-body govuk-!-margin-top-2" role="status">
        {status}
      </p>
      <div id={`${resultsId}-list`}>
        {searching && found.data && found.data.length > 0 ? (
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Matching teams and people
            </legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {found.data.map((r, i) => {
                const key = recipientKey(r);
                const id = `match-${i + 1}`;
                const blocked = unavailable.get(key);
                return (
                  <div className="govuk-checkboxes__item" key={key}>
                    <input
                      className="govuk-checkboxes__input"
                      id={id}
                      type="checkbox"
                      checked={chosenKeys.has(key)}
                      disabled={Boolean(blocked)}
                      aria-describedby={`${id}-hint`}
                      onChange={(event) => onToggle(r, event.target.checked)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                      {r.name}
                      {r.kind === "team" ? " (team)" : ""}
                    </label>
                    <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                      {[r.detail, blocked].filter(Boolean).join(". ") ||
                        (r.kind === "team" ? "Team" : "Person")}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ) : null}
      </div>
    </div>
  );
}
