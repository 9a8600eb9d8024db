// The case file's "EHC plan" section: the plan's status and the way to it, or
// for the co-ordinator, once the decision to issue is made, the way to start it.
import { Link } from "react-router";
import { useMe } from "../../auth/session";
import { useCase } from "../cases/queries";
import { PlanStatusLine } from "./PlanParts";
import { useVisiblePlan } from "./queries";

export function CasePlanSection({ caseId }: { caseId: string }) {
  const { versions, plan, any } = useVisiblePlan(caseId);
  const file = useCase(caseId);
  const me = useMe().data;
  const coordinator = me?.role === "case_coordinator";
  const mayStart = coordinator && file.data?.stage === "draft_plan";
  if (versions.isPending || versions.isError) return null;
  if (any ? plan.isPending || plan.isError : !mayStart) return null;
  return (
    <section aria-labelledby="plan-heading" data-testid="plan">
      <h2 className="govuk-heading-m" id="plan-heading">
        EHC plan
      </h2>
      {plan.data ? (
        <>
          <PlanStatusLine plan={plan.data} />
          <p className="govuk-body">
            <Link className="govuk-link" to={`/cases/${caseId}/plan`}>
              Read the EHC plan
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${caseId}/plan`}>
            Start the draft plan
          </Link>
        </p>
      )}
    </section>
  );
}
