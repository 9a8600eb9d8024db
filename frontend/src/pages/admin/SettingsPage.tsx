// "Education settings": every school, nursery and college, searchable by name
// or URN; a table on wider screens, a card each on a phone.
import { Link, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { phaseLabel } from "./labels";
import { useSettingList } from "./SettingsData";
import { NameSearch, Pagination } from "./TeamsAndSettingsParts";

export function SettingsPage() {
  const [params] = useSearchParams();
  const filters = { q: params.get("q") ?? "", cursor: params.get("cursor") ?? "" };
  const list = useSettingList(filters);
  const items = list.data?.items ?? [];

  return (
    <Page title="Education settings">
      <p className="govuk-body">
        Schools, nurseries and colleges. Their staff (a SENCo or headteacher, for example) see the
        cases the local authority shares with their setting.
      </p>
      <p className="govuk-body">
        <Link
          className="govuk-button"
          data-module="govuk-button"
          role="button"
          to="/admin/settings/new"
        >
          Add an education setting
        </Link>
      </p>
      <NameSearch
        searching="Education settings"
        label="Name or URN"
        hint="Part of the setting's name, or its 6-digit URN"
        clearTo="/admin/settings"
      />

      {list.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not get the list of education settings. Try again in a few minutes."
        />
      ) : null}
      {list.isPending ? <p className="govuk-body">Loading…</p> : null}
      {list.isSuccess && items.length === 0 ? (
        <div>
          <h2 className="govuk-heading-m">No education settings found</h2>
          <p className="govuk-body">
            {filters.q
              ? "No setting matches your search. Check the spelling or the URN, or clear the search."
              : "There are no education settings yet."}
          </p>
        </div>
      ) : null}

      {items.length > 0 ? (
        <>
          <table className="govuk-table app-people-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {filters.q ? "Settings matching your search" : "All education settings"}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  URN
                </th>
                <th scope="col" className="govuk-table__header">
                  Phase
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((setting) => (
                <tr className="govuk-table__row" key={setting.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/admin/settings/${setting.id}`}>
                      {setting.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{setting.urn}</td>
                  <td className="govuk-table__cell">{phaseLabel(setting.phase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="govuk-list app-people-cards">
            {items.map((setting) => (
              <li className="app-person-card" key={setting.id}>
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={`/admin/settings/${setting.id}`}>
                    {setting.name}
                  </Link>
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-0">
                  URN {setting.urn}, {phaseLabel(setting.phase)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Pagination label="Pages of education settings" next={list.data?.next_cursor} />
    </Page>
  );
}
