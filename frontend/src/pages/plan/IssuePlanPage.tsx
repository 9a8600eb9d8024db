// "Issue the final plan": a last check of what is being issued, then the plan
// is final and frozen. If something still stops it (a 409), the reasons are
// listed at the top.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { isProblem } from "../../api/problem";
import { savesLanded } from "../../autosave/savesInFlight";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { SummaryList } from "../../govuk/SummaryList";
import type { CaseArrival } from "../cases/CasePage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { PlanActionFrame } from "./PlanActionFrame";
import { planKeys, planSaveKey, type PlanBody } from "./queries";
import { STATUS_LABELS } from "./sections";

export function IssuePlanPage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors();
  const [blockers, setBlockers] = useState<string[] | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const issue = async (caseId: string) => {
    if (busy) return;
    setBusy(true);
    await savesLanded(planSaveKey(caseId));
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan/issue", {
      params: { path: { id: caseId } },
    });
    setBusy(false);
    if (data) {
      queryClient.setQueryData(planKeys.one(caseId), data);
      void queryClient.invalidateQueries({ queryKey: ["cases", "one", caseId] });
      const arrival: CaseArrival = { done: "The final plan has been issued" };
      return void navigate(`/cases/${caseId}/plan`, { state: arrival });
    }
    if (response.status === 409) {
      // The plan's own list of blockers, fresh; else the server's sentence.
      await queryClient.refetchQueries({ queryKey: planKeys.one(caseId), exact: true });
      const fresh = queryClient.getQueryData<PlanBody>(planKeys.one(caseId));
      const listed = fresh?.checks?.issue_blockers ?? [];
      const detail = isProblem(error) ? (error.detail ?? error.title) : "The plan cannot be issued";
      setBlockers(listed.length > 0 ? listed : [detail]);
      setAttempts((n) => n + 1);
      return;
    }
    showProblem(error, response.status);
  };
  return (
    <PlanActionFrame
      title="Issue the final plan"
      hasErrors={errors !== null || blockers !== null}
      errors={
        blockers ? (
          <ErrorSummary
            key={attempts}
            title="The plan cannot be issued yet"
            errors={blockers.map((text) => ({ href: undefined, text }))}
          />
        ) : (
          <FormErrorSummary errors={errors} attempt={attempt} />
        )
      }
    >
      {(file, plan) => (
        <>
          <SummaryList
            rows={[
              { key: "Version", value: String(plan.version_no) },
              { key: "Status now", value: STATUS_LABELS[plan.status] },
              {
                key: "Family's comments",
                value: `${plan.representations.length} received`,
              },
              {
                key: "Settings consulted",
                value:
                  plan.consultations.length === 0
                    ? "None"
                    : plan.consultations
                        .map((c) => `${c.setting.name}: ${c.answer ?? "no answer yet"}`)
                        .join("; "),
              },
              { key: "Placement (section I)", value: plan.content.placement?.name || "Not named" },
            ]}
          />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Once issued, the plan is final and cannot be changed except by an amendment.
            </strong>
          </div>
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={() => void issue(file.id)}
          >
            Issue the final plan
          </button>
        </>
      )}
    </PlanActionFrame>
  );
}
