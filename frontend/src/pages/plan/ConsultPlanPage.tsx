// "Consult a setting": the co-ordinator chooses a school or other setting to
// ask whether it can be named in the plan (it has 15 days to answer).
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import type { CaseArrival } from "../cases/CasePage";
import { useAllSettings } from "../cases/queries";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { PlanActionFrame } from "./PlanActionFrame";
import { planKeys } from "./queries";

const FIELD_IDS = { setting_id: "setting_id" };

export function ConsultPlanPage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const settings = useAllSettings();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [settingId, setSettingId] = useState("");
  const [busy, setBusy] = useState(false);
  const consult = async (event: FormEvent<HTMLFormElement>, caseId: string) => {
    event.preventDefault();
    if (busy) return;
    if (!settingId) {
      return showFields([{ field: "setting_id", message: "Choose the setting to consult" }]);
    }
    setBusy(true);
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan/consultations", {
      params: { path: { id: caseId } },
      body: { setting_id: settingId },
    });
    setBusy(false);
    if (!data) return showProblem(error, response.status);
    queryClient.setQueryData(planKeys.one(caseId), data);
    const name = (settings.data ?? []).find((s) => s.id === settingId)?.name ?? "The setting";
    const arrival: CaseArrival = { done: `${name} has been asked whether it can be named` };
    void navigate(`/cases/${caseId}/plan/edit`, { state: arrival });
  };
  const error = errors?.byField.setting_id;
  return (
    <PlanActionFrame
      title="Consult a setting"
      hasErrors={errors !== null}
      errors={<FormErrorSummary errors={errors} attempt={attempt} />}
    >
      {(file) => (
        <form noValidate onSubmit={(event) => void consult(event, file.id)}>
          <p className="govuk-body">
            The setting is sent the draft plan and asked whether it can meet the child&apos;s needs.
            It has 15 days to answer.
          </p>
          <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
            <label className="govuk-label govuk-label--s" htmlFor="setting_id">
              Setting to consult
            </label>
            {error ? <ErrorMessage id="setting_id-error">{error}</ErrorMessage> : null}
            <select
              className={`govuk-select${error ? " govuk-select--error" : ""}`}
              id="setting_id"
              name="setting_id"
              value={settingId}
              aria-describedby={error ? "setting_id-error" : undefined}
              onChange={(event) => setSettingId(event.target.value)}
            >
              <option value="">Choose a setting</option>
              {(settings.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
            Consult this setting
          </button>
        </form>
      )}
    </PlanActionFrame>
  );
}
