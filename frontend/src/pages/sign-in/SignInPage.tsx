// Step one of signing in: email address and password.
import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { useMe } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { PasswordInput } from "../../govuk/PasswordInput";
import { TextInput } from "../../govuk/TextInput";
import { fieldValue, FormErrorSummary, useFormErrors, type FieldMessage } from "./formErrors";

export function SignInPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const me = useMe();
  const location = useLocation();
  const passwordChanged = Boolean(
    (location.state as { passwordChanged?: boolean } | null)?.passwordChanged,
  );
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  if (me.data) return <Navigate to={returnTo} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const email = fieldValue(event.currentTarget, "email").trim();
    const password = fieldValue(event.currentTarget, "password");
    const missing: FieldMessage[] = [];
    if (!email) missing.push({ field: "email", message: "Enter your email address" });
    if (!password) missing.push({ field: "password", message: "Enter your password" });
    if (missing.length > 0) return showFields(missing);

    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/auth/sign-in", {
        body: { email, password },
      });
      if (!data) return showProblem(error, response.status);
      if (data.next === "set_up_second_factor") {
        await navigate(withReturnTo("/sign-in/set-up", returnTo));
      } else {
        await navigate(withReturnTo("/sign-in/code", returnTo), {
          state: { method: data.method, phoneEnding: data.phone_ending },
        });
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        {passwordChanged && !errors ? (
          <NotificationBanner type="success" title="Password changed">
            <p className="govuk-notification-banner__heading">
              Your password has been changed. Sign in with your new password.
            </p>
          </NotificationBanner>
        ) : null}
        <Page title={errors ? "Error: Sign in" : "Sign in"} heading="Sign in">
          <p className="govuk-body">
            Sign in with the email address your local authority has for you.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Email address"
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="none"
              error={errors?.byField.email}
            />
            <PasswordInput
              id="password"
              name="password"
              label="Password"
              autoComplete="current-password"
              error={errors?.byField.password}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
          <p className="govuk-body">
            <Link className="govuk-link" to="/forgot-password">
              Forgot your password?
            </Link>
          </p>
          <h2 className="govuk-heading-s">If you cannot sign in</h2>
          <p className="govuk-body">
            Contact the special educational needs (SEN) team at your local authority. Their contact
            details are at the bottom of the emails this service sends you.
          </p>
        </Page>
      </div>
    </div>
  );
}
