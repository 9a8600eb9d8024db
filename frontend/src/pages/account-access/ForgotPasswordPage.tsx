// "Forgot your password?": asks for a reset link by email. The server answers
// the same whether or not the address has an account, and so does this page.
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { TextInput } from "../../govuk/TextInput";
import { fieldValue, FormErrorSummary, useFormErrors } from "../sign-in/formErrors";

export function ForgotPasswordPage() {
  const client = useApiClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const email = fieldValue(event.currentTarget, "email").trim();
    if (!email) return showFields([{ field: "email", message: "Enter your email address" }]);
    setBusy(true);
    try {
      const { error, response } = await client.POST("/api/v1/auth/password-reset", {
        body: { email },
      });
      if (response.status === 202) setSentTo(email);
      else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <Page title="Check your email">
        <p className="govuk-body">
          If <strong>{sentTo}</strong> has an account, we have sent it a link to choose a new
          password. The link works once, for 60 minutes.
        </p>
        <p className="govuk-body">
          If no email arrives within a few minutes, check your junk or spam folder. If it still has
          not arrived, contact the special educational needs (SEN) team at your local authority.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Back to sign in
          </Link>
        </p>
      </Page>
    );
  }

  const title = "Reset your password";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/sign-in">
          Back
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            We will email you a link to choose a new password. You will still need your security
            code to sign in afterwards.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Email address"
              autoComplete="email"
              spellCheck={false}
              autoCapitalize="none"
              error={errors?.byField.email}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send the link
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
