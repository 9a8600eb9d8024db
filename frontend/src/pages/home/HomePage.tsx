import { useServiceInfo } from "../../api/queries";
import { Page } from "../../app/Page";
import { ServiceStatus } from "./ServiceStatus";

export function HomePage() {
  const organisationName = useServiceInfo().data?.la_name;
  return (
    <Page title="Home" heading="EHC hub" caption={organisationName}>
      <p className="govuk-body-l">
        Use this service to ask for, follow and take part in an education, health and care (EHC)
        needs assessment and plan for a child or young person with special educational needs.
      </p>

      <h2 className="govuk-heading-m">Who it is for</h2>

      <h3 className="govuk-heading-s">Families and young people</h3>
      <p className="govuk-body">
        You can ask for an assessment, tell us your views, see what is happening and when each step
        is due, and read your child&apos;s plan.
      </p>

      <h3 className="govuk-heading-s">Schools, colleges and nurseries</h3>
      <p className="govuk-body">
        You can ask for an assessment for a child you teach and send the advice or information the
        local authority asks you for.
      </p>

      <h3 className="govuk-heading-s">Health, social care and other professionals</h3>
      <p className="govuk-body">
        You can see the requests for advice sent to you, and write and send your advice before the
        date it is due.
      </p>

      <h2 className="govuk-heading-m">Service status</h2>
      <ServiceStatus />
    </Page>
  );
}
