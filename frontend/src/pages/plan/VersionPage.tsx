// One version of the plan, read-only, as it was (an issued plan or the one
// being written, for those who may see it).
import { Link, useParams } from "react-router";
import { Page } from "../../app/Page";
import { CaseProblem } from "../cases/parts";
import { DownloadPlanLink, PlanSections, PlanStatusLine } from "./PlanParts";
import { usePlanVersion } from "./queries";

export function VersionPage() {
  const { id = "", n = "" } = useParams();
  const number = Number(n);
  const version = usePlanVersion(id, Number.isInteger(number) && number > 0 ? number : null);
  if (version.isPending) return <p className="govuk-body">Loading…</p>;
  if (version.isError) return <CaseProblem error={version.error} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${id}/plan`}>
          Back to the plan
        </Link>
        <Page title={`EHC plan, version ${version.data.version_no}`}>
          <PlanStatusLine plan={version.data} />
          <DownloadPlanLink caseId={id} versionNo={version.data.version_no} />
          <PlanSections plan={version.data} />
        </Page>
      </div>
    </div>
  );
}
