// Who is signed in, and until when; links to change how they sign in; whether
// notifications also come by email. Needs sign-in (see routes.tsx).
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList } from "../../govuk/SummaryList";
import { formatTime } from "../../app/format";
import { NotificationPreferences } from "./NotificationPreferences";

/** What saving the notification settings came to; `n` remounts the banner (focus, announce). */
type Saving = { n: number; email: boolean } | { n: number; failed: true } | null;

export function AccountPage() {
  const me = useMe().data;
  const location = useLocation();
  const [saving, setSaving] = useState<Saving>(null);
  const passwordChanged = Boolean(
    (location.state as { passwordChanged?: boolean } | null)?.passwordChanged,
  );
  if (!me) return null;
  return (
    <>
      {saving && "failed" in saving ? (
        <ErrorSummary
          key={saving.n}
          errors={[]}
          description="We could not save your notification settings. Try again in a few minutes."
        />
      ) : null}
      {saving && "email" in saving ? (
        <NotificationBanner key={saving.n} type="success">
          <p className="govuk-notification-banner__heading">
            Your notification settings have been saved.
          </p>
          <p className="govuk-body">
            {saving.email
              ? "You will get your notifications in the service and by email."
              : "You will get your notifications in the service only, not by email."}
          </p>
        </NotificationBanner>
      ) : null}
      {passwordChanged && !saving ? (
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
        <NotificationPreferences
          onSaved={(email) => setSaving((s) => ({ n: (s?.n ?? 0) + 1, email }))}
          onFailed={() => setSaving((s) => ({ n: (s?.n ?? 0) + 1, failed: true }))}
        />
      </Page>
    </>
  );
}
