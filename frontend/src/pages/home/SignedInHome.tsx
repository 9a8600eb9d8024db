// The home page for someone signed in: who they are and their work.
import type { Me } from "../../auth/session";
import { Page } from "../../app/Page";

export function SignedInHome({ me, organisationName }: { me: Me; organisationName?: string }) {
  return (
    <Page title="Home" heading="Your work" caption={organisationName}>
      <p className="govuk-body" data-testid="signed-in-as">
        Signed in as <strong>{me.display_name}</strong> ({me.email}), role:{" "}
        <strong>{me.role_label}</strong>.
      </p>
      <h2 className="govuk-heading-m">Your cases</h2>
      <p className="govuk-body">
        Your cases will appear here. There are none yet: the local authority has not added you to
        any case.
      </p>
    </Page>
  );
}
