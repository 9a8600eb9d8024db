// "Create a team": its name, the service it belongs to and its shared inbox.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { Radios } from "../../govuk/Radios";
import { TextInput } from "../../govuk/TextInput";
import {
  fieldValue,
  FormErrorSummary,
  useFormErrors,
  type FieldMessage,
} from "../sign-in/formErrors";
import { SERVICES, type ServiceName } from "./labels";
import type { Flash } from "./TeamsAndSettingsParts";
import { teamKeys } from "./TeamsData";

// The service radios' first input has the id "service".
const FIELD_IDS = { name: "name", service: "service", email: "email" };

export function TeamCreatePage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const name = fieldValue(form, "name").trim();
    const service = fieldValue(form, "service");
    const email = fieldValue(form, "email").trim();
    const missing: FieldMessage[] = [];
    if (!name) missing.push({ field: "name", message: "Enter the team's name" });
    if (!service) missing.push({ field: "service", message: "Select the team's service" });
    if (!email) missing.push({ field: "email", message: "Enter the team's email address" });
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/teams", {
        body: { name, service: service as ServiceName, email },
      });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: teamKeys.all });
        const state: Flash = { flash: `${data.name} has been created. Now add its members.` };
        void navigate(`/admin/teams/${data.id}`, { state });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Create a team";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/teams">
          Back to teams
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="name"
              name="name"
              label="Team name"
              hint="For example, Community Paediatrics"
              autoComplete="off"
              error={errors?.byField.name}
            />
            <Radios
              name="service"
              idPrefix="service"
              legend="Service"
              error={errors?.byField.service}
              items={SERVICES.map((s) => ({ value: s.value, label: s.label }))}
            />
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Team email address"
              hint="The team's shared inbox. Requests for advice are announced here."
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              error={errors?.byField.email}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Create team
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
