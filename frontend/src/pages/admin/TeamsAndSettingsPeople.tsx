// Finding the person to add to a team or a setting: a search of the accounts
// with the one role that may join (the search is in the address, ?q=), and a
// list of who it found, each with what the page lets you do with them.
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import type { RoleName, UserSummary } from "./labels";
import { StatusTag } from "./StatusTag";
import { NameSearch } from "./TeamsAndSettingsParts";
import { useUserList } from "./useUsers";

export function PersonSearch({
  accountRole,
  roleLabel,
  clearTo,
  action,
}: {
  /** The one role that may join. */
  accountRole: RoleName;
  /** e.g. "contributors", for "Search contributors". */
  roleLabel: string;
  clearTo: string;
  /** What to offer beside each person found. */
  action: (person: UserSummary) => ReactNode;
}) {
  const [params] = useSearchParams();
  const q = params.get("q") ?? "";
  return (
    <>
      <NameSearch
        searching="People"
        label={`Search ${roleLabel} by name or email address`}
        hint={`Only ${roleLabel} can be added. Invite someone first if they do not have an account.`}
        clearTo={clearTo}
      />
      {q ? <Results q={q} accountRole={accountRole} action={action} /> : null}
    </>
  );
}

function Results({
  q,
  accountRole,
  action,
}: {
  q: string;
  accountRole: RoleName;
  action: (person: UserSummary) => ReactNode;
}) {
  const found = useUserList({ q, role: accountRole, status: "", cursor: "" });
  if (found.isPending) return <p className="govuk-body">Searching…</p>;
  if (found.isError) {
    return (
      <ErrorSummary errors={[]} description="We could not search. Try again in a few minutes." />
    );
  }
  const people = found.data.items;
  if (people.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Nobody found</h2>
        <p className="govuk-body">
          Nobody who can be added matches &ldquo;{q}&rdquo;. Check the spelling, or invite them
          first.
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">
        {people.length === 1 ? "1 person found" : `${people.length} people found`}
      </h2>
      {found.data.next_cursor ? (
        <p className="govuk-body">
          More people match than are shown here. Search with more of their name.
        </p>
      ) : null}
      <dl className="govuk-summary-list">
        {people.map((person) => (
          <div className="govuk-summary-list__row" key={person.id}>
            <dt className="govuk-summary-list__key">{person.display_name}</dt>
            <dd className="govuk-summary-list__value">
              <span className="app-break-anywhere">{person.email}</span>
              {person.status !== "active" ? (
                <>
                  {" "}
                  <StatusTag status={person.status} />
                </>
              ) : null}
            </dd>
            <dd className="govuk-summary-list__actions">{action(person)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
