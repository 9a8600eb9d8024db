// Setting up an authenticator app: the key as text (in groups of four) and as
// a QR code, then the first code from the app to prove it works.
import { useQuery } from "@tanstack/react-query";
import { Fragment, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { TextInput } from "../../govuk/TextInput";
import { normaliseCode, sixDigitCodeProblem } from "./codes";
import { fieldValue, FormErrorSummary, useFormErrors } from "./formErrors";
import { useSignedInAfterSetUp } from "./useSignedIn";

type AppSetUp = components["schemas"]["AppSetupResponse"];

function useAppSetUp() {
  const client = useApiClient();
  return useQuery({
    // A POST that starts the set-up: made once, not again on every visit.
    queryKey: ["authenticator-app-set-up"],
    queryFn: async (): Promise<AppSetUp> => {
      const { data, error, response } = await client.POST(
        "/api/v1/auth/second-factor/authenticator-app",
      );
      if (!data) throw new ApiError(response.status, isProblem(error) ? error : undefined);
      return data;
    },
    staleTime: Infinity,
    retry: false,
    refetchOnMount: false,
  });
}

function Key({ value }: { value: string }) {
  const groups = value.split(" ");
  return (
    <p className="govuk-body app-key" id="authenticator-key">
      {groups.map((group, index) => (
        <Fragment key={index}>
          <span className="app-key__group">{group}</span>
          {index < groups.length - 1 ? " " : null}
        </Fragment>
      ))}
    </p>
  );
}

export function AppSetUpPage() {
  const client = useApiClient();
  const signedInAfterSetUp = useSignedInAfterSetUp();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const setUp = useAppSetUp();
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
        "/api/v1/auth/second-factor/authenticator-app/confirm",
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

  const title = "Set up your authenticator app";
  const startAgain = (
    <Link className="govuk-link" to={withReturnTo("/sign-in", returnTo)}>
      Sign in again
    </Link>
  );

  if (setUp.isError) {
    const problem = setUp.error instanceof ApiError ? setUp.error.problem : undefined;
    return (
      <Page title={title}>
        <p className="govuk-body">
          {problem?.detail ?? "Sorry, we could not start setting up your app. Try again."}
        </p>
        <p className="govuk-body">{startAgain}</p>
      </Page>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={withReturnTo("/sign-in/set-up", returnTo)}>
          Back
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} extra={startAgain} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            An authenticator app makes a new 6-digit code every 30 seconds. You will need a code
            from it each time you sign in.
          </p>

          <h2 className="govuk-heading-m">1. Get an authenticator app</h2>
          <p className="govuk-body">
            If you do not have one, install a free authenticator app on your phone or tablet from
            its app store, such as Google Authenticator or Microsoft Authenticator.
          </p>

          <h2 className="govuk-heading-m">2. Add the EHC hub to the app</h2>
          {setUp.data ? (
            <>
              <p className="govuk-body">
                In the app, choose to add an account. Then scan this QR code with the app.
              </p>
              <img
                className="app-qr-code"
                src={setUp.data.qr_code}
                alt="QR code for your authenticator app. If you cannot scan it, use the key below."
                width={200}
                height={200}
              />
              <p className="govuk-body">
                If you cannot scan the QR code, for example because the app is on this phone, choose
                to enter a key in the app and type in this key:
              </p>
              <Key value={setUp.data.key} />
              <p className="govuk-body">
                The key is not case sensitive and you do not need to type the spaces.
              </p>
            </>
          ) : (
            <p className="govuk-body" role="status">
              Getting your key…
            </p>
          )}

          <h2 className="govuk-heading-m">3. Enter the code the app shows</h2>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="code"
              name="code"
              label="Code from the app"
              hint="The code is 6 numbers, for example 123456"
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
        </Page>
      </div>
    </div>
  );
}
