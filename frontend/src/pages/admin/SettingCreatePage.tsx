// "Add an education setting": its name, URN and phase.
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
import { PHASES, type PhaseName } from "./labels";
import { settingKeys } from "./SettingsData";
import type { Flash } from "./TeamsAndSettingsParts";

// The phase radios' first input has the id "phase".
const FIELD_IDS = { name: "name", urn: "urn", phase: "phase" };

export function SettingCreatePage() {
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
    const urn = fieldValue(form, "urn").replace(/\s/g, "");
    const phase = fieldValue(form, "phase");
    const missing: FieldMessage[] = [];
    if (!name) missing.push({ field: "name", message: "Enter the setting's name" });
    if (!urn) missing.push({ field: "urn", message: "Enter the setting's URN" });
    else if (!/^\d{6}$/.test(urn)) {
      missing.push({ field: "urn", message: "The URN must be 6 digits, like 123456" });
    }
    if (!phase) missing.push({ field: "phase", message: "Select the setting's phase" });
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/education-settings", {
        body: { name, urn, phase: phase as PhaseName },
      });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: settingKeys.all });
        const state: Flash = { flash: `${data.name} has been added. Now add its staff.` };
        void navigate(`/admin/settings/${data.id}`, { state });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Add an education setting";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/settings">
          Back to education settings
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="name"
              name="name"
              label="Name"
              hint="For example, Riverside Primary School"
              autoComplete="off"
              error={errors?.byField.name}
            />
            <TextInput
              id="urn"
              name="urn"
              label="URN"
              hint="The Department for Education's Unique Reference Number: 6 digits, on Get Information about Schools"
              inputMode="numeric"
              widthClass="govuk-input--width-10"
              extraLetterSpacing
              autoComplete="off"
              spellCheck={false}
              error={errors?.byField.urn}
            />
            <Radios
              name="phase"
              idPrefix="phase"
              legend="Phase"
              error={errors?.byField.phase}
              items={PHASES.map((p) => ({ value: p.value, label: p.label }))}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Add setting
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
