// "Are you sure?" before taking a case away from someone: they lose sight of it at once.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf, isPartyKind } from "./parts";
import { caseKeys, useCase, useCaseAccess } from "./queries";

export function RevokeAccessPage() {
  const { id = "", kind = "", partyId = "" } = useParams();
  const file = useCase(id);
  const access = useCaseAccess(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${id}`;

  if (file.isPending || access.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (access.isError) return <CaseProblem error={access.error} />;
  const grant = access.data.find((g) => g.kind === kind && g.id === partyId);
  if (!grant || !isPartyKind(kind)) {
    return (
      <Page title="This access has already been removed">
        <p className="govuk-body">
          <Link className="govuk-link" to={caseFile}>
            Back to the case
          </Link>
        </p>
      </Page>
    );
  }

  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.DELETE(
        "/api/v1/cases/{id}/access/{kind}/{party_id}",
        { params: { path: { id, kind, party_id: partyId } } },
      );
      if (data) {
        queryClient.setQueryData(caseKeys.access(id), data.items);
        void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(id) });
        const arrival: CaseArrival = { done: `${grant.name} no longer has access to this case.` };
        void navigate(caseFile, { state: arrival, replace: true });
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={caseFile}>
          Back to the case
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={`Are you sure you want to remove ${grant.name}'s access to this case?`}
          caption={`Case ${file.data.case_ref}: ${childNameOf(file.data)}`}
        >
          <p className="govuk-body">
            {grant.kind === "setting"
              ? "Nobody at the setting will be able to see the case any more, unless they have been given access by name."
              : "They will not be able to see the case any more."}{" "}
            You can give access again later.
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
              onClick={() => void revoke()}
            >
              Yes, remove access
            </button>
            <Link className="govuk-link" to={caseFile}>
              Cancel
            </Link>
          </div>
        </Page>
      </div>
    </div>
  );
}
