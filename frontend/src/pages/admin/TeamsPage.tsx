// "Teams": every team of professionals, searchable by name; a table on wider
// screens, a card each on a phone.
import { Link, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { serviceLabel } from "./labels";
import { NameSearch, Pagination } from "./TeamsAndSettingsParts";
import { useTeamList } from "./TeamsData";

function count(n: number): string {
  return n === 1 ? "1 member" : `${n} members`;
}

export function TeamsPage() {
  const [params] = useSearchParams();
  const filters = { q: params.get("q") ?? "", cursor: params.get("cursor") ?? "" };
  const list = useTeamList(filters);
  const items = list.data?.items ?? [];

  return (
    <Page title="Teams">
      <p className="govuk-body">
        Teams of professionals who give advice, for example an educational psychology service or a
        community paediatrics team. Co-ordinators ask a team for advice; its managers allocate the
        work.
      </p>
      <p className="govuk-body">
        <Link
          className="govuk-button"
          data-module="govuk-button"
          role="button"
          to="/admin/teams/new"
        >
          Create a team
        </Link>
      </p>
      <NameSearch searching="Teams" label="Team name" clearTo="/admin/teams" />

      {list.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not get the list of teams. Try again in a few minutes."
        />
      ) : null}
      {list.isPending ? <p className="govuk-body">Loading…</p> : null}
      {list.isSuccess && items.length === 0 ? (
        <div>
          <h2 className="govuk-heading-m">No teams found</h2>
          <p className="govuk-body">
            {filters.q
              ? "No team's name matches your search. Check the spelling, or clear the search."
              : "There are no teams yet."}
          </p>
        </div>
      ) : null}

      {items.length > 0 ? (
        <>
          <table className="govuk-table app-people-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {filters.q ? "Teams matching your search" : "All teams"}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Service
                </th>
                <th scope="col" className="govuk-table__header">
                  Team email
                </th>
                <th scope="col" className="govuk-table__header">
                  Members
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((team) => (
                <tr className="govuk-table__row" key={team.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/admin/teams/${team.id}`}>
                      {team.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{serviceLabel(team.service)}</td>
                  <td className="govuk-table__cell app-break-anywhere">{team.email}</td>
                  <td className="govuk-table__cell">{count(team.member_count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="govuk-list app-people-cards">
            {items.map((team) => (
              <li className="app-person-card" key={team.id}>
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={`/admin/teams/${team.id}`}>
                    {team.name}
                  </Link>
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {serviceLabel(team.service)}, {count(team.member_count)}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-0 app-break-anywhere">
                  {team.email}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Pagination label="Pages of teams" next={list.data?.next_cursor} />
    </Page>
  );
}
