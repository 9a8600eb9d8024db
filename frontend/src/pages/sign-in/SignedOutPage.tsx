import { Link, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";

/** After "Sign out". */
export function SignedOutPage() {
  return (
    <Page title="You have signed out">
      <p className="govuk-body">
        If you are using a shared or public computer, close the web browser as well.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Sign in again
        </Link>
      </p>
    </Page>
  );
}

/** After the idle time-out. */
export function TimedOutPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  return (
    <Page title="You have been signed out">
      <p className="govuk-body">
        We signed you out because you had not done anything in the EHC hub for 30 minutes. We do
        this to keep children&apos;s information safe.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={withReturnTo("/sign-in", returnTo)}>
          Sign in again
        </Link>
      </p>
    </Page>
  );
}
