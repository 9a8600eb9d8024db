import { Link } from "react-router";
import { useServiceInfo } from "../../api/queries";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { ServiceStatus } from "./ServiceStatus";
import { SignedInHome } from "./SignedInHome";

export function HomePage() {
  const organisationName = useServiceInfo().data?.la_name;
  const me = useMe();
  if (me.isPending) return null;
  if (me.data) return <SignedInHome me={me.data} organisationName={organisationName} />;
  return (
    <Page title="Home" heading="EHC hub" caption={organisationName}>
      <p className="govuk-body-l">
        Use this service to ask for, follow and take part in an education, health and care (EHC)
        needs assessment and plan for a child or young person with special educational needs.
      </p>

      <Link
        to="/sign-in"
        role="button"
        draggable="false"
        className="govuk-button govuk-button--start"
        data-module="govuk-button"
      >
        Sign in
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>

      <h2 className="govuk-heading-m">Who it is for</h2>

      <h3 className="govuk-heading-s">Families and young people</h3>
      <p className="govuk-body">
        You can ask for an assessment, tell us your views, see what is happening and when each step
        is due, and read your child&apos;s plan.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/ask-for-an-assessment">
          Ask for an EHC needs assessment
        </Link>{" "}
        – you do not need an account.
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
