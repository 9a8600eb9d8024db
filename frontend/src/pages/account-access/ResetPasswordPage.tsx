// From the reset email's link (/reset-password#token): choose a new password.
// Every session of the account ends; the person signs in again with the new
// password and their second factor.
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { fieldValue, FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { ChoosePasswordFields, passwordProblems } from "./ChoosePassword";
import { useTokenFromLink } from "./tokenFromLink";

const askAgain = (
  <Link className="govuk-link" to="/forgot-password">
    Ask for a new link
  </Link>
);

export function ResetPasswordPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const token = useTokenFromLink();
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  if (!token) {
    return (
      <Page title="This link does not work">
        <p className="govuk-body">
          Open the link in your email again, or ask for a new one. Each link works once.
        </p>
        <p className="govuk-body">{askAgain}</p>
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const password = fieldValue(event.currentTarget, "password");
    const problems = passwordProblems(
      password,
      fieldValue(event.currentTarget, "confirm_password"),
    );
    if (problems.length > 0) return showFields(problems);
    setBusy(true);
    try {
      const { error, response } = await client.POST("/api/v1/auth/password-reset/complete", {
        body: { token, password },
      });
      if (response.status === 204) {
        await navigate("/sign-in", { replace: true, state: { passwordChanged: true } });
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Choose a new password";
  const linkProblem = errors?.byField.token;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          {linkProblem ? <p className="govuk-body">{askAgain}</p> : null}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <ChoosePasswordFields errors={errors} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Change password
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
