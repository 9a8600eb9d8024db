// The ten recovery codes, shown once, right after the app is set up.
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { forgetRecoveryCodes, heldRecoveryCodes } from "../../auth/recoveryCodes";
import { safeReturnPath } from "../../auth/returnTo";

export function RecoveryCodesPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const [codes] = useState(heldRecoveryCodes);

  if (!codes) {
    return (
      <Page title="Your recovery codes">
        <p className="govuk-body">
          Recovery codes are shown only once, straight after you set up your authenticator app.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={returnTo}>
            Continue
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Save your recovery codes">
      <p className="govuk-body">Your authenticator app is set up and you are signed in.</p>
      <p className="govuk-body">
        If you lose your phone or cannot use the app, you can sign in with one of these codes
        instead. Each code works only once.
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Save these codes now: write them down or print this page, and keep them somewhere safe.
          You will not be able to see them again.
        </strong>
      </div>
      <ol className="govuk-list govuk-list--number app-recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="app-code">{code}</code>
          </li>
        ))}
      </ol>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          data-module="govuk-button"
          onClick={() => {
            forgetRecoveryCodes();
            void navigate(returnTo, { replace: true });
          }}
        >
          Continue
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => window.print()}
        >
          Print these codes
        </button>
      </div>
    </Page>
  );
}
