// Who is signed in, and until when. Needs sign-in (see routes.tsx).
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { SummaryList } from "../../govuk/SummaryList";
import { formatTime } from "../../app/format";

export function AccountPage() {
  const me = useMe().data;
  if (!me) return null;
  return (
    <Page title="Your account">
      <SummaryList
        rows={[
          { key: "Name", value: me.display_name },
          { key: "Email address", value: me.email },
          { key: "Role", value: me.role_label },
          {
            key: "Signed in until",
            value: `${formatTime(me.session.expires_at)} at the latest. You will be signed out sooner if you do nothing for 30 minutes.`,
          },
        ]}
      />
      <p className="govuk-body">
        To change your name or email address, contact the special educational needs (SEN) team at
        your local authority.
      </p>
    </Page>
  );
}
