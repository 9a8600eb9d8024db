// The frame of the co-ordinator's one-step pages about the draft plan (share,
// consult, issue): the case read, the back link to the editor, the title.
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { Page } from "../../app/Page";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useCase, type CaseSummary } from "../cases/queries";
import { usePlan, type PlanBody } from "./queries";

export function PlanActionFrame({
  title,
  hasErrors,
  errors,
  children,
}: {
  title: string;
  hasErrors: boolean;
  /** The error summary, above the heading. */
  errors: ReactNode;
  children: (file: CaseSummary, plan: PlanBody) => ReactNode;
}) {
  const { id = "" } = useParams();
  const file = useCase(id);
  const plan = usePlan(id);
  if (file.isPending || plan.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (plan.isError) return <CaseProblem error={plan.error} />;
  const childName = childNameOf(file.data);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${id}/plan/edit`}>
          Back to the draft plan
        </Link>
        {errors}
        <Page
          title={hasErrors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.data.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          {children(file.data, plan.data)}
        </Page>
      </div>
    </div>
  );
}
