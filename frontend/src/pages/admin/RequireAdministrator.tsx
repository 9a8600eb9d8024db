// Around the administrators' pages: anyone signed in with another role sees
// a plain "no access" page (RequireSignIn, outside this, deals with nobody).
import { Outlet } from "react-router";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";

export function NoAccessPage() {
  return (
    <Page title="You do not have access to this page">
      <p className="govuk-body">
        Only administrators can use this page. If you think you need it, contact an administrator at
        your local authority.
      </p>
    </Page>
  );
}

export function RequireAdministrator() {
  const me = useMe().data;
  if (!me) return null;
  if (me.role !== "administrator") return <NoAccessPage />;
  return <Outlet />;
}
