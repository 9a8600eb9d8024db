// "Share with the family": what sharing does, then the draft goes to them for
// comments (their 15 days start). Any autosave still on its way lands first.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { savesLanded } from "../../autosave/savesInFlight";
import type { CaseArrival } from "../cases/CasePage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { PlanActionFrame } from "./PlanActionFrame";
import { planKeys, planSaveKey } from "./queries";

export function SharePlanPage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const share = async (caseId: string) => {
    if (busy) return;
    setBusy(true);
    await savesLanded(planSaveKey(caseId));
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan/share", {
      params: { path: { id: caseId } },
    });
    setBusy(false);
    if (!data) return showProblem(error, response.status);
    queryClient.setQueryData(planKeys.one(caseId), data);
    void queryClient.invalidateQueries({ queryKey: ["cases", "one", caseId] });
    const arrival: CaseArrival = { done: "The draft plan has been shared with the family" };
    void navigate(`/cases/${caseId}/plan/edit`, { state: arrival });
  };
  return (
    <PlanActionFrame
      title="Share the draft plan with the family"
      hasErrors={errors !== null}
      errors={<FormErrorSummary errors={errors} attempt={attempt} />}
    >
      {(file) => (
        <>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The family will be able to read the draft and will have 15 days to comment, ask for a
              meeting and name the school or setting they would like. You cannot take it back.
            </strong>
          </div>
          <p className="govuk-body">
            Section I (the placement) stays blank until the family have the draft.
          </p>
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={() => void share(file.id)}
          >
            Share with the family
          </button>
        </>
      )}
    </PlanActionFrame>
  );
}
