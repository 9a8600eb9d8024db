// Step two of signing in: the six-digit code from the authenticator app (or,
// when the server supports it, a text message).
import { useState, type FormEvent } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { TextInput } from "../../govuk/TextInput";
import { normaliseCode, sixDigitCodeProblem } from "./codes";
import { fieldValue, FormErrorSummary, useFormErrors } from "./formErrors";
import { ResendCode } from "./ResendCode";
import { useSignedIn } from "./useSignedIn";

interface CodeStepState {
  method?: "authenticator_app" | "text_message" | null;
  phoneEnding?: string | null;
}

export function EnterCodePage() {
  const client = useApiClient();
  const signedIn = useSignedIn();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const step = (location.state ?? {}) as CodeStepState;
  const byText = step.method === "text_message";
  const [phoneEnding, setPhoneEnding] = useState(step.phoneEnding);
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const code = normaliseCode(fieldValue(event.currentTarget, "code"));
    const problem = sixDigitCodeProblem(code);
    if (problem) return showFields([{ field: "code", message: problem }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/auth/sign-in/code", {
        body: { code },
      });
      if (!data) return showProblem(error, response.status);
      await signedIn(data.me, returnTo);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const heading = byText ? "Check your phone" : "Enter the code from your authenticator app";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
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
            {byText
              ? `We have sent a 6-digit code to your phone${phoneEnding ? ` ending in ${phoneEnding}` : ""}. It works for 10 minutes.`
              : "Open the authenticator app on your phone or tablet. It shows a new 6-digit code for the EHC hub every 30 seconds."}
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="code"
              name="code"
              label="Code"
              hint="For example, 123456"
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              widthClass="govuk-input--width-5"
              extraLetterSpacing
              error={errors?.byField.code}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
          {byText ? <ResendCode onResent={setPhoneEnding} /> : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={withReturnTo("/sign-in/recovery-code", returnTo)}>
              Use a recovery code instead
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
