// Setting up text messages: the mobile number, then the code sent to it.
import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { TextInput } from "../../govuk/TextInput";
import { normaliseCode, sixDigitCodeProblem } from "./codes";
import { fieldValue, FormErrorSummary, useFormErrors } from "./formErrors";
import { ResendCode } from "./ResendCode";
import { useSignedInAfterSetUp } from "./useSignedIn";

export function TextSetUpPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const phone = fieldValue(event.currentTarget, "phone").trim();
    if (!phone) return showFields([{ field: "phone", message: "Enter your mobile phone number" }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST(
        "/api/v1/auth/second-factor/text-message",
        { body: { phone } },
      );
      if (!data) return showProblem(error, response.status);
      await navigate(withReturnTo("/sign-in/set-up/text-message/code", returnTo), {
        state: { phoneEnding: data.phone_ending },
      });
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Enter your mobile phone number";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={withReturnTo("/sign-in/set-up", returnTo)}>
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
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            We will send a 6-digit code to this phone now, and each time you sign in.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="phone"
              name="phone"
              type="tel"
              label="Mobile phone number"
              hint="For example, 07700 900 982. For a number outside the UK, start with + and the country code."
              autoComplete="tel"
              widthClass="govuk-input--width-20"
              error={errors?.byField.phone}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send code
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}

export function TextSetUpCodePage() {
  const client = useApiClient();
  const signedInAfterSetUp = useSignedInAfterSetUp();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const [phoneEnding, setPhoneEnding] = useState(
    (location.state as { phoneEnding?: string } | null)?.phoneEnding,
  );
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
      const { data, error, response } = await client.POST(
        "/api/v1/auth/second-factor/text-message/confirm",
        { body: { code } },
      );
      if (!data) return showProblem(error, response.status);
      await signedInAfterSetUp(data, returnTo);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Check your phone";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link
          className="govuk-back-link"
          to={withReturnTo("/sign-in/set-up/text-message", returnTo)}
        >
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
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            We have sent a 6-digit code to your phone
            {phoneEnding ? ` ending in ${phoneEnding}` : ""}. It works for 10 minutes.
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
          <ResendCode onResent={setPhoneEnding} />
          <p className="govuk-body">
            <Link
              className="govuk-link"
              to={withReturnTo("/sign-in/set-up/text-message", returnTo)}
            >
              Use a different phone number
            </Link>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={withReturnTo("/sign-in/set-up", returnTo)}>
              Start again and use an authenticator app instead
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
