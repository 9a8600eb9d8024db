// "Are you sure?" before a draft request is deleted for good.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { childNameOf } from "./content";
import { Loading, RequestProblem } from "./parts";
import { requestKeys, useAssessmentRequest } from "./queries";
import type { RequestsArrival } from "./RequestsPage";

export function DeleteDraftPage() {
  const { id = "" } = useParams();
  const draft = useAssessmentRequest(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const taskList = `/requests/${id}`;

  if (draft.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  const childName = childNameOf(draft.data.content);

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { error, response } = await client.DELETE("/api/v1/assessment-requests/{id}", {
        params: { path: { id } },
      });
      if (response.ok) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.one(id), refetchType: "none" });
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        const arrival: RequestsArrival = {
          deleted: childName
            ? `The draft request for ${childName} has been deleted.`
            : "The draft request has been deleted.",
        };
        void navigate("/requests", { state: arrival, replace: true });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title="Are you sure you want to delete this draft?"
          caption={childName ? `Request for assessment: ${childName}` : "Request for assessment"}
        >
          <p className="govuk-body">
            Everything in it will be deleted, for you and any co-authors. This cannot be undone.
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
              onClick={() => void remove()}
            >
              Yes, delete this draft
            </button>
            <Link className="govuk-link" to={taskList}>
              No, keep it
            </Link>
          </div>
        </Page>
      </div>
    </div>
  );
}
