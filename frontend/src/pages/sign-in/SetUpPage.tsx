// For an account without a second factor: how the six-digit codes will come,
// from an authenticator app or by text message.
import type { FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { safeReturnPath, withReturnTo } from "../../auth/returnTo";
import { Radios } from "../../govuk/Radios";
import { fieldValue, FormErrorSummary, useFormErrors } from "./formErrors";

export type SetUpMethod = "authenticator_app" | "text_message";

/** The methods the server supports. */
export const AVAILABLE_METHODS: readonly SetUpMethod[] = ["authenticator_app", "text_message"];

const METHOD_PAGES: Record<SetUpMethod, string> = {
  authenticator_app: "/sign-in/set-up/app",
  text_message: "/sign-in/set-up/text-message",
};

function MoreInformation() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">I need more information</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          When you sign in to an online account, you prove that you are who you say you are. Usually
          that is with an email address and a password.
        </p>
        <p className="govuk-body">
          This service holds sensitive information about children, so it asks for something extra
          each time you sign in: a 6-digit code that only you can get.
        </p>
        <p className="govuk-body">
          An authenticator app on your phone or tablet makes a new code every 30 seconds. It works
          without a phone signal. Free apps include Google Authenticator and Microsoft
          Authenticator.
        </p>
      </div>
    </details>
  );
}

export function SetUpPage({ methods = AVAILABLE_METHODS }: { methods?: readonly SetUpMethod[] }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get("next"));
  const { errors, attempt, showFields } = useFormErrors({ method: "method" });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = fieldValue(event.currentTarget, "method") as SetUpMethod | "";
    if (!chosen || !methods.includes(chosen)) {
      return showFields([
        { field: "method", message: "Select how you want to get your security codes" },
      ]);
    }
    void navigate(withReturnTo(METHOD_PAGES[chosen], returnTo));
  };

  const title = "Set up a second way to prove it is you";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            Each time you sign in, you will enter your password and then a 6-digit security code.
            This keeps children&apos;s information safe even if someone else finds out your
            password.
          </p>
          <MoreInformation />
          <form noValidate onSubmit={onSubmit}>
            <Radios
              name="method"
              idPrefix="method"
              legend="How do you want to get your security codes?"
              error={errors?.byField.method}
              items={methods.map((method) =>
                method === "authenticator_app"
                  ? {
                      value: method,
                      label: "Authenticator app on a phone or tablet",
                      hint: "Works without a phone signal",
                    }
                  : {
                      value: method,
                      label: "Text message",
                      hint: "We send a code to your mobile phone each time you sign in",
                    },
              )}
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
