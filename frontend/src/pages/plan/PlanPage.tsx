// "EHC plan": the plan as the caller may see it, section by section, with its
// status, its versions and - while it is with the family - when their comments
// are due and the way to comment. A co-ordinator starts the draft here once
// the case reaches that stage.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { caseKeys, useCase, type CaseSummary } from "../cases/queries";
import { formatDate } from "../requests/dates";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import {
  ConsultationsList,
  DownloadPlanLink,
  FamilyRequests,
  PlanSections,
  PlanStatusLine,
} from "./PlanParts";
import { planKeys, usePlanVersions, useVisiblePlan, type PlanBody } from "./queries";
import { STATUS_LABELS } from "./sections";

export function PlanPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const { versions, plan, any } = useVisiblePlan(id);
  if (file.isPending || versions.isPending || (any && plan.isPending)) {
    return <p className="govuk-body">Loading…</p>;
  }
  if (file.isError) return <CaseProblem error={file.error} />;
  if (versions.isError) return <CaseProblem error={versions.error} />;
  if (any && plan.isError) return <CaseProblem error={plan.error} />;
  return <PlanFrame file={file.data} plan={any ? (plan.data ?? null) : null} />;
}

function PlanFrame({ file, plan }: { file: CaseSummary; plan: PlanBody | null }) {
  const arrival = (useLocation().state ?? {}) as CaseArrival;
  const me = useMe().data;
  const coordinator = me?.role === "case_coordinator";
  const childName = childNameOf(file);
  return (
    <>
      <Link className="govuk-back-link" to={`/cases/${file.id}`}>
        Back to the case
      </Link>
      {arrival.done ? (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{arrival.done}</p>
        </NotificationBanner>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Page
            title="EHC plan"
            caption={`Case ${file.case_ref}${childName ? `: ${childName}` : ""}`}
          >
            {plan ? (
              <PlanContentView file={file} plan={plan} coordinator={coordinator} />
            ) : coordinator && file.stage === "draft_plan" ? (
              <StartDraft caseId={file.id} />
            ) : (
              <p className="govuk-body">There is no EHC plan for this case yet.</p>
            )}
          </Page>
        </div>
      </div>
    </>
  );
}

function StartDraft({ caseId }: { caseId: string }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    if (busy) return;
    setBusy(true);
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan", {
      params: { path: { id: caseId } },
    });
    setBusy(false);
    if (data) {
      queryClient.setQueryData(planKeys.one(caseId), data);
      queryClient.setQueryData(planKeys.versions(caseId), {
        items: [{ version_no: data.version_no, status: data.status }],
      });
      void queryClient.invalidateQueries({ queryKey: planKeys.versions(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
      return;
    }
    showProblem(error, response.status);
  };
  return (
    <>
      <FormErrorSummary errors={errors} attempt={attempt} />
      <p className="govuk-body">
        The decision to issue a plan has been made. Start the draft: it is filled in from the advice
        and views gathered, for you to check and complete.
      </p>
      <button
        type="button"
        className="govuk-button"
        data-module="govuk-button"
        disabled={busy}
        onClick={() => void start()}
      >
        Start the draft plan
      </button>
    </>
  );
}

function PlanContentView({
  file,
  plan,
  coordinator,
}: {
  file: CaseSummary;
  plan: PlanBody;
  coordinator: boolean;
}) {
  const me = useMe().data;
  const family = me?.role === "family";
  const open = plan.status !== "final";
  return (
    <>
      <PlanStatusLine plan={plan} />
      <DownloadPlanLink caseId={file.id} versionNo={plan.version_no} />
      {family && plan.status === "shared" ? (
        <div className="govuk-inset-text" data-testid="comments-due">
          {plan.comments_due ? (
            <p className="govuk-body">
              <strong>Your comments are due by {formatDate(plan.comments_due)}.</strong>
            </p>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={`/cases/${file.id}/plan/comment`}>
              Comment on the draft plan, ask for a meeting or name the school you would like
            </Link>
          </p>
        </div>
      ) : null}
      {coordinator && open ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${file.id}/plan/edit`}>
            Edit the draft plan
          </Link>
        </p>
      ) : null}
      {coordinator && plan.status === "final" && file.stage !== "draft_plan" ? (
        <AmendLink caseId={file.id} />
      ) : null}
      <PlanSections plan={plan} />
      <FamilyRequests representations={plan.representations} />
      <ConsultationsList caseId={file.id} consultations={plan.consultations} />
      <VersionsList caseId={file.id} />
    </>
  );
}

/** Starting an amendment of the issued plan (version n+1). */
function AmendLink({ caseId }: { caseId: string }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const amend = async () => {
    if (busy) return;
    setBusy(true);
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan", {
      params: { path: { id: caseId } },
    });
    setBusy(false);
    if (data) {
      queryClient.setQueryData(planKeys.one(caseId), data);
      void queryClient.invalidateQueries({ queryKey: planKeys.versions(caseId) });
      return;
    }
    showProblem(error, response.status);
  };
  return (
    <>
      <FormErrorSummary errors={errors} attempt={attempt} />
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={busy}
        onClick={() => void amend()}
      >
        Start an amendment
      </button>
    </>
  );
}

function VersionsList({ caseId }: { caseId: string }) {
  const versions = usePlanVersions(caseId);
  const items = versions.data?.items ?? [];
  if (items.length === 0) return null;
  const latest = items.at(-1);
  const before = items.at(-2);
  return (
    <section aria-labelledby="versions-heading" data-testid="versions">
      <h2 className="govuk-heading-m" id="versions-heading">
        Versions
      </h2>
      <ul className="govuk-list">
        {items.map((v) => (
          <li key={v.version_no}>
            <Link className="govuk-link" to={`/cases/${caseId}/plan/versions/${v.version_no}`}>
              Version {v.version_no}
            </Link>{" "}
            – {STATUS_LABELS[v.status]}
            {v.issued_on ? `, issued on ${formatDate(v.issued_on)}` : ""}
          </li>
        ))}
      </ul>
      {before && latest ? (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            to={`/cases/${caseId}/plan/compare?from=${before.version_no}&to=${latest.version_no}`}
          >
            Compare versions
          </Link>
        </p>
      ) : null}
    </section>
  );
}
