// Shown when a route fails to load or throws: usually a chunk that could not be
// downloaded after a new release, or a lost connection.
import { isRouteErrorResponse, useRouteError } from "react-router";
import { Layout } from "./Layout";
import { Page } from "./Page";

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Layout>
        <Page title="Page not found">
          <p className="govuk-body">If you typed the web address, check it is correct.</p>
        </Page>
      </Layout>
    );
  }
  console.error(error);
  return (
    <Layout>
      <Page title="Sorry, there is a problem with the service">
        <p className="govuk-body">Try again later: reload this page in a few minutes.</p>
        <p className="govuk-body">Nothing you had saved has been lost.</p>
      </Page>
    </Layout>
  );
}
