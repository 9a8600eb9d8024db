// "Change your password", for someone signed in: their current password and a
// new one. The LA's rules are checked by the server, which names each rule the
// new password breaks; every other session of the account ends.
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { isProblem, mapProblemToFieldErrors } from "../../api/problem";
import { Page } from "../../app/Page";
import { PasswordInput } from "../../govuk/PasswordInput";
import {
  fieldValue,
  FormErrorSummary,
  useFormErrors,
  type FieldMessage,
} from "../sign-in/formErrors";

/** The same advice as when choosing a password from a reset link. */
export const NEW_PASSWORD_HINT =
  "Use at least 12 characters. Three or four unrelated words make a strong password that is easy to remember. Do not use a password you use anywhere else.";

export function ChangePasswordPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const { errors, attempt, show, showFields, showProblem } = useFormErrors();
  // Every rule the new password breaks (the server sends one error for each).
  const [rules, setRules] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const onProblem = (error: unknown, status: number | undefined) => {
    if (isProblem(error) && error.errors && error.errors.length > 0) {
      const mapped = mapProblemToFieldErrors(error);
      // List every message in the summary, not only the first for each field.
      const summary = error.errors.map((e) => ({
        href: e.field === "" ? undefined : `#${e.field}`,
        text: e.message,
      }));
      setRules(error.errors.filter((e) => e.field === "new_password").map((e) => e.message));
      show({ ...mapped, summary });
    } else {
      setRules([]);
      showProblem(error, status);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const current_password = fieldValue(event.currentTarget, "current_password");
    const new_password = fieldValue(event.currentTarget, "new_password");
    const problems: FieldMessage[] = [];
    if (!current_password) {
      problems.push({ field: "current_password", message: "Enter your current password" });
    }
    if (!new_password) problems.push({ field: "new_password", message: "Enter a new password" });
    if (problems.length > 0) {
      setRules([]);
      return showFields(problems);
    }
    setBusy(true);
    try {
      const { error, response } = await client.POST("/api/v1/me/password", {
        body: { current_password, new_password },
      });
      if (response.status === 204) {
        await navigate("/account", { state: { passwordChanged: true } });
      } else {
        onProblem(error, response.status);
      }
    } catch (error) {
      onProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const newPasswordError =
    rules.length > 1 ? (
      <>
        {rules.map((rule, index) => (
          <span key={index} className="govuk-!-display-block">
            {rule}
          </span>
        ))}
      </>
    ) : (
      errors?.byField.new_password
    );

  const title = "Change your password";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            When you change your password, you will be signed out on every other device and browser
            where you are signed in. You will stay signed in here.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <PasswordInput
              id="current_password"
              name="current_password"
              label="Current password"
              autoComplete="current-password"
              error={errors?.byField.current_password}
            />
            <PasswordInput
              id="new_password"
              name="new_password"
              label="New password"
              hint={NEW_PASSWORD_HINT}
              autoComplete="new-password"
              error={newPasswordError}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Change password
              </button>
              <Link className="govuk-link" to="/account">
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
