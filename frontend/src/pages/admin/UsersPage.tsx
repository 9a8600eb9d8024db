// "People": every account with its teams or setting, searchable and filtered
// by role and status. The filters live in the address (so a filtered list can
// be bookmarked or shared and the back button works); a table on wider
// screens, a card each on a phone.
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { membershipsOf, ROLES, STATUSES, type UserSummary } from "./labels";
import { StatusTag } from "./StatusTag";
import { useUserList } from "./useUsers";

function lastSignIn(user: UserSummary): string {
  return user.last_sign_in_at ? formatTime(user.last_sign_in_at) : "Never signed in";
}

/** Their teams or setting, one a line. */
function Memberships({ user }: { user: UserSummary }) {
  const memberships = membershipsOf(user);
  if (memberships.length === 0) return null;
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
      {memberships.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="govuk-form-group app-filters__item">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={id} defaultValue={value}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get("q") ?? "",
    role: params.get("role") ?? "",
    status: params.get("status") ?? "",
    cursor: params.get("cursor") ?? "",
  };
  const list = useUserList(filters);
  const filtered = Boolean(filters.q || filters.role || filters.status);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ["q", "role", "status"]) {
      const value = form.get(name);
      if (typeof value === "string" && value.trim()) next.set(name, value.trim());
    }
    setParams(next);
  };

  const withCursor = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set("cursor", cursor);
    else next.delete("cursor");
    return `?${next.toString()}`;
  };

  const items = list.data?.items ?? [];
  return (
    <Page title="Users">
      <p className="govuk-body">
        Everyone who has an account, or has been invited to have one.{" "}
        <Link className="govuk-link" to="/admin/users/invite">
          Invite someone
        </Link>
      </p>
      {/* The key resets the fields when the address changes (back button). */}
      <form
        key={params.toString()}
        className="app-filters"
        role="search"
        aria-label="Users"
        onSubmit={onSubmit}
      >
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label" htmlFor="q">
            Name or email address
          </label>
          <input
            className="govuk-input"
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q}
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <Select id="role" label="Role" value={filters.role} options={ROLES} />
        <Select id="status" label="Status" value={filters.status} options={STATUSES} />
        <div className="govuk-button-group app-filters__item">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
          {filtered ? (
            <Link className="govuk-link" to="/admin/users">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      {list.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not get the list of users. Try again in a few minutes."
        />
      ) : null}
      {list.isPending ? <p className="govuk-body">Loading…</p> : null}

      {list.isSuccess && items.length === 0 ? (
        <div data-testid="no-people">
          <h2 className="govuk-heading-m">No users found</h2>
          <p className="govuk-body">
            {filtered
              ? "Nobody matches your search. Check the spelling, or clear the filters."
              : "There are no accounts yet."}
          </p>
        </div>
      ) : null}

      {items.length > 0 ? (
        <>
          <table className="govuk-table app-people-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {filtered ? "People matching your search" : "Everyone"}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Email address
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
                <th scope="col" className="govuk-table__header">
                  Teams or setting
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  Last signed in
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((user) => (
                <tr className="govuk-table__row" key={user.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                      {user.display_name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell app-break-anywhere">{user.email}</td>
                  <td className="govuk-table__cell">{user.role_label}</td>
                  <td className="govuk-table__cell">
                    <Memberships user={user} />
                  </td>
                  <td className="govuk-table__cell">
                    <StatusTag status={user.status} />
                  </td>
                  <td className="govuk-table__cell">{lastSignIn(user)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="govuk-list app-people-cards">
            {items.map((user) => (
              <li className="app-person-card" key={user.id}>
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" to={`/admin/users/${user.id}`}>
                    {user.display_name}
                  </Link>
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-1 app-break-anywhere">
                  {user.email}
                </p>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {user.role_label} <StatusTag status={user.status} />
                </p>
                <Memberships user={user} />
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Last signed in: {lastSignIn(user)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {filters.cursor || list.data?.next_cursor ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of users">
          {filters.cursor ? (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" to={withCursor(null)}>
                <span className="govuk-pagination__link-title">First page</span>
              </Link>
            </div>
          ) : null}
          {list.data?.next_cursor ? (
            <div className="govuk-pagination__next">
              <Link
                className="govuk-link govuk-pagination__link"
                to={withCursor(list.data.next_cursor)}
                rel="next"
              >
                <span className="govuk-pagination__link-title">Next page</span>
              </Link>
            </div>
          ) : null}
        </nav>
      ) : null}
    </Page>
  );
}
