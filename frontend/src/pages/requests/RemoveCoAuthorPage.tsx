// "Are you sure?" before a co-author leaves a draft: removed by the person who
// started it, or a co-author stopping being one. Either way they can no longer
// see or change the draft (they can be invited again).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { childNameOf, type AssessmentRequest } from "./content";
import { AlreadySent, Loading, RequestProblem } from "./parts";
import { requestKeys, useAssessmentRequest } from "./queries";
import type { RequestArrival } from "./RequestPage";
import type { RequestsArrival } from "./RequestsPage";

export function RemoveCoAuthorPage() {
  const { id = "", personId = "" } = useParams();
  const draft = useAssessmentRequest(id);
  const me = useMe();
  if (draft.isPending || me.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  if (draft.data.status !== "draft") return <AlreadySent />;
  return <RemoveCoAuthor draft={draft.data} personId={personId} myId={me.data?.id} />;
}

function RemoveCoAuthor({
  draft,
  personId,
  myId,
}: {
  draft: AssessmentRequest;
  personId: string;
  myId: string | undefined;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, show, showProblem } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const taskList = `/requests/${draft.id}`;
  const childName = childNameOf(draft.content);
  const caption = childName ? `Request for assessment: ${childName}` : "Request for assessment";
  const person = draft.co_authors.find((p) => p.id === personId);
  const leaving = personId === myId;

  if (!person) {
    return (
      <Page title="They are not a co-author of this draft" caption={caption}>
        <p className="govuk-body">They may have been removed already.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={taskList}>
            Back to the task list
          </Link>
        </p>
      </Page>
    );
  }

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { error, response } = await client.DELETE(
        "/api/v1/assessment-requests/{id}/co-authors/{person_id}",
        { params: { path: { id: draft.id, person_id: person.id } } },
      );
      if (response.ok) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        if (leaving) {
          // They can no longer read it: forget it without asking again.
          void queryClient.invalidateQueries({
            queryKey: requestKeys.one(draft.id),
            refetchType: "none",
          });
          const arrival: RequestsArrival = {
            left: childName
              ? `You are no longer a co-author of the draft request for ${childName}.`
              : "You are no longer a co-author of the draft request.",
          };
          void navigate("/requests", { state: arrival, replace: true });
        } else {
          queryClient.setQueryData<AssessmentRequest>(requestKeys.one(draft.id), {
            ...draft,
            co_authors: draft.co_authors.filter((p) => p.id !== person.id),
          });
          void queryClient.invalidateQueries({ queryKey: requestKeys.one(draft.id) });
          const arrival: RequestArrival = { coAuthorRemoved: person.name };
          void navigate(taskList, { state: arrival, replace: true });
        }
      } else if (response.status === 404) {
        show({
          summary: [],
          byField: {},
          general: leaving
            ? "You are no longer a co-author of this draft."
            : `${person.name} could not be removed. They may have been removed already, or you may not be the person who started this draft: only they can remove co-authors.`,
        });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = leaving
    ? "Are you sure you want to stop being a co-author?"
    : `Are you sure you want to remove ${person.name} as a co-author?`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title} caption={caption}>
          <p className="govuk-body">
            {leaving
              ? `You will no longer be able to see or change this draft. ${draft.author?.name ?? "The person who started it"} can invite you again.`
              : `${person.name} will no longer be able to see or change this draft. You can invite them again.`}
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
              {leaving ? "Yes, stop being a co-author" : `Yes, remove ${person.name}`}
            </button>
            <Link className="govuk-link" to={taskList}>
              {leaving ? "No, go back" : "No, keep them"}
            </Link>
          </div>
        </Page>
      </div>
    </div>
  );
}
