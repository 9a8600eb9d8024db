// "People with access": the family members, named people and settings the
// case is shared with. Co-ordinators give and remove access from here.
import { Link } from "react-router";
import { ApiError } from "../../api/problem";
import { formatTime } from "../../app/format";
import { KIND_LABELS } from "./parts";
import { useCaseAccess } from "./queries";

export function AccessSection({ caseId, canManage }: { caseId: string; canManage: boolean }) {
  const access = useCaseAccess(caseId);
  // Shown once it is known the caller may see who has access.
  if (access.isPending) return null;
  if (access.isError && access.error instanceof ApiError && access.error.status === 404) {
    return null;
  }
  const items = access.data ?? [];
  return (
    <section aria-labelledby="access-heading">
      <h2 className="govuk-heading-m" id="access-heading">
        People with access
      </h2>
      {access.isError ? (
        <p className="govuk-body">
          We could not get the list of people with access. Try again in a few minutes.
        </p>
      ) : null}
      {access.isSuccess && items.length === 0 ? (
        <p className="govuk-body">
          Nobody outside the local authority has been given access to this case yet.
        </p>
      ) : null}
      {items.length > 0 ? (
        <dl className="govuk-summary-list" data-testid="access">
          {items.map((grant) => (
            <div
              className={`govuk-summary-list__row${canManage ? "" : " govuk-summary-list__row--no-actions"}`}
              key={`${grant.kind} ${grant.id}`}
            >
              <dt className="govuk-summary-list__key">{grant.name}</dt>
              <dd className="govuk-summary-list__value">
                {KIND_LABELS[grant.kind]}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                  Given access by {grant.granted_by.name}, {formatTime(grant.granted_at)}
                </span>
              </dd>
              {canManage ? (
                <dd className="govuk-summary-list__actions">
                  <Link
                    className="govuk-link"
                    to={`/cases/${caseId}/access/${grant.kind}/${encodeURIComponent(grant.id)}/remove`}
                  >
                    Remove access<span className="govuk-visually-hidden"> for {grant.name}</span>
                  </Link>
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
      ) : null}
      {canManage ? (
        <Link
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          role="button"
          draggable={false}
          to={`/cases/${caseId}/access/new`}
        >
          Give someone access
        </Link>
      ) : null}
    </section>
  );
}
