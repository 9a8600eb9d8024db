// Who is signed in, and until when; links to change how they sign in. Needs
// sign-in (see routes.tsx).
import { Link, useLocation } from "react-router";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList } from "../../govuk/SummaryList";
import { formatTime } from "../../app/format";

export function AccountPage() {
  const me = useMe().data;
  const location = useLocation();
  const passwordChanged = Boolean(
    (location.state as { passwordChanged?: boolean } | null)?.passwordChanged,
  );
  if (!me) return null;
  return (
    <>
      {passwordChanged ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">
            Your password has been changed. You have been signed out everywhere else.
          </p>
        </NotificationBanner>
      ) : null}
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
        <h2 className="govuk-heading-m">How you sign in</h2>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to="/account/password">
              Change your password
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to="/account/second-factor">
              Change how you get sign-in codes
            </Link>
          </li>
        </ul>
      </Page>
    </>
  );
}
