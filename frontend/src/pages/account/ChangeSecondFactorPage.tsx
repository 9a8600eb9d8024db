// "Change how you get sign-in codes": after the current password, the old
// second factor stops working and this session ends; the server leaves a
// pending sign-in, and the person sets up a new factor straight away.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { forgetRecoveryCodes } from "../../auth/recoveryCodes";
import { withReturnTo } from "../../auth/returnTo";
import { forgetSignedInPerson } from "../../auth/session";
import { PasswordInput } from "../../govuk/PasswordInput";
import { fieldValue, FormErrorSummary, useFormErrors } from "../sign-in/formErrors";

export function ChangeSecondFactorPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const current_password = fieldValue(event.currentTarget, "current_password");
    if (!current_password) {
      return showFields([{ field: "current_password", message: "Enter your current password" }]);
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/me/second-factor/change", {
        body: { current_password },
      });
      if (data) {
        // The server has ended this session. Move to the public set-up page
        // first (so that this page, which needs sign-in, does not send the
        // person to the sign-in page), then forget who was signed in. The
        // other tabs find out for themselves: they are not signed out here.
        forgetRecoveryCodes();
        const next =
          data.next === "set_up_second_factor"
            ? withReturnTo("/sign-in/set-up", "/account")
            : withReturnTo("/sign-in/code", "/account");
        await navigate(next, { replace: true });
        forgetSignedInPerson(queryClient);
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Change how you get sign-in codes";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            You can get your 6-digit security codes from an authenticator app or by text message.
          </p>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              When you continue, the way you get codes now will stop working straight away.
            </strong>
          </div>
          <p className="govuk-body">
            You will be signed out and will set up a new way to get codes now. When it is set up,
            you will be signed in again.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <PasswordInput
              id="current_password"
              name="current_password"
              label="Enter your current password"
              hint="To check it is you"
              autoComplete="current-password"
              error={errors?.byField.current_password}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Continue
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
