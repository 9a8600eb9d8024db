import { Link } from "react-router";
import { Page } from "../../app/Page";

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the EHC hub home page
        </Link>
      </p>
    </Page>
  );
}
