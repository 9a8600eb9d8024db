// From the invitation email's link (/invitation#token): see who the account is
// for, choose a password, then set up the second factor.
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { Page } from "../../app/Page";
import { SummaryList } from "../../govuk/SummaryList";
import { fieldValue, FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { ChoosePasswordFields, passwordProblems } from "./ChoosePassword";
import { useTokenFromLink } from "./tokenFromLink";

type InvitationDetails = components["schemas"]["InvitationDetails"];

function useInvitation(token: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ["invitation", token],
    queryFn: async (): Promise<InvitationDetails> => {
      const { data, error, response } = await client.POST("/api/v1/auth/invitations/lookup", {
        body: { token },
      });
      if (!data) throw new ApiError(response.status, isProblem(error) ? error : undefined);
      return data;
    },
    enabled: token !== "",
    staleTime: Infinity,
    retry: false,
  });
}

function LinkDoesNotWork({ message }: { message?: string }) {
  return (
    <Page title="This invitation link does not work">
      <p className="govuk-body">
        {message ?? "Open the link in your email again. Each invitation link works once."}
      </p>
      <p className="govuk-body">
        Ask the special educational needs (SEN) team at your local authority to send you a new
        invitation.
      </p>
    </Page>
  );
}

export function InvitationPage() {
  const client = useApiClient();
  const navigate = useNavigate();
  const token = useTokenFromLink();
  const invitation = useInvitation(token);
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);

  if (!token) return <LinkDoesNotWork />;
  if (invitation.isPending) {
    return (
      <p className="govuk-body" role="status">
        Checking your invitation…
      </p>
    );
  }
  if (invitation.isError) {
    const problem = invitation.error instanceof ApiError ? invitation.error.problem : undefined;
    return (
      <LinkDoesNotWork message={problem?.errors?.[0]?.message ?? problem?.detail ?? undefined} />
    );
  }
  const details = invitation.data;

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
      const { data, error, response } = await client.POST("/api/v1/auth/invitations/accept", {
        body: { token, password },
      });
      if (!data) return showProblem(error, response.status);
      await navigate(data.next === "enter_code" ? "/sign-in/code" : "/sign-in/set-up", {
        replace: true,
        state: { method: data.method, phoneEnding: data.phone_ending },
      });
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Create your account";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title} caption={details.la_name}>
          <p className="govuk-body">
            {details.la_name} has invited you to the EHC hub, {details.display_name}.
          </p>
          <SummaryList
            rows={[
              { key: "Email address", value: details.email },
              { key: "Role", value: details.role_label },
            ]}
          />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <input type="hidden" name="username" value={details.email} autoComplete="username" />
            <ChoosePasswordFields errors={errors} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Create account
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
