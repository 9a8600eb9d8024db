// Step two with one of the recovery codes given when the second factor was set up.
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { TextInput } from "../../govuk/TextInput";
import { fieldValue, FormErrorSummary, useFormErrors } from "./formErrors";
import { useSignedIn } from "./useSignedIn";

export function RecoveryCodePage() {
  const client = useApiClient();
  const signedIn = useSignedIn();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const recoveryCode = fieldValue(event.currentTarget, "recovery_code").trim();
    if (!recoveryCode) {
      return showFields([{ field: "recovery_code", message: "Enter a recovery code" }]);
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/auth/sign-in/recovery-code", {
        body: { recovery_code: recoveryCode },
      });
      if (!data) return showProblem(error, response.status);
      await signedIn(data.me, returnTo);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const heading = "Enter a recovery code";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={withReturnTo("/sign-in/code", returnTo)}>
          Back
        </Link>
        <FormErrorSummary
          errors={errors}
          attempt={attempt}
          extra={
            <Link className="govuk-link" to={withReturnTo("/sign-in", returnTo)}>
              Sign in again
            </Link>
          }
        />
        <Page title={errors ? `Error: ${heading}` : heading} heading={heading}>
          <p className="govuk-body">
            Use one of the recovery codes you saved when you set up your authenticator app. Each
            code works only once.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="recovery_code"
              name="recovery_code"
              label="Recovery code"
              hint="For example, abcde-fghjk"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              widthClass="govuk-input--width-10"
              error={errors?.byField.recovery_code}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
          <p className="govuk-body">
            If you have no recovery codes left, contact the special educational needs (SEN) team at
            your local authority. They can reset your sign-in so you can set up a new app.
          </p>
        </Page>
      </div>
    </div>
  );
}
