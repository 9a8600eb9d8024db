// "Cases": the cases the signed-in person may see, in reference order, a page
// at a time (the cursor is in the address, so "Back" returns to the same page).
// Every case for a co-ordinator; for others, the cases shared with them.
import { Link, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { formatDate } from "../requests/dates";
import { ResponsiveTable } from "../requests/ResponsiveTable";
import { useCaseList } from "./queries";

export function CasesPage() {
  const [params] = useSearchParams();
  const cursor = params.get("cursor") ?? "";
  const list = useCaseList(cursor);
  const items = list.data?.items ?? [];
  const next = list.data?.next_cursor;
  return (
    <Page title="Cases">
      {list.isError ? (
        <ErrorSummary
          errors={[]}
          description="We could not get the list of cases. Try again in a few minutes."
        />
      ) : null}
      {list.isPending ? <p className="govuk-body">Loading…</p> : null}
      {list.isSuccess && items.length === 0 ? (
        <p className="govuk-body">
          {cursor
            ? "There are no more cases."
            : "There are no cases you can see yet. The local authority gives you access to a case when you need it."}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ResponsiveTable
          caption={cursor ? "Cases (continued)" : "Cases you can see"}
          captionHidden
          rows={items}
          rowKey={(row) => row.id}
          cardHeadingLevel={2}
          testId="cases"
          columns={[
            {
              header: "Case",
              cell: (row) => (
                <Link className="govuk-link" to={`/cases/${row.id}`}>
                  {row.case_ref}
                </Link>
              ),
            },
            { header: "Child", cell: (row) => row.child_name || "Not recorded" },
            { header: "Stage", cell: (row) => row.stage_label },
            {
              header: "Next deadline",
              cell: (row) => (row.next_deadline ? formatDate(row.next_deadline.due) : "None"),
            },
          ]}
        />
      ) : null}
      {cursor || next ? (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of cases">
          {cursor ? (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" to="/cases">
                <span className="govuk-pagination__link-title">First page</span>
              </Link>
            </div>
          ) : null}
          {next ? (
            <div className="govuk-pagination__next">
              <Link
                className="govuk-link govuk-pagination__link"
                to={`/cases?cursor=${encodeURIComponent(next)}`}
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
